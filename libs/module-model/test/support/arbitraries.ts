import fc from 'fast-check';
import { MODULE_JSON_FORMAT, type Attributes, type ModuleJson, type NodeJson, type RichText } from '../../src/module-json';
import { allowedChildTypes, childType, PAGE_TYPES, ROOT } from '../../src/registry';
import type { NodeTypeDef } from '../../src/registry-types';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });

/** HTML an import or an editor might hold: canonical editor HTML and a few non-canonical spellings. */
export const htmlArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  word.map((w) => `<p>${esc(w)}</p>`),
  fc.tuple(word, word).map(([a, b]) => `<p><strong>${esc(a)}</strong> en <em>${esc(b)}</em></p>`),
  fc.tuple(word, word).map(([a, b]) => `<ul><li><p>${esc(a)}</p></li><li><p>${esc(b)}</p></li></ul>`),
  word.map((w) => `<h2>${esc(w)}</h2><p>tekst</p>`),
  word.map((w) => `<p><a href="https://example.org/pad">${esc(w)}</a></p>`),
  word.map((w) => `<p>Zie <a href="#PG1700000000001" data-page-link="PG1700000000001">${esc(w)}</a>.</p>`),
  fc.tuple(word, word).map(([a, b]) => `<p>${esc(a)}<br>${esc(b)}</p>`),
  word.map((w) => `<p><img src="media/foto.jpg" alt="${esc(w).replace(/"/g, '&quot;')}"></p>`),
  word.map((w) => `<b>${esc(w)}</b>`),
  word.map((w) => `<div onclick="x()">${esc(w)}<script>alert(1)</script></div>`),
  word.map((w) => `<table><tbody><tr><td><p>${esc(w)}</p></td></tr></tbody></table>`),
);

const richTextArb: fc.Arbitrary<RichText> = fc.record(
  { html: htmlArb, original: fc.record({ html: fc.string({ unit: 'grapheme', maxLength: 40 }), editorHtml: htmlArb }) },
  { requiredKeys: ['html'] },
);

const valueArb = fc.string({ unit: 'grapheme', maxLength: 30 });
const unknownName = fc.stringMatching(/^x[A-Za-z0-9_]{0,8}$/);

function attributesArb(def: NodeTypeDef | undefined): fc.Arbitrary<Attributes> {
  const declared = (def?.fields ?? []).filter((f) => f.kind !== 'richText' && f.storage !== 'body').map((f) => f.name);
  const name = declared.length > 0 ? fc.oneof(fc.constantFrom(...declared), unknownName) : unknownName;
  return fc.uniqueArray(name, { maxLength: 8 }).chain((names) => fc.tuple(...names.map((n) => valueArb.map((v): [string, string] => [n, v]))));
}

function richArb(def: NodeTypeDef | undefined): fc.Arbitrary<Record<string, RichText> | undefined> {
  const names = (def?.fields ?? []).filter((f) => f.kind === 'richText').map((f) => f.name);
  if (names.length === 0) return fc.constant(undefined);
  return fc
    .uniqueArray(fc.constantFrom(...names), { maxLength: 4 })
    .chain((chosen) => fc.tuple(...chosen.map((n) => richTextArb.map((v): [string, RichText] => [n, v]))))
    .map((entries) => (entries.length > 0 ? Object.fromEntries(entries) : undefined));
}

const UNKNOWN_TYPES = ['customWidget', 'interactiveVideo', 'xUnknown'];

/** A node of `type` under a parent (its declaration; undefined under an unknown node). */
export function nodeArb(type: string, depth: number, parent: NodeTypeDef | undefined = ROOT): fc.Arbitrary<NodeJson> {
  const def = parent && childType(parent, type);
  const childTypes = def ? allowedChildTypes(def) : UNKNOWN_TYPES;
  const children: fc.Arbitrary<NodeJson[]> =
    depth <= 0 || childTypes.length === 0
      ? fc.constant([])
      : fc.array(fc.constantFrom(...childTypes).chain((t) => nodeArb(t, depth - 1, def)), { maxLength: type === 'chapter' ? 3 : 2 });
  return fc
    .record({
      attributes: attributesArb(def),
      richText: richArb(def),
      body: fc.option(valueArb, { nil: undefined }),
      children,
    })
    .map(({ attributes, richText, body, children: kids }) => {
      const node: NodeJson = { type, attributes, children: kids };
      if (richText) node.richText = richText;
      if (body !== undefined) node.body = body;
      return node;
    });
}

export const pageTypeArb = fc.constantFrom(...Object.keys(PAGE_TYPES), ...UNKNOWN_TYPES);

export const moduleArb: fc.Arbitrary<ModuleJson> = fc
  .record({
    attributes: attributesArb(ROOT),
    pages: fc.array(pageTypeArb.chain((t) => nodeArb(t, 3)), { maxLength: 4 }),
  })
  .map(({ attributes, pages }) => ({ format: MODULE_JSON_FORMAT, attributes, pages }));
