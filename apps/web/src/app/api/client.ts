import { ApiError, type GraphQLErrorPayload } from './errors';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

/** What `login`, `refreshToken` and `acceptInvitation` answer. */
export interface AuthPayload {
  accessToken: string;
  /** ISO 8601 moment at which the access token stops being accepted. */
  expiresAt: string;
  user: SessionUser;
}

export type SessionChange = 'signed-in' | 'refreshed' | 'signed-out' | 'expired';
export type SessionListener = (user: SessionUser | null, change: SessionChange) => void;

export interface RequestOptions {
  /**
   * On an UNAUTHENTICATED answer, refresh the access token once and retry. Off for the
   * operations that authenticate (login, refreshToken, acceptInvitation): their
   * UNAUTHENTICATED means "wrong credentials", not "token expired".
   */
  retryOnUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  endpoint?: string;
  /** Defaults to the global `fetch`, looked up on every call (so tests can replace it). */
  fetch?: typeof fetch;
  /** How long before `expiresAt` the token is refreshed; at most a quarter of its lifetime. */
  refreshMarginMs?: number;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

export const AUTH_PAYLOAD_FIELDS = 'accessToken expiresAt user { id name email isAdmin }';
const REFRESH_MUTATION = `mutation RefreshToken { refreshToken { ${AUTH_PAYLOAD_FIELDS} } }`;
const LOGOUT_MUTATION = 'mutation Logout { logout }';

/** Longest delay setTimeout accepts (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const RETRY_REFRESH_MS = 30_000;

/**
 * GraphQL over plain `fetch`. Holds the access token in memory only (the refresh token is an
 * httpOnly cookie the browser sends to the same origin), refreshes it shortly before it
 * expires, and once more when the API answers UNAUTHENTICATED, then retries the request.
 */
export class ApiClient {
  private readonly endpoint: string;
  private readonly fetchImpl: typeof fetch;
  private readonly refreshMarginMs: number;
  private accessToken: string | null = null;
  private expiresAtMs = 0;
  private user: SessionUser | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<AuthPayload | null> | null = null;
  private readonly listeners = new Set<SessionListener>();

  constructor(options: ApiClientOptions = {}) {
    this.endpoint = options.endpoint ?? '/graphql';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.refreshMarginMs = options.refreshMarginMs ?? 60_000;
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  get isSignedIn(): boolean {
    return this.accessToken !== null;
  }

  onSessionChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs a query or mutation and returns its `data`; throws ApiError when the answer has errors. */
  async request<TData, TVariables extends object = Record<string, never>>(
    document: string,
    variables?: TVariables,
    options: RequestOptions = {},
  ): Promise<TData> {
    const retry = options.retryOnUnauthenticated ?? true;
    if (retry && this.accessToken && Date.now() >= this.expiresAtMs) {
      // Known to be expired (a sleeping laptop skips timers): refresh before sending.
      await this.refreshQuietly();
    }
    let body = await this.post<TData>(document, variables, options.signal, true);
    if (retry && hasCode(body.errors, 'UNAUTHENTICATED')) {
      const refreshed = await this.refreshQuietly();
      if (refreshed) body = await this.post<TData>(document, variables, options.signal, true);
    }
    if (body.errors?.length) throw ApiError.fromGraphQL(body.errors);
    if (body.data === undefined || body.data === null) throw new ApiError([{ code: 'INTERNAL', message: 'Empty answer' }]);
    return body.data;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Resolves null when there is no
   * (valid) session; throws ApiError for anything else (network down, server error).
   * Concurrent calls share one request, because the server rotates the refresh token.
   */
  refresh(): Promise<AuthPayload | null> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /**
   * An access token that stays valid for at least `marginMs`, refreshing first when needed: for
   * connections that carry the token themselves (the collaboration WebSocket). Null when there is
   * no session; throws ApiError when the server cannot be reached.
   */
  async freshAccessToken(marginMs = 30_000): Promise<string | null> {
    if (this.accessToken && Date.now() + marginMs < this.expiresAtMs) return this.accessToken;
    const refreshed = await this.refresh();
    return refreshed?.accessToken ?? null;
  }

  /** Starts a session from a login-shaped answer. */
  setSession(payload: AuthPayload, change: SessionChange = 'signed-in'): void {
    this.accessToken = payload.accessToken;
    this.expiresAtMs = Date.parse(payload.expiresAt) || 0;
    this.user = payload.user;
    this.scheduleRefresh();
    this.emit(change);
  }

  /** Ends the session on the server (revoking the refresh cookie) and here. */
  async logout(): Promise<void> {
    try {
      await this.post(LOGOUT_MUTATION, undefined, undefined, true);
    } finally {
      this.clearSession('signed-out');
    }
  }

  clearSession(change: SessionChange = 'signed-out'): void {
    const hadSession = this.accessToken !== null;
    this.accessToken = null;
    this.expiresAtMs = 0;
    this.user = null;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    if (hadSession || change === 'signed-out') this.emit(change);
  }

  /** Stops timers; for tests and unmounting. */
  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.listeners.clear();
  }

  private async doRefresh(): Promise<AuthPayload | null> {
    const body = await this.post<{ refreshToken: AuthPayload | null }>(REFRESH_MUTATION, undefined, undefined, false);
    if (hasCode(body.errors, 'UNAUTHENTICATED') || (!body.errors?.length && !body.data?.refreshToken)) {
      this.clearSession('expired');
      return null;
    }
    if (body.errors?.length) throw ApiError.fromGraphQL(body.errors);
    const payload = body.data?.refreshToken;
    if (!payload) throw new ApiError([{ code: 'INTERNAL', message: 'Empty answer' }]);
    this.setSession(payload, this.user ? 'refreshed' : 'signed-in');
    return payload;
  }

  /** Refresh for a retry: a failing refresh means "not signed in" to the caller. */
  private async refreshQuietly(): Promise<AuthPayload | null> {
    try {
      return await this.refresh();
    } catch {
      return null;
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const lifetime = this.expiresAtMs - Date.now();
    if (lifetime <= 0) return;
    const margin = Math.min(this.refreshMarginMs, lifetime / 4);
    this.refreshTimer = setTimeout(() => this.refreshOnTimer(), Math.min(lifetime - margin, MAX_TIMER_MS));
  }

  private refreshOnTimer(): void {
    this.refresh().catch(() => {
      // Server unreachable: try again a little later while the token may still be valid.
      if (this.accessToken && Date.now() + RETRY_REFRESH_MS < this.expiresAtMs) {
        this.refreshTimer = setTimeout(() => this.refreshOnTimer(), RETRY_REFRESH_MS);
      }
    });
  }

  private async post<TData>(
    document: string,
    variables: object | undefined,
    signal: AbortSignal | undefined,
    withToken: boolean,
  ): Promise<GraphQLResponse<TData>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (withToken && this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify(variables ? { query: document, variables } : { query: document }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw ApiError.network(error instanceof Error ? error.message : undefined);
    }
    let body: GraphQLResponse<TData> | undefined;
    try {
      body = (await response.json()) as GraphQLResponse<TData>;
    } catch {
      body = undefined;
    }
    if (body && typeof body === 'object' && ('data' in body || Array.isArray(body.errors))) return body;
    // No GraphQL answer at all: a proxy error page, a plain 429, the API being down.
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after')) || undefined;
      throw new ApiError([{ code: 'TOO_MANY_REQUESTS', message: 'Too many requests', retryAfterSeconds: retryAfter }]);
    }
    const unreachable = response.status === 0 || response.status === 502 || response.status === 503 || response.status === 504;
    throw new ApiError([{ code: unreachable ? 'NETWORK' : 'INTERNAL', message: `HTTP ${response.status}` }]);
  }

  private emit(change: SessionChange): void {
    for (const listener of [...this.listeners]) listener(this.user, change);
  }
}

const hasCode = (errors: GraphQLErrorPayload[] | undefined, code: string): boolean =>
  errors?.some((e) => e.extensions?.code === code) ?? false;
