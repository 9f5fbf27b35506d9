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
 * and per client address, in fixed windows. An attempt is counted **before** its password is
 * checked and taken back if it succeeds, so attempts sent in parallel cannot all pass the check
 * while none has been counted yet; a successful sign-in clears the account's count and does
 * not count against the address (a school's shared address signs in a whole class). Each
 * attempt counts, also when several arrive as aliases in one GraphQL request. The counts live
 * in Redis when REDIS_URL is set, so every instance enforces the same limits; otherwise in memory.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  constructor(@Inject(THROTTLE_COUNTERS) private readonly counters: ThrottleCounters) {}

  /**
   * Counts an attempt, or refuses it (TOO_MANY_REQUESTS, with when to retry) when the account
   * or the address has used up its window. A refused attempt is not counted.
   */
  async begin(email: string, address: string, now = Date.now()): Promise<void> {
    const [account, client] = await Promise.all([
      this.counters.bump(`a:${email}`, THROTTLE.accountWindowMs, now),
      this.counters.bump(`ip:${address}`, THROTTLE.addressWindowMs, now),
    ]);
    const blocked = [account.count > THROTTLE.accountFailures ? account : undefined, client.count > THROTTLE.addressFailures ? client : undefined].filter(
      (w): w is ThrottleWindow => !!w,
    );
    if (blocked.length === 0) return;
    await this.release(email, address, now);
    const retryAfter = Math.max(1, Math.ceil((Math.max(...blocked.map((w) => w.resetAt)) - now) / 1000));
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', undefined, retryAfter);
  }

  /** The attempt begun for `email` from `address` signed in: the account starts afresh, the address gets its attempt back. */
  async succeeded(email: string, address: string, now = Date.now()): Promise<void> {
    await Promise.all([this.counters.clear(`a:${email}`), this.counters.release(`ip:${address}`, now)]);
  }

  private async release(email: string, address: string, now: number): Promise<void> {
    await Promise.all([this.counters.release(`a:${email}`, now), this.counters.release(`ip:${address}`, now)]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.counters.close();
  }
}
