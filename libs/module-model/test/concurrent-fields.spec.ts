/**
 * Two authors typing in one text field (a page title) at the same moment. The field is one
 * string in a Y.Map, so without the merge the later writer's value replaced the other's and
 * their words were lost. Replicas here exchange their updates at random moments, as editors
 * on a real network do.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { addPage, createModule, getField, mergeConcurrentFieldEdits, mergeText, setField } from '../src/doc';

interface Replica {
  doc: Y.Doc;
  stop: () => void;
}

/** Replicas of one module with a page titled `title`, each merging concurrent field edits. */
function replicas(count: number, title: string): { all: Replica[]; page: string } {
  const first = new Y.Doc();
  createModule(first, { name: 'Tillift', language: 'nl-NL' });
  const page = addPage(first, 'text');
  setField(first, page, 'name', title);
  const all = Array.from({ length: count }, (_, i) => {
    const doc = i === 0 ? first : new Y.Doc();
    if (i > 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    return { doc, stop: mergeConcurrentFieldEdits(doc) };
  });
  return { all, page };
}

/** Delivers what `from` has and `to` lacks. */
function deliver(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Exchanges updates until nobody has anything new (merges write, and their writes travel too). */
function settle(all: Replica[]): void {
  for (let round = 0; round < 20; round++) {
    const before = all.map((r) => Y.encodeStateVector(r.doc).join());
    for (const a of all) for (const b of all) if (a !== b) deliver(a.doc, b.doc);
    if (all.every((r, i) => Y.encodeStateVector(r.doc).join() === before[i])) return;
  }
  throw new Error('replicas did not settle');
}

/** One keystroke: insert `text` at `index` of the field, as the editor writes it (the whole value). */
function type(doc: Y.Doc, page: string, index: number, text: string): void {
  const value = getField(doc, page, 'name') ?? '';
  setField(doc, page, 'name', value.slice(0, index) + text + value.slice(index));
}

const title = (r: Replica, page: string) => getField(r.doc, page, 'name');

describe('mergeText', () => {
  it.each([
    ['separate parts', 'Tilliften', 'Veilig: Tilliften', 'Tilliften!', 'Veilig: Tilliften!'],
    ['one side unchanged', 'Tilliften', 'Tilliften', 'Tilliften!', 'Tilliften!'],
    ['the same change', 'Tilliften', 'Tilliften!', 'Tilliften!', 'Tilliften!'],
    ['a deletion and an insertion apart', 'Tilliften in de zorg', 'Tilliften zorg', 'Tilliften in de zorg.', 'Tilliften zorg.'],
    ['changes apart, one of them made by both', 'a|b|c', 'aX|bY|c', 'a|bY|cZ', 'aX|bY|cZ'],
    ['insertions at one place: theirs', 'Tilliften', 'Tilliften!', 'Tilliften?', 'Tilliften?'],
    ['overlapping changes: theirs there, ours elsewhere', 'Tilliften in de zorg', 'Tillen in de zorg!', 'Tilliftje in de zorg', 'Tilliftje in de zorg!'],
    ['touching changes: theirs', 'abc', 'abc!', 'aXbc', 'aXbc!'],
    ['an insertion at a deletion’s end: theirs', 'abc', 'a', 'abc!', 'abc!'],
  ])('%s', (_name, base, ours, theirs, expected) => {
    expect(mergeText(base, ours, theirs)).toBe(expected);
  });
});

describe('two authors typing in one title at once', () => {
  it('keeps both: one types at the start, the other at the end, before either sees the other', () => {
    const { all, page } = replicas(2, 'Tilliften in de praktijk');
    const [anna, bas] = all;
    'Veilig: '.split('').forEach((c, i) => type(anna.doc, page, i, c));
    type(bas.doc, page, title(bas, page)!.length, '!');
    settle(all);
    expect(title(anna, page)).toBe('Veilig: Tilliften in de praktijk!');
    expect(title(bas, page)).toBe(title(anna, page));
  });

  it('keeps both when the other author typed on top of some of our keystrokes but not the latest', () => {
    const { all, page } = replicas(2, 'Tilliften');
    const [anna, bas] = all;
    type(anna.doc, page, 0, 'V');
    type(anna.doc, page, 1, 'e');
    deliver(anna.doc, bas.doc); // Bas sees "VeTilliften"
    type(anna.doc, page, 2, 'i');
    type(anna.doc, page, 3, 'l');
    type(bas.doc, page, title(bas, page)!.length, '!');
    settle(all);
    expect(title(anna, page)).toBe('VeilTilliften!');
    expect(title(bas, page)).toBe('VeilTilliften!');
  });

  it('leaves last-writer-wins for the same spot, and still converges', () => {
    const { all, page } = replicas(2, 'Tilliften');
    const [anna, bas] = all;
    type(anna.doc, page, 9, '!');
    type(bas.doc, page, 9, '?');
    settle(all);
    expect(['Tilliften!', 'Tilliften?']).toContain(title(anna, page));
    expect(title(bas, page)).toBe(title(anna, page));
  });

  it('does not merge a choice: last writer wins', () => {
    const { all, page } = replicas(2, 'Tilliften');
    const [anna, bas] = all;
    setField(anna.doc, page, 'navSetting', 'backnext');
    setField(bas.doc, page, 'navSetting', 'nextonly');
    settle(all);
    expect(['backnext', 'nextonly']).toContain(getField(anna.doc, page, 'navSetting'));
    expect(getField(bas.doc, page, 'navSetting')).toBe(getField(anna.doc, page, 'navSetting'));
  });

  it('merges the module’s own name too', () => {
    const { all } = replicas(2, 'x');
    const [anna, bas] = all;
    setField(anna.doc, null, 'name', 'Veilig: Tillift');
    setField(bas.doc, null, 'name', 'Tillift in de zorg');
    settle(all);
    expect(getField(anna.doc, null, 'name')).toBe('Veilig: Tillift in de zorg');
    expect(getField(bas.doc, null, 'name')).toBe('Veilig: Tillift in de zorg');
  });

  type Step = { kind: 'type'; who: number; at: number; char: string } | { kind: 'deliver'; from: number; to: number };

  /** Random keystrokes of `authors`, each in a part of the title of their own, and random deliveries. */
  const sessions = (authors: number): fc.Arbitrary<Step[]> =>
    fc.array<Step>(
      fc.oneof(
        fc.record({ kind: fc.constant('type' as const), who: fc.nat({ max: authors - 1 }), at: fc.nat({ max: 20 }), char: fc.constantFrom('a', 'b', ' ', 'é') }),
        fc.record({ kind: fc.constant('deliver' as const), from: fc.nat({ max: authors - 1 }), to: fc.nat({ max: authors - 1 }) }),
      ),
      { maxLength: 60 },
    );

  /** Plays a session; returns the settled title and, per author, every version of their part they had. */
  function play(authors: number, steps: Step[]) {
    const parts = Array.from({ length: authors }, (_, i) => `[${i}]`);
    const { all, page } = replicas(authors, parts.join('|'));
    const versions = parts.map(() => ['']);
    for (const step of steps) {
      if (step.kind === 'deliver') {
        if (step.from !== step.to) deliver(all[step.from].doc, all[step.to].doc);
        continue;
      }
      const value = title(all[step.who], page)!;
      const open = value.indexOf(`[${step.who}]`) + 3;
      const close = value.indexOf('|', open) === -1 ? value.length : value.indexOf('|', open);
      const own = value.slice(open, close);
      const at = step.at % (own.length + 1);
      type(all[step.who].doc, page, open + at, step.char);
      versions[step.who].push(own.slice(0, at) + step.char + own.slice(at));
    }
    settle(all);
    const final = title(all[0], page)!;
    for (const r of all) expect(title(r, page)).toBe(final);
    return { final, versions, finalParts: final.split('|').map((p) => p.slice(3)) };
  }

  it('property: two authors typing in parts of their own, random delivery — every keystroke survives, both agree', () => {
    fc.assert(
      fc.property(sessions(2), (steps) => {
        const { finalParts, versions } = play(2, steps);
        expect(finalParts).toEqual(versions.map((v) => v.at(-1)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: three authors, random delivery — all agree, and each part is a version its author had (nothing doubled or garbled)', () => {
    fc.assert(
      fc.property(sessions(3), (steps) => {
        const { finalParts, versions } = play(3, steps);
        expect(finalParts).toHaveLength(3);
        finalParts.forEach((part, i) => expect(versions[i]).toContain(part));
      }),
      { numRuns: 300 },
    );
  });
});
