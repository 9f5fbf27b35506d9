/**
 * A small, strict-but-forgiving XML reader for Xerte project files.
 *
 * Strict where safety needs it: no DOCTYPE or entity declarations at all (XXE, billion laughs,
 * quadratic blow-up cannot happen because nothing is ever expanded beyond the input), bounded
 * input size, depth, node count, attribute count and attribute size, one root element, and
 * nothing keyed by input names in plain objects (attributes are ordered tuples).
 *
 * Forgiving where real Xerte files need it, the way Xerte itself repairs them
 * (`xmlInspector.php` `fixXmlFile`, `upload.php`, `xenith.js` `x_fixLineBreaks`):
 * - a bare `&` that does not start an entity is literal text (`&` → `&amp;`);
 * - `\x0B` becomes a space, `\x02` a hyphen, other C0 controls (except tab, LF, CR) are dropped;
 * - HTML named entities that XML does not define (`&nbsp;`, `&eacute;`, …) are decoded;
 * - a raw newline inside an attribute value is a newline (the player rewrites it to `&#10;`
 *   before parsing), not a space as plain XML would have it.
 * Every repair is counted so the import report can say what was fixed.
 */
import { decodeHTMLStrict } from 'entities';
import type { Attributes } from '@samenwijs/module-model';
import { XerteImportError, excerpt } from '../errors';

export interface XmlElement {
  kind: 'element';
  name: string;
  /** In document order, XML-decoded. */
  attributes: Attributes;
  children: XmlChild[];
}

export interface XmlText {
  kind: 'text';
  text: string;
  /** Came from a `<![CDATA[…]]>` section. */
  cdata: boolean;
}

export type XmlChild = XmlElement | XmlText;

export interface XmlLimits {
  /** Bytes (for a buffer) or UTF-16 code units (for a string). */
  maxInputBytes: number;
  maxDepth: number;
  maxNodes: number;
  maxAttributes: number;
  /** Characters of one raw attribute value. */
  maxAttributeLength: number;
}

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxInputBytes: 20 * 1024 * 1024,
  maxDepth: 64,
  maxNodes: 200_000,
  maxAttributes: 1024,
  maxAttributeLength: 8 * 1024 * 1024,
});

export type XmlRepairKind =
  | 'bare_ampersand'
  | 'unknown_entity'
  | 'html_entity'
  | 'control_character'
  | 'invalid_character_reference'
  | 'lone_surrogate'
  | 'byte_order_mark';

export type XmlRepairs = Partial<Record<XmlRepairKind, number>>;

export interface XmlDocument {
  root: XmlElement;
  repairs: XmlRepairs;
}

/* eslint-disable no-control-regex -- these patterns exist to find the characters XML 1.0 forbids */
const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const INVALID_CHARS_G = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_G = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
// XML's Name production (BMP part); its ranges contain combining marks and ZWJ/ZWNJ on purpose.
const NAME_START = 'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHARS = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
// eslint-disable-next-line no-misleading-character-class
const NAME_RE = new RegExp(NAME_CHARS, 'y');
// eslint-disable-next-line no-misleading-character-class
const WHOLE_NAME = new RegExp(`^${NAME_CHARS}$`);

/** Whether `name` is an XML element or attribute name. */
export function isXmlName(name: string): boolean {
  return WHOLE_NAME.test(name);
}
const ENTITY_RE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{0,40}));/y;
const DTD_MARKUP = /^<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

/** What Xerte does with the control characters it meets (`\x0B` → space, `\x02` → hyphen). */
function replaceControl(code: number): string {
  if (code === 0x0b) return ' ';
  if (code === 0x02) return '-';
  return '';
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const htmlEntityCache = new Map<string, string | null>();
function htmlEntity(name: string): string | null {
  let value = htmlEntityCache.get(name);
  if (value === undefined) {
    const decoded = decodeHTMLStrict(`&${name};`);
    value = decoded === `&${name};` ? null : decoded;
    if (htmlEntityCache.size < 4096) htmlEntityCache.set(name, value);
  }
  return value;
}

/** Decodes bytes to text: BOM, then the declared encoding, else UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array, limits: Pick<XmlLimits, 'maxInputBytes'> = DEFAULT_XML_LIMITS): string {
  if (bytes.length > limits.maxInputBytes) {
    throw new XerteImportError('too_large', `The XML is ${formatBytes(bytes.length)}; the limit is ${formatBytes(limits.maxInputBytes)}`);
  }
  let encoding = 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (declared) encoding = declared[1].toLowerCase();
  }
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new XerteImportError('not_xml', `Unsupported XML encoding "${excerpt(encoding)}"`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function lineAndColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

/**
 * Parses a Xerte XML document. Throws `XerteImportError` (`not_xml`, `dtd_forbidden`,
 * `too_large`, `too_deep`, `too_many_nodes`, `too_many_attributes`, `attribute_too_large`,
 * `multiple_roots`).
 */
export function parseXml(input: string | Uint8Array, options: Partial<XmlLimits> = {}): XmlDocument {
  const limits: XmlLimits = { ...DEFAULT_XML_LIMITS, ...options };
  let s = typeof input === 'string' ? input : decodeXmlBytes(input, limits);
  if (typeof input === 'string' && s.length > limits.maxInputBytes) {
    throw new XerteImportError('too_large', `The XML is ${formatBytes(s.length)}; the limit is ${formatBytes(limits.maxInputBytes)}`);
  }
  const repairs: XmlRepairs = {};
  const count = (kind: XmlRepairKind, n = 1): void => {
    repairs[kind] = (repairs[kind] ?? 0) + n;
  };

  if (s.charCodeAt(0) === 0xfeff) {
    s = s.slice(1);
    count('byte_order_mark');
  }
  if (INVALID_CHARS.test(s)) {
    s = s.replace(INVALID_CHARS_G, (c) => {
      count('control_character');
      return replaceControl(c.charCodeAt(0));
    });
  }
  if (LONE_SURROGATE.test(s)) {
    s = s.replace(LONE_SURROGATE_G, () => {
      count('lone_surrogate');
      return '\uFFFD';
    });
  }
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');

  const fail = (message: string, at: number): never => {
    throw new XerteImportError('not_xml', `Not well-formed XML: ${message} (${lineAndColumn(s, at)})`);
  };

  const decode = (raw: string, attribute: boolean): string => {
    if (attribute && raw.includes('\t')) raw = raw.replace(/\t/g, ' ');
    let amp = raw.indexOf('&');
    if (amp < 0) return raw;
    let out = '';
    let last = 0;
    while (amp >= 0) {
      out += raw.slice(last, amp);
      if (raw.charCodeAt(amp + 1) === 35 /* # */) {
        // Numeric references by hand: the common case in big inputs, no regex allocation.
        const hex = raw.charCodeAt(amp + 2) === 120 || raw.charCodeAt(amp + 2) === 88;
        let k = amp + (hex ? 3 : 2);
        let cp = 0;
        const start = k;
        for (; k < raw.length && k - start < 8; k++) {
          const c = raw.charCodeAt(k);
          const digit = c >= 48 && c <= 57 ? c - 48 : hex && c >= 97 && c <= 102 ? c - 87 : hex && c >= 65 && c <= 70 ? c - 55 : -1;
          if (digit < 0) break;
          cp = cp * (hex ? 16 : 10) + digit;
        }
        if (k > start && raw.charCodeAt(k) === 59 /* ; */) {
          if (isXmlChar(cp)) {
            out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
          } else {
            out += replaceControl(cp);
            count('invalid_character_reference');
          }
          last = k + 1;
          amp = raw.indexOf('&', last);
          continue;
        }
      }
      ENTITY_RE.lastIndex = amp;
      const m = ENTITY_RE.exec(raw);
      if (!m) {
        out += '&';
        count('bare_ampersand');
        last = amp + 1;
      } else {
        last = amp + m[0].length;
        if (m[3] !== undefined) {
          switch (m[3]) {
            case 'lt':
              out += '<';
              break;
            case 'gt':
              out += '>';
              break;
            case 'amp':
              out += '&';
              break;
            case 'quot':
              out += '"';
              break;
            case 'apos':
              out += "'";
              break;
            default: {
              const html = htmlEntity(m[3]);
              if (html === null) {
                out += m[0];
                count('unknown_entity');
              } else {
                out += html;
                count('html_entity');
              }
            }
          }
        } else {
          const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2], 16);
          if (isXmlChar(cp)) {
            out += String.fromCodePoint(cp);
          } else {
            out += replaceControl(cp);
            count('invalid_character_reference');
          }
        }
      }
      amp = raw.indexOf('&', last);
    }
    return out + raw.slice(last);
  };

  const n = s.length;
  let i = 0;
  // Leading whitespace is allowed only without an XML declaration; be lenient either way.
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i >= n || s.charCodeAt(i) !== 60 /* < */) {
    throw new XerteImportError('not_xml', 'Not XML: the content does not start with "<"');
  }
  if (s.startsWith('<?xml', i) && (isSpace(s.charCodeAt(i + 5)) || s.charCodeAt(i + 5) === 63)) {
    const end = s.indexOf('?>', i);
    if (end < 0) fail('unterminated XML declaration', i);
    const decl = s.slice(i, end);
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(decl)) fail('bad XML declaration', i);
    i = end + 2;
  }

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let nodes = 0;

  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt !== i) {
      const end = lt < 0 ? n : lt;
      const raw = s.slice(i, end);
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (!/^\s*$/.test(raw)) fail(root ? 'text after the root element' : 'text before the root element', i);
      } else {
        parent.children.push({ kind: 'text', text: decode(raw, false), cdata: false });
      }
      i = end;
      continue;
    }
    const c = s.charCodeAt(i + 1);
    if (c === 47 /* / */) {
      NAME_RE.lastIndex = i + 2;
      const m = NAME_RE.exec(s);
      if (!m) fail('bad end tag', i);
      let j = i + 2 + m![0].length;
      while (isSpace(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 62) fail(`unterminated end tag </${excerpt(m![0])}>`, i);
      const open = stack.pop();
      if (!open) fail(`end tag </${excerpt(m![0])}> without a start tag`, i);
      if (open!.name !== m![0]) fail(`end tag </${excerpt(m![0])}> does not match <${excerpt(open!.name)}>`, i);
      i = j + 1;
    } else if (c === 33 /* ! */) {
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment', i);
        i = end + 3;
      } else if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i + 9);
        if (end < 0) fail('unterminated CDATA section', i);
        const parent = stack[stack.length - 1];
        if (!parent) fail('CDATA outside the root element', i);
        parent!.children.push({ kind: 'text', text: s.slice(i + 9, end), cdata: true });
        i = end + 3;
      } else if (DTD_MARKUP.test(s.slice(i, i + 12))) {
        throw new XerteImportError('dtd_forbidden', `DOCTYPE and entity declarations are not allowed in a Xerte project (${lineAndColumn(s, i)})`);
      } else {
        fail('unexpected "<!"', i);
      }
    } else if (c === 63 /* ? */) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction', i);
      NAME_RE.lastIndex = i + 2;
      const target = NAME_RE.exec(s);
      if (!target || target[0].toLowerCase() === 'xml') fail('misplaced XML declaration or bad processing instruction', i);
      i = end + 2;
    } else {
      NAME_RE.lastIndex = i + 1;
      const m = NAME_RE.exec(s);
      if (!m) fail('bad start tag', i);
      const name = m![0];
      let j = i + 1 + name.length;
      const attributes: Attributes = [];
      let seen: Set<string> | undefined;
      let selfClosing = false;
      for (;;) {
        const before = j;
        while (isSpace(s.charCodeAt(j))) j++;
        const ch = s.charCodeAt(j);
        if (ch === 62 /* > */) {
          j++;
          break;
        }
        if (ch === 47 /* / */ && s.charCodeAt(j + 1) === 62) {
          j += 2;
          selfClosing = true;
          break;
        }
        if (j >= n) fail(`unterminated start tag <${excerpt(name)}>`, i);
        if (j === before) fail(`expected a space between attributes in <${excerpt(name)}>`, j);
        NAME_RE.lastIndex = j;
        const an = NAME_RE.exec(s);
        if (!an) fail(`bad attribute name in <${excerpt(name)}>`, j);
        const attrName = an![0];
        j += attrName.length;
        while (isSpace(s.charCodeAt(j))) j++;
        if (s.charCodeAt(j) !== 61 /* = */) fail(`attribute ${excerpt(attrName)} has no value`, j);
        j++;
        while (isSpace(s.charCodeAt(j))) j++;
        const quote = s[j];
        if (quote !== '"' && quote !== "'") fail(`attribute ${excerpt(attrName)} is not quoted`, j);
        const close = s.indexOf(quote, j + 1);
        if (close < 0) fail(`unterminated value of attribute ${excerpt(attrName)}`, j);
        if (close - j - 1 > limits.maxAttributeLength) {
          throw new XerteImportError(
            'attribute_too_large',
            `Attribute ${excerpt(attrName)} of <${excerpt(name)}> is ${formatBytes(close - j - 1)}; the limit is ${formatBytes(limits.maxAttributeLength)}`,
          );
        }
        if (attributes.length >= limits.maxAttributes) {
          throw new XerteImportError('too_many_attributes', `<${excerpt(name)}> has more than ${limits.maxAttributes} attributes`);
        }
        const raw = s.slice(j + 1, close);
        if (raw.includes('<')) fail(`"<" in the value of attribute ${excerpt(attrName)}`, j);
        if (attributes.length > 0) {
          if (!seen) seen = new Set(attributes.map(([k]) => k));
          if (seen.has(attrName)) fail(`duplicate attribute ${excerpt(attrName)}`, j);
          seen.add(attrName);
        }
        attributes.push([attrName, decode(raw, true)]);
        j = close + 1;
      }
      if (++nodes > limits.maxNodes) {
        throw new XerteImportError('too_many_nodes', `The XML has more than ${limits.maxNodes} elements`);
      }
      const element: XmlElement = { kind: 'element', name, attributes, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.children.push(element);
      } else if (root) {
        throw new XerteImportError('multiple_roots', `The XML has more than one root element (<${excerpt(root.name)}> and <${excerpt(name)}>)`);
      } else {
        root = element;
      }
      if (stack.length + 1 > limits.maxDepth) {
        throw new XerteImportError('too_deep', `Elements are nested more than ${limits.maxDepth} deep`);
      }
      if (!selfClosing) stack.push(element);
      i = j;
    }
  }
  if (stack.length > 0) fail(`<${excerpt(stack[stack.length - 1].name)}> is not closed`, n);
  if (!root) throw new XerteImportError('not_xml', 'Not XML: no root element');
  return { root, repairs };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Adds one repair tally to another. */
export function mergeRepairs(into: Record<string, number>, from: Partial<Record<string, number>>): void {
  for (const [k, v] of Object.entries(from)) if (v) into[k] = (into[k] ?? 0) + v;
}
