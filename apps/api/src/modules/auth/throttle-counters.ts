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
  read(keys: string[], now: number): Promise<(ThrottleWindow | undefined)[]>;
  /** Counts one failure, starting a window of `windowMs` if none is running. */
  bump(key: string, windowMs: number, now: number): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

export const THROTTLE_COUNTERS = Symbol('THROTTLE_COUNTERS');

export class MemoryThrottleCounters implements ThrottleCounters {
  private readonly windows = new Map<string, ThrottleWindow>();

  async read(keys: string[], now: number): Promise<(ThrottleWindow | undefined)[]> {
    return keys.map((key) => this.current(key, now));
  }

  async bump(key: string, windowMs: number, now: number): Promise<void> {
    const w = this.current(key, now);
    if (w) w.count += 1;
    else this.windows.set(key, { count: 1, resetAt: now + windowMs });
    if (this.windows.size > 100_000) this.sweep(now);
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

  async read(keys: string[], now: number): Promise<(ThrottleWindow | undefined)[]> {
    if (!(await this.usable())) return this.fallback.read(keys, now);
    try {
      const batch = this.redis.multi();
      for (const key of keys) batch.get(this.prefix + key).pttl(this.prefix + key);
      const replies = (await batch.exec()) ?? [];
      return keys.map((_key, i) => {
        const [countError, count] = replies[i * 2] ?? [];
        const [ttlError, ttl] = replies[i * 2 + 1] ?? [];
        if (countError || ttlError) throw countError ?? ttlError;
        if (count === null || typeof ttl !== 'number' || ttl <= 0) return undefined;
        return { count: Number(count), resetAt: now + ttl };
      });
    } catch (error) {
      this.warn(error as Error);
      return this.fallback.read(keys, now);
    }
  }

  async bump(key: string, windowMs: number, now: number): Promise<void> {
    if (!(await this.usable())) return this.fallback.bump(key, windowMs, now);
    try {
      await this.redis.multi().set(this.prefix + key, 0, 'PX', windowMs, 'NX').incr(this.prefix + key).exec();
    } catch (error) {
      this.warn(error as Error);
      await this.fallback.bump(key, windowMs, now);
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
