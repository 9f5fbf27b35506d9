import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { FULL_STATE_CACHE_MIN_BYTES, LiveDocument } from '../src/collaboration/live-document';
import type { StoredDocument } from '../src/collaboration/document-store';
import { SqlDocumentStore } from '../src/collaboration/sql-document-store';
import { newId } from '../src/database/columns';
import { Engine, engines, startTestApp, storedBytes, TestApp, until } from './harness';

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

  it('appends in order, loads snapshot plus tail, and compacts exactly what it read', async () => {
    const id = newId();
    expect(await store.load(id)).toEqual({ snapshot: null, snapshotSeq: 0, updates: [], seqs: [], lastSeq: 0 });
    const batch = Array.from({ length: 900 }, (_, i) => Uint8Array.from([i % 256, 1, 2]));
    const seqs = await store.append(id, batch);
    expect(seqs).toHaveLength(900);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const loaded = await store.load(id);
    expect(loaded.updates).toHaveLength(900);
    expect(loaded.updates[5]).toEqual(Uint8Array.from([5, 1, 2]));
    expect(loaded.seqs).toEqual(seqs);
    expect(loaded.lastSeq).toBe(seqs.at(-1));

    // A cancelled fold changes nothing.
    expect(await store.compact(id, () => null)).toBe(0);
    expect(await store.load(id)).toEqual(loaded);

    let given: StoredDocument | null = null;
    expect(
      await store.compact(id, (stored) => {
        given = stored;
        return Uint8Array.from([9, 9]);
      }),
    ).toBe(900);
    expect(given).toEqual(loaded);
    const [later] = await store.append(id, [Uint8Array.from([7])]);
    const after = await store.load(id);
    expect(after).toEqual({ snapshot: Uint8Array.from([9, 9]), snapshotSeq: seqs.at(-1), updates: [Uint8Array.from([7])], seqs: [later], lastSeq: later });
  });

  it('stores the appends of several documents in one tick, each in its order, with each one’s seqs', async () => {
    const ids = [newId(), newId(), newId()];
    const batches = ids.map((_, d) => Array.from({ length: 5 + d * 3 }, (_, i) => Uint8Array.from([d, i])));
    // All in the same turn of the event loop: one group commit; the first document twice.
    const appends = [...ids.map((id, d) => store.append(id, batches[d])), store.append(ids[0], [Uint8Array.from([0, 99])])];
    const seqs = await Promise.all(appends);
    for (const [d, id] of ids.entries()) {
      const loaded = await store.load(id);
      const expected = d === 0 ? [...seqs[0], ...seqs[3]] : seqs[d];
      expect(loaded.updates).toEqual(d === 0 ? [...batches[0], Uint8Array.from([0, 99])] : batches[d]);
      expect(loaded.seqs).toEqual(expected);
      expect(loaded.lastSeq).toBe(expected.at(-1));
    }
    expect(new Set(seqs.flat()).size).toBe(seqs.flat().length);
  });

  it('runs compactions of one document one after the other, each folding in the snapshot before it', async () => {
    const id = newId();
    await store.append(id, [Uint8Array.from([1])]);
    const seen: (Uint8Array | null)[] = [];
    const fold = (mark: number) => (stored: StoredDocument) => {
      seen.push(stored.snapshot);
      return Uint8Array.from([...(stored.snapshot ?? []), mark, ...stored.updates.flatMap((u) => [...u])]);
    };
    const folded = await Promise.all([store.compact(id, fold(10)), store.compact(id, fold(20))]);
    expect(folded.sort()).toEqual([0, 1]);
    expect(seen[0]).toBeNull();
    // The second saw the first one's snapshot, so nothing the first folded is lost.
    expect(seen[1]).toEqual(Uint8Array.from([seen[1]![0] === 10 ? 10 : 20, 1]));
    expect((await store.load(id)).snapshot).toHaveLength(3);
  });

  (engine === 'postgres' ? it : it.skip)('keeps an update that commits after the compaction read it, whatever its seq', async () => {
    const id = newId();
    await store.append(id, [Uint8Array.from([1])]);
    await store.compact(id, () => Uint8Array.from([1])); // a snapshot row to hold the compaction at
    const connect = async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      return runner;
    };
    // Another instance's transaction took a seq and has not committed yet…
    const other = await connect();
    const locker = await connect();
    try {
      await other.query('INSERT INTO document_updates (doc_id, data) VALUES ($1, $2)', [id, Buffer.from([2])]);
      // …while this one appends (a higher seq) and compacts past it. The compaction reads, then
      // waits at the snapshot row, which `locker` holds.
      await store.append(id, [Uint8Array.from([3])]);
      await locker.query('SELECT doc_id FROM document_snapshots WHERE doc_id = $1 FOR UPDATE', [id]);
      let read: StoredDocument | null = null;
      const compacting = store.compact(id, (stored) => {
        read = stored;
        return Uint8Array.from([...stored.snapshot!, ...stored.updates.flatMap((u) => [...u])]);
      });
      await until(() => read !== null, 'the compaction has read');
      await new Promise((r) => setTimeout(r, 100));
      // The other transaction commits between the compaction's read and its delete.
      await other.commitTransaction();
      await locker.commitTransaction();
      expect(await compacting).toBe(1);
      expect(read!.updates).toEqual([Uint8Array.from([3])]);
    } finally {
      for (const runner of [other, locker]) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }
    const after = await store.load(id);
    expect(after.snapshot).toEqual(Uint8Array.from([1, 3]));
    // Its seq is below the snapshot's, it was not in the snapshot, and it is still there.
    expect(after.updates).toEqual([Uint8Array.from([2])]);
  });

  it('fails a document whose deferred stored state does not apply, without taking the process down', async () => {
    const id = newId();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'x'.repeat(FULL_STATE_CACHE_MIN_BYTES * 2));
    const whole = Y.encodeStateAsUpdate(source);
    const damaged = whole.slice(0, whole.length - 100); // truncated: Yjs throws while decoding
    await store.compact(id, () => damaged);
    const failures: Error[] = [];
    const live = new LiveDocument(id, store, { compactAfter: 10_000, onFailure: (error) => failures.push(error) });
    await live.load(); // deferred: nothing decoded yet
    await until(() => failures.length === 1, 'the deferred application fails the document');
    expect(live.failed).toBe(failures[0]);
    live.destroy();
    source.destroy();
  });

  it('runs a task after the flush of an update applied in the same turn, never before it is stored', async () => {
    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    const events: string[] = [];
    const append = store.append.bind(store);
    const spy = jest.spyOn(store, 'append').mockImplementation(async (docId, updates) => {
      const seq = await append(docId, updates);
      events.push('stored');
      return seq;
    });
    try {
      live.doc.getText('t').insert(0, 'nog niet opgeslagen');
      live.afterFlush(() => events.push('task'));
      await until(() => events.includes('task'), 'the task');
      expect(events).toEqual(['stored', 'task']);
    } finally {
      spy.mockRestore();
      live.destroy();
    }
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

  it('bounds the stored size it admits through appends, compaction and a reload', async () => {
    const id = newId();
    const bound = 20_000;
    const storedSize = async () => storedBytes(await store.load(id));
    const admitsExactly = (live: LiveDocument, size: number) => {
      expect(live.admits(bound - size)).toBe(true);
      expect(live.admits(bound - size + 1)).toBe(false);
    };
    const live = new LiveDocument(id, store, { compactAfter: 10_000, maxBytes: bound });
    await live.load();
    admitsExactly(live, 0);
    const text = live.doc.getText('t');
    for (let i = 0; i < 30; i++) {
      text.insert(text.length, `regel ${i}: ${'x'.repeat(200)}\n`);
      await settle(live);
    }
    admitsExactly(live, await storedSize());
    // Deleting shrinks the stored size once a compaction folds the tail into a snapshot.
    text.delete(0, text.length - 100);
    await settle(live);
    const beforeCompaction = await storedSize();
    await live.compact();
    const compacted = await storedSize();
    expect(compacted).toBeLessThan(beforeCompaction / 4);
    admitsExactly(live, compacted);
    text.insert(0, 'na de compactie ');
    await settle(live);
    admitsExactly(live, await storedSize());
    const reloaded = new LiveDocument(id, store, { compactAfter: 10_000, maxBytes: bound });
    await reloaded.load();
    admitsExactly(reloaded, await storedSize());
    live.destroy();
    reloaded.destroy();
  });

  it('compacts each document at its own threshold, within the last quarter before compactAfter', async () => {
    const thresholds = Array.from({ length: 50 }, () => new LiveDocument(newId(), store, { compactAfter: 1000 }).compactionThreshold);
    for (const n of thresholds) {
      expect(n).toBeGreaterThanOrEqual(750);
      expect(n).toBeLessThanOrEqual(1000);
    }
    expect(new Set(thresholds).size).toBeGreaterThan(10);

    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 40 });
    await live.load();
    const compactions = jest.spyOn(store, 'compact');
    try {
      const text = live.doc.getText('t');
      for (let i = 1; i < live.compactionThreshold; i++) {
        text.insert(text.length, 'x');
        await settle(live);
      }
      await new Promise((r) => setTimeout(r, 30));
      expect(compactions).not.toHaveBeenCalled();
      text.insert(text.length, 'x');
      await settle(live);
      await until(() => compactions.mock.calls.length === 1, 'the compaction at the threshold');
    } finally {
      compactions.mockRestore();
      live.destroy();
    }
  });

  it('compacts a tail of a few large updates once it passes a megabyte, whatever its length', async () => {
    const id = newId();
    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    const text = live.doc.getText('t');
    for (let i = 0; i < 2; i++) {
      text.insert(text.length, String(i).repeat(400_000));
      await settle(live);
    }
    await new Promise((r) => setTimeout(r, 30));
    expect((await store.load(id)).snapshot).toBeNull(); // 800 KB: not yet
    text.insert(text.length, 'z'.repeat(400_000));
    await settle(live);
    await until(async () => (await store.load(id)).snapshot !== null, 'the compaction past a megabyte');
    const stored = await store.load(id);
    expect(stored.updates).toHaveLength(0);
    const reloaded = new LiveDocument(id, store, { compactAfter: 10_000 });
    await reloaded.load();
    expect(reloaded.doc.getText('t').length).toBe(1_200_000);
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
    await store.compact(id, () => snapshot);
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

  it('answers newcomers to a large stored document from the stored bytes, and applies the document once no answer follows for a moment', async () => {
    const id = newId();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'c'.repeat(FULL_STATE_CACHE_MIN_BYTES + 100));
    const snapshot = Y.encodeStateAsUpdate(source);
    await store.compact(id, () => snapshot);
    const tail: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => tail.push(u));
    for (const word of ['een ', 'twee ', 'drie ']) source.getText('t').insert(0, word);
    await store.append(id, tail);

    const live = new LiveDocument(id, store, { compactAfter: 10_000 });
    await live.load();
    const applied = () => live.docToObserve.getText('t').toString();
    expect(applied()).toBe('');
    const order: string[] = [];
    live.afterLoad(() => order.push('after load'));
    const { parts, done } = live.stateForNewcomer();
    expect(parts).toEqual([snapshot, ...tail]);
    const newcomer = new Y.Doc();
    for (const part of parts) Y.applyUpdate(newcomer, part);
    expect(newcomer.getText('t').toString()).toBe(source.getText('t').toString());
    // Not while the answer is on its way…
    await new Promise((r) => setImmediate(r));
    expect(applied()).toBe('');
    expect(order).toEqual([]);
    // …nor while others join right after: they too are answered from the stored bytes…
    done();
    await new Promise((r) => setTimeout(r, 10));
    const second = live.stateForNewcomer();
    expect(second.parts).toEqual([snapshot, ...tail]);
    second.done();
    expect(applied()).toBe('');
    // …but once nobody asked for a moment.
    await until(() => applied() === source.getText('t').toString(), 'applied after the answers');
    // And the whole document is encoded right after, in that quiet time, for the next joiner.
    const cached = () => (live as unknown as { fullState: Uint8Array | null }).fullState;
    await until(() => cached() !== null, 'encoded for the next joiner');
    const next = new Y.Doc();
    Y.applyUpdate(next, cached()!);
    expect(next.getText('t').toString()).toBe(source.getText('t').toString());
    expect(live.stateForNewcomer().parts).toHaveLength(1);
    next.destroy();
    await settle(live);
    expect(order).toEqual(['after load']);
    expect((await store.load(id)).updates).toHaveLength(3); // nothing stored again
    live.destroy();

    // Whatever needs the document applies the load first.
    const other = new LiveDocument(id, store, { compactAfter: 10_000 });
    await other.load();
    expect(other.doc.getText('t').toString()).toBe(source.getText('t').toString());
    other.destroy();
    source.destroy();
    newcomer.destroy();
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
    const [seq] = await appended;
    const stored = await store.load(id);
    expect(stored.updates).toEqual([Uint8Array.from([1, 2, 3])]);
    expect(stored.lastSeq).toBe(seq);
  });
});

describe('the document store on SQLite', () => {
  it('refuses a data source it cannot write through, instead of failing at the first append', () => {
    const bare = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    expect(() => new SqlDocumentStore(bare)).toThrow(/initialised SQLite data source/);
  });
});
