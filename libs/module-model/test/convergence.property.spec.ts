import { DomainError } from '@samenwijs/core';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addNode,
  addPage,
  childrenOf,
  createModule,
  docToModule,
  duplicateNode,
  getField,
  idOf,
  moveNode,
  nodeDeclaration,
  pageSummaries,
  removeNode,
  richTextFragment,
  setField,
  topNodes,
  typeOf,
  walk,
} from '../src/doc';
import { allowedChildTypes, ROOT } from '../src/registry';
import type { FieldDef } from '../src/registry-types';
import { htmlArb } from './support/arbitraries';
import { typeInto } from './support/typing';

/** A value valid for a field, chosen by `n` (and `text`/`html` for free text). */
function validValue(field: FieldDef, n: number, text: string, html: string): string {
  switch (field.kind) {
    case 'boolean':
      return n % 2 === 0 ? 'true' : 'false';
    case 'choice':
      return field.options![n % field.options!.length].value;
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? min + 100;
      return String(min + (n % (max - min + 1)));
    }
    case 'colour':
      return `0x${(n % 0xffffff).toString(16).padStart(6, '0')}`;
    case 'media':
      return n % 2 === 0 ? `FileLocation + 'media/f${n % 7}.jpg'` : `https://example.org/m${n % 5}.mp4`;
    case 'pageRef':
      return `PG${1700000000000 + (n % 9)}`;
    case 'richText':
      return html;
    case 'plainText':
      return field.multiline ? text : text.replace(/[\r\n]/g, ' ');
    default:
      return text;
  }
}

const PAGE_CHOICES = ['text', 'mcq', 'quiz', 'nav', 'tabNavExtra', 'chapter', 'gapFill', 'categories', 'table'];

type Op =
  | { kind: 'addPage'; type: string; at: number; inChapter: number }
  | { kind: 'addChild'; target: number; pick: number; at: number }
  | { kind: 'move'; target: number; at: number; parent: number }
  | { kind: 'duplicate'; target: number }
  | { kind: 'remove'; target: number }
  | { kind: 'set'; target: number; field: number; n: number; text: string; html: string }
  | { kind: 'setRoot'; field: number; n: number; text: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addPage' as const), type: fc.constantFrom(...PAGE_CHOICES), at: fc.nat(), inChapter: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addChild' as const), target: fc.nat(), pick: fc.nat(), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), target: fc.nat(), at: fc.nat(), parent: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), target: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('set' as const), target: fc.nat(), field: fc.nat(), n: fc.nat(), text: fc.string({ maxLength: 20 }), html: htmlArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setRoot' as const), field: fc.nat(), n: fc.nat(), text: fc.string({ maxLength: 20 }) }) },
);

function apply(doc: Y.Doc, op: Op): void {
  const nodes = [...walk(doc)];
  const pick = (i: number) => (nodes.length > 0 ? nodes[i % nodes.length] : undefined);
  switch (op.kind) {
    case 'addPage': {
      const chapters = nodes.filter((n) => n.depth === 1 && typeOf(n.node) === 'chapter');
      const chapter = op.type !== 'chapter' && op.inChapter % 3 === 0 && chapters.length > 0 ? chapters[op.inChapter % chapters.length] : undefined;
      const size = chapter ? childrenOf(chapter.node).length : topNodes(doc).length;
      addPage(doc, op.type, { index: op.at % (size + 1), chapterId: chapter ? idOf(chapter.node) : undefined });
      return;
    }
    case 'addChild': {
      const target = pick(op.target);
      if (!target) return;
      const declaration = nodeDeclaration(doc, idOf(target.node));
      const allowed = declaration ? allowedChildTypes(declaration) : [];
      if (allowed.length === 0) return;
      addNode(doc, allowed[op.pick % allowed.length], { parentId: idOf(target.node), index: op.at % (childrenOf(target.node).length + 1) });
      return;
    }
    case 'move': {
      const target = pick(op.target);
      if (!target) return;
      // Sometimes into another parent (a page into a chapter or back to the top level).
      const parent = op.parent % 4 === 0 ? pick(op.parent) : undefined;
      if (parent) {
        moveNode(doc, idOf(target.node), { parentId: idOf(parent.node), index: op.at % (childrenOf(parent.node).length + 1) });
      } else if (op.parent % 4 === 1 && target.depth === 2) {
        moveNode(doc, idOf(target.node), { parentId: null, index: op.at % (topNodes(doc).length + 1) });
      } else {
        const siblings = target.parent ? childrenOf(target.parent).length : topNodes(doc).length;
        moveNode(doc, idOf(target.node), { index: op.at % siblings });
      }
      return;
    }
    case 'duplicate': {
      const target = pick(op.target);
      if (target) duplicateNode(doc, idOf(target.node));
      return;
    }
    case 'remove': {
      const target = pick(op.target);
      if (target) removeNode(doc, idOf(target.node));
      return;
    }
    case 'set': {
      const target = pick(op.target);
      if (!target) return;
      const fields = (nodeDeclaration(doc, idOf(target.node))?.fields ?? []).filter((f) => !f.readOnly);
      if (fields.length === 0) return;
      const field = fields[op.field % fields.length];
      setField(doc, idOf(target.node), field.name, op.n % 11 === 0 ? undefined : validValue(field, op.n, op.text, op.html));
      return;
    }
    case 'setRoot': {
      const fields = ROOT.fields.filter((f) => !f.readOnly);
      const field = fields[op.field % fields.length];
      setField(doc, null, field.name, validValue(field, op.n, op.text, ''));
      return;
    }
  }
}

/** Deterministic shuffle driven by the generated seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const stepArb = fc.record({
  replica: fc.constantFrom(0, 1),
  op: opArb,
  deliver: fc.nat({ max: 3 }),
  seed: fc.nat(),
  duplicate: fc.boolean(),
});

describe('two replicas editing concurrently', () => {
  test('converge to the same module, whatever the order, delay or duplication of updates', () => {
    const applied: Record<string, number> = {};
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 24 }), fc.nat(), (steps, finalSeed) => {
        const base = new Y.Doc();
        createModule(base, { name: 'Basis' });
        addPage(base, 'mcq');
        addPage(base, 'chapter');
        const replicas = [new Y.Doc(), new Y.Doc()];
        for (const r of replicas) Y.applyUpdate(r, Y.encodeStateAsUpdate(base));
        // Updates each replica still has to receive, and all it has received (to duplicate).
        const inbox: Uint8Array[][] = [[], []];
        const seen: Uint8Array[][] = [[], []];
        replicas.forEach((r, i) => r.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== 'remote') inbox[1 - i].push(update);
        }));
        const deliver = (to: number, count: number, seed: number, duplicate: boolean): void => {
          const order = shuffled(inbox[to].map((_, i) => i), seed).slice(0, count);
          const chosen = order.map((i) => inbox[to][i]);
          inbox[to] = inbox[to].filter((_, i) => !order.includes(i));
          if (duplicate && seen[to].length > 0) chosen.push(seen[to][seed % seen[to].length]);
          for (const update of chosen) {
            Y.applyUpdate(replicas[to], update, 'remote');
            seen[to].push(update);
          }
        };
        for (const step of steps) {
          try {
            apply(replicas[step.replica], step.op);
            applied[step.op.kind] = (applied[step.op.kind] ?? 0) + 1;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          deliver(1 - step.replica, step.deliver, step.seed, step.duplicate);
        }
        deliver(0, inbox[0].length, finalSeed, true);
        deliver(1, inbox[1].length, finalSeed + 1, true);
        const [a, b] = replicas.map(docToModule);
        expect(a).toEqual(b);
        expect(pageSummaries(replicas[0])).toEqual(pageSummaries(replicas[1]));
      }),
      { numRuns: 250 },
    );
    // The operations really ran (not just refused).
    for (const kind of ['addPage', 'addChild', 'move', 'duplicate', 'remove', 'set', 'setRoot']) expect(applied[kind]).toBeGreaterThan(20);
  });
});

describe('one author typing while the other restructures', () => {
  const moveArb = fc.record({ target: fc.nat(), at: fc.nat(), parent: fc.nat(), duplicate: fc.boolean() });

  test('loses no word, however the pages are moved, copied and reordered meanwhile', () => {
    let moves = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ move: moveArb, words: fc.nat({ max: 2 }), deliver: fc.nat({ max: 3 }), seed: fc.nat() }), { minLength: 1, maxLength: 20 }), (steps) => {
        const base = new Y.Doc();
        createModule(base, { name: 'Basis' });
        const typed = addPage(base, 'text');
        addPage(base, 'text');
        const chapter = addPage(base, 'chapter');
        addPage(base, 'text', { chapterId: chapter });
        const [mover, typist] = [new Y.Doc(), new Y.Doc()];
        for (const r of [mover, typist]) Y.applyUpdate(r, Y.encodeStateAsUpdate(base));
        const bound = richTextFragment(typist, typed, 'body', { create: true })!;
        const inbox: Uint8Array[][] = [[], []];
        [mover, typist].forEach((r, i) => r.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== 'remote') inbox[1 - i].push(update);
        }));
        const deliver = (to: number, count: number, seed: number) => {
          const order = shuffled(inbox[to].map((_, i) => i), seed).slice(0, count);
          const chosen = order.map((i) => inbox[to][i]);
          inbox[to] = inbox[to].filter((_, i) => !order.includes(i));
          for (const update of chosen) Y.applyUpdate(to === 0 ? mover : typist, update, 'remote');
        };
        const expected: string[] = [];
        steps.forEach((step, n) => {
          const nodes = [...walk(mover)].filter((l) => l.depth <= 2);
          const target = nodes[step.move.target % nodes.length];
          try {
            if (step.move.duplicate && step.move.parent % 5 === 0) duplicateNode(mover, idOf(target.node));
            else if (step.move.parent % 3 === 0 && typeOf(target.node) !== 'chapter') {
              const chapters = nodes.filter((l) => l.depth === 1 && typeOf(l.node) === 'chapter');
              const into = chapters[step.move.at % chapters.length];
              if (into) moveNode(mover, idOf(target.node), { parentId: idOf(into.node), index: step.move.at % (childrenOf(into.node).length + 1) });
            } else if (step.move.parent % 3 === 1) moveNode(mover, idOf(target.node), { parentId: null, index: step.move.at % (topNodes(mover).length + (target.depth === 1 ? 0 : 1)) });
            else moveNode(mover, idOf(target.node), { index: step.move.at % (target.parent ? childrenOf(target.parent).length : topNodes(mover).length) });
            moves++;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
          for (let w = 0; w < step.words; w++) {
            const word = ` w${n}.${w}`;
            typeInto(bound, word); // the fragment bound when the page opened, not looked up again
            expected.push(word);
          }
          deliver(1, step.deliver, step.seed);
          deliver(0, step.deliver, step.seed + 1);
        });
        deliver(0, inbox[0].length, 1);
        deliver(1, inbox[1].length, 2);
        for (const doc of [mover, typist]) expect((getField(doc, typed, 'body') ?? '').replace(/<[^>]+>/g, '')).toBe(expected.join(''));
        expect(docToModule(mover)).toEqual(docToModule(typist));
      }),
      { numRuns: 200 },
    );
    expect(moves).toBeGreaterThan(500);
  });
});
