import * as Y from 'yjs';
import { FULL_STATE_CACHE_MIN_BYTES, LiveDocument } from '../src/collaboration/live-document';
import { SqlDocumentStore } from '../src/collaboration/sql-document-store';
import { newId } from '../src/database/columns';
import { Engine, engines, startTestApp, TestApp } from './harness';

const settle = async (live: LiveDocument) => {
  await new Promise((r) => setImmediate(r));
  await live.settled();
};

describe.each(engines())('document store on %s', (engine: Engine) => {
  let t: TestApp;
  let store: SqlDocumentStore;
  beforeAll(async () => {
    t = await startTestApp(engine);
    store = new SqlDocumentStore(t.dataSource);
  });
  afterAll(() => t.close());

  it('appends in order, loads snapshot plus tail, and compacts exactly the covered range', async () => {
    const id = newId();
    expect(await store.load(id)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    const batch = Array.from({ length: 900 }, (_, i) => Uint8Array.from([i % 256, 1, 2]));
    const last = await store.append(id, batch);
    const loaded = await store.load(id);
    expect(loaded.updates).toHaveLength(900);
    expect(loaded.updates[5]).toEqual(Uint8Array.from([5, 1, 2]));
    expect(loaded.lastSeq).toBe(last);

    const cut = last - 100;
    await store.compact(id, Uint8Array.from([9, 9]), cut);
    const after = await store.load(id);
    expect(after.snapshot).toEqual(Uint8Array.from([9, 9]));
    expect(after.updates).toHaveLength(100);
    expect(after.lastSeq).toBe(last);
    // An older snapshot never replaces a newer one.
    await store.compact(id, Uint8Array.from([1]), cut - 10);
    expect((await store.load(id)).snapshot).toEqual(Uint8Array.from([9, 9]));
  });

  it('compacts a live document past its threshold without losing updates that arrive meanwhile', async () => {
    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 50 });
    await live.load();
    const text = live.doc.getText('t');
    for (let i = 0; i < 120; i++) {
      text.insert(text.length, `${i},`);
      if (i % 7 === 0) await settle(live);
    }
    await settle(live);
    const compacting = live.compact();
    for (let i = 120; i < 140; i++) text.insert(text.length, `${i},`);
    await compacting;
    await settle(live);

    const stored = await store.load(id);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(60);
    const reloaded = new LiveDocument(id, store, { compactAfter: 50 });
    await reloaded.load();
    expect(reloaded.doc.getText('t').toString()).toBe(text.toString());
    expect(text.toString().split(',').filter(Boolean)).toHaveLength(140);
    live.destroy();
    reloaded.destroy();
  });

  it('stores the changes, not the whole document, on the hot path', async () => {
    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    const text = live.doc.getText('t');
    for (let i = 0; i < 200; i++) {
      text.insert(text.length, 'x');
      await settle(live);
    }
    const stored = await store.load(id);
    const bytes = stored.updates.reduce((n, u) => n + u.length, 0);
    expect(stored.updates).toHaveLength(200);
    expect(bytes / 200).toBeLessThan(40);
    live.destroy();
  });

  it('keeps the encoded state of a large document until its next update', async () => {
    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    const text = live.doc.getText('t');
    text.insert(0, 'a'.repeat(FULL_STATE_CACHE_MIN_BYTES));
    await settle(live);
    const first = live.fullStateUpdate();
    expect(live.fullStateUpdate()).toBe(first);
    text.insert(text.length, 'b');
    const second = live.fullStateUpdate();
    expect(second).not.toBe(first);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, second);
    expect(copy.getText('t').toString()).toBe(text.toString());
    // A small document is encoded afresh every time.
    const small = new LiveDocument(newId(), store, { compactAfter: 10_000 });
    await small.load();
    small.doc.getText('t').insert(0, 'x');
    expect(small.fullStateUpdate()).not.toBe(small.fullStateUpdate());
    await settle(live);
    await settle(small);
    live.destroy();
    small.destroy();
    copy.destroy();
  });

  it('serves a bare stored snapshot as the state until the document changes', async () => {
    const id = newId();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'c'.repeat(FULL_STATE_CACHE_MIN_BYTES));
    const snapshot = Y.encodeStateAsUpdate(source);
    await store.compact(id, snapshot, 0);
    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    expect(live.fullStateUpdate()).toEqual(snapshot);
    live.doc.getText('t').insert(0, 'd');
    const changed = new Y.Doc();
    Y.applyUpdate(changed, live.fullStateUpdate());
    expect(changed.getText('t').toString()).toBe(`d${'c'.repeat(FULL_STATE_CACHE_MIN_BYTES)}`);
    await settle(live);
    live.destroy();
    source.destroy();
    changed.destroy();
  });

  it('commits an append on its own, never inside a transaction that rolls back', async () => {
    const id = newId();
    const failing = t.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM document_updates WHERE doc_id = ${engine === 'postgres' ? '$1' : '?'}`, [id]);
      await new Promise((r) => setTimeout(r, 30));
      throw new Error('rolled back on purpose');
    });
    const appended = store.append(id, [Uint8Array.from([1, 2, 3])]);
    await expect(failing).rejects.toThrow('rolled back on purpose');
    const last = await appended;
    const stored = await store.load(id);
    expect(stored.updates).toEqual([Uint8Array.from([1, 2, 3])]);
    expect(stored.lastSeq).toBe(last);
  });
});
