import { gqlError, mockGraphQL, UNAUTHENTICATED } from '../../testing/graphql-mock';
import { ApiClient, type AuthPayload, type SessionChange } from './client';
import { ApiError } from './errors';

const USER = { id: 'u-1', name: 'Anna', email: 'anna@rocmn.nl', isAdmin: false };
const payload = (token: string, expiresInMs = 3_600_000): AuthPayload => ({
  accessToken: token,
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  user: USER,
});
const ME = 'query Me { me { id } }';

describe('ApiClient', () => {
  let client: ApiClient;
  beforeEach(() => {
    client = new ApiClient();
  });
  afterEach(() => {
    client.dispose();
    jest.useRealTimers();
  });

  it('posts JSON to /graphql with the bearer token and same-origin credentials', async () => {
    const api = mockGraphQL({ Me: { data: { me: { id: 'u-1' } } } });
    client.setSession(payload('t-1'));

    await expect(client.request(ME)).resolves.toEqual({ me: { id: 'u-1' } });

    const [url, init] = api.fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer t-1' });
    expect(JSON.parse(String(init?.body))).toEqual({ query: ME });
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    const api = mockGraphQL({
      Me: (_vars, call) => (call.headers.authorization === 'Bearer t-2' ? { data: { me: { id: 'u-1' } } } : gqlError('UNAUTHENTICATED', 'Access token expired; refresh it')),
      RefreshToken: { data: { refreshToken: payload('t-2') } },
    });
    client.setSession(payload('t-1'));

    await expect(client.request(ME)).resolves.toEqual({ me: { id: 'u-1' } });
    expect(api.calls.map((c) => c.operationName)).toEqual(['Me', 'RefreshToken', 'Me']);
  });

  it('ends the session when the refresh is refused, without looping', async () => {
    const api = mockGraphQL({ Me: UNAUTHENTICATED, RefreshToken: UNAUTHENTICATED });
    const changes: SessionChange[] = [];
    client.onSessionChange((_user, change) => changes.push(change));
    client.setSession(payload('t-1'));

    const error = await client.request(ME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(api.calls.map((c) => c.operationName)).toEqual(['Me', 'RefreshToken']);
    expect(client.isSignedIn).toBe(false);
    expect(changes).toEqual(['signed-in', 'expired']);
  });

  it('shares one refresh between concurrent callers (the server rotates the cookie)', async () => {
    const api = mockGraphQL({ RefreshToken: { data: { refreshToken: payload('t-2') } } });
    const [a, b] = await Promise.all([client.refresh(), client.refresh()]);
    expect(a).toBe(b);
    expect(api.callsOf('RefreshToken')).toHaveLength(1);
  });

  it('refreshes shortly before the token expires', async () => {
    jest.useFakeTimers();
    const api = mockGraphQL({ RefreshToken: { data: { refreshToken: payload('t-2') } } });
    client.setSession(payload('t-1', 15 * 60_000));

    await jest.advanceTimersByTimeAsync(13 * 60_000);
    expect(api.callsOf('RefreshToken')).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(60_000 + 1_000);
    expect(api.callsOf('RefreshToken')).toHaveLength(1);
  });

  it('turns error answers into ApiError with code, field and retry time', async () => {
    mockGraphQL({
      Me: gqlError('BAD_USER_INPUT', 'input.email: is not a valid e-mail address', { field: 'input.email', retryAfterSeconds: 3 }),
    });
    const error = (await client.request(ME).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.detail()).toMatchObject({ field: 'email', message: 'is not a valid e-mail address', retryAfterSeconds: 3 });
  });

  it('reports an unreachable server and unknown codes as NETWORK and INTERNAL', async () => {
    mockGraphQL({ Me: { status: 502 } });
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'NETWORK' });
    mockGraphQL({ Me: gqlError('INTERNAL_SERVER_ERROR', 'Internal server error') });
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'INTERNAL' });
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
