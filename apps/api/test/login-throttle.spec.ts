import { randomBytes } from 'node:crypto';
import { LoginThrottle, THROTTLE } from '../src/modules/auth/login-throttle';
import { MemoryThrottleCounters, RedisThrottleCounters, type ThrottleCounters } from '../src/modules/auth/throttle-counters';

/**
 * The sign-in throttle on both counter stores. With Redis, two API instances (two throttles,
 * two connections) share their counts, so the limit holds behind a load balancer.
 */
const redisUrl = process.env.TEST_REDIS_URL;
type Backend = [name: string, make: () => ThrottleCounters[]];
const backends: Backend[] = [
  ['memory', () => {
    const shared = new MemoryThrottleCounters();
    return [shared, shared];
  }],
];
if (redisUrl) {
  backends.push(['Redis', () => {
    const prefix = `test:throttle:${randomBytes(4).toString('hex')}:`;
    return [new RedisThrottleCounters(redisUrl, prefix), new RedisThrottleCounters(redisUrl, prefix)];
  }]);
} else {
  it('runs the Redis leg when TEST_REDIS_URL is set (CI sets it)', () => {
    expect(process.env.REQUIRE_SERVICES).not.toBe('1');
  });
}

describe.each(backends)('sign-in throttle counting in %s', (_name, make) => {
  let one: LoginThrottle;
  let two: LoginThrottle;
  beforeEach(() => {
    const [a, b] = make();
    one = new LoginThrottle(a);
    two = new LoginThrottle(b);
  });
  afterEach(async () => {
    await one.onModuleDestroy();
    await two.onModuleDestroy();
  });

  it('locks an account after its failures on any instance, and says when to retry', async () => {
    const now = Date.now();
    for (let i = 0; i < THROTTLE.accountFailures; i++) await (i % 2 ? one : two).begin('anna@school.nl', `10.0.0.${i}`, now);
    const refused = await one.begin('anna@school.nl', '10.0.0.99', now).catch((e: { code: string; retryAfterSeconds: number }) => e);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(THROTTLE.accountWindowMs / 1000 - 5);
    await expect(two.begin('bas@school.nl', '10.0.0.99', now)).resolves.toBeUndefined();
  });

  it('counts attempts that arrive together: no more pass than the limit', async () => {
    const now = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).begin('parallel@school.nl', `10.1.0.${i}`, now).then(() => 'counted', (e: { code: string }) => e.code)),
    );
    expect(outcomes.filter((o) => o === 'counted')).toHaveLength(THROTTLE.accountFailures);
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(40 - THROTTLE.accountFailures);
  });

  it('locks an address spraying many accounts, and forgets an account’s failures after a success', async () => {
    const now = Date.now();
    for (let i = 0; i < THROTTLE.addressFailures; i++) await one.begin(`spray-${i}@school.nl`, '192.0.2.7', now);
    await expect(two.begin('new@school.nl', '192.0.2.7', now)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    for (let i = 0; i < THROTTLE.accountFailures - 1; i++) await one.begin('cas@school.nl', '198.51.100.1', now);
    await two.begin('cas@school.nl', '198.51.100.1', now);
    await two.succeeded('cas@school.nl', '198.51.100.1', now);
    await one.begin('cas@school.nl', '198.51.100.1', now);
    await expect(one.begin('cas@school.nl', '198.51.100.2', now)).resolves.toBeUndefined();
  });

  it('does not count successful sign-ins or refused attempts against a shared address', async () => {
    const now = Date.now();
    // A class behind one school address signs in: more people than the address's limit.
    for (let i = 0; i < THROTTLE.addressFailures + 5; i++) {
      await one.begin(`leerling-${i}@school.nl`, '192.0.2.50', now);
      await two.succeeded(`leerling-${i}@school.nl`, '192.0.2.50', now);
    }
    // Someone keeps trying a locked account from there: refused, and the address is not used up by it.
    for (let i = 0; i < THROTTLE.accountFailures; i++) await one.begin('vergeten@school.nl', '192.0.2.51', now);
    for (let i = 0; i < THROTTLE.addressFailures + 5; i++) await expect(two.begin('vergeten@school.nl', '192.0.2.50', now)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(one.begin('docent@school.nl', '192.0.2.50', now)).resolves.toBeUndefined();
  });
});

describe('with Redis unreachable', () => {
  it('keeps signing in possible and counts in the process instead', async () => {
    const throttle = new LoginThrottle(new RedisThrottleCounters('redis://127.0.0.1:1', 'test:down:'));
    const started = Date.now();
    for (let i = 0; i < THROTTLE.accountFailures; i++) await throttle.begin('dirk@school.nl', '203.0.113.9');
    await expect(throttle.begin('dirk@school.nl', '203.0.113.10')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await throttle.onModuleDestroy();
  });
});
