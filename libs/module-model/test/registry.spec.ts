import { validateFieldValue } from '../src/doc';
import { ATTRIBUTE_NAME } from '../src/doc/validate';
import {
  allowedChildTypes,
  bodyField,
  childDef,
  childType,
  COMMON_PAGE_FIELDS,
  fieldDef,
  isKnownElement,
  isRichTextField,
  nodeType,
  richTextFields,
  nodeTypeAt,
  PAGE_CATEGORIES,
  PAGE_TYPES,
  pageType,
  ROOT,
  SUB_ITEM_DECLARATIONS,
  SUB_ITEM_TYPES,
} from '../src/registry';
import type { FieldDef, NodeTypeDef } from '../src/registry-types';
import { PAGE_RENDERERS } from '../src/render';
import { SAMPLE_NODES } from '../src/samples';

const REQUIRED_PAGE_TYPES = [
  'text', 'title', 'bullets', 'textGraphics', 'bleedingImage', 'textVideo', 'youtube', 'embedDiv', 'pdf', 'links', 'nav',
  'tabNav', 'accNav', 'slideshow', 'buttonNav', 'tabNavExtra', 'columnPage', 'summary', 'orient', 'mcq', 'quiz', 'gapFill',
  'dragDropLabel', 'hotspotImage', 'categories', 'timeline', 'textMatch', 'table', 'chart', 'thumbnailViewer', 'cMcq',
  'connectorHotspotImage', 'chapter', 'morphImages', 'textHighlight', 'wordsearch', 'grid',
];
const REQUIRED_SUB_ITEMS = [
  'link', 'navPage', 'nestedPage', 'topic', 'nestedTab', 'nestedColumnPage', 'option', 'question', 'hotspot', 'category', 'item',
  'timelinedate', 'sentence', 'tableData', 'series', 'thumbnailImage', 'cOption', 'cHotspot',
];

/** Every declaration, parent-specific sub-items included (named `parent>type`). */
const contextual: [string, NodeTypeDef][] = Object.values(PAGE_TYPES).flatMap((def) =>
  (def.children ?? []).filter((c) => c.def).map((c): [string, NodeTypeDef] => [`${def.type}>${c.type}`, c.def!]),
);
const allNodes: [string, NodeTypeDef][] = [
  ...Object.entries(PAGE_TYPES),
  ...Object.entries(SUB_ITEM_TYPES),
  ...contextual,
  ['learningObject', ROOT],
];
const allFields: [string, FieldDef][] = allNodes.flatMap(([type, def]) => def.fields.map((f): [string, FieldDef] => [type, f]));

describe('the page-type registry', () => {
  test.each(REQUIRED_PAGE_TYPES)('declares the page type %s', (type) => {
    expect(pageType(type)).toBeDefined();
  });

  test.each(REQUIRED_SUB_ITEMS)('declares the sub-item type %s', (type) => {
    expect(SUB_ITEM_TYPES[type]).toBeDefined();
  });

  test('page and sub-item element names do not overlap', () => {
    expect(Object.keys(PAGE_TYPES).filter((t) => t in SUB_ITEM_TYPES)).toEqual([]);
  });

  test.each(Object.entries(PAGE_TYPES))('%s has Dutch and English labels and description, an icon and a category', (_type, def) => {
    expect(def.label.nl.trim()).not.toBe('');
    expect(def.label.en.trim()).not.toBe('');
    expect(def.description.nl.trim()).not.toBe('');
    expect(def.description.en.trim()).not.toBe('');
    expect(def.icon).toMatch(/^[a-z0-9-]+$/);
    expect(PAGE_CATEGORIES).toContain(def.category);
  });

  test.each(allNodes)('%s: node and field labels in both languages, unique valid field names', (_type, def) => {
    expect(def.label.nl.trim()).not.toBe('');
    expect(def.label.en.trim()).not.toBe('');
    const names = def.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of def.fields) {
      expect(field.name).toMatch(ATTRIBUTE_NAME);
      expect(field.label.nl.trim()).not.toBe('');
      expect(field.label.en.trim()).not.toBe('');
      expect(field.label.nl).not.toMatch(/TODO/);
    }
  });

  test.each(allFields.filter(([, f]) => f.kind === 'choice'))('%s.%p: a choice has options with unique values and labels', (_type, field) => {
    expect(field.options!.length).toBeGreaterThan(0);
    const values = field.options!.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    for (const option of field.options!) {
      expect(typeof option.label.nl).toBe('string');
      expect(typeof option.label.en).toBe('string');
    }
  });

  test.each(allNodes)('%s: every child type referenced is declared', (_type, def) => {
    for (const child of def.children ?? []) {
      expect(childType(def, child.type)).toBeDefined();
      expect(childType(def, child.type)!.type).toBe(child.type);
    }
    for (const initial of def.initialChildren ?? []) expect((def.children ?? []).map((c) => c.type)).toContain(initial);
  });

  test.each(allNodes)('%s: rich text is an attribute unless it is the CDATA body', (type, def) => {
    const bodies = def.fields.filter((f) => f.storage === 'body');
    expect(bodies.length).toBeLessThanOrEqual(1);
    for (const field of def.fields) {
      if (field.storage === 'body') {
        expect(field.name).toBe('body');
        expect(['richText', 'script']).toContain(field.kind);
      } else if (field.kind === 'richText') {
        expect(field.storage).toBe('attribute');
      }
      if (field.name === 'body') expect(field.storage).toBe('body');
    }
    // The root is kept raw in ModuleJson: nothing is lifted there.
    if (type === 'learningObject') expect(def.fields.filter((f) => f.kind === 'richText')).toEqual([]);
  });

  test('CDATA bodies are where Xerte puts them (§1.3 of the format notes)', () => {
    for (const type of ['text', 'title', 'bullets', 'textGraphics', 'bleedingImage', 'textVideo']) expect(bodyField(type)?.kind).toBe('richText');
    expect(bodyField('youtube')?.kind).toBe('script');
    for (const type of ['mcq', 'quiz', 'embedDiv', 'pdf', 'links', 'nav', 'gapFill', 'chapter', 'option']) expect(bodyField(type)).toBeUndefined();
  });

  test.each(allFields.filter(([, f]) => f.default !== undefined || f.whenAdded !== undefined || f.localizedDefault !== undefined))(
    '%s.%p: defaults are valid for the field kind',
    (type, field) => {
      for (const value of [field.default, field.whenAdded, field.localizedDefault?.nl, field.localizedDefault?.en]) {
        if (value === undefined) continue;
        expect(() => validateFieldValue(field, value, `${type}.${field.name}`)).not.toThrow();
      }
    },
  );

  test.each(allFields.filter(([, f]) => f.kind === 'number'))('%s.%p: a number range is ordered', (_type, field) => {
    if (field.min !== undefined && field.max !== undefined) expect(field.min).toBeLessThanOrEqual(field.max);
  });

  test.each(allFields.filter(([, f]) => f.altField !== undefined))('%s.%p: the alt field of a media field exists', (type, field) => {
    expect(field.kind).toBe('media');
    const def = allNodes.find(([name]) => name === type)![1];
    expect(def.fields.map((f) => f.name)).toContain(field.altField);
  });

  test('every page carries the common page properties once; sub-items and chapters carry linkID', () => {
    for (const [type, def] of Object.entries(PAGE_TYPES)) {
      const names = def.fields.map((f) => f.name);
      if (type === 'chapter') expect(names).toContain('linkID');
      else for (const common of COMMON_PAGE_FIELDS) expect(names).toContain(common.name);
    }
    for (const def of SUB_ITEM_DECLARATIONS) expect(def.fields.map((f) => f.name)).toContain('linkID');
  });

  test('lookups', () => {
    expect(isRichTextField('mcq', 'prompt')).toBe(true);
    expect(isRichTextField('mcq', 'name')).toBe(false);
    expect(isRichTextField('text', 'body')).toBe(true);
    expect(isRichTextField('youtube', 'body')).toBe(false);
    expect(isRichTextField('text', 'narrationTranscript')).toBe(true);
    expect(isRichTextField('learningObject', 'intro')).toBe(false);
    expect(isRichTextField('noSuchType', 'text')).toBe(false);
    expect(pageType('constructor')).toBeUndefined();
    expect(allowedChildTypes('learningObject')).toContain('chapter');
    expect(allowedChildTypes('chapter')).not.toContain('chapter');
    expect(allowedChildTypes('quiz')).toEqual(['question']);
    expect(nodeType('question')?.children?.map((c) => c.type)).toEqual(['option']);
  });

  test('sub-items are resolved in the context of their parent', () => {
    // morphImages > hotspot is its zoom region; dragDropLabel and hotspotImage share the labelled hotspot.
    const zoom = childType('morphImages', 'hotspot')!;
    const labelled = childType('dragDropLabel', 'hotspot')!;
    expect(zoom.type).toBe('hotspot');
    expect(zoom.label.en).toBe('Zoom region');
    expect(zoom.fields.map((f) => f.name)).toEqual(['name', 'x', 'y', 'w', 'h', 'linkID']);
    expect(labelled).toBe(SUB_ITEM_TYPES.hotspot);
    expect(childType('hotspotImage', 'hotspot')).toBe(labelled);
    expect(labelled.fields.map((f) => f.name)).toContain('text');
    expect(nodeType('hotspot')).toBe(labelled);
    expect(childType(PAGE_TYPES.morphImages, 'hotspot')).toBe(zoom);
    expect(nodeTypeAt(['morphImages', 'hotspot'])).toBe(zoom);
    expect(nodeTypeAt(['chapter', 'morphImages', 'hotspot'])).toBe(zoom);
    expect(nodeTypeAt(['chapter', 'dragDropLabel', 'hotspot'])).toBe(labelled);
    expect(nodeTypeAt(['quiz', 'question', 'option'])).toBe(SUB_ITEM_TYPES.option);
    expect(nodeTypeAt([])).toBe(ROOT);
    // Field lookups follow the declaration given.
    expect(fieldDef(zoom, 'text')).toBeUndefined();
    expect(isRichTextField(zoom, 'text')).toBe(false);
    expect(isRichTextField('hotspot', 'text')).toBe(true);
    expect(childDef('morphImages', 'hotspot')).toMatchObject({ min: 1, max: 1 });
    expect(PAGE_TYPES.morphImages.initialChildren).toEqual(['hotspot']);
    // Only what the parent declares: a child elsewhere, or under an unknown parent, is not resolved.
    expect(childType('mcq', 'hotspot')).toBeUndefined();
    expect(childType('noSuchType', 'option')).toBeUndefined();
    expect(nodeTypeAt(['nav', 'option'])).toBeUndefined();
    expect(childType('learningObject', 'hotspot')).toBeUndefined();
    expect(childType('chapter', 'chapter')).toBeUndefined();
    expect(childType('chapter', 'grid')).toBe(PAGE_TYPES.grid);
    expect(isKnownElement('hotspot')).toBe(true);
    expect(isKnownElement('crossword')).toBe(false);
    expect(SUB_ITEM_DECLARATIONS).toContain(zoom);
    expect(SUB_ITEM_DECLARATIONS).toContain(labelled);
  });

  test('the corpus page types Xerte stores specially', () => {
    // grid: Xerte's newNodes writes style="row", which is none of the wizard's options.
    expect(fieldDef('grid', 'style')).toMatchObject({ default: 'row', acceptedValues: ['row'] });
    expect(fieldDef('grid', 'data')?.kind).toBe('dataGrid');
    // wordsearch: one word per line in an attribute.
    expect(fieldDef('wordsearch', 'words')).toMatchObject({ kind: 'plainText', multiline: true });
    expect(() => validateFieldValue(fieldDef('wordsearch', 'words')!, 'zeep\nhanddoek', 'words')).not.toThrow();
    expect(richTextFields('textHighlight').map((f) => f.name)).toEqual(
      expect.arrayContaining(['text', 'initialText', 'feedback', 'suggestedText', 'notesText', 'textTop', 'textBottom']),
    );
    expect(fieldDef('morphImages', 'url')).toMatchObject({ kind: 'media', altField: 'tip1' });
    expect(fieldDef('morphImages', 'url2')).toMatchObject({ kind: 'media', altField: 'tip2' });
  });

  test.each(Object.keys(PAGE_TYPES))('%s has a renderer and a sample', (type) => {
    expect(PAGE_RENDERERS[type]).toBeDefined();
    expect(SAMPLE_NODES[type]).toBeDefined();
    expect(SAMPLE_NODES[type].type).toBe(type);
  });
});
