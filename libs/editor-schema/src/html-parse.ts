import { decodeHTML } from 'entities';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { MAX_DEPTH, VOID_ELEMENTS, type HtmlElement, type HtmlNode, type ParseOptions } from './html-nodes';

/**
 * A minimal HTML tree built on htmlparser2's tokenizer, so both sanitisers run in Node without
 * a DOM. (The web app's build swaps in `html-parse.browser.ts`.)
 *
 * The tree building (implied end tags, void elements) follows htmlparser2's own Parser, but
 * keeps the open-element stack bounded: that Parser's stack costs O(depth) per tag, so a
 * megabyte of `<div><b>` took quadratic time.
 */
const P = new Set(['p']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
/** An opening tag closes these open elements first (as htmlparser2's Parser does). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'].map((name) => [name, P] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM_CONTROLS] as [string, Set<string>]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ['rt', RT_RP], ['rp', RT_RP], ['tbody', TABLE_SECTIONS], ['tfoot', TABLE_SECTIONS],
]);

export function parseHtml(html: string, options: ParseOptions = {}): HtmlNode[] {
  // Browsers normalise newlines and replace NUL before tokenising; do the same (and skip the
  // copy when there is nothing to replace, which is the rule for large inputs).
  let source = html;
  if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  if (source.includes('\u0000')) source = source.replaceAll('\u0000', '\ufffd');
  const builder = new TreeBuilder(source, options);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(source);
  tokenizer.end();
  return builder.root.children;
}

class TreeBuilder implements TokenizerCallbacks {
  readonly root: HtmlElement = { kind: 'element', name: '#root', attributes: [], children: [] };
  private readonly stack: HtmlElement[] = [this.root];
  /** How many elements of each name are open, so a stray end tag costs nothing. */
  private readonly openCount = new Map<string, number>();
  private tag: HtmlElement | null = null;
  private attributeName = '';
  private attributeValue = '';
  /** The tokenizer reads `<textarea>` content raw, without decoding entities; browsers decode it. */
  private inTextarea = false;

  constructor(
    private readonly source: string,
    private readonly options: ParseOptions,
  ) {}

  private get top(): HtmlElement {
    return this.stack[this.stack.length - 1];
  }

  private text(text: string): void {
    const siblings = this.top.children;
    const last = siblings[siblings.length - 1];
    // The tokenizer reports text in chunks (around entities); keep one node per run.
    if (last?.kind === 'text') last.text += text;
    else siblings.push({ kind: 'text', text });
  }

  ontext(start: number, end: number): void {
    const text = this.source.slice(start, end);
    this.text(this.inTextarea ? decodeHTML(text) : text);
  }

  ontextentity(codepoint: number): void {
    this.text(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, end: number): void {
    const name = this.source.slice(start, end).toLowerCase();
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 1 && closes.has(this.top.name)) this.pop();
    this.tag = { kind: 'element', name, attributes: [], children: [] };
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.source.slice(start, end).toLowerCase();
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.source.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    // Browsers keep the first of two attributes with the same name.
    if (this.tag && !this.tag.attributes.some(([name]) => name === this.attributeName)) {
      this.tag.attributes.push([this.attributeName, this.attributeValue]);
    }
    this.attributeValue = '';
  }

  onopentagend(): void {
    const element = this.tag;
    this.tag = null;
    if (!element) return;
    if (VOID_ELEMENTS.has(element.name)) {
      this.top.children.push(element);
    } else if (this.options.unwrap?.(element.name)) {
      this.options.onDrop?.(element, false);
    } else if (this.stack.length > MAX_DEPTH) {
      this.options.onDrop?.(element, true);
    } else {
      this.top.children.push(element);
      this.stack.push(element);
      this.openCount.set(element.name, (this.openCount.get(element.name) ?? 0) + 1);
    }
    if (element.name === 'textarea') this.inTextarea = true;
  }

  /** HTML ignores the slash in `<div/>`; only void elements have no content. */
  onselfclosingtag(): void {
    this.onopentagend();
  }

  onclosetag(start: number, end: number): void {
    const name = this.source.slice(start, end).toLowerCase();
    if (name === 'textarea') this.inTextarea = false;
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` is a line break in browsers; other void end tags are ignored.
      if (name === 'br') this.top.children.push({ kind: 'element', name: 'br', attributes: [], children: [] });
    } else if (this.openCount.get(name)) {
      while (this.stack.length > 1 && this.pop() !== name);
    } else if (name === 'p') {
      // A stray `</p>` is an empty paragraph.
      this.top.children.push({ kind: 'element', name: 'p', attributes: [], children: [] });
    }
  }

  private pop(): string {
    const element = this.stack.pop()!;
    this.openCount.set(element.name, this.openCount.get(element.name)! - 1);
    return element.name;
  }

  oncomment(start: number, end: number, offset: number): void {
    this.top.children.push({ kind: 'comment', text: this.source.slice(start, end - offset) });
  }

  oncdata(start: number, end: number, offset: number): void {
    this.top.children.push({ kind: 'comment', text: `[CDATA[${this.source.slice(start, end - offset)}]]` });
  }

  ondeclaration(start: number, end: number): void {
    this.top.children.push({ kind: 'comment', text: `!${this.source.slice(start, end)}` });
  }

  onprocessinginstruction(start: number, end: number): void {
    this.top.children.push({ kind: 'comment', text: `?${this.source.slice(start, end)}` });
  }

  onend(): void {
    this.stack.length = 1;
  }
}

