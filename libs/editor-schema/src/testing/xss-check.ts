import { Parser } from 'htmlparser2';
import { parse } from 'parse5';

/**
 * An independent judge for the security tests: it re-parses sanitiser output twice, with
 * htmlparser2 (what our code sees) and with parse5 (the WHATWG algorithm, i.e. what a browser
 * builds, namespaces and foster parenting included), and lists every construct that could run
 * script. It deliberately shares no code with the sanitisers.
 */
export function scriptCapableConstructs(html: string): string[] {
  return [...new Set([...browserView(html), ...htmlparser2View(html)])];
}

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'frame', 'frameset', 'template',
  'noscript', 'svg', 'math', 'portal', 'xmp', 'plaintext', 'noembed', 'noframes',
]);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'background', 'poster', 'lowsrc', 'dynsrc', 'data', 'codebase', 'cite',
  'longdesc', 'ping', 'manifest', 'icon', 'profile', 'srcset', 'xlink:href', 'to', 'from', 'values', 'by',
]);
const VIDEO_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com'];

function checkElement(name: string, attributes: [string, string][], findings: string[]): void {
  if (FORBIDDEN_ELEMENTS.has(name)) findings.push(`element <${name}>`);
  if (name === 'iframe') {
    const src = attributes.find(([n]) => n === 'src')?.[1];
    if (!src || !isAllowedPlayer(src)) findings.push(`iframe ${src}`);
  }
  for (const [attrName, value] of attributes) {
    const lower = attrName.toLowerCase();
    if (lower.startsWith('on')) findings.push(`attribute ${lower}`);
    if (lower === 'srcdoc') findings.push('attribute srcdoc');
    if (URL_ATTRIBUTES.has(lower) || lower.endsWith('href')) {
      for (const url of lower === 'srcset' ? value.split(',') : [value]) {
        if (isDangerousUrl(url)) findings.push(`url in ${lower}: ${value.slice(0, 40)}`);
      }
    }
    if (lower === 'style' && isDangerousCss(value)) findings.push(`style ${value.slice(0, 40)}`);
  }
}

function isDangerousUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (!scheme) return false;
  if (scheme === 'data') return !/^data:image\/(png|jpe?g|gif|webp)[;,]/.test(compact);
  return !['http', 'https', 'mailto', 'tel'].includes(scheme);
}

function isDangerousCss(css: string): boolean {
  const decoded = css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return /url\(|expression\(|javascript:|vbscript:|-moz-binding|behavio|@import|image-set\(/.test(decoded);
}

function isAllowedPlayer(src: string): boolean {
  try {
    const url = new URL(src);
    const host = url.hostname;
    return url.protocol === 'https:' && !url.username && VIDEO_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

function browserView(html: string): string[] {
  const findings: string[] = [];
  // A whole document, so that <body onload> and friends land on real elements.
  const visit = (node: P5Node) => {
    if (node.tagName) {
      const attributes = (node.attrs ?? []).map(
        (a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value] as [string, string],
      );
      checkElement(node.tagName.toLowerCase(), attributes, findings);
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(`<!DOCTYPE html><html><head></head><body><div>${html}</div></body></html>`) as unknown as P5Node);
  // The wrapper document itself holds one html/head/body/div; anything else came from the output.
  return findings;
}

function htmlparser2View(html: string): string[] {
  const findings: string[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => checkElement(name, Object.entries(attributes), findings) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return findings;
}
