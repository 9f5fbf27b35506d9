import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** A fixed window: failures counted so far, and when the window ends. */
export interface ThrottleWindow {
  count: number;
  resetAt: number;
}

/**
 * Where failed sign-ins are counted. In one process, memory will do; with several API instances
 * (REDIS_URL) every instance must see the same counts, or an attacker gets the limit once per
 * instance behind the load balancer.
 */
export interface ThrottleCounters {
  /**
   * Counts one attempt, starting a window of `windowMs` if none is running, and returns the
   * window with this attempt in it: one atomic step, so attempts that arrive together each
   * see their own count.
   */
  bump(key: string, windowMs: number, now: number): Promise<ThrottleWindow>;
  /** Takes one attempt back (it did not fail), if its window is still running. */
  release(key: string, now: number): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

export const THROTTLE_COUNTERS = Symbol('THROTTLE_COUNTERS');

/** Decrements a running window's count, never below zero and never creating a key. */
const RELEASE_SCRIPT = "local n = tonumber(redis.call('GET', KEYS[1])) if n and n > 0 then return redis.call('DECR', KEYS[1]) end return 0";

export class MemoryThrottleCounters implements ThrottleCounters {
  private readonly windows = new Map<string, ThrottleWindow>();

  async bump(key: string, windowMs: number, now: number): Promise<ThrottleWindow> {
    let w = this.current(key, now);
    if (w) w.count += 1;
    else this.windows.set(key, (w = { count: 1, resetAt: now + windowMs }));
    if (this.windows.size > 100_000) this.sweep(now);
    return { ...w };
  }

  async release(key: string, now: number): Promise<void> {
    const w = this.current(key, now);
    if (w && w.count > 0) w.count -= 1;
  }

  async clear(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private current(key: string, now: number): ThrottleWindow | undefined {
    const w = this.windows.get(key);
    if (w && w.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Counts in Redis, shared by every instance: a key per window whose TTL is the window
 * (`SET … PX … NX` starts it, `INCR` keeps the TTL). If Redis cannot be reached, counting falls
 * back to this process's memory for the time being — signing in keeps working, throttled per
 * instance as without Redis — and says so in the log.
 */
export class RedisThrottleCounters implements ThrottleCounters {
  private readonly logger = new Logger('LoginThrottle');
  private readonly redis: Redis;
  private readonly fallback = new MemoryThrottleCounters();
  private lastWarning = 0;
  /** After Redis failed to come up, skip it until then instead of waiting on every sign-in. */
  private downUntil = 0;

  constructor(url: string, private readonly prefix = 'samenwijs:throttle:') {
    // Fail fast: a sign-in must not hang on a Redis that is down.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1000, enableOfflineQueue: false, lazyConnect: false });
    this.redis.on('error', (error: Error) => this.warn(error));
  }

  async bump(key: string, windowMs: number, now: number): Promise<ThrottleWindow> {
    if (!(await this.usable())) return this.fallback.bump(key, windowMs, now);
    try {
      const k = this.prefix + key;
      const replies = (await this.redis.multi().set(k, 0, 'PX', windowMs, 'NX').incr(k).pttl(k).exec()) ?? [];
      const [, [countError, count] = [], [ttlError, ttl] = []] = replies;
      if (countError || ttlError) throw countError ?? ttlError;
      return { count: Number(count), resetAt: now + (typeof ttl === 'number' && ttl > 0 ? ttl : windowMs) };
    } catch (error) {
      this.warn(error as Error);
      return this.fallback.bump(key, windowMs, now);
    }
  }

  async release(key: string, now: number): Promise<void> {
    await this.fallback.release(key, now);
    if (!(await this.usable())) return;
    try {
      // DECR alone would create a key without a TTL once the window has ended.
      await this.redis.eval(RELEASE_SCRIPT, 1, this.prefix + key);
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async clear(key: string): Promise<void> {
    await this.fallback.clear(key);
    if (!(await this.usable())) return;
    try {
      await this.redis.del(this.prefix + key);
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  /** Whether Redis is connected, waiting up to a second for it (at start-up, after a drop). */
  private async usable(): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    if (Date.now() < this.downUntil) return false;
    const ready = await new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(value);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), 1000);
      this.redis.once('ready', onReady);
    });
    if (!ready) {
      this.downUntil = Date.now() + 5000;
      this.warn(new Error(`not connected (${this.redis.status})`));
    }
    return ready;
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Redis unavailable for sign-in throttling, counting in this process: ${error.message}`);
  }
}
