import fc from 'fast-check';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { docToHtml, editorSchema, htmlToDoc, safeOriginalHtml, sanitizeBoth, sanitizeHtml, type DocJson } from './index';
import { arbitraryDoc } from './testing/arbitrary-doc';
import { corpusFiles, corpusRichTexts, hasCorpus } from './testing/xerte-corpus';
import { scriptCapableConstructs } from './testing/xss-check';

/** Documents compared as the schema sees them (defaults filled in, attribute order irrelevant). */
function same(a: DocJson, b: DocJson): boolean {
  return editorSchema.nodeFromJSON(a).eq(editorSchema.nodeFromJSON(b));
}

describe('random documents', () => {
  it('docToHtml → htmlToDoc gives the same document, with nothing reported', () => {
    fc.assert(
      fc.property(arbitraryDoc(), (doc) => {
        const html = docToHtml(doc);
        const back = htmlToDoc(html);
        expect(back.report.removed).toEqual([]);
        expect(back.doc).toEqual(editorSchema.nodeFromJSON(doc).toJSON());
        expect(docToHtml(back.doc)).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });

  it('survive a trip through a Y.XmlFragment', () => {
    fc.assert(
      fc.property(arbitraryDoc(), (doc) => {
        const fragment = new Y.Doc().getXmlFragment('field');
        prosemirrorJSONToYXmlFragment(editorSchema, doc, fragment);
        expect(same(yXmlFragmentToProsemirrorJSON(fragment) as DocJson, doc)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('@tiptap/y-tiptap with rich documents', () => {
  const rich = [
    '<h2 style="text-align: center">Title <em>with</em> marks</h2><p style="text-align: justify"><strong>b</strong><em>i</em><u>u</u><s>s</s>H<sub>2</sub>O x<sup>2</sup> <code>c()</code></p>',
    '<p><a href="#PG123" data-page-link="PG123">page</a> <a href="https://x.nl" target="_blank" rel="noopener noreferrer"><strong>new tab</strong></a> <a href="mailto:a@b.nl">mail</a></p>',
    '<p>Photo: <img src="media/photo.jpg" alt="A photo" width="300" height="200"><br><a href="media/big.jpg"><img src="data:image/png;base64,iVBORw0KGgo=" alt=""></a></p>',
    '<table><tbody><tr><th colspan="2" style="text-align: center"><p>Head</p></th></tr><tr><td data-colwidth="120"><p>a</p></td><td rowspan="2"><ul><li><p>b</p></li></ul></td></tr></tbody></table>',
    '<ol start="3" type="a"><li><p>one</p><blockquote><p>quote</p></blockquote></li></ol><pre><code class="language-js">let x = 1;\n</code></pre><hr><iframe src="https://www.youtube.com/embed/abc" width="560" height="315" frameborder="0" allowfullscreen></iframe>',
  ];

  it.each(rich)('%s', (html) => {
    const { doc, report } = htmlToDoc(html);
    expect(report.removed).toEqual([]);
    expect(docToHtml(doc)).toBe(html);
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('field');
    prosemirrorJSONToYXmlFragment(editorSchema, doc, fragment);
    // Through an update, as the collaboration server and the module model store it.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const back = yXmlFragmentToProsemirrorJSON(copy.getXmlFragment('field')) as DocJson;
    expect(same(back, doc)).toBe(true);
    expect(docToHtml(back)).toBe(html);
  });
});

if (!hasCorpus) {
  describe('the Xerte corpus', () => {
    it('is present when REQUIRE_CORPUS=1', () => expect(process.env.REQUIRE_CORPUS).not.toBe('1'));
  });
}
(hasCorpus ? describe : describe.skip)('the Xerte corpus', () => {
  const texts = hasCorpus ? corpusFiles().flatMap((file) => corpusRichTexts(file)) : [];

  it('holds a good amount of real rich text', () => {
    expect(texts.length).toBeGreaterThan(400);
  });

  it('parses every rich text, canonically and safely, with sane reports', () => {
    for (const { file, field, html } of texts) {
      const context = `${file} ${field}`;
      const { html: clean, report } = sanitizeHtml(html);
      expect([context, scriptCapableConstructs(clean)]).toEqual([context, []]);
      expect([context, sanitizeHtml(clean).html]).toEqual([context, clean]);
      for (const entry of report.removed) {
        expect(entry.count).toBeGreaterThan(0);
        // Nothing is counted more often than the input has tags and attributes for.
        expect(entry.count).toBeLessThanOrEqual((html.match(/</g) ?? []).length + (html.match(/=/g) ?? []).length);
      }
      const original = safeOriginalHtml(html);
      expect([context, scriptCapableConstructs(original.html)]).toEqual([context, []]);
      expect([context, safeOriginalHtml(original.html).html]).toEqual([context, original.html]);
      expect(safeOriginalHtml(original.html).report.removed).toEqual([]);
    }
  });

  it('keeps the text of every field', () => {
    const words = (s: string) => s.replace(/<[^>]*>|&[a-z#0-9]+;/gi, ' ').split(/\s+/).filter((w) => /^[\p{L}\p{N}]{4,}$/u.test(w));
    for (const { html } of texts) {
      if (/<(script|style|map|svg)/i.test(html)) continue;
      const kept = sanitizeHtml(html).html;
      for (const w of words(html)) expect([w, kept.includes(w)]).toEqual([w, true]);
    }
  });

  it('keeps untouched fields almost byte for byte in the original-HTML pass', () => {
    let changed = 0;
    for (const { html } of texts) {
      const { report } = safeOriginalHtml(html);
      if (report.removed.length > 0) changed++;
    }
    // Only fields holding something unsafe or foreign (onclick navigation, <style>, asfunction: links) change.
    expect(changed).toBeLessThan(texts.length / 10);
  });

  it('drops no tag in the original-HTML pass: elements of any name stay, pseudo-code such as <nome_da_variável> too', () => {
    const tags = texts.flatMap(({ html }) => safeOriginalHtml(html).report.removed.filter(({ what }) => what.startsWith('tag ')));
    expect(tags).toEqual([]);
  });

  it('reports what the cleaning of the whole corpus removed', () => {
    const totals = new Map<string, number>();
    for (const { html } of texts) {
      for (const { what, count } of sanitizeHtml(html).report.removed) totals.set(what, (totals.get(what) ?? 0) + count);
    }
    expect(totals.get('style')).toBeGreaterThan(1000);
    expect(totals.get('tag <span>')).toBeGreaterThan(1000);
    expect(totals.get('attribute onclick')).toBeGreaterThan(0);
    expect(totals.has('element <script>')).toBe(false);
  });

  it('sanitises the largest file (733 KB, base64 images) quickly', () => {
    const file = texts.filter((t) => t.file.startsWith('10-'));
    const started = performance.now();
    for (const { html } of file) sanitizeHtml(html);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    const images = file.reduce((n, { html }) => n + (sanitizeHtml(html).html.match(/<img src="data:image\//g) ?? []).length, 0);
    expect(images).toBe(23);
  });

  it('gives both results for the largest file quickly, from one parse per field', () => {
    const file = texts.filter((t) => t.file.startsWith('10-'));
    const started = performance.now();
    const results = file.map(({ html }) => sanitizeBoth(html));
    expect(performance.now() - started).toBeLessThan(2000);
    const images = (html: string) => (html.match(/<img [^>]*src="data:image\//g) ?? []).length;
    expect(results.reduce((n, r) => n + images(r.html), 0)).toBe(23);
    expect(results.reduce((n, r) => n + images(r.original.html), 0)).toBe(23);
  });
});
