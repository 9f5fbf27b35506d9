import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, nextBackoffMs } from './backoff';

describe('reconnect backoff', () => {
  it.each([
    [1, 250, 500],
    [2, 500, 1_000],
    [3, 1_000, 2_000],
    [7, 15_000, 30_000],
    [20, 15_000, 30_000],
  ])('waits between half and all of the step on attempt %i (%i–%i ms)', (attempt, low, high) => {
    expect(nextBackoffMs(attempt, () => 0)).toBe(low);
    expect(nextBackoffMs(attempt, () => 0.999_999)).toBe(high);
  });

  it('spreads a classroom of clients that lost the server at the same moment', () => {
    const waits = Array.from({ length: 30 }, () => nextBackoffMs(3));
    expect(new Set(waits).size).toBeGreaterThan(20);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(BACKOFF_BASE_MS);
    expect(Math.max(...waits)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });
});
