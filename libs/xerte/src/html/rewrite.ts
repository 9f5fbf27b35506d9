import { Parser } from 'htmlparser2';
import type { Attributes } from '@samenwijs/module-model';

/**
 * Rewrites the start tags of an HTML string in place: `transform` sees each tag's name and
 * attributes (entity-decoded, in order) and returns new attributes, or `null` to leave the tag
 * exactly as written. Everything else in the string (text, other tags, comments, whitespace)
 * is copied byte for byte, so only the tags that need a change are re-serialised.
 */
export function rewriteStartTags(html: string, transform: (name: string, attributes: Attributes) => Attributes | null): string {
  const out: string[] = [];
  let last = 0;
  let attributes: Attributes = [];
  const parser: Parser = new Parser(
    {
      onopentagname() {
        attributes = [];
      },
      onattribute(name, value) {
        attributes.push([name, value]);
      },
      onopentag(name, _attribs, isImplied) {
        if (isImplied) return;
        const changed = transform(name, attributes);
        if (!changed) return;
        const start = parser.startIndex;
        const end = parser.endIndex;
        if (html.charCodeAt(start) !== 60 /* < */ || start < last) return;
        const selfClosing = html.charCodeAt(end - 1) === 47; /* / */
        out.push(html.slice(last, start), startTag(name, changed, selfClosing));
        last = end + 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}

export function startTag(name: string, attributes: Attributes, selfClosing = false): string {
  let tag = `<${name}`;
  for (const [key, value] of attributes) tag += ` ${key}="${escapeHtmlAttribute(value)}"`;
  return `${tag}${selfClosing ? ' /' : ''}>`;
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : '&gt;'));
}
