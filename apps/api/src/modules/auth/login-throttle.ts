import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { DomainError } from '@samenwijs/core';
import { THROTTLE_COUNTERS, type ThrottleCounters, type ThrottleWindow } from './throttle-counters';

export const THROTTLE = {
  /** Failed sign-ins per account before it is locked for the rest of the window. */
  accountFailures: 10,
  accountWindowMs: 15 * 60_000,
  /** Failed sign-ins per client address. */
  addressFailures: 30,
  addressWindowMs: 15 * 60_000,
} as const;

/**
 * Counts failed sign-ins per account (whether or not it exists, so the answer never tells)
 * and per client address, in fixed windows. Each attempt counts, also when several arrive as
 * aliases in one GraphQL request (mutation fields run one after another). The counts live in
 * Redis when REDIS_URL is set, so every instance enforces the same limits; otherwise in memory.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  constructor(@Inject(THROTTLE_COUNTERS) private readonly counters: ThrottleCounters) {}

  async assertAllowed(email: string, address: string, now = Date.now()): Promise<void> {
    const [account, client] = await this.counters.read([`a:${email}`, `ip:${address}`], now);
    const blocked = [
      account && account.count >= THROTTLE.accountFailures ? account : undefined,
      client && client.count >= THROTTLE.addressFailures ? client : undefined,
    ].filter((w): w is ThrottleWindow => !!w);
    if (blocked.length > 0) {
      const retryAfter = Math.max(1, Math.ceil((Math.max(...blocked.map((w) => w.resetAt)) - now) / 1000));
      throw new DomainError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', undefined, retryAfter);
    }
  }

  async recordFailure(email: string, address: string, now = Date.now()): Promise<void> {
    await Promise.all([
      this.counters.bump(`a:${email}`, THROTTLE.accountWindowMs, now),
      this.counters.bump(`ip:${address}`, THROTTLE.addressWindowMs, now),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.counters.clear(`a:${email}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.counters.close();
  }
}
