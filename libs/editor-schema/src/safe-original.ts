import { cssDanger, parseStyle } from './css';
import {
  attribute,
  escapeAttribute,
  escapeText,
  parseForSanitizers,
  VOID_ELEMENTS,
  type HtmlElement,
  type HtmlNode,
  type SanitizerTree,
} from './html-tree';
import { ReportBuilder, type SanitizeReport } from './report';
import { ImageUrlChecks, isSafeLinkUrl, spaceSeparated, srcsetUrls, videoEmbedUrl } from './urls';

/**
 * "Keep it as it was, only make it safe": for exporting a field nobody edited exactly as it was
 * imported. Presentation (style, class, font, span, table attributes) stays; everything that can
 * run script, load a foreign document or change how the page is read goes, and is reported.
 * The output is re-serialised from the parsed tree (every value escaped again), so a browser
 * reads exactly what was checked; `safeOriginalHtml` of its own output changes nothing.
 */
export function safeOriginalHtml(html: string): { html: string; report: SanitizeReport } {
  return treeToSafeOriginal(parseForSanitizers(html));
}

/**
 * The safe original HTML of a parsed tree (which is not changed). Every element name the HTML
 * tokenizer accepted is written back as it was read (lower-cased): it starts with an ASCII
 * letter and holds no whitespace, `/` or `>`, so it reads back the same, in browsers too.
 * Unknown elements, `<o:p>` as well as pseudo-code such as `<nome_da_variável>`, stay; only
 * the dangerous ones below go.
 */
export function treeToSafeOriginal(tree: SanitizerTree, imageUrls = new ImageUrlChecks()): { html: string; report: SanitizeReport } {
  const out: Output = { report: new ReportBuilder(), imageUrls };
  // `<form>` is dropped while parsing (see `parseForSanitizers`), keeping its content.
  for (const { element, tooDeep, count } of tree.dropped) out.report.add(`tag <${element.name}>`, tooDeep ? 'nested too deeply' : undefined, count);
  const html = serializeNodes(tree.nodes, out);
  return { html, report: out.report.build() };
}

interface Output {
  report: ReportBuilder;
  /** Checks resource URLs (`isSafeResourceUrl`). */
  imageUrls: ImageUrlChecks;
}

/** Removed with everything inside. `<svg>`/`<math>` go too: their parsing rules differ from HTML's (mXSS). */
const REMOVE_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'object', 'embed',
  'applet', 'param', 'base', 'meta', 'link', 'title', 'head', 'svg', 'math', 'frame', 'frameset', 'portal',
]);
/** Attributes holding a navigation target. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'longdesc', 'ping']);
/** Attributes holding a resource to fetch. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'background', 'poster', 'lowsrc', 'dynsrc', 'data', 'codebase', 'manifest', 'icon', 'profile']);
/** Always removed: inline HTML documents. */
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc']);

// eslint-disable-next-line no-control-regex
const ATTRIBUTE_NAME = /^[^\s"'<>/=\u0000-\u001f\u007f]+$/;

function serializeNodes(nodes: HtmlNode[], out: Output): string {
  let html = '';
  for (const node of nodes) {
    if (node.kind === 'text') html += escapeText(node.text);
    else if (node.kind === 'comment') out.report.add('comment', node.text.trim());
    else html += serializeElement(node, out);
  }
  return html;
}

function serializeElement(element: HtmlElement, out: Output): string {
  const report = out.report;
  const name = element.name;
  if (REMOVE_WITH_CONTENT.has(name)) {
    report.add(`element <${name}>`);
    return '';
  }
  let playerSrc: string | null = null;
  if (name === 'iframe') {
    const src = attribute(element, 'src') ?? '';
    playerSrc = videoEmbedUrl(src);
    if (!playerSrc) {
      report.add('element <iframe>', src);
      return '';
    }
    // An allowed player stays, but over https (`//host` and `http:` embeds are upgraded).
    if (/^\s*https:/i.test(src)) playerSrc = src;
  }
  let attributes = '';
  for (const [attrName, value] of element.attributes) {
    const kept = playerSrc !== null && attrName === 'src' ? playerSrc : safeAttributeValue(attrName, value, out);
    if (kept !== null) attributes += ` ${attrName}="${escapeAttribute(kept)}"`;
  }
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${serializeNodes(element.children, out)}</${name}>`;
}

/** The value to keep, or null when the attribute must go (and has been reported). */
function safeAttributeValue(name: string, value: string, out: Output): string | null {
  const report = out.report;
  if (!ATTRIBUTE_NAME.test(name) || FORBIDDEN_ATTRIBUTES.has(name) || name.startsWith('on')) {
    report.add(`attribute ${name}`, `${name}="${value}"`);
    return null;
  }
  if (LINK_ATTRIBUTES.has(name) || name.endsWith(':href')) {
    const urls = name === 'ping' ? spaceSeparated(value) : [value];
    if (urls.every(isSafeLinkUrl)) return value;
    report.add(`unsafe url in ${name}`, value);
    return null;
  }
  if (RESOURCE_ATTRIBUTES.has(name) || name === 'srcset') {
    // A srcset candidate's URL ends at whitespace, so `java<TAB>script:x` is the harmless URL
    // `java`. Still, a reader that drops tabs and newlines inside URLs (as browsers do in
    // attributes like href) would see `javascript:`; refuse anything that looks like that.
    const urls = name === 'srcset' ? [...srcsetUrls(value), ...value.split(',').map((candidate) => candidate.replace(/[\t\n\f\r ]+/g, ''))] : [value];
    if (urls.every((url) => out.imageUrls.isSafe(url))) return value;
    report.add(`unsafe url in ${name}`, value);
    return null;
  }
  if (name === 'style') return safeStyle(value, report);
  return value;
}

/** Drops the declarations that load or run something; the others stay as written. */
function safeStyle(style: string, report: ReportBuilder): string | null {
  if (!cssDanger(style)) return style;
  const kept: string[] = [];
  for (const declaration of parseStyle(style)) {
    const danger = cssDanger(declaration.source);
    if (danger) report.add(`css ${danger}`, declaration.source.trim());
    else kept.push(declaration.source);
  }
  const result = kept.join(';');
  // Whatever the split missed (an unbalanced quote or comment) takes the whole attribute with it.
  if (cssDanger(result)) {
    report.add('style', style);
    return null;
  }
  return result.trim() ? result : null;
}
