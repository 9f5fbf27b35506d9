import { DomainError } from '@samenwijs/core';
import * as Y from 'yjs';
import {
  addNode,
  addPage,
  addSubItem,
  createModule,
  docToModule,
  duplicateNode,
  getField,
  LINK_ID_PATTERN,
  moduleToDoc,
  moveNode,
  movePage,
  nodeDeclaration,
  pageSummaries,
  readNode,
  removeNode,
  richTextFragment,
  setField,
} from '../src/doc';
import { LIMITS } from '../src/limits';
import { getAttribute, MODULE_JSON_FORMAT, type ModuleJson, type NodeJson } from '../src/module-json';

function newModule(language = 'nl-NL'): Y.Doc {
  const doc = new Y.Doc();
  createModule(doc, { name: 'Hygiëne', language });
  return doc;
}

/** Runs `fn` and returns the DomainError it throws. */
function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const ids = (doc: Y.Doc): string[] => pageSummaries(doc).map((p) => p.id);
const page = (type: string, attributes: [string, string][] = [], children: NodeJson[] = []): NodeJson => ({ type, attributes, children });
const moduleOf = (pages: NodeJson[]): ModuleJson => ({ format: MODULE_JSON_FORMAT, attributes: [['name', 'M']], pages });

function allLinkIds(node: NodeJson): string[] {
  return [getAttribute(node, 'linkID')!, ...node.children.flatMap(allLinkIds)];
}

describe('creating a module', () => {
  test('writes Xerte’s seed properties in Xerte’s order', () => {
    const doc = newModule();
    expect(docToModule(doc).attributes).toEqual([
      ['editorVersion', '3'],
      ['targetFolder', 'Nottingham'],
      ['name', 'Hygiëne'],
      ['language', 'nl-NL'],
      ['navigation', 'Linear'],
      ['textSize', '12'],
      ['theme', 'default'],
      ['themeIcons', 'false'],
      ['displayMode', 'fill window'],
      ['responsive', 'true'],
    ]);
    expect(docToModule(doc).pages).toEqual([]);
  });

  test('refuses a document that already holds a module', () => {
    const doc = newModule();
    expect(domainError(() => createModule(doc)).code).toBe('BAD_USER_INPUT');
  });
});

describe('pages', () => {
  test('a new page gets Xerte’s defaults, in Dutch for a Dutch module, and a fresh linkID as id', () => {
    const doc = newModule();
    const id = addPage(doc, 'mcq');
    expect(id).toMatch(LINK_ID_PATTERN);
    const json = readNode(doc, id);
    expect(getAttribute(json, 'linkID')).toBe(id);
    expect(getAttribute(json, 'name')).toBe('Nieuwe pagina');
    expect(getAttribute(json, 'type')).toBe('Single Answer');
    expect(getAttribute(json, 'singleRight')).toBe('Je antwoord is goed!');
    expect(json.richText).toEqual({ instruction: { html: '' }, prompt: { html: '' } });
  });

  test('an English module gets Xerte’s English defaults', () => {
    const doc = newModule('en-GB');
    const json = readNode(doc, addPage(doc, 'mcq'));
    expect(getAttribute(json, 'name')).toBe('Enter Page Title');
    expect(getAttribute(json, 'singleRight')).toBe('Your answer is correct!');
  });

  test('sub-items Xerte creates with a node come along', () => {
    const doc = newModule();
    const table = readNode(doc, addPage(doc, 'table'));
    expect(table.children.map((c) => c.type)).toEqual(['tableData']);
    expect(getAttribute(table.children[0], 'data')).toBe('data|data');
    const extra = addPage(doc, 'tabNavExtra');
    const topic = readNode(doc, addSubItem(doc, extra, 'topic'));
    expect(topic.children.map((c) => c.type)).toEqual(['nestedTab']);
    expect(topic.children[0].children.map((c) => c.type)).toEqual(['nestedPage']);
    expect(new Set(allLinkIds(topic)).size).toBe(3);
  });

  test('add at an index, move, and remove', () => {
    const doc = newModule();
    const a = addPage(doc, 'text');
    const b = addPage(doc, 'title');
    const c = addPage(doc, 'mcq', { index: 0 });
    expect(ids(doc)).toEqual([c, a, b]);
    movePage(doc, c, 2);
    expect(ids(doc)).toEqual([a, b, c]);
    moveNode(doc, a, { index: 1 });
    expect(ids(doc)).toEqual([b, a, c]);
    removeNode(doc, a);
    expect(ids(doc)).toEqual([b, c]);
    expect(domainError(() => movePage(doc, b, 5)).code).toBe('BAD_USER_INPUT');
    expect(domainError(() => removeNode(doc, 'PG0')).code).toBe('NOT_FOUND');
  });

  test('a move keeps the content, rich text included', () => {
    const doc = newModule();
    const a = addPage(doc, 'text');
    addPage(doc, 'text');
    setField(doc, a, 'body', '<p>Hallo <strong>wereld</strong></p>');
    const before = readNode(doc, a);
    movePage(doc, a, 1);
    expect(readNode(doc, a)).toEqual(before);
  });

  test('pages move into a chapter and out again; chapters do not nest', () => {
    const doc = newModule();
    const chapter = addPage(doc, 'chapter');
    const other = addPage(doc, 'chapter');
    const p = addPage(doc, 'text');
    const q = addPage(doc, 'text', { chapterId: chapter });
    movePage(doc, p, 0, chapter);
    expect(pageSummaries(doc).filter((s) => s.chapterId === chapter).map((s) => s.id)).toEqual([p, q]);
    movePage(doc, p, 0, null);
    expect(pageSummaries(doc)[0]).toMatchObject({ id: p, chapterId: null });
    expect(domainError(() => movePage(doc, other, 0, chapter)).reason).toBe('not_allowed_here');
    expect(domainError(() => addPage(doc, 'chapter', { chapterId: chapter })).reason).toBe('not_allowed_here');
  });

  test('duplicating gives the copy and all its sub-items fresh, unique linkIDs', () => {
    const doc = newModule();
    const quiz = addPage(doc, 'quiz');
    const question = addSubItem(doc, quiz, 'question');
    addSubItem(doc, question, 'option');
    addSubItem(doc, question, 'option');
    setField(doc, quiz, 'instructions', '<p>Lees goed</p>');
    const copy = duplicateNode(doc, quiz);
    expect(ids(doc)).toEqual([quiz, copy]);
    const original = readNode(doc, quiz);
    const duplicate = readNode(doc, copy);
    const all = [...allLinkIds(original), ...allLinkIds(duplicate)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => LINK_ID_PATTERN.test(id))).toBe(true);
    expect(getAttribute(duplicate, 'linkID')).toBe(copy);
    // Same content otherwise.
    const strip = (n: NodeJson): NodeJson => ({ ...n, attributes: n.attributes.filter(([k]) => k !== 'linkID'), children: n.children.map(strip) });
    expect(strip(duplicate)).toEqual(strip(original));
  });

  test('page summaries give plain-text titles, chapters and hidden pages', () => {
    const doc = new Y.Doc();
    moduleToDoc(
      moduleOf([
        page('text', [['linkID', 'PG1'], ['name', 'Credits &amp; <b>Copyright</b>']]),
        page('chapter', [['linkID', 'PG2'], ['name', 'Deel 1']], [page('mcq', [['linkID', 'PG3'], ['name', 'Vraag'], ['hidePage', 'true']])]),
        page('customWidget', [['name', 'Onbekend']]),
      ]),
      doc,
    );
    const summaries = pageSummaries(doc);
    expect(summaries.map(({ id, type, title, chapterId, hidden, known }) => ({ id, type, title, chapterId, hidden, known }))).toEqual([
      { id: 'PG1', type: 'text', title: 'Credits & Copyright', chapterId: null, hidden: false, known: true },
      { id: 'PG2', type: 'chapter', title: 'Deel 1', chapterId: null, hidden: false, known: true },
      { id: 'PG3', type: 'mcq', title: 'Vraag', chapterId: 'PG2', hidden: true, known: true },
      { id: expect.stringMatching(LINK_ID_PATTERN), type: 'customWidget', title: 'Onbekend', chapterId: null, hidden: false, known: false },
    ]);
  });

  test('an import with a duplicated linkID keeps the attribute but gets unique ids', () => {
    const doc = new Y.Doc();
    const json = moduleOf([page('text', [['linkID', 'PG1']]), page('text', [['linkID', 'PG1']])]);
    moduleToDoc(json, doc);
    const [first, second] = ids(doc);
    expect(first).toBe('PG1');
    expect(second).not.toBe('PG1');
    expect(docToModule(doc)).toEqual(json);
  });
});

describe('sub-items', () => {
  test('add, move and remove', () => {
    const doc = newModule();
    const mcq = addPage(doc, 'mcq');
    const a = addSubItem(doc, mcq, 'option');
    const b = addSubItem(doc, mcq, 'option');
    const c = addSubItem(doc, mcq, 'option', 0);
    const order = (): string[] => readNode(doc, mcq).children.map((o) => getAttribute(o, 'linkID')!);
    expect(order()).toEqual([c, a, b]);
    moveNode(doc, c, { index: 2 });
    expect(order()).toEqual([a, b, c]);
    removeNode(doc, b);
    expect(order()).toEqual([a, c]);
  });

  test('only the types a node declares, and no more than Xerte allows', () => {
    const doc = newModule();
    const mcq = addPage(doc, 'mcq');
    expect(domainError(() => addSubItem(doc, mcq, 'question')).reason).toBe('not_allowed_here');
    expect(domainError(() => addNode(doc, 'option')).reason).toBe('unknown_type');
    const textMatch = addPage(doc, 'textMatch');
    for (let i = 0; i < 5; i++) addSubItem(doc, textMatch, 'sentence');
    expect(domainError(() => addSubItem(doc, textMatch, 'sentence')).reason).toBe('too_many_children');
    const option = addSubItem(doc, mcq, 'option');
    expect(domainError(() => moveNode(doc, option, { parentId: textMatch, index: 0 })).reason).toBe('not_allowed_here');
  });

  test('a sub-item is what its parent declares: morphImages > hotspot is a zoom region, dragDropLabel > hotspot a label', () => {
    const doc = newModule();
    const morph = addPage(doc, 'morphImages');
    const page = readNode(doc, morph);
    expect(page.children.map((c) => c.type)).toEqual(['hotspot']);
    const zoom = page.children[0];
    // Xerte's newNodes: <hotspot name="Zoom Region" x="0" y="0" w="100" h="100" />, in Dutch here.
    expect(zoom.attributes.slice(1)).toEqual([['name', 'Zoomgebied'], ['x', '0'], ['y', '0'], ['w', '100'], ['h', '100']]);
    expect(zoom.richText).toBeUndefined();
    const zoomId = getAttribute(zoom, 'linkID')!;
    expect(nodeDeclaration(doc, zoomId)?.label.en).toBe('Zoom region');
    setField(doc, zoomId, 'x', '120');
    expect(getField(doc, zoomId, 'x')).toBe('120');
    expect(domainError(() => setField(doc, zoomId, 'text', '<p>x</p>')).reason).toBe('unknown_field');
    expect(domainError(() => richTextFragment(doc, zoomId, 'text', { create: true })).reason).toBe('not_rich_text');
    // One zoom region: Xerte offers no second one.
    expect(domainError(() => addSubItem(doc, morph, 'hotspot')).reason).toBe('too_many_children');
    expect(domainError(() => duplicateNode(doc, zoomId)).reason).toBe('too_many_children');

    const labels = addPage(doc, 'dragDropLabel');
    const label = addSubItem(doc, labels, 'hotspot');
    expect(nodeDeclaration(doc, label)?.label.en).toBe('Hotspot');
    expect(readNode(doc, label).richText).toEqual({ text: { html: '' } });
    setField(doc, label, 'text', '<p>Duim</p>');
    expect(getField(doc, label, 'text')).toBe('<p>Duim</p>');
    expect(domainError(() => addSubItem(doc, morph, 'option')).reason).toBe('not_allowed_here');
  });

  test('a known sub-item under a parent that does not declare it is kept but not editable', () => {
    const doc = new Y.Doc();
    moduleToDoc(moduleOf([page('nav', [['linkID', 'PG1'], ['name', 'N']], [page('option', [['linkID', 'PG2'], ['text', '<p>x</p>']])])]), doc);
    expect(nodeDeclaration(doc, 'PG2')).toBeUndefined();
    expect(domainError(() => setField(doc, 'PG2', 'correct', 'true')).reason).toBe('unknown_type');
    expect(getField(doc, 'PG2', 'text')).toBe('<p>x</p>');
    expect(readNode(doc, 'PG1').children[0]).toEqual(page('option', [['linkID', 'PG2'], ['text', '<p>x</p>']]));
  });
});

describe('fields', () => {
  test('set and get, by kind', () => {
    const doc = newModule();
    const mcq = addPage(doc, 'mcq');
    setField(doc, mcq, 'type', 'Multiple Answer');
    setField(doc, mcq, 'panelWidthCustom', '75');
    setField(doc, mcq, 'prompt', '<p onclick="x()">Wat is <b>goed</b>?<script>alert(1)</script></p>');
    setField(doc, mcq, 'name', 'Vraag &amp; antwoord');
    expect(getField(doc, mcq, 'type')).toBe('Multiple Answer');
    expect(getField(doc, mcq, 'panelWidthCustom')).toBe('75');
    expect(getField(doc, mcq, 'prompt')).toBe('<p>Wat is <strong>goed</strong>?</p>');
    expect(pageSummaries(doc)[0].title).toBe('Vraag & antwoord');
    setField(doc, mcq, 'textTop', '<p>Boven</p>');
    expect(getField(doc, mcq, 'textTop')).toBe('<p>Boven</p>');
    setField(doc, mcq, 'textTop', undefined);
    expect(getField(doc, mcq, 'textTop')).toBeUndefined();
    setField(doc, null, 'navigation', 'Menu');
    expect(getField(doc, null, 'navigation')).toBe('Menu');
    const youtube = addPage(doc, 'youtube');
    setField(doc, youtube, 'body', 'dQw4w9WgXcQ');
    expect(readNode(doc, youtube).body).toBe('dQw4w9WgXcQ');
  });

  test('a new attribute goes to the end of the attribute order; removing takes it out', () => {
    const doc = newModule();
    const text = addPage(doc, 'text');
    setField(doc, text, 'textWidth', '450');
    expect(readNode(doc, text).attributes.at(-1)).toEqual(['textWidth', '450']);
    setField(doc, text, 'textWidth', undefined);
    expect(readNode(doc, text).attributes.map(([n]) => n)).not.toContain('textWidth');
  });

  test.each([
    ['type', 'Single', 'not_an_option'],
    ['type', 'single answer', 'not_an_option'],
    ['panelStyle', 'yes', 'not_boolean'],
    ['panelWidthCustom', '95', 'above_maximum'],
    ['panelWidthCustom', 'vijftig', 'not_a_number'],
    ['name', 'twee\nregels', 'multiple_lines'],
    ['linkID', 'PG1', 'read_only'],
    ['noSuchField', 'x', 'unknown_field'],
  ])('refuses %s = %p (%s)', (name, value, reason) => {
    const doc = newModule();
    const mcq = addPage(doc, 'mcq');
    const error = domainError(() => setField(doc, mcq, name, value));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe(reason);
  });

  test('refuses media that is not a media reference, and bad colours', () => {
    const doc = newModule();
    const page = addPage(doc, 'textGraphics');
    expect(domainError(() => setField(doc, page, 'url', "javascript:alert(1)")).reason).toBe('not_a_media_reference');
    expect(domainError(() => setField(doc, page, 'url', "'+alert(1)+'")).reason).toBe('not_a_media_reference');
    setField(doc, page, 'url', "FileLocation + 'media/foto.jpg'");
    setField(doc, page, 'url', 'https://example.org/foto.jpg');
    const drag = addPage(doc, 'dragDropLabel');
    expect(domainError(() => setField(doc, drag, 'highlightColour', 'red')).reason).toBe('not_a_colour');
    setField(doc, drag, 'highlightColour', '0x00FF00');
  });

  test('a rich-text editor binds to a fragment, created on demand for an optional field', () => {
    const doc = newModule();
    const mcq = addPage(doc, 'mcq');
    expect(richTextFragment(doc, mcq, 'prompt')).toBeInstanceOf(Y.XmlFragment);
    expect(richTextFragment(doc, mcq, 'textTop')).toBeUndefined();
    expect(richTextFragment(doc, mcq, 'textTop', { create: true })).toBeInstanceOf(Y.XmlFragment);
    expect(getField(doc, mcq, 'textTop')).toBe('');
    expect(domainError(() => richTextFragment(doc, mcq, 'name')).reason).toBe('not_rich_text');
  });
});

describe('limits', () => {
  const many = (n: number, make: (i: number) => NodeJson): NodeJson[] => Array.from({ length: n }, (_, i) => make(i));

  test(`at most ${LIMITS.maxPages} pages`, () => {
    const doc = new Y.Doc();
    moduleToDoc(moduleOf(many(LIMITS.maxPages, () => page('text'))), doc);
    const error = domainError(() => addPage(doc, 'text'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('maxPages');
    expect(error.reason).toBe('maxPages');
    expect(domainError(() => duplicateNode(doc, ids(doc)[0])).reason).toBe('maxPages');
    // Pages inside chapters count.
    const tooMany = moduleOf([page('chapter', [], many(LIMITS.maxPages, () => page('text')))]);
    expect(domainError(() => moduleToDoc(tooMany, new Y.Doc())).reason).toBe('maxPages');
  });

  test(`at most ${LIMITS.maxChildren} sub-items per node`, () => {
    const doc = new Y.Doc();
    moduleToDoc(moduleOf([page('mcq', [['linkID', 'PG1']], many(LIMITS.maxChildren, () => page('option')))]), doc);
    expect(domainError(() => addSubItem(doc, 'PG1', 'option')).reason).toBe('maxChildren');
    const tooMany = moduleOf([page('mcq', [], many(LIMITS.maxChildren + 1, () => page('option')))]);
    const error = domainError(() => moduleToDoc(tooMany, new Y.Doc()));
    expect(error.message).toContain('maxChildren');
  });

  test(`nesting at most ${LIMITS.maxDepth} deep`, () => {
    let deep = page('x');
    for (let i = 0; i < LIMITS.maxDepth; i++) deep = page('x', [], [deep]);
    expect(domainError(() => moduleToDoc(moduleOf([deep]), new Y.Doc())).reason).toBe('maxDepth');
  });

  test(`at most ${LIMITS.maxAttributes} attributes per node`, () => {
    const attributes = many(LIMITS.maxAttributes + 1, () => page('x')).map((_, i): [string, string] => [`a${i}`, 'v']);
    expect(domainError(() => moduleToDoc(moduleOf([page('text', attributes)]), new Y.Doc())).reason).toBe('maxAttributes');
  });

  test('field sizes: plain text, rich text; a real 733 KB base64 image fits', () => {
    const doc = newModule();
    const text = addPage(doc, 'text');
    const long = 'x'.repeat(LIMITS.maxPlainText + 1);
    const error = domainError(() => setField(doc, text, 'name', long));
    expect(error.message).toContain('maxPlainText');
    expect(domainError(() => setField(doc, null, 'language', 'nl-NL-x-veel-te-lang')).reason).toBe('too_long');
    const image = `<p><img src="data:image/png;base64,${'A'.repeat(733 * 1024)}" alt="Foto"></p>`;
    setField(doc, text, 'body', image);
    expect(getField(doc, text, 'body')!.length).toBeGreaterThan(733 * 1024);
    const huge = `<p>${'y'.repeat(LIMITS.maxRichTextHtml)}</p>`;
    expect(domainError(() => setField(doc, text, 'body', huge)).reason).toBe('maxRichTextHtml');
    const imported = moduleOf([page('text', [], [])]);
    imported.pages[0].richText = { body: { html: huge } };
    expect(domainError(() => moduleToDoc(imported, new Y.Doc())).reason).toBe('maxRichTextHtml');
  });

  test('a refused import leaves the document as it was', () => {
    const doc = newModule();
    addPage(doc, 'text');
    const before = docToModule(doc);
    expect(() => moduleToDoc(moduleOf(many(LIMITS.maxPages + 1, () => page('text'))), doc)).toThrow(DomainError);
    expect(docToModule(doc)).toEqual(before);
  });
});
