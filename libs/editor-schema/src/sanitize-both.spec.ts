import fc from 'fast-check';
import { safeOriginalHtml, sanitizeBoth, sanitizeHtml } from './index';
import { htmlish } from './testing/htmlish';
import { corpusFiles, corpusRichTexts, hasCorpus } from './testing/xerte-corpus';

/** What calling the two sanitisers separately gives, in the shape of `sanitizeBoth`. */
function separately(html: string) {
  return { ...sanitizeHtml(html), original: safeOriginalHtml(html) };
}

describe('sanitizeBoth: one parse, both results', () => {
  it('equals calling sanitizeHtml and safeOriginalHtml separately, on random HTML-ish input', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(sanitizeBoth(html)).toEqual(separately(html));
      }),
      { numRuns: 1500 },
    );
  });

  if (!hasCorpus) it('has the Xerte corpus when REQUIRE_CORPUS=1', () => expect(process.env.REQUIRE_CORPUS).not.toBe('1'));
  (hasCorpus ? it : it.skip)('equals them on every rich text of the Xerte corpus', () => {
    const texts = corpusFiles().flatMap((file) => corpusRichTexts(file));
    expect(texts.length).toBeGreaterThan(400);
    for (const { file, field, html } of texts) expect([file, field, sanitizeBoth(html)]).toEqual([file, field, separately(html)]);
  });

  it('equals them where the two passes treat the input differently', () => {
    const inputs = [
      '',
      'plain',
      '<p class="a" onclick="x()">a<script>alert(1)</script><nome_da_variável>b</p>',
      '<form action="/x" class="f"><p>in a form</p></form><p>after</p>',
      `${'<div><b>'.repeat(300)}deep`,
      '<button class="ui-button" onclick="y()" data-page-link="PG1">Go</button>',
      `<p><img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(500)}" style="width: 30px"><img src="data:image/svg+xml;base64,${'PHN2Zz4'.repeat(500)}"></p>`,
    ];
    for (const html of inputs) expect(sanitizeBoth(html)).toEqual(separately(html));
  });

  it('returns fresh objects: changing one result does not change the other', () => {
    const both = sanitizeBoth('<p style="color:red" onclick="x()">a</p>');
    both.report.removed.push({ what: 'x', count: 1 });
    expect(both.original.report.removed).toEqual([{ what: 'attribute onclick', count: 1, example: 'onclick="x()"' }]);
    expect(sanitizeBoth('<p style="color:red" onclick="x()">a</p>').report.removed).toHaveLength(2);
  });
});
