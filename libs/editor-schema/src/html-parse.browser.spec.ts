/**
 * @jest-environment jsdom
 */
import fc from 'fast-check';
import { docToHtml } from './doc-to-html';
import { parseHtml as parseInBrowser } from './html-parse.browser';
import { parseHtml as parseInNode } from './html-parse';
import { arbitraryDoc } from './testing/arbitrary-doc';
import { scriptCapableConstructs } from './testing/xss-check';
import { VECTORS } from './testing/xss-vectors';

// The sanitisers with the browser's parser, as the web app's build wires them.
jest.mock('./html-parse', () => ({ parseHtml: jest.requireActual('./html-parse.browser').parseHtml }));
const { sanitizeBoth } = jest.requireActual<typeof import('./sanitize')>('./sanitize');
const node = jest.requireActual<typeof import('./html-parse')>('./html-parse');

describe('the browser parser (DOMParser) behind the web app', () => {
  it('is what the sanitisers use in this file', () => {
    expect(jest.requireActual<typeof import('./html-tree')>('./html-tree').parseHtml).toBe(parseInBrowser);
  });

  it('builds the same tree as the Node parser for every document the editor writes', () => {
    fc.assert(
      fc.property(arbitraryDoc(), (doc) => {
        const html = docToHtml(doc);
        expect(parseInBrowser(html)).toEqual(node.parseHtml(html));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['entities', '<p>a &amp; b &lt;c&gt; &eacute;&nbsp;&#x1F600;</p>'],
    ['attributes in order, lower-cased, first of duplicates', '<a HREF="x" title="t" href="y">l</a>'],
    ['void elements', '<p>a<br>b<img src="i.png" alt="">c</p>'],
    ['comments', '<p>a<!-- note -->b</p>'],
    ['textarea content decoded', '<textarea>&lt;b&gt;</textarea>'],
  ])('agrees with the Node parser on %s', (_what, html) => {
    expect(parseInBrowser(html)).toEqual(parseInNode(html));
  });

  it('unwraps and depth-limits like the Node parser', () => {
    const dropped: string[] = [];
    const html = '<form><p>in</p></form>' + '<div>'.repeat(300) + 'deep' + '</div>'.repeat(300);
    const browser = parseInBrowser(html, { unwrap: (n) => n === 'form', onDrop: (e, deep) => dropped.push(`${e.name}:${deep}`) });
    const depth = (nodes: ReturnType<typeof parseInBrowser>): number =>
      Math.max(0, ...nodes.map((n) => (n.kind === 'element' ? 1 + depth(n.children) : 0)));
    expect(depth(browser)).toBe(256);
    expect(dropped[0]).toBe('form:false');
    expect(dropped.filter((d) => d === 'div:true')).toHaveLength(44);
  });

  it.each(VECTORS)('lets nothing script-capable through either sanitiser: %s', (_name, html) => {
    const both = sanitizeBoth(html);
    expect(scriptCapableConstructs(both.html)).toEqual([]);
    expect(scriptCapableConstructs(both.original.html)).toEqual([]);
  });
});
