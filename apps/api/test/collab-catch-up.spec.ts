import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { DocumentStore, StoredDocument } from '../src/collaboration/document-store';
import { DocumentService } from '../src/collaboration/document.service';
import { RedisRelay } from '../src/collaboration/redis-relay';
import { until } from './harness';

/** The store as another instance leaves it: updates appended there, never seen over pub/sub. */
class MemoryStore implements DocumentStore {
  readonly docs = new Map<string, Uint8Array[]>();
  async load(docId: string): Promise<StoredDocument> {
    const updates = this.docs.get(docId) ?? [];
    return { snapshot: null, updates: [...updates], lastSeq: updates.length };
  }
  async append(docId: string, updates: Uint8Array[]): Promise<number> {
    const list = this.docs.get(docId) ?? [];
    list.push(...updates);
    this.docs.set(docId, list);
    return list.length;
  }
  async compact(): Promise<void> {}
  async tailLength(docId: string): Promise<number> {
    return (this.docs.get(docId) ?? []).length;
  }
  async delete(docId: string): Promise<void> {
    this.docs.delete(docId);
  }
}

/** A relay whose Redis we can take away and give back. */
class FakeRelay {
  private readonly listeners = new Set<() => void>();
  published = 0;
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  publish(): void {
    this.published++;
  }
  onReconnect(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async close(): Promise<void> {}
  back(): void {
    for (const listener of this.listeners) listener();
  }
}

describe('catching up after Redis was away', () => {
  it('takes in what another instance stored meanwhile, relays it to the clients here, and stores nothing again', async () => {
    const store = new MemoryStore();
    const relay = new FakeRelay();
    const documents = new DocumentService(store, relay as unknown as RedisRelay);
    const live = await documents.open('doc-1');
    const received: Uint8Array[] = [];
    documents.join(live, { send: (message) => received.push(message) });

    // Another instance accepted an edit while this one's subscription was down.
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'van de andere instantie');
    await store.append('doc-1', [Y.encodeStateAsUpdate(elsewhere)]);
    expect(live.doc.getText('t').toString()).toBe('');

    relay.back();
    await until(() => live.doc.getText('t').toString() === 'van de andere instantie', 'catch-up');
    await until(() => received.length > 0, 'relay to the local client');
    expect(store.docs.get('doc-1')).toHaveLength(1); // not stored a second time
    expect(relay.published).toBe(0); // and not published back

    await documents.onModuleDestroy();
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
(redisUrl ? describe : describe.skip)('the Redis relay after its connection dropped', () => {
  it('announces the reconnect and receives again', async () => {
    const a = new RedisRelay(redisUrl!);
    const b = new RedisRelay(redisUrl!);
    const doc = `catch-up-${randomBytes(4).toString('hex')}`;
    const got: string[] = [];
    let reconnects = 0;
    b.onReconnect(() => reconnects++);
    await b.subscribe(doc, (_kind, payload) => got.push(Buffer.from(payload).toString()));
    await a.subscribe(doc, () => undefined);
    a.publish(doc, 'update', Buffer.from('one'));
    await until(() => got.includes('one'), 'first message');

    const subscriber = (b as unknown as { subscriber: { disconnect(reconnect: boolean): void } }).subscriber;
    subscriber.disconnect(true);
    await until(() => reconnects === 1, 'reconnect announced');
    a.publish(doc, 'update', Buffer.from('two'));
    await until(() => got.includes('two'), 'messages after the reconnect');
    await Promise.all([a.close(), b.close()]);
  });
});
