import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { AccessChange } from '../src/common/access-events';
import type { DocumentStore, Fold, StoredDocument } from '../src/collaboration/document-store';
import { DocumentService } from '../src/collaboration/document.service';
import { RedisRelay } from '../src/collaboration/redis-relay';
import { until } from './harness';

// Counts what the server applies (a spy on the namespace would not reach its own import).
jest.mock('yjs', () => {
  const actual = jest.requireActual<typeof import('yjs')>('yjs');
  return { ...actual, applyUpdate: jest.fn(actual.applyUpdate) };
});
const applied = Y.applyUpdate as jest.MockedFunction<typeof Y.applyUpdate>;

/** The store as another instance leaves it: updates appended there, never seen over pub/sub. */
class MemoryStore implements DocumentStore {
  readonly docs = new Map<string, { seq: number; data: Uint8Array }[]>();
  readonly snapshots = new Map<string, { data: Uint8Array; lastSeq: number }>();
  private seq = 0;
  async load(docId: string): Promise<StoredDocument> {
    const snapshot = this.snapshots.get(docId);
    const rows = this.docs.get(docId) ?? [];
    return {
      snapshot: snapshot?.data ?? null,
      snapshotSeq: snapshot?.lastSeq ?? 0,
      updates: rows.map((r) => r.data),
      seqs: rows.map((r) => r.seq),
      lastSeq: rows.at(-1)?.seq ?? snapshot?.lastSeq ?? 0,
    };
  }
  async append(docId: string, updates: Uint8Array[]): Promise<number[]> {
    const list = this.docs.get(docId) ?? [];
    const seqs = updates.map((data) => {
      list.push({ seq: ++this.seq, data });
      return this.seq;
    });
    this.docs.set(docId, list);
    return seqs;
  }
  async compact(docId: string, fold: Fold): Promise<number> {
    const stored = await this.load(docId);
    const read = new Set(this.docs.get(docId) ?? []);
    const snapshot = fold(stored);
    if (!snapshot) return 0;
    this.snapshots.set(docId, { data: snapshot, lastSeq: stored.lastSeq });
    this.docs.set(docId, (this.docs.get(docId) ?? []).filter((r) => !read.has(r)));
    return read.size;
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

  it('compacts only what the snapshot holds: another instance’s stored update still on its way is folded in, not deleted', async () => {
    const store = new MemoryStore();
    const documents = new DocumentService(store, new FakeRelay() as unknown as RedisRelay);
    const live = await documents.open('doc-2');
    await documents.change('doc-2', (doc) => doc.getText('t').insert(0, 'hier '));
    // Another instance commits an edit; its pub/sub message has not arrived yet.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(live.doc));
    elsewhere.getText('t').insert(5, 'en daar');
    await store.append('doc-2', [Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(live.doc))]);
    // And this instance accepts one more, so its own last seq is past the other's row.
    await documents.change('doc-2', (doc) => doc.getText('t').insert(0, '> '));

    await live.compact();
    const reloaded = new Y.Doc();
    const stored = await store.load('doc-2');
    if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('t').toString()).toBe('> hier en daar');
    await documents.onModuleDestroy();
  });

  it('applies at compaction only what the document does not hold, not its own rows again', async () => {
    const store = new MemoryStore();
    const documents = new DocumentService(store, new FakeRelay() as unknown as RedisRelay);
    const live = await documents.open('doc-3');
    for (let i = 0; i < 50; i++) await documents.change('doc-3', (doc) => doc.getText('t').insert(0, `${i} `));
    const text = live.doc.getText('t').toString();
    // Another instance's row, committed but not relayed here yet.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(live.doc));
    elsewhere.getText('t').insert(0, 'daar ');
    await store.append('doc-3', [Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(live.doc))]);

    applied.mockClear();
    await live.compact();
    expect(applied).toHaveBeenCalledTimes(1); // the other instance's row; not the 50 held
    // What it remembers stays bounded: nothing at or below the snapshot it now holds.
    const held = () => (live as unknown as { heldRows: number[] }).heldRows;
    expect(held()).toEqual([]);
    const reload = async () => {
      const doc = new Y.Doc();
      const stored = await store.load('doc-3');
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return doc.getText('t').toString();
    };
    expect(await reload()).toBe(`daar ${text}`);

    // Another instance compacts in turn, with an edit this one has not seen: its snapshot is
    // not the one held here, so the next compaction applies it.
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(live.doc));
    elsewhere.getText('t').insert(0, 'ginds ');
    const theirs = Y.encodeStateAsUpdate(elsewhere);
    await store.compact('doc-3', () => theirs);
    await documents.change('doc-3', (doc) => doc.getText('t').insert(0, '! '));
    applied.mockClear();
    await live.compact();
    expect(applied).toHaveBeenCalledTimes(1); // their snapshot; not our own '! ' row
    expect(held()).toEqual([]);
    // Both inserted at the start, concurrently: their order follows the client ids.
    const final = await reload();
    for (const part of ['! ', 'ginds ', `daar ${text}`]) expect(final).toContain(part);
    expect(final).toHaveLength(`! ginds daar ${text}`.length);
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

  it('carries access changes to the other instances, not back to the one that published them', async () => {
    const a = new RedisRelay(redisUrl!);
    const b = new RedisRelay(redisUrl!);
    const atA: AccessChange[] = [];
    const atB: AccessChange[] = [];
    a.onAccess((change) => atA.push(change));
    b.onAccess((change) => atB.push(change));
    // Both subscribed (a round trip on each subscriber connection).
    for (const relay of [a, b]) await (relay as unknown as { subscriber: { ping(): Promise<string> } }).subscriber.ping();
    const groupId = randomBytes(8).toString('hex');
    a.publishAccess({ kind: 'group', groupId });
    a.publishAccess({ kind: 'module', moduleId: 'm-1' });
    // A malformed message (another version, a stray publisher) is ignored, not thrown.
    const raw = new RedisRelay(redisUrl!);
    await (raw as unknown as { publisher: { publish(c: string, m: Buffer): Promise<number> } }).publisher.publish('samenwijs:access', Buffer.concat([randomBytes(12), Buffer.from('{"kind":"group"}')]));
    await until(() => atB.length === 2, 'both changes at the other instance');
    expect(atB).toEqual([{ kind: 'group', groupId }, { kind: 'module', moduleId: 'm-1' }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(atA).toEqual([]);
    expect(atB).toHaveLength(2);
    await Promise.all([a.close(), b.close(), raw.close()]);
  });
});
