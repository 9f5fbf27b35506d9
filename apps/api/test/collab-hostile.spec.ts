import { connect as connectTcp } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { DOCUMENT_STORE, DocumentStore } from '../src/collaboration/document-store';
import { COLLAB_LIMITS, DocumentService } from '../src/collaboration/document.service';
import { CONNECTION_LIMITS } from '../src/collaboration/collab-connection';
import { SERVER_LIMITS } from '../src/collaboration/collab.server';
import { CLOSE } from '../src/collaboration/protocol';
import { TokenService } from '../src/modules/auth/token.service';
import { startTestApp, storedBytes, TestApp, until } from './harness';

/** Opens a raw socket, sends frames, and resolves with the close code (or 'open'). */
async function sendFrames(url: string, frames: Uint8Array[], waitMs = 30): Promise<number | 'open'> {
  const ws = new WebSocket(url);
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: number | 'open') => {
      if (done) return;
      done = true;
      resolve(result);
      ws.terminate();
    };
    ws.on('close', (code: number) => finish(code));
    ws.on('error', () => finish(1006));
    ws.on('open', () => {
      for (const frame of frames) ws.send(frame);
      setTimeout(() => finish('open'), waitMs);
    });
  });
}

/** An awareness message setting a small state for each of `clientIds`. */
function awarenessFrame(clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, clientIds.length);
  for (const id of clientIds) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: `n${id}` } }));
  }
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('hostile and broken collaboration input', () => {
  let t: TestApp;
  let base: string;
  let token: string;
  let moduleId: string;
  let realUpdates: Uint8Array[];
  let group: Awaited<ReturnType<TestApp['f']['group']>>;
  let author: Awaited<ReturnType<TestApp['f']['user']>>;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    base = (await t.listen()).replace('http:', 'ws:') + '/collab';
    group = await t.f.group();
    author = await t.f.user();
    await t.f.member(group, author, ['author']);
    moduleId = (await t.f.module(group, author)).id;
    token = await t.f.token(author);
    // Real updates to mutate: a few edits of text, maps and arrays.
    const doc = new Y.Doc();
    realUpdates = [];
    doc.on('update', (u: Uint8Array) => realUpdates.push(u));
    doc.getText('t').insert(0, 'Hallo wereld');
    doc.getMap('m').set('titel', 'Tillift');
    doc.getArray('a').push([1, 'twee', { drie: 3 }]);
    doc.getText('t').delete(0, 3);
  });
  afterAll(() => t.close());

  const url = () => `${base}/${moduleId}?token=${token}`;

  it('survives thousands of random and mutated frames: only the offender is closed, the loop stays responsive, the stored document stays valid', async () => {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const mutated = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 64 }),
      fc.constantFrom(...realUpdates).chain((u) =>
        fc.tuple(fc.nat({ max: u.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
          const copy = u.slice();
          copy[i] = b;
          return syncFrame(2, copy);
        }),
      ),
      fc.constantFrom(...realUpdates).chain((u) => fc.nat({ max: u.length }).map((n) => syncFrame(2, u.slice(0, n)))),
      fc.constantFrom(...realUpdates).map((u) => syncFrame(2, u)),
      fc.uint8Array({ maxLength: 32 }).map((garbage) => syncFrame(0, garbage)),
      fc.uint8Array({ maxLength: 48 }).map((garbage) => Uint8Array.from([1, ...garbage])),
      fc.constant(Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])),
      fc.integer({ min: 4, max: 200 }).map((type) => Uint8Array.from([type, 0, 0])),
    );
    const samples = fc.sample(fc.array(mutated, { minLength: 1, maxLength: 4 }), 2000);
    let frames = 0;
    const codes = new Map<string, number>();
    for (let i = 0; i < samples.length; i += 20) {
      const batch = samples.slice(i, i + 20);
      const results = await Promise.all(batch.map((f) => sendFrames(url(), f)));
      for (const r of results) codes.set(String(r), (codes.get(String(r)) ?? 0) + 1);
      frames += batch.reduce((n, f) => n + f.length, 0);
    }
    loop.disable();
    expect(frames).toBeGreaterThan(3000);
    expect(loop.max / 1e6).toBeLessThan(200);
    // Every close was one of ours, never a crash of the server.
    for (const code of codes.keys()) expect(['open', '4400', '4429', '1005', '1000', '1009']).toContain(code);

    // The server still serves, and the stored log is a valid document.
    expect((await t.http.get('/api/health')).status).toBe(200);
    const stored = await t.app.get<DocumentStore>(DOCUMENT_STORE).load(moduleId);
    const check = new Y.Doc();
    Y.transact(check, () => {
      if (stored.snapshot) Y.applyUpdate(check, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(check, u);
    });
    expect(check.store.pendingStructs).toBeNull();
    expect(() => Y.encodeStateAsUpdate(check)).not.toThrow();
    console.log(`collab fuzz: ${frames} frames over ${samples.length} connections, closes ${JSON.stringify(Object.fromEntries(codes))}, max loop delay ${(loop.max / 1e6).toFixed(1)} ms`);
  });

  it('closes a connection that sends a frame over the size bound (1009) and keeps others', async () => {
    const big = syncFrame(2, new Uint8Array(3 * 1024 * 1024));
    expect(await sendFrames(url(), [big], 200)).toBe(1009);
    expect(await sendFrames(url(), [syncFrame(2, realUpdates[0])], 100)).toBe('open');
  });

  it('refuses an update that would take the document past its size bound (4413), stores none of it, and keeps others', async () => {
    const store = t.app.get<DocumentStore>(DOCUMENT_STORE);
    const big = (await t.f.module(group, author)).id;
    const bigUrl = `${base}/${big}?token=${token}`;
    const before = (await store.load(big)).updates.length;
    // Large edits from one client, each just under the frame bound.
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const chunk = 1_900_000;
    const needed = Math.ceil(COLLAB_LIMITS.maxDocumentBytes / chunk) + 1;
    for (let i = 0; i < needed; i++) doc.getText('groot').insert(0, 'x'.repeat(chunk));

    const ws = new WebSocket(bigUrl);
    const closed = new Promise<number>((resolve) => ws.on('close', (code: number) => resolve(code)));
    await new Promise((r) => ws.on('open', r));
    for (const update of updates) ws.send(syncFrame(2, update));
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 15_000).unref());
    expect(await Promise.race([closed, timeout])).toBe(CLOSE.documentTooLarge.code);

    const stored = await store.load(big);
    const accepted = stored.updates.length - before;
    const size = storedBytes(stored);
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(needed);
    expect(size).toBeLessThanOrEqual(COLLAB_LIMITS.maxDocumentBytes);
    expect(size + updates[accepted].byteLength).toBeGreaterThan(COLLAB_LIMITS.maxDocumentBytes);
    // An edit that still fits is taken, and the other documents are untouched.
    expect(await sendFrames(bigUrl, [syncFrame(2, realUpdates[0])], 200)).toBe('open');
    expect(await sendFrames(url(), [syncFrame(2, realUpdates[1])], 100)).toBe('open');
    doc.destroy();
  });

  it('closes an awareness flood', async () => {
    const frames = Array.from({ length: 800 }, () => Uint8Array.from([1, 1, 0]));
    expect(await sendFrames(url(), frames, 300)).not.toBe('open');
  });

  it('asks a client whose update misses its predecessors to resync, and stores nothing of it', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('x').insert(0, 'eerst');
    doc.getText('x').insert(5, ' daarna');
    const store = t.app.get<DocumentStore>(DOCUMENT_STORE);
    const before = (await store.load(moduleId)).updates.length;
    const ws = new WebSocket(url());
    const received: Uint8Array[] = [];
    ws.on('message', (d: Buffer) => received.push(new Uint8Array(d)));
    await new Promise((r) => ws.on('open', r));
    ws.send(syncFrame(2, updates[1])); // the second edit alone: its predecessor is missing
    await new Promise((r) => setTimeout(r, 200));
    ws.terminate();
    // The server answered with a SyncStep1 after our update (a request for what it lacks).
    const step1s = received.filter((m) => m[0] === 0 && m[1] === 0);
    expect(step1s.length).toBeGreaterThanOrEqual(2);
    const after = await store.load(moduleId);
    expect(after.updates.length).toBe(before);
  });

  it('stores nothing of an update that yjs applies in part before it throws, and reloads the document without it', async () => {
    // Yjs integrates an update's structs before it reads its delete set: with a delete set cut
    // short, the text is in the live document (and its 'update' event fired) when it throws.
    const doc = new Y.Doc();
    let update: Uint8Array = new Uint8Array();
    doc.on('update', (u: Uint8Array) => (update = u));
    doc.getText('t').insert(0, 'half toegepast');
    expect(update.at(-1)).toBe(0); // an empty delete set
    const cutShort = Uint8Array.from([...update.slice(0, -1), 5]);
    expect(() => Y.applyUpdate(new Y.Doc(), cutShort)).toThrow();

    const target = (await t.f.module(group, author)).id;
    const targetUrl = `${base}/${target}?token=${token}`;
    const store = t.app.get<DocumentStore>(DOCUMENT_STORE);
    const before = await store.load(target);
    // A bystander on the same document sees the offender's frame arrive in the same turn as nothing.
    const bystander = new WebSocket(targetUrl);
    const seen: Buffer[] = [];
    bystander.on('message', (m: Buffer) => seen.push(m));
    const bystanderClosed = new Promise<number>((resolve) => bystander.on('close', (code: number) => resolve(code)));
    await new Promise((r) => bystander.on('open', r));
    expect(await sendFrames(targetUrl, [syncFrame(2, cutShort)], 300)).toBe(CLOSE.malformed.code);
    // The document was thrown out of memory: its peers were closed to reload it.
    expect(await bystanderClosed).toBe(CLOSE.malformed.code);
    expect(seen.some((m) => m.includes(Buffer.from('half toegepast')))).toBe(false);

    const after = await store.load(target);
    expect(after.updates.length).toBe(before.updates.length);
    // A fresh client gets the document as stored, without the half-applied text.
    const fresh = new WebSocket(targetUrl);
    const answers: Buffer[] = [];
    fresh.on('message', (m: Buffer) => answers.push(m));
    await new Promise((r) => fresh.on('open', r));
    fresh.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    await new Promise((r) => setTimeout(r, 200));
    fresh.terminate();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.some((m) => m.includes(Buffer.from('half toegepast')))).toBe(false);
    doc.destroy();
  });

  it('closes a client that keeps asking for the whole document (4429), after the few requests a resync needs', async () => {
    const ask = syncFrame(0, Y.encodeStateVector(new Y.Doc()));
    expect(await sendFrames(url(), Array.from({ length: CONNECTION_LIMITS.costlyRequestBurst }, () => ask), 200)).toBe('open');
    expect(await sendFrames(url(), Array.from({ length: CONNECTION_LIMITS.costlyRequestBurst + 1 }, () => ask), 200)).toBe(CLOSE.flood.code);
    expect(await sendFrames(url(), Array.from({ length: 20 }, () => Uint8Array.from([3])), 200)).toBe(CLOSE.flood.code);
  });

  it('lets a connection speak for a few awareness clients, not for any number', async () => {
    const few = Array.from({ length: CONNECTION_LIMITS.awarenessIdsPerConnection }, (_, i) => 9_000 + i);
    expect(await sendFrames(url(), [awarenessFrame(few), awarenessFrame(few)], 150)).toBe('open');
    expect(await sendFrames(url(), [awarenessFrame(few), awarenessFrame([9_999])], 150)).toBe(CLOSE.flood.code);
  });

  it('ends a client that stops reading while it asks for answers, and keeps serving the others', async () => {
    const store = t.app.get<DocumentStore>(DOCUMENT_STORE);
    const large = (await t.f.module(group, author)).id;
    const largeUrl = `${base}/${large}?token=${token}`;
    // A document of ~19 MB, so that a few whole-document answers pass the buffered-bytes bound.
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 10; i++) doc.getText('groot').insert(0, String(i).repeat(1_900_000));
    const writer = new WebSocket(largeUrl);
    await new Promise((r) => writer.on('open', r));
    for (const update of updates) writer.send(syncFrame(2, update));
    await until(async () => storedBytes(await store.load(large)) >= 19_000_000, 'the large document stored');

    const reader = new WebSocket(largeUrl);
    await new Promise((r) => reader.on('open', r));
    reader.pause(); // reads nothing from here on
    const ended = new Promise<number>((resolve) => reader.on('close', (code: number) => resolve(code)));
    const ask = syncFrame(0, Y.encodeStateVector(new Y.Doc()));
    for (let i = 0; i < CONNECTION_LIMITS.costlyRequestBurst; i++) reader.send(ask);
    expect(CONNECTION_LIMITS.costlyRequestBurst * 19_000_000).toBeGreaterThan(CONNECTION_LIMITS.maxBufferedBytes + 16_000_000);
    // The server lets go of it while it still reads nothing...
    const live = await t.app.get(DocumentService).open(large);
    await until(() => live.peers.size === 1, 'the unread connection ended', 10_000);
    // ...without a close frame (it would wait behind the unread bytes): the client sees 1006.
    reader.resume();
    expect(await ended).toBe(1006);
    // The writer on the same document and a client of another one are served as before.
    expect(writer.readyState).toBe(WebSocket.OPEN);
    expect(await sendFrames(url(), [syncFrame(2, realUpdates[0])], 100)).toBe('open');
    writer.terminate();
    doc.destroy();
  }, 30_000);

  it('closes a connection when its access token expires (4401), and refuses an expired token', async () => {
    const tokens = t.app.get(TokenService);
    const shortLived = tokens.signAccess(author.id, Date.now(), 2).token;
    const ws = new WebSocket(`${base}/${moduleId}?token=${shortLived}`);
    const closed = new Promise<[number, string]>((resolve) => ws.on('close', (code: number, reason: Buffer) => resolve([code, reason.toString()])));
    await new Promise((r) => ws.on('open', r));
    const started = Date.now();
    const [code, reason] = await closed;
    expect([code, reason]).toEqual([CLOSE.tokenExpired.code, CLOSE.tokenExpired.reason]);
    expect(Date.now() - started).toBeLessThan(2_000 + SERVER_LIMITS.expirySweepEveryMs + 1_000);
    // A token that expired before the connection is refused before anything is sent.
    const expired = tokens.signAccess(author.id, Date.now(), -1).token;
    expect(await sendFrames(`${base}/${moduleId}?token=${expired}`, [], 300)).toBe(CLOSE.unauthenticated.code);
  }, 15_000);

  it('answers an upgrade request for another path and ends its connection', async () => {
    const port = new URL(base.replace('ws:', 'http:')).port;
    const socket = connectTcp(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n');
    const result = await Promise.race([ended.then(() => 'closed'), new Promise<string>((r) => setTimeout(() => r('still open'), 2_000).unref())]);
    socket.destroy();
    expect(result).toBe('closed');
    expect(answer).toMatch(/^HTTP\/1\.1 404/);
  });
});
