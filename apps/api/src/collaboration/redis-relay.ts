import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { AccessChange } from '../common/access-events';

export type RelayKind = 'update' | 'awareness';
const KIND_BYTE: Record<RelayKind, number> = { update: 1, awareness: 2 };
const BYTE_KIND: Record<number, RelayKind> = { 1: 'update', 2: 'awareness' };
const INSTANCE_BYTES = 12;

export type RelayHandler = (kind: RelayKind, payload: Uint8Array) => void;

/** Access changes (roles, membership, deleted modules) for every instance. */
const ACCESS_CHANNEL = 'samenwijs:access';

/**
 * Carries durable updates and awareness between API instances that serve the same
 * document, over Redis pub/sub (one channel per document). Each update is stored once, by
 * the instance that accepted it; the others only apply and relay it. An instance
 * subscribes before it loads a document from the store, so nothing published in between
 * is missed (applying an update twice is harmless in Yjs).
 */
export class RedisRelay {
  private readonly logger = new Logger('Collaboration');
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, RelayHandler>();
  private readonly reconnectListeners = new Set<() => void>();
  private readonly accessListeners = new Set<(change: AccessChange) => void>();
  private connectedOnce = false;

  constructor(url: string) {
    const options = { maxRetriesPerRequest: null, enableAutoPipelining: true, lazyConnect: false } as const;
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber]) client.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    this.subscriber.on('ready', () => void this.ready());
    this.subscriber.subscribe(ACCESS_CHANNEL).catch((e: Error) => this.logger.warn(`Redis subscribe: ${e.message}`));
  }

  /**
   * Tells the other instances that access changed, so their open connections are checked
   * again within moments instead of at their next periodic re-check.
   */
  publishAccess(change: AccessChange): void {
    const message = Buffer.concat([this.instance, Buffer.from(JSON.stringify(change))]);
    this.publisher.publish(ACCESS_CHANNEL, message).catch((e: Error) => this.logger.warn(`Redis publish: ${e.message}`));
  }

  /** Hears access changes published by other instances (never this one's own). */
  onAccess(listener: (change: AccessChange) => void): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /**
   * Hears when the subscription is back after a loss of Redis. Pub/sub does not replay what was
   * published meanwhile, so listeners catch up from the store (DocumentService).
   */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  private async ready(): Promise<void> {
    if (!this.connectedOnce) {
      this.connectedOnce = true;
      return;
    }
    this.logger.log('Redis is back: resubscribing and catching up from the store');
    // ioredis resubscribes on its own reconnects, not after every kind of drop; subscribing
    // twice is harmless.
    await this.subscriber.subscribe(ACCESS_CHANNEL, ...this.handlers.keys()).catch((e: Error) => this.logger.warn(`Redis resubscribe: ${e.message}`));
    for (const listener of this.reconnectListeners) listener();
  }

  private channel(docId: string): string {
    return `samenwijs:collab:${docId}`;
  }

  async subscribe(docId: string, handler: RelayHandler): Promise<void> {
    this.handlers.set(this.channel(docId), handler);
    await this.subscriber.subscribe(this.channel(docId));
  }

  async unsubscribe(docId: string): Promise<void> {
    this.handlers.delete(this.channel(docId));
    await this.subscriber.unsubscribe(this.channel(docId)).catch(() => undefined);
  }

  publish(docId: string, kind: RelayKind, payload: Uint8Array): void {
    const message = Buffer.concat([this.instance, Buffer.from([KIND_BYTE[kind]]), payload]);
    this.publisher.publish(this.channel(docId), message).catch((e: Error) => this.logger.warn(`Redis publish: ${e.message}`));
  }

  private receive(channel: string, message: Buffer): void {
    if (message.length <= INSTANCE_BYTES || message.subarray(0, INSTANCE_BYTES).equals(this.instance)) return;
    if (channel === ACCESS_CHANNEL) {
      const change = parseAccessChange(message.subarray(INSTANCE_BYTES).toString('utf8'));
      if (change) for (const listener of this.accessListeners) listener(change);
      else this.logger.warn('Redis: ignored a malformed access change');
      return;
    }
    const kind = BYTE_KIND[message[INSTANCE_BYTES]];
    const handler = this.handlers.get(channel);
    if (!kind || !handler) return;
    handler(kind, new Uint8Array(message.buffer, message.byteOffset + INSTANCE_BYTES + 1, message.length - INSTANCE_BYTES - 1));
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.accessListeners.clear();
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => undefined);
  }
}

export const REDIS_RELAY = Symbol('REDIS_RELAY');

function parseAccessChange(json: string): AccessChange | null {
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    if (value.kind === 'group' && typeof value.groupId === 'string') return { kind: 'group', groupId: value.groupId };
    if (value.kind === 'module' && typeof value.moduleId === 'string') return { kind: 'module', moduleId: value.moduleId };
  } catch {
    // falls through
  }
  return null;
}
