import { Parser } from 'htmlparser2';
import { FLASH_PAGE_LINK, MEDIA_EXPRESSION, NAVIGATE_HANDLER } from './idioms';

/**
 * A canonical text for an HTML fragment, so two fragments that a browser shows the same way
 * compare equal although they are written differently: attribute order, quoting and entity
 * spelling, `<br/>` vs `<br>`, whitespace runs and whitespace between blocks, the spelling of
 * `style` declarations and class lists. Two Xerte-specific equivalences are applied too:
 * an `x_navigateToPage` handler in any of its spellings (`linkID`/`pageID` are looked up
 * interchangeably by the player's `x_checkPages`), and `FileLocation + '/media/…'` vs
 * `FileLocation + 'media/…'` (Xerte's `upload.php` rewrites the former to the latter on every save),
 * and a Flash-era `<a href="asfunction:…pageLink,PG…">`, which the HTML5 player itself turns into
 * `href="#" onclick="x_navigateToPage(…)"` (`xenith.js` `x_insertText`).
 * Comments stay in the canonical text, so dropping one is a difference.
 */

interface CElement {
  name: string;
  attributes: [string, string][];
  children: CNode[];
}
type CNode = CElement | string | { comment: string };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'xmp', 'listing', 'plaintext']);
const BLOCK = new Set([
  '#root', 'address', 'area', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html',
  'iframe', 'li', 'link', 'main', 'map', 'meta', 'nav', 'ol', 'option', 'p', 'pre', 'script', 'section', 'select', 'style', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'video', 'audio', 'source', 'object', 'embed',
]);

function parse(html: string): CElement {
  const root: CElement = { name: '#root', attributes: [], children: [] };
  const stack: CElement[] = [root];
  let attributes: [string, string][] = [];
  const parser = new Parser(
    {
      onopentagname() {
        attributes = [];
      },
      onattribute(name, value) {
        if (!attributes.some(([n]) => n === name)) attributes.push([name, value]);
      },
      onopentag(name) {
        if (name === 'a') attributes = flashLink(attributes);
        const element: CElement = { name, attributes, children: [] };
        attributes = [];
        stack[stack.length - 1].children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        const siblings = stack[stack.length - 1].children;
        const last = siblings.length - 1;
        if (last >= 0 && typeof siblings[last] === 'string') siblings[last] = (siblings[last] as string) + text;
        else siblings.push(text);
      },
      oncomment(text) {
        stack[stack.length - 1].children.push({ comment: text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html.replace(/\r\n?/g, '\n'));
  return root;
}

function flashLink(attributes: [string, string][]): [string, string][] {
  const href = attributes.findIndex(([n]) => n === 'href');
  if (href < 0 || attributes.some(([n]) => n === 'onclick')) return attributes;
  const m = FLASH_PAGE_LINK.exec(attributes[href][1]);
  if (!m) return attributes;
  const out = attributes.slice();
  out[href] = ['href', '#'];
  out.push(['onclick', `x_navigateToPage(false,{type:'linkID',ID:'${m[1]}'})`]);
  return out;
}

function isBlock(node: CNode | undefined): boolean {
  return node === undefined || (typeof node === 'object' && 'name' in node && BLOCK.has(node.name));
}

function canonicalStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return declaration.trim().replace(/\s+/g, ' ');
      return `${declaration.slice(0, colon).trim().toLowerCase()}:${declaration.slice(colon + 1).trim().replace(/\s+/g, ' ')}`;
    })
    .filter((declaration) => declaration !== '')
    .join(';');
}

/** The canonical spelling of one attribute value (exported for attribute-level comparison). */
export function canonicalAttributeValue(name: string, value: string): string {
  if (name === 'style') return canonicalStyle(value);
  if (name === 'class') return value.split(/\s+/).filter(Boolean).sort().join(' ');
  if (name === 'onclick') {
    const m = NAVIGATE_HANDLER.exec(value);
    if (m) return `x_navigateToPage(${m[3]})`;
  }
  if (value.includes('FileLocation')) {
    const m = MEDIA_EXPRESSION.exec(value);
    if (m) return `FileLocation + '${m[1].replace(/^\//, '')}'`;
  }
  return value;
}

const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeValue = (text: string): string => text.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'));

function serialise(element: CElement, raw: boolean, out: string[]): void {
  const children = element.children;
  for (let k = 0; k < children.length; k++) {
    const node = children[k];
    if (typeof node === 'string') {
      if (raw) {
        out.push(escapeText(node));
        continue;
      }
      let text = node.replace(/[ \t\n\f]+/g, ' ');
      if (isBlock(children[k - 1]) || (k === 0 && BLOCK.has(element.name))) text = text.replace(/^ /, '');
      if (isBlock(children[k + 1]) || (k === children.length - 1 && BLOCK.has(element.name))) text = text.replace(/ $/, '');
      if (text !== '') out.push(escapeText(text));
    } else if ('comment' in node) {
      out.push(`<!--${node.comment}-->`);
    } else {
      out.push(`<${node.name}`);
      const attributes = node.attributes.map(([name, value]): [string, string] => [name, canonicalAttributeValue(name, value)]);
      attributes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name, value] of attributes) out.push(` ${name}="${escapeValue(value)}"`);
      out.push('>');
      if (!VOID.has(node.name)) {
        serialise(node, raw || RAW_TEXT.has(node.name), out);
        out.push(`</${node.name}>`);
      }
    }
  }
}

export function canonicalHtml(html: string): string {
  const out: string[] = [];
  serialise(parse(html), false, out);
  return out.join('');
}
