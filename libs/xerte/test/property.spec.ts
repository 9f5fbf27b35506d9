/**
 * Property tests (fast-check): random modules built from the registry survive XML → module
 * unchanged, and random attribute strings (with `&`, `<`, quotes, newlines, tabs, non-BMP
 * characters, `]]>`) survive the XML writer and reader exactly.
 */
import * as fc from 'fast-check';
import { childType, MODULE_JSON_FORMAT, PAGE_TYPES, type FieldDef, type ModuleJson, type NodeJson, type NodeTypeDef, type RichText } from '@samenwijs/module-model';
import { sanitizeHtml } from '@samenwijs/editor-schema';
import { cdata, compareXml, escapeAttribute, exportXerte, importXerte, parseXml } from '../src';

/** Characters XML 1.0 can carry, minus CR (normalised away in text and CDATA). */
// eslint-disable-next-line no-control-regex -- removes what XML cannot carry
const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

const nasty = fc.constantFrom('&', '<', '>', '"', "'", '\n', '\t', ']]>', '<![CDATA[', '&amp;', '&#10;', '&nbsp;', '😀', '𝄞', '\u00a0', 'é', ' ', '|', '||', "FileLocation + '");
const rawString = fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }).map(xmlSafe);
/** Text for HTML-valued one-liners: no markup, so nothing for the in-place sanitiser to remove. */
const inertString = rawString.map((s) => s.replace(/[<>&\u00a0]/g, ''));

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const inline = (ids: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    inertString.map(escapeHtml),
    rawString.map((s) => `<strong>${escapeHtml(s)}</strong>`),
    rawString.map((s) => `<em>${escapeHtml(s)}</em>`),
    fc.tuple(fc.constantFrom(...ids), rawString).map(([id, s]) => `<a href="#${id}" data-page-link="${id}">${escapeHtml(s) || 'x'}</a>`),
    fc.constantFrom('photo.jpg', 'a b.png', 'sub/c%20d.gif').map((f) => `<img src="media/${f}" alt="">`),
    rawString.map((s) => `<a href="https://example.org/?q=${encodeURIComponent(s)}">l</a>`),
  );

const richHtml = (ids: string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.array(inline(ids), { maxLength: 4 }).map((parts) => `<p>${parts.join(' ')}</p>`), { maxLength: 3 })
    .map((ps) => sanitizeHtml(ps.join('')).html);

function fieldValue(field: FieldDef, ids: string[]): fc.Arbitrary<string> {
  switch (field.kind) {
    case 'media':
      return fc.oneof(fc.constantFrom('photo.jpg', 'a b.mp3', 'doc%201.pdf', 'sub/x.png').map((f) => `FileLocation + 'media/${f}'`), fc.constant('https://example.org/x.mp4'), fc.constant(''));
    case 'plainText':
      return field.html ? inertString : rawString;
    case 'pageRef':
      return fc.constantFrom(...ids);
    default:
      return rawString;
  }
}

function nodeArbitrary(def: NodeTypeDef, ids: string[], linkID: () => string, depth: number): fc.Arbitrary<NodeJson> {
  const fields = def.fields.filter((f) => f.name !== 'linkID');
  // A rich CDATA body is always there (Xerte's player needs it, the importer always gives it); the rest is optional.
  const fieldArbs = fields.map((f) => {
    const value = f.kind === 'richText' ? richHtml(ids) : fieldValue(f, ids);
    return f.kind === 'richText' && f.storage === 'body' ? value : fc.option(value, { nil: undefined, freq: 2 });
  });
  // Sub-items as this parent declares them (morphImages > hotspot is its zoom region).
  const childDefs = (def.children ?? []).map((c) => childType(def, c.type)).filter((d): d is NodeTypeDef => d !== undefined);
  const children =
    depth < 3 && childDefs.length > 0
      ? fc.array(fc.constantFrom(...childDefs).chain((childDef) => nodeArbitrary(childDef, ids, linkID, depth + 1)), { maxLength: 3 })
      : fc.constant([] as NodeJson[]);
  return fc.tuple(fc.tuple(...fieldArbs), children).map(([values, kids]) => {
    const node: NodeJson = { type: def.type, attributes: [['linkID', linkID()]], children: kids };
    const rich: Record<string, RichText> = {};
    fields.forEach((field, k) => {
      const value = values[k];
      if (value === undefined) return;
      if (field.kind === 'richText') rich[field.name] = { html: value };
      else if (field.storage === 'body') node.body = value;
      else node.attributes.push([field.name, value]);
    });
    if (Object.keys(rich).length > 0) node.richText = rich;
    return node;
  });
}

const pageTypes = Object.values(PAGE_TYPES).filter((def) => def.type !== 'chapter');

const moduleArbitrary: fc.Arbitrary<ModuleJson> = fc.integer({ min: 1, max: 4 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, k) => `PG${1000 + k}`);
  let next = 5000;
  const linkID = (): string => `PG${next++}`;
  return fc.tuple(...ids.map(() => fc.constantFrom(...pageTypes).chain((def) => nodeArbitrary(def, ids, linkID, 1))), rawString).map(([...rest]) => {
    const name = rest.pop() as string;
    const pages = (rest as NodeJson[]).map((page, k) => ({ ...page, attributes: [['linkID', ids[k]] as [string, string], ...page.attributes.slice(1)] }));
    return { format: MODULE_JSON_FORMAT, attributes: [['editorVersion', '3'], ['targetFolder', 'Nottingham'], ['name', name.replace(/[<>&\u00a0]/g, '')], ['x-note', name]], pages };
  });
});

/** The module as the importer gives it back: editor HTML unchanged, the original beside it. */
function withOriginals(node: NodeJson): NodeJson {
  const out: NodeJson = { ...node, children: node.children.map(withOriginals) };
  if (node.richText) {
    out.richText = {};
    for (const [name, value] of Object.entries(node.richText)) out.richText[name] = { html: value.html, original: { html: expect.any(String) as unknown as string, editorHtml: value.html } };
  }
  return out;
}

describe('properties', () => {
  it('a random module from the registry → XML → module keeps every value, and the round trip is then the identity', () => {
    fc.assert(
      fc.property(moduleArbitrary, (module) => {
        const first = exportXerte(module);
        expect(first.report).toEqual({ linkIdsAssigned: 0, droppedAttributes: [], security: [] });
        const imported = importXerte(first.xml);
        expect(imported.report.security).toEqual([]);
        expect(imported.module).toEqual({ ...module, pages: module.pages.map(withOriginals) });
        const second = exportXerte(imported.module);
        expect(compareXml(first.xml, second.xml)).toEqual([]);
        expect(importXerte(second.xml).module).toEqual(imported.module);
      }),
      { numRuns: 150 },
    );
  });

  it('attribute strings survive writing and reading exactly', () => {
    fc.assert(
      fc.property(rawString, rawString, (a, b) => {
        const xml = `<learningObject x="${escapeAttribute(a)}" y="${escapeAttribute(b)}"/>`;
        expect(parseXml(xml).root.attributes).toEqual([
          ['x', a],
          ['y', b],
        ]);
        expect(xml).not.toMatch(/[\n\t]/);
      }),
      { numRuns: 500 },
    );
  });

  it('CDATA text survives exactly, and never holds a stray ]]>', () => {
    fc.assert(
      fc.property(rawString, (text) => {
        const xml = `<a>${cdata(text)}</a>`;
        expect(parseXml(xml).root.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')).toBe(text);
        expect(xml.split(']]>').length).toBe(xml.split('<![CDATA[').length);
      }),
      { numRuns: 500 },
    );
  });

  it('random strings in raw attributes and script bodies of a module survive import and export', () => {
    fc.assert(
      fc.property(rawString, rawString, rawString, (note, words, embed) => {
        const module: ModuleJson = {
          format: MODULE_JSON_FORMAT,
          attributes: [['editorVersion', '3'], ['targetFolder', 'Nottingham'], ['styles', note]],
          pages: [
            { type: 'youtube', attributes: [['linkID', 'PG1'], ['unknownAttribute', words]], body: embed, children: [] },
            { type: 'notARegisteredType', attributes: [['linkID', 'PG2'], ['text', note]], body: words, children: [{ type: 'thing', attributes: [['v', embed]], children: [] }] },
          ],
        };
        expect(importXerte(exportXerte(module).xml).module).toEqual(module);
      }),
      { numRuns: 300 },
    );
  });
});
