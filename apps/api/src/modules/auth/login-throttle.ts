import { Injectable } from '@nestjs/common';
import { DomainError } from '@samenwijs/core';

interface Window {
  count: number;
  resetAt: number;
}

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
 * and per client address. Each attempt counts, also when several arrive as aliases in one
 * GraphQL request. Fixed windows held in this process; with several instances each keeps
 * its own counts (see docs/architecture.md).
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  assertAllowed(email: string, address: string, now = Date.now()): void {
    const account = this.current(`a:${email}`, now);
    const client = this.current(`ip:${address}`, now);
    const blocked = [
      account && account.count >= THROTTLE.accountFailures ? account : undefined,
      client && client.count >= THROTTLE.addressFailures ? client : undefined,
    ].filter((w): w is Window => !!w);
    if (blocked.length > 0) {
      const retryAfter = Math.ceil((Math.max(...blocked.map((w) => w.resetAt)) - now) / 1000);
      throw new DomainError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', undefined, retryAfter);
    }
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    this.bump(`a:${email}`, THROTTLE.accountWindowMs, now);
    this.bump(`ip:${address}`, THROTTLE.addressWindowMs, now);
    if (this.windows.size > 100_000) this.sweep(now);
  }

  recordSuccess(email: string): void {
    this.windows.delete(`a:${email}`);
  }

  private current(key: string, now: number): Window | undefined {
    const w = this.windows.get(key);
    if (w && w.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  private bump(key: string, windowMs: number, now: number): void {
    const w = this.current(key, now);
    if (w) w.count += 1;
    else this.windows.set(key, { count: 1, resetAt: now + windowMs });
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
