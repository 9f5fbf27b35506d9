/**
 * Structure changes by two authors at once: what each of them typed must survive the other's
 * moves, and the document must show each node once. Two replicas exchange their updates only
 * after both changed, as two editors on a slow network do.
 */
import * as Y from 'yjs';
import {
  addPage,
  addSubItem,
  createModule,
  docToModule,
  DOC_KEYS,
  DOC_SHAPE_VERSION,
  duplicateNode,
  findNode,
  getField,
  hasLegacyContent,
  metaOf,
  moduleToDoc,
  moveNode,
  movePage,
  nodesOf,
  pageKeysOf,
  pageSummaries,
  removeNode,
  richTextFragment,
  setField,
  upgradeModuleDoc,
  walk,
} from '../src/doc';
import { MODULE_JSON_FORMAT, type ModuleJson } from '../src/module-json';
import { typeInto } from './support/typing';

/** Two replicas of one module that start equal. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  createModule(a, { name: 'Wondzorg', language: 'nl-NL' });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

/** Exchanges what each replica lacks, both ways. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const ids = (doc: Y.Doc) => pageSummaries(doc).map((p) => p.id);
const text = (doc: Y.Doc, id: string) => getField(doc, id, 'body') ?? '';

/** Types into a node's rich-text field as an editor does (see support/typing). */
const typeIntoField = (doc: Y.Doc, id: string, field: string, words: string): void => typeInto(richTextFragment(doc, id, field, { create: true })!, words);

describe('two authors changing the structure at once', () => {
  it('keeps what one types in a page while the other moves it', () => {
    const [a, b] = pair();
    const first = addPage(a, 'text');
    const second = addPage(a, 'text');
    const chapter = addPage(a, 'chapter');
    sync(a, b);
    const fragmentBefore = richTextFragment(b, first, 'body');

    typeIntoField(b, first, 'body', 'Was je handen');
    movePage(a, first, 1); // after the second page
    sync(a, b);
    movePage(a, first, 0, chapter); // into the chapter
    typeIntoField(b, first, 'body', ' met zeep');
    sync(a, b);

    for (const doc of [a, b]) {
      expect(text(doc, first)).toContain('Was je handen met zeep');
      expect(findNode(doc, first)!.parent && findNode(doc, first)!.depth).toBe(2);
      expect(ids(doc)).toEqual([second, chapter, first]);
    }
    // The editor bound to the page's field stays bound to it across moves.
    expect(richTextFragment(b, first, 'body')).toBe(fragmentBefore);
    expect(docToModule(a)).toEqual(docToModule(b));
  });

  it('keeps what one types in a sub-item while the other reorders the sub-items', () => {
    const [a, b] = pair();
    const quiz = addPage(a, 'mcq');
    const option = addSubItem(a, quiz, 'option');
    sync(a, b);
    const options = [...walk(a)].filter((l) => l.parent && findNode(a, quiz)!.node === l.parent).map((l) => l.node.get('id') as string);
    expect(options).toContain(option);

    setField(b, option, 'text', '<p>Handschoenen</p>');
    moveNode(a, option, { index: 0 });
    sync(a, b);

    for (const doc of [a, b]) expect(getField(doc, option, 'text')).toBe('<p>Handschoenen</p>');
    expect(docToModule(a)).toEqual(docToModule(b));
  });

  it('shows a page once when both move it to different places, and the next move tidies up', () => {
    const [a, b] = pair();
    const page = addPage(a, 'text');
    const other = addPage(a, 'text');
    const chapter = addPage(a, 'chapter');
    sync(a, b);

    movePage(a, page, 2); // to the end of the top level
    movePage(b, page, 0, chapter); // into the chapter
    sync(a, b);

    for (const doc of [a, b]) {
      const shown = ids(doc);
      expect(shown.filter((id) => id === page)).toHaveLength(1);
      expect(shown).toEqual(ids(a));
      expect(docToModule(doc).pages.flatMap((p) => [p, ...p.children]).filter((n) => n.attributes.some(([k, v]) => k === 'linkID' && v === page))).toHaveLength(1);
    }
    // Its key is in two arrays; moving it again leaves one.
    const occurrences = (doc: Y.Doc) => {
      const key = findNode(doc, page)!.key;
      let count = pageKeysOf(doc).toArray().filter((k) => k === key).length;
      for (const node of nodesOf(doc).values()) count += ((node.get('children') as Y.Array<string>)?.toArray() ?? []).filter((k) => k === key).length;
      return count;
    };
    expect(occurrences(a)).toBe(2);
    movePage(a, page, 0, null); // to the top
    sync(a, b);
    expect(occurrences(a)).toBe(1);
    expect(ids(a)).toEqual([page, other, chapter]);
    expect(ids(b)).toEqual(ids(a));
  });

  it('keeps both pages when both add one at the same moment', () => {
    const [a, b] = pair();
    const now = Date.now;
    Date.now = () => 1_800_000_000_000; // the same millisecond on both replicas
    try {
      addPage(a, 'text');
      addPage(b, 'text');
    } finally {
      Date.now = now;
    }
    sync(a, b);
    expect(pageSummaries(a)).toHaveLength(2);
    expect(nodesOf(a).size).toBe(2);
    expect(docToModule(a)).toEqual(docToModule(b));
  });

  it('removes a page that one author deletes while the other types in it, and its sub-items with it', () => {
    const [a, b] = pair();
    const page = addPage(a, 'mcq');
    addSubItem(a, page, 'option');
    sync(a, b);
    expect(nodesOf(a).size).toBe(2);

    typeIntoField(b, page, 'instruction', 'Kies één antwoord');
    removeNode(a, page);
    sync(a, b);

    for (const doc of [a, b]) {
      expect(pageSummaries(doc)).toEqual([]);
      expect(nodesOf(doc).size).toBe(0);
    }
  });

  it('drops, on both replicas alike, a page moved out of a chapter that the other author removes at the same time', () => {
    const [a, b] = pair();
    const chapter = addPage(a, 'chapter');
    const page = addPage(a, 'text', { chapterId: chapter });
    sync(a, b);

    movePage(a, page, 0); // out of the chapter
    removeNode(b, chapter); // the chapter with the page as b knows it
    sync(a, b);

    // The removal took the page's node with the chapter: both replicas agree it is gone, and
    // nothing points at a missing node.
    for (const doc of [a, b]) expect(pageSummaries(doc)).toEqual([]);
    expect(docToModule(a)).toEqual(docToModule(b));
  });

  it('duplicates a page with new ids everywhere, and the copy is independent of the original', () => {
    const [a, b] = pair();
    const page = addPage(a, 'mcq');
    setField(a, page, 'instruction', '<p>Origineel</p>');
    const copy = duplicateNode(a, page);
    sync(a, b);
    setField(b, copy, 'instruction', '<p>Kopie</p>');
    sync(a, b);

    expect(getField(a, page, 'instruction')).toBe('<p>Origineel</p>');
    expect(getField(a, copy, 'instruction')).toBe('<p>Kopie</p>');
    const all = [...walk(a)].map((l) => l.node.get('id'));
    expect(new Set(all).size).toBe(all.length);
    expect(ids(a)).toEqual([page, copy]);
  });
});

describe('key arrays after concurrent moves', () => {
  /** A chapter C holding P and Q, and O after it; then Alice moves P to the top while Bob reorders P inside C. */
  function movedTwice(topIndex: number): { a: Y.Doc; b: Y.Doc; chapter: string; p: string; q: string; o: string } {
    const [a, b] = pair();
    const chapter = addPage(a, 'chapter');
    const o = addPage(a, 'text');
    const p = addPage(a, 'text', { chapterId: chapter });
    const q = addPage(a, 'text', { chapterId: chapter });
    sync(a, b);
    movePage(a, p, topIndex, null);
    movePage(b, p, 1); // after Q, still in C
    sync(a, b);
    return { a, b, chapter, p, q, o };
  }

  it('keeps a page that shows at the top when the chapter holding a stale copy of its key is removed', () => {
    const { a, b, chapter, p, o } = movedTwice(0); // P before C: P shows at the top
    expect(pageSummaries(a).map((s) => [s.id, s.chapterId])).toEqual([
      [p, null],
      [chapter, null],
      [expect.any(String), chapter],
      [o, null],
    ]);
    removeNode(a, chapter);
    sync(a, b);
    for (const doc of [a, b]) expect(pageSummaries(doc).map((s) => s.id)).toEqual([p, o]);
  });

  it('means the same positions as the outline shows when a hidden key sits among the shown ones', () => {
    const { a, b, chapter, p, q, o } = movedTwice(1); // P after C: P shows inside C, its top key is hidden
    expect(pageSummaries(a).map((s) => s.id)).toEqual([chapter, q, p, o]);
    // "Move the chapter down one": position 1 of what the outline shows (C, O).
    moveNode(a, chapter, { index: 1 });
    sync(a, b);
    for (const doc of [a, b]) {
      expect(pageSummaries(doc).map((s) => [s.id, s.chapterId])).toEqual([
        [o, null],
        [chapter, null],
        [q, chapter],
        [p, chapter],
      ]);
    }
    // The stale top-level key is gone from the array as well.
    expect(pageKeysOf(a).length).toBe(2);
  });

  it('stays finite on a cycle that only a hand-made update can make', () => {
    const doc = new Y.Doc();
    createModule(doc, { name: 'Kring' });
    const top = addPage(doc, 'mcq');
    const option = addSubItem(doc, top, 'option');
    // The option lists the page as its own sub-item.
    const { key: pageKey } = findNode(doc, top)!;
    const optionNode = findNode(doc, option)!.node;
    doc.transact(() => (optionNode.get('children') as Y.Array<string>).push([pageKey]));
    expect(pageSummaries(doc).map((s) => s.id)).toEqual([top]);
    expect(docToModule(doc).pages).toHaveLength(1);
    const copy = duplicateNode(doc, top);
    expect(pageSummaries(doc).map((s) => s.id)).toEqual([top, copy]);
    removeNode(doc, top);
    expect(pageSummaries(doc).map((s) => s.id)).toEqual([copy]);
  });
});

describe('documents of shape 1 (pages nested in one array)', () => {
  const json: ModuleJson = {
    format: MODULE_JSON_FORMAT,
    attributes: [['name', 'Oud']],
    pages: [
      { type: 'text', attributes: [['linkID', 'PG1'], ['name', 'Eén']], richText: { text: { html: '<p>Hallo</p>' } }, children: [] },
      {
        type: 'chapter',
        attributes: [['linkID', 'PG2'], ['name', 'Hoofdstuk']],
        children: [{ type: 'text', attributes: [['linkID', 'PG3'], ['name', 'Twee']], children: [] }],
      },
    ],
  };

  /** Builds the document as the code of shape 1 wrote it. */
  function shapeOne(module: ModuleJson): Y.Doc {
    const doc = new Y.Doc();
    const write = (into: Y.Array<Y.Map<unknown>>, nodes: ModuleJson['pages']) => {
      for (const n of nodes) {
        const node = new Y.Map<unknown>();
        into.push([node]);
        node.set('id', n.attributes.find(([k]) => k === 'linkID')![1]);
        node.set('type', n.type);
        const attrs = node.set('attrs', new Y.Map<string>());
        const order = node.set('attrOrder', new Y.Array<string>());
        for (const [k, v] of n.attributes) attrs.set(k, v);
        order.push(n.attributes.map(([k]) => k));
        const rich = node.set('rich', new Y.Map<Y.XmlFragment>());
        node.set('originals', new Y.Map());
        for (const [name, value] of Object.entries(n.richText ?? {})) {
          const fragment = rich.set(name, new Y.XmlFragment());
          const paragraph = new Y.XmlElement('paragraph');
          fragment.insert(0, [paragraph]);
          paragraph.insert(0, [new Y.XmlText(value.html.replace(/<[^>]+>/g, ''))]);
        }
        write(node.set('children', new Y.Array<Y.Map<unknown>>()), n.children);
      }
    };
    doc.transact(() => {
      doc.getMap('meta').set('version', 1);
      doc.getMap<string>('properties').set('name', 'Oud');
      doc.getArray<string>('propertyOrder').push(['name']);
      write(doc.getArray<Y.Map<unknown>>(DOC_KEYS.legacyPages), module.pages);
    });
    return doc;
  }

  it('is read as it was before the upgrade, and the upgrade moves it without a change to the module', () => {
    const doc = shapeOne(json);
    expect(hasLegacyContent(doc)).toBe(true);
    const before = docToModule(doc);
    expect(before.pages.map((p) => p.type)).toEqual(['text', 'chapter']);
    expect(before.pages[0].richText!.text.html).toBe('<p>Hallo</p>');

    expect(upgradeModuleDoc(doc)).toBe(true);
    expect(hasLegacyContent(doc)).toBe(false);
    expect(metaOf(doc).get('version')).toBe(DOC_SHAPE_VERSION);
    expect(docToModule(doc)).toEqual(before);
    expect(pageSummaries(doc).map((p) => p.id)).toEqual(['PG1', 'PG2', 'PG3']);
    expect(upgradeModuleDoc(doc)).toBe(false);
  });

  it('reaches a replica that still has the old shape, and pages an old offline copy adds later follow the others', () => {
    const server = shapeOne(json);
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
    upgradeModuleDoc(server);

    // The offline copy adds a page the old way.
    offline.transact(() => {
      const node = new Y.Map<unknown>();
      offline.getArray<Y.Map<unknown>>(DOC_KEYS.legacyPages).push([node]);
      node.set('id', 'PG1');
      node.set('type', 'text');
      const attrs = node.set('attrs', new Y.Map<string>());
      attrs.set('linkID', 'PG1');
      attrs.set('name', 'Offline');
      node.set('attrOrder', new Y.Array<string>()).push(['linkID', 'name']);
      node.set('children', new Y.Array());
    });
    sync(server, offline);
    expect(upgradeModuleDoc(server)).toBe(true);
    sync(server, offline);

    for (const doc of [server, offline]) {
      const titles = pageSummaries(doc).map((p) => p.title);
      expect(titles).toEqual(['Eén', 'Hoofdstuk', 'Twee', 'Offline']);
      expect(hasLegacyContent(doc)).toBe(false);
    }
    // Its linkID was taken: the page keeps the attribute and gets an id of its own.
    const ids = pageSummaries(server).map((p) => p.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('is upgraded once when two replicas (two API instances) upgrade it at the same time', () => {
    const one = shapeOne(json);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const before = docToModule(one);
    upgradeModuleDoc(one);
    upgradeModuleDoc(two);
    sync(one, two);
    for (const doc of [one, two]) {
      expect(docToModule(doc)).toEqual(before);
      expect(pageSummaries(doc).map((p) => p.id)).toEqual(['PG1', 'PG2', 'PG3']);
    }
    // The doubled keys are tidied by the next change of the structure.
    addPage(one, 'text');
    sync(one, two);
    expect(pageKeysOf(one).length).toBe(3);
  });

  it('is never created, empty, in a document of the current shape (each root costs memory in every open document)', () => {
    const doc = new Y.Doc();
    createModule(doc, { name: 'Nieuw' });
    addPage(doc, 'text');
    expect(hasLegacyContent(doc)).toBe(false);
    expect(upgradeModuleDoc(doc)).toBe(false);
    moduleToDoc(docToModule(doc), doc);
    expect([...doc.share.keys()].sort()).toEqual(['meta', 'nodes', 'pageKeys', 'properties', 'propertyOrder']);
  });

  it('is replaced entirely when a module is written over it', () => {
    const doc = shapeOne(json);
    moduleToDoc({ ...json, pages: [json.pages[0]] }, doc);
    expect(hasLegacyContent(doc)).toBe(false);
    expect(docToModule(doc).pages).toHaveLength(1);
  });
});
