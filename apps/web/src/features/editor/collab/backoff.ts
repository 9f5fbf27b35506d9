/** First retry after about half a second, doubling up to half a minute. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 30_000;

/**
 * The wait before reconnect attempt `attempt` (1 = first retry): "equal jitter", half of the
 * exponential step fixed and half random. Clients that lost the server at the same moment
 * spread their returns over the whole second half of the step instead of arriving together,
 * and no client waits less than half the step (so a down server is not hammered).
 */
export function nextBackoffMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
