import { MAX_DEPTH, VOID_ELEMENTS, type HtmlElement, type HtmlNode, type ParseOptions } from './html-nodes';

/**
 * `parseHtml` for browsers: the platform's own HTML parser (DOMParser, the HTML5 tree
 * construction, inert: nothing loads or runs) instead of htmlparser2, so the web app ships
 * neither htmlparser2 nor the entity table. The web build aliases `./html-parse` to this file.
 *
 * It builds the same tree, honours the same options (unwrap, onDrop, MAX_DEPTH) and, for
 * well-formed HTML, gives the same result as `html-parse.ts` (a jsdom test checks both on the
 * same inputs). Malformed HTML may be repaired differently: the browser follows the HTML5
 * algorithm exactly. The sanitisers' rules are applied to this tree unchanged.
 */

/** The parts of the DOM used here (this library compiles without DOM types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  localName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  content?: DomNode;
}
interface DomParserLike {
  parseFromString(html: string, type: 'text/html'): { body: DomNode };
}
declare const DOMParser: { new (): DomParserLike };

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const COMMENT = 8;

export function parseHtml(html: string, options: ParseOptions = {}): HtmlNode[] {
  // A leading doctype keeps the document in standards mode; content goes to <body> as given.
  const body = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
  const out: HtmlNode[] = [];
  appendChildren(out, body, 1, options);
  return out;
}

function appendChildren(out: HtmlNode[], parent: DomNode, depth: number, options: ParseOptions): void {
  // <template> keeps its children in a separate fragment.
  const source = (parent as DomElement).localName === 'template' && (parent as DomElement).content ? (parent as DomElement).content! : parent;
  const children = source.childNodes;
  for (let i = 0; i < children.length; i++) appendNode(out, children[i], depth, options);
}

function appendNode(out: HtmlNode[], node: DomNode, depth: number, options: ParseOptions): void {
  switch (node.nodeType) {
    case TEXT:
    case CDATA: {
      const text = node.nodeValue ?? '';
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += text;
      else out.push({ kind: 'text', text });
      return;
    }
    case COMMENT:
      out.push({ kind: 'comment', text: node.nodeValue ?? '' });
      return;
    case ELEMENT:
      break;
    default:
      return; // processing instructions and doctypes have no place in content
  }
  const dom = node as DomElement;
  const name = dom.localName.toLowerCase();
  const attributes: [string, string][] = [];
  for (let i = 0; i < dom.attributes.length; i++) {
    const { name: attributeName, value } = dom.attributes[i];
    attributes.push([attributeName.toLowerCase(), value]);
  }
  const element: HtmlElement = { kind: 'element', name, attributes, children: [] };
  if (VOID_ELEMENTS.has(name)) {
    out.push(element);
    return;
  }
  const unwrap = options.unwrap?.(name) ?? false;
  if (unwrap || depth > MAX_DEPTH) {
    options.onDrop?.(element, !unwrap);
    appendChildren(out, dom, depth, options);
    return;
  }
  out.push(element);
  appendChildren(element.children, dom, depth + 1, options);
}
