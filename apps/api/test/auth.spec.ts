import { RefreshTokenEntity } from '../src/modules/auth/refresh-token.entity';
import { THROTTLE } from '../src/modules/auth/login-throttle';
import { UserEntity } from '../src/modules/users/user.entity';
import { DEFAULT_PASSWORD } from './factories';
import { Engine, engines, outcome, startTestApp, TestApp } from './harness';

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken expiresAt user { id name } } }';
const REFRESH = 'mutation { refreshToken { accessToken user { id } } }';

const cookieOf = (headers: Record<string, string | string[] | undefined>): string => {
  const raw = ([] as string[]).concat(headers['set-cookie'] ?? []).find((c) => c.startsWith('sw_refresh='));
  if (!raw) throw new Error('no refresh cookie set');
  return raw;
};

describe.each(engines())('sign-in and sessions on %s', (engine: Engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('signs in with the contract mutation, case-insensitively by e-mail, and the token opens protected queries', async () => {
    const user = await t.f.user({ email: 'jan.jansen@roc.test', name: 'Jan Jansen' });
    const res = await t.gql<{ login: { accessToken: string; user: { id: string; name: string } } }>(LOGIN, { e: 'Jan.Jansen@ROC.test', p: DEFAULT_PASSWORD });
    expect(outcome(res)).toBe('ok');
    expect(res.data!.login.user).toEqual({ id: user.id, name: 'Jan Jansen' });
    const me = await t.gql<{ me: { id: string; email: string } }>('{ me { id email groups { id } } }', {}, { token: res.data!.login.accessToken });
    expect(me.data!.me).toMatchObject({ id: user.id, email: 'jan.jansen@roc.test' });
  });

  it('answers a protected query without a token, or with a forged one, with UNAUTHENTICATED', async () => {
    expect(outcome(await t.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(outcome(await t.gql('{ me { id } }', {}, { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }))).toBe('UNAUTHENTICATED');
    const user = await t.f.user();
    const token = await t.f.token(user);
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(outcome(await t.gql('{ me { id } }', {}, { token: tampered }))).toBe('UNAUTHENTICATED');
  });

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie scoped to /graphql', async () => {
    const user = await t.f.user();
    const res = await t.gql(LOGIN, { e: user.email, p: DEFAULT_PASSWORD });
    const cookie = cookieOf(res.headers);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/i);
    expect(JSON.stringify(res.data)).not.toContain(cookie.split(';')[0].split('=')[1]);
  });

  it('rotates the refresh token, and a stolen spent token ends the whole session family', async () => {
    const user = await t.f.user();
    const first = cookieOf((await t.gql(LOGIN, { e: user.email, p: DEFAULT_PASSWORD })).headers).split(';')[0];
    const refreshed = await t.gql<{ refreshToken: { accessToken: string; user: { id: string } } }>(REFRESH, {}, { cookie: first });
    expect(outcome(refreshed)).toBe('ok');
    expect(refreshed.data!.refreshToken.user.id).toBe(user.id);
    const second = cookieOf(refreshed.headers).split(';')[0];
    expect(second).not.toBe(first);

    // The first token was spent a while ago; presenting it again is theft.
    await t.dataSource.getRepository(RefreshTokenEntity).update({ userId: user.id }, { usedAt: new Date(Date.now() - 60_000) });
    expect(outcome(await t.gql(REFRESH, {}, { cookie: first }))).toBe('UNAUTHENTICATED');
    expect(outcome(await t.gql(REFRESH, {}, { cookie: second }))).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh cookie stops working and is cleared', async () => {
    const user = await t.f.user();
    const cookie = cookieOf((await t.gql(LOGIN, { e: user.email, p: DEFAULT_PASSWORD })).headers).split(';')[0];
    const out = await t.gql('mutation { logout }', {}, { cookie });
    expect(out.data).toEqual({ logout: true });
    expect(cookieOf(out.headers)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(outcome(await t.gql(REFRESH, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('stores passwords as Argon2id with m ≥ 19 MiB, t ≥ 2', async () => {
    const user = await t.f.user({ password: 'een-eigen-wachtwoord' });
    const row = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    const [, algorithm, , params] = row.passwordHash!.split('$');
    expect(algorithm).toBe('argon2id');
    const cost = Object.fromEntries(params.split(',').map((kv) => kv.split('=')));
    expect(Number(cost.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(cost.t)).toBeGreaterThanOrEqual(2);
  });

  describe('throttling', () => {
    const attempt = (email: string, password: string, ip: string) => t.gql(LOGIN, { e: email, p: password }, { ip });

    it('locks an account after repeated failures, with the right password too, whatever the address', async () => {
      const user = await t.f.user();
      for (let i = 0; i < THROTTLE.accountFailures; i++) {
        // Spread over many addresses: the account counter still counts every one.
        expect(outcome(await attempt(user.email, 'verkeerd-wachtwoord', `10.1.0.${i + 1}`))).toBe('UNAUTHENTICATED');
      }
      const locked = await attempt(user.email, DEFAULT_PASSWORD, '10.1.1.1');
      expect(outcome(locked)).toBe('TOO_MANY_REQUESTS');
      expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('answers an unknown account exactly like a wrong password, before and after lockout', async () => {
      const user = await t.f.user();
      const unknown = `niemand-${Date.now()}@school.test`;
      const strip = (r: Awaited<ReturnType<typeof attempt>>) => ({ code: outcome(r), message: r.errors?.[0]?.message });
      expect(strip(await attempt(unknown, 'verkeerd-wachtwoord', '10.2.0.1'))).toEqual(strip(await attempt(user.email, 'verkeerd-wachtwoord', '10.2.0.2')));
      for (let i = 0; i < THROTTLE.accountFailures; i++) {
        await attempt(unknown, 'verkeerd-wachtwoord', `10.2.1.${i}`);
        await attempt(user.email, 'verkeerd-wachtwoord', `10.2.2.${i}`);
      }
      const a = await attempt(unknown, 'verkeerd-wachtwoord', '10.2.3.1');
      const b = await attempt(user.email, 'verkeerd-wachtwoord', '10.2.3.2');
      expect(strip(a)).toEqual(strip(b));
      expect(outcome(a)).toBe('TOO_MANY_REQUESTS');
    });

    it('gives aliased sign-ins in one request no extra guesses', async () => {
      const user = await t.f.user();
      const aliases = (n: number) =>
        Array.from({ length: n }, (_, i) => `a${i}: login(input: { email: "${user.email}", password: "fout-${i}-wachtwoord" }) { accessToken }`).join('\n');
      // Mutations run one after another and the first failed sign-in ends the request
      // (login is non-null), so each aliased request spends a guess and gets only one.
      for (let i = 0; i < THROTTLE.accountFailures; i++) {
        const res = await t.gql(`mutation { ${aliases(12)} }`, {}, { ip: `10.3.0.${i + 1}` });
        expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['UNAUTHENTICATED']);
      }
      const res = await t.gql(`mutation { ${aliases(3)} }`, {}, { ip: '10.3.1.1' });
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['TOO_MANY_REQUESTS']);
    });

    it('gives sign-ins sent in parallel no more guesses than the limit', async () => {
      const user = await t.f.user();
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.email, `fout-${i}-wachtwoord`, `10.5.0.${i + 1}`)));
      const codes = results.map(outcome);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(THROTTLE.accountFailures);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(40 - THROTTLE.accountFailures);
      expect(outcome(await attempt(user.email, DEFAULT_PASSWORD, '10.5.1.1'))).toBe('TOO_MANY_REQUESTS');
    });

    it('limits failures per client address across accounts', async () => {
      const ip = '10.4.0.1';
      for (let i = 0; i < THROTTLE.addressFailures; i++) await attempt(`spray-${i}@school.test`, 'verkeerd-wachtwoord', ip);
      const user = await t.f.user();
      expect(outcome(await attempt(user.email, DEFAULT_PASSWORD, ip))).toBe('TOO_MANY_REQUESTS');
      expect(outcome(await attempt(user.email, DEFAULT_PASSWORD, '10.4.0.2'))).toBe('ok');
    });
  });
});

describe('client addresses behind proxies', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The tests' requests come from loopback; here loopback is not a trusted proxy.
    t = await startTestApp('sqlite', { TRUST_PROXY: '192.0.2.1' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a new address per attempt gains nothing', async () => {
    for (let i = 0; i < THROTTLE.addressFailures; i++) {
      const res = await t.gql(LOGIN, { e: `spray-${i}@school.test`, p: 'verkeerd-wachtwoord' }, { ip: `10.9.${i}.1` });
      expect(outcome(res)).toBe('UNAUTHENTICATED');
    }
    const last = await t.gql(LOGIN, { e: 'nog-een@school.test', p: 'verkeerd-wachtwoord' }, { ip: '10.9.99.1' });
    expect(outcome(last)).toBe('TOO_MANY_REQUESTS');
  });
});
