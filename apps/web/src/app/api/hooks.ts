import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../session/session';
import type { RequestOptions } from './client';
import { ApiError, asApiError } from './errors';

export interface QueryState<TData> {
  data: TData | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Runs a query when the component mounts and whenever the variables change.
 * `reload` fetches again (keeping the shown data meanwhile); `setData` edits the local copy
 * after a mutation.
 */
export function useQuery<TData, TVariables extends object = Record<string, never>>(
  document: string,
  variables?: TVariables,
  options: { skip?: boolean } = {},
) {
  const client = useApi();
  const skip = options.skip ?? false;
  const variablesKey = JSON.stringify(variables ?? null);
  // `key` remembers which variables the data belongs to, so another page's data never shows.
  const [state, setState] = useState<QueryState<TData> & { key: string }>({
    data: undefined,
    error: undefined,
    loading: !skip,
    key: variablesKey,
  });
  const latest = useRef(0);

  const load = useCallback(async (): Promise<TData | undefined> => {
    const call = ++latest.current;
    const fresh = (s: { key: string }) => s.key === variablesKey;
    setState((s) => (fresh(s) ? { ...s, loading: true } : { data: undefined, error: undefined, loading: true, key: variablesKey }));
    try {
      const data = await client.request<TData, TVariables>(document, (JSON.parse(variablesKey) as TVariables | null) ?? undefined);
      if (call === latest.current) setState({ data, error: undefined, loading: false, key: variablesKey });
      return data;
    } catch (error) {
      if (call === latest.current) {
        setState((s) => ({ data: fresh(s) ? s.data : undefined, error: asApiError(error), loading: false, key: variablesKey }));
      }
      return undefined;
    }
  }, [client, document, variablesKey]);

  useEffect(() => {
    if (skip) return;
    void load();
    return () => {
      latest.current++; // ignore answers that arrive after unmount or a change of variables
    };
  }, [load, skip]);

  const setData = useCallback((update: (data: TData) => TData) => {
    setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) }));
  }, []);

  const current = state.key === variablesKey;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: current ? state.loading : !skip,
    reload: load,
    setData,
  };
}

/** A mutation: `run` resolves to the data, or null after setting `error`. */
export function useMutation<TData, TVariables extends object>(document: string, options?: RequestOptions) {
  const client = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const retry = options?.retryOnUnauthenticated;

  const run = useCallback(
    async (variables: TVariables): Promise<TData | null> => {
      setPending(true);
      setError(null);
      try {
        return await client.request<TData, TVariables>(document, variables, { retryOnUnauthenticated: retry });
      } catch (e) {
        if (mounted.current) setError(asApiError(e));
        return null;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [client, document, retry],
  );

  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
