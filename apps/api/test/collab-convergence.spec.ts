import fc from 'fast-check';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addPage, addSubItem, docToModule, moveNode, pageSummaries, readNode, removeNode, richTextFragment, setField } from '@samenwijs/module-model';
import { DOCUMENT_STORE, DocumentStore } from '../src/collaboration/document-store';
import { GroupEntity } from '../src/modules/groups/group.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { startTestApp, TestApp, until } from './harness';

/**
 * Five clients edit one module through the server — text, pages and sub-items — while
 * disconnecting and reconnecting at random. Afterwards all replicas and the stored state are
 * identical. Seeds vary per run; a failure prints the seed to reproduce it.
 */
const ROUNDS = Number(process.env.CONVERGENCE_ROUNDS ?? 20);
const STEPS = 60;

type Op = { kind: 'addPage' | 'text' | 'title' | 'option' | 'move' | 'remove' | 'toggle'; who: number; pick: number; text: string };
const opArb = fc.record({
  kind: fc.constantFrom<Op['kind']>('addPage', 'text', 'text', 'title', 'option', 'move', 'remove', 'toggle', 'toggle'),
  who: fc.integer({ min: 0, max: 4 }),
  pick: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 8 }),
});

function apply(doc: Y.Doc, op: Op): void {
  const pages = pageSummaries(doc);
  const page = pages.length > 0 ? pages[op.pick % pages.length] : undefined;
  switch (op.kind) {
    case 'addPage':
      addPage(doc, op.pick % 2 === 0 ? 'text' : 'mcq', { index: pages.length > 0 ? op.pick % (pages.length + 1) : 0 });
      return;
    case 'title':
      if (page) setField(doc, page.id, 'name', [...op.text].map((c) => (c < ' ' ? 'x' : c)).join(''));
      return;
    case 'text': {
      if (!page || page.type !== 'text') return;
      const fragment = richTextFragment(doc, page.id, 'body', { create: true })!;
      doc.transact(() => {
        const paragraph = fragment.length > 0 ? (fragment.get(0) as Y.XmlElement) : (fragment.insert(0, [new Y.XmlElement('paragraph')]), fragment.get(0) as Y.XmlElement);
        const text = paragraph.length > 0 && paragraph.get(0) instanceof Y.XmlText ? (paragraph.get(0) as Y.XmlText) : (paragraph.insert(0, [new Y.XmlText()]), paragraph.get(0) as Y.XmlText);
        text.insert(op.pick % (text.length + 1), op.text);
      });
      return;
    }
    case 'option':
      if (page?.type === 'mcq') addSubItem(doc, page.id, 'option');
      return;
    case 'toggle': {
      if (page?.type !== 'mcq') return;
      const options = readNode(doc, page.id).children;
      const option = options[op.pick % Math.max(options.length, 1)];
      const id = option?.attributes.find(([n]) => n === 'linkID')?.[1];
      if (id) setField(doc, id, 'correct', op.pick % 2 === 0 ? 'true' : 'false');
      return;
    }
    case 'move':
      if (page && pages.length > 1) moveNode(doc, page.id, { index: op.pick % pages.length });
      return;
    case 'remove':
      if (page && pages.length > 3) removeNode(doc, page.id);
      return;
  }
}

describe('convergence through the server', () => {
  let t: TestApp;
  let base: string;
  let token: string;
  let group: GroupEntity;
  let author: UserEntity;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    base = (await t.listen()).replace('http:', 'ws:') + '/collab';
    group = await t.f.group();
    author = await t.f.user();
    await t.f.member(group, author, ['author']);
    token = await t.f.token(author);
  });
  afterAll(() => t.close());

  it(`leaves five clients and the store identical after random edits and reconnects (${ROUNDS} runs × ${STEPS} steps)`, async () => {
    const seeds = fc.sample(fc.integer(), ROUNDS);
    let totalPages = 0;
    for (const seed of seeds) {
      const module = await t.f.module(group, author);
      const ops = fc.sample(opArb, { numRuns: STEPS, seed });
      const clients = Array.from({ length: 5 }, () => {
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(base, module.id, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true });
        return { doc, provider };
      });
      try {
        await until(() => clients.every((c) => c.provider.synced), 'initial sync', 15_000);
        for (const op of ops) {
          const client = clients[op.who];
          if (op.pick % 9 === 0) {
            if (client.provider.wsconnected) client.provider.disconnect();
            else client.provider.connect();
          }
          try {
            apply(client.doc, op);
          } catch (error) {
            // Operations refuse invalid input (limits, unknown ids after a concurrent remove).
            if ((error as { code?: string }).code !== 'BAD_USER_INPUT') throw error;
          }
          if (op.pick % 4 === 0) await new Promise((r) => setTimeout(r, 2));
        }
        for (const c of clients) if (!c.provider.wsconnected) c.provider.connect();
        await until(() => clients.every((c) => c.provider.synced && c.provider.wsconnected), 'reconnect', 15_000);
        const expected = () => JSON.stringify(docToModule(clients[0].doc));
        await until(() => clients.every((c) => JSON.stringify(docToModule(c.doc)) === expected()), `convergence (seed ${seed})`, 15_000);
        // Give the write-ahead queue a moment, then rebuild from the store alone.
        await new Promise((r) => setTimeout(r, 100));
        const stored = await t.app.get<DocumentStore>(DOCUMENT_STORE).load(module.id);
        const rebuilt = new Y.Doc();
        if (stored.snapshot) Y.applyUpdate(rebuilt, stored.snapshot);
        for (const u of stored.updates) Y.applyUpdate(rebuilt, u);
        expect(rebuilt.store.pendingStructs).toBeNull();
        expect(JSON.stringify(docToModule(rebuilt))).toBe(expected());
        // The run did something: pages were added and some still exist.
        expect(docToModule(rebuilt).pages.length).toBeGreaterThan(0);
        totalPages += docToModule(rebuilt).pages.length;
        rebuilt.destroy();
      } finally {
        for (const c of clients) {
          c.provider.destroy();
          c.doc.destroy();
        }
      }
    }
    console.log(`convergence: ${ROUNDS} runs × ${STEPS} operations by 5 clients, ${totalPages} pages in the final states`);
  });
});
