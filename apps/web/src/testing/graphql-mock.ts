import type { GraphQLErrorPayload } from '../app/api/errors';

/** What a handler answers: a GraphQL body, optionally with an HTTP status. */
export interface MockAnswer {
  data?: unknown;
  errors?: GraphQLErrorPayload[];
  status?: number;
}

export type Handler = (variables: Record<string, unknown>, call: RecordedCall) => MockAnswer | Promise<MockAnswer>;

export interface RecordedCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  url: string;
}

/** The operation name of a document such as `mutation Login($input: …) { … }`. */
export const operationNameOf = (query: string): string => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';

/**
 * A `fetch` stand-in that routes GraphQL operations by name to handlers and records every
 * call. An operation without a handler fails the test loudly.
 */
export function mockGraphQL(handlers: Record<string, Handler | MockAnswer>) {
  const calls: RecordedCall[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const call: RecordedCall = {
      operationName: operationNameOf(body.query),
      query: body.query,
      variables: body.variables ?? {},
      headers: { ...(init?.headers as Record<string, string>) },
      credentials: init?.credentials,
      url: String(input),
    };
    calls.push(call);
    const handler = handlers[call.operationName];
    if (!handler) throw new Error(`No mock for GraphQL operation ${call.operationName}`);
    const answer = typeof handler === 'function' ? await handler(call.variables, call) : handler;
    const { status = 200, ...json } = answer;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: () => null },
      json: async () => json,
    } as unknown as Response;
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    fetch: fetchMock,
    calls,
    /** Calls of one operation, in order. */
    callsOf: (operationName: string) => calls.filter((c) => c.operationName === operationName),
  };
}

export const gqlError = (code: string, message = code, extra: Record<string, unknown> = {}): MockAnswer => ({
  data: null,
  errors: [{ message, extensions: { code, ...extra } }],
});

export const UNAUTHENTICATED = gqlError('UNAUTHENTICATED', 'No valid session; sign in again');

export const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
