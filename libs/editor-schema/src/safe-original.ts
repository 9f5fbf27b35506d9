import { cssDanger, parseStyle } from './css';
import { attribute, escapeAttribute, escapeText, parseHtml, VOID_ELEMENTS, type HtmlElement, type HtmlNode } from './html-tree';
import { ReportBuilder, type SanitizeReport } from './report';
import { isSafeLinkUrl, isSafeResourceUrl, srcsetUrls, videoEmbedUrl } from './urls';

/**
 * "Keep it as it was, only make it safe": for exporting a field nobody edited exactly as it was
 * imported. Presentation (style, class, font, span, table attributes) stays; everything that can
 * run script, load a foreign document or change how the page is read goes, and is reported.
 * The output is re-serialised from the parsed tree (every value escaped again), so a browser
 * reads exactly what was checked; `safeOriginalHtml` of its own output changes nothing.
 */
export function safeOriginalHtml(html: string): { html: string; report: SanitizeReport } {
  const report = new ReportBuilder();
  const tree = parseHtml(html, {
    unwrap: (name) => UNWRAP.has(name) || !ELEMENT_NAME.test(name),
    onDrop: (name, tooDeep) => report.add(`tag <${name}>`, tooDeep ? 'nested too deeply' : undefined),
  });
  const out = serializeNodes(tree, report);
  return { html: out, report: report.build() };
}

/** Removed with everything inside. `<svg>`/`<math>` go too: their parsing rules differ from HTML's (mXSS). */
const REMOVE_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'object', 'embed',
  'applet', 'param', 'base', 'meta', 'link', 'title', 'head', 'svg', 'math', 'frame', 'frameset', 'portal',
]);
/** Tag removed, content kept. */
const UNWRAP = new Set(['form']);

/** Attributes holding a navigation target. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'longdesc', 'ping']);
/** Attributes holding a resource to fetch. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'background', 'poster', 'lowsrc', 'dynsrc', 'data', 'codebase', 'manifest', 'icon', 'profile']);
/** Always removed: inline HTML documents. */
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc']);

/** What the HTML tokenizer accepts as a name and what our serialiser can write back unchanged. */
const ELEMENT_NAME = /^[a-z][a-z0-9-]*(?::[a-z0-9-]+)?$/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_NAME = /^[^\s"'<>/=\u0000-\u001f\u007f]+$/;

function serializeNodes(nodes: HtmlNode[], report: ReportBuilder): string {
  let html = '';
  for (const node of nodes) {
    if (node.kind === 'text') html += escapeText(node.text);
    else if (node.kind === 'comment') report.add('comment', node.text.trim());
    else html += serializeElement(node, report);
  }
  return html;
}

function serializeElement(element: HtmlElement, report: ReportBuilder): string {
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
    const kept = playerSrc !== null && attrName === 'src' ? playerSrc : safeAttributeValue(attrName, value, report);
    if (kept !== null) attributes += ` ${attrName}="${escapeAttribute(kept)}"`;
  }
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${serializeNodes(element.children, report)}</${name}>`;
}

/** The value to keep, or null when the attribute must go (and has been reported). */
function safeAttributeValue(name: string, value: string, report: ReportBuilder): string | null {
  if (!ATTRIBUTE_NAME.test(name) || FORBIDDEN_ATTRIBUTES.has(name) || name.startsWith('on')) {
    report.add(`attribute ${name}`, `${name}="${value}"`);
    return null;
  }
  if (LINK_ATTRIBUTES.has(name) || name.endsWith(':href')) {
    const urls = name === 'ping' ? value.split(/\s+/).filter(Boolean) : [value];
    if (urls.every(isSafeLinkUrl)) return value;
    report.add(`unsafe url in ${name}`, value);
    return null;
  }
  if (RESOURCE_ATTRIBUTES.has(name) || name === 'srcset') {
    const urls = name === 'srcset' ? srcsetUrls(value) : [value];
    if (urls.every(isSafeResourceUrl)) return value;
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
