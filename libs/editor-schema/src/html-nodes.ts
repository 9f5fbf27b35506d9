/**
 * The HTML tree both sanitisers work on, and what its parsers share. Two parsers build it:
 * `html-parse.ts` on htmlparser2's tokenizer (Node, the API, the CLI, tests) and
 * `html-parse.browser.ts` on the browser's own DOMParser (the web app's bundle, which then
 * needs neither htmlparser2 nor the 20 KB gzip entity table). Attribute values and text are
 * entity-decoded; serialisers escape them again, so what a browser reads from our output is
 * exactly what we checked.
 */
export interface HtmlElement {
  kind: 'element';
  name: string;
  attributes: [name: string, value: string][];
  children: HtmlNode[];
}
export interface HtmlText {
  kind: 'text';
  text: string;
}
export interface HtmlComment {
  kind: 'comment';
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

/** Elements that never have content or a closing tag. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Deeper elements lose their tags (content kept): every consumer walks the tree recursively,
 * and `'<b>'.repeat(1e5)` must not overflow the stack. Browsers cap their trees at 512 levels.
 */
export const MAX_DEPTH = 256;

export interface ParseOptions {
  /**
   * Tags to drop while parsing, keeping their content. Doing it here rather than in a later
   * pass keeps the result stable: implied end tags (`<hr>` closes a `<p>`) are decided against
   * the elements that will really be written, so re-parsing the output gives the same tree.
   */
  unwrap?: (name: string) => boolean;
  /** Hears of each dropped tag (its content stays): unwrapped, or nested deeper than `MAX_DEPTH`. */
  onDrop?: (element: HtmlElement, tooDeep: boolean) => void;
}

