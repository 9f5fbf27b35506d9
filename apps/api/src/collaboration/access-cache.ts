import type { Actor } from '@samenwijs/authz';
import type { AccessChange } from '../common/access-events';

/** A granted connection: who, in which group the module is, and whether they may write. */
export interface Grant {
  actor: Actor;
  groupId: string;
  write: boolean;
}

interface Entry {
  grant: Grant;
  moduleId: string;
  expiresAt: number;
}

export const ACCESS_CACHE_LIMITS = {
  /**
   * How long a grant is reused without asking the database. Access events drop it at once;
   * this bounds the changes that announce no event here (another API instance's, a role added
   * through an invitation), and is shorter than the periodic re-check of open connections.
   */
  ttlMs: 10_000,
  /** Grants kept at most; the oldest goes first. */
  maxEntries: 10_000,
} as const;

/**
 * Recent access grants per (user, module). A client that reconnects, or opens a second tab,
 * would otherwise wait for three queries before its first byte. Only grants are kept: a
 * refusal is decided afresh every time, so a new membership counts at once.
 */
export class AccessCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every access event: a decision that started before one must not be kept. */
  private epoch = 0;

  constructor(
    private readonly ttlMs: number = ACCESS_CACHE_LIMITS.ttlMs,
    private readonly maxEntries: number = ACCESS_CACHE_LIMITS.maxEntries,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(userId: string, moduleId: string): Grant | undefined {
    const key = keyOf(userId, moduleId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.grant;
  }

  /** Taken before deciding; pass it to `set` and `changedSince`. */
  mark(): number {
    return this.epoch;
  }

  /** Whether an access event arrived since `mark` was taken. */
  changedSince(mark: number): boolean {
    return mark !== this.epoch;
  }

  /** Keeps a grant decided after `mark`, unless an access event arrived meanwhile. */
  set(userId: string, moduleId: string, grant: Grant, mark: number): void {
    if (this.changedSince(mark)) return;
    const key = keyOf(userId, moduleId);
    this.entries.delete(key);
    const now = this.now();
    this.dropExpired(now);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { grant, moduleId, expiresAt: now + this.ttlMs });
  }

  /**
   * Frees the grants that can no longer be used: `get` would not return them. Entries are kept
   * in the order they were set, all with the same lifetime, so the expired ones come first.
   * Without this, a grant (with its actor) stayed for as long as its connection, or longer.
   */
  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }

  forget(userId: string, moduleId: string): void {
    this.entries.delete(keyOf(userId, moduleId));
  }

  /** Drops every grant an access change may concern (all of them for an unknown change). */
  drop(change: AccessChange | null): void {
    this.epoch++;
    for (const [key, entry] of this.entries) {
      if (!change || (change.kind === 'group' ? entry.grant.groupId === change.groupId : entry.moduleId === change.moduleId)) {
        this.entries.delete(key);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

function keyOf(userId: string, moduleId: string): string {
  return `${userId} ${moduleId}`;
}
