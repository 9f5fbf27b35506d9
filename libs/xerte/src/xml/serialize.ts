/**
 * Writing XML the way Xerte and its player expect it (`xenith.js` `x_fixLineBreaks` splits the
 * text on `<![CDATA[`/`]]>` and on `"`): double-quoted attributes with `&`, `<`, `>`, `"`
 * escaped, newlines as `&#10;` and tabs as `&#9;`; CDATA that never contains `]]>`.
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF,
 * lone surrogates) are left out.
 */

/* eslint-disable no-control-regex -- these patterns exist to find the characters XML 1.0 forbids */
const ATTRIBUTE_ESCAPES = /[&<>"\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

function attributeEscape(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\n':
      return '&#10;';
    case '\r':
      return '&#13;';
    case '\t':
      return '&#9;';
    default:
      return '';
  }
}

export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_ESCAPES, attributeEscape);
}

/** Removes characters that XML 1.0 cannot represent. */
export function xmlSafeText(value: string): string {
  return value.replace(NOT_XML_CHARS, '');
}

/**
 * One or more CDATA sections holding exactly `text`: `]]>` is split across two sections
 * (`]]` + `>`), and so is `<![CDATA[`, which would confuse the player's line-break fixer.
 */
export function cdata(text: string): string {
  const safe = xmlSafeText(text).replace(CDATA_BREAKERS, (m) => (m === ']]>' ? ']]]]><![CDATA[>' : '<!]]><![CDATA[[CDATA['));
  return `<![CDATA[${safe}]]>`;
}

/**
 * A CDATA section for HTML: `]]>` is written as the equivalent HTML `]]&gt;` so the body stays
 * ONE CDATA node, which is what the player reads (`childNodes[0].nodeValue`). (`<![CDATA[`,
 * a bogus comment in HTML, is split like in `cdata`.)
 */
export function htmlCdata(html: string): string {
  const safe = xmlSafeText(html).replace(CDATA_BREAKERS, (m) => (m === ']]>' ? ']]&gt;' : '<!]]><![CDATA[[CDATA['));
  return `<![CDATA[${safe}]]>`;
}

const CDATA_BREAKERS = /\]\]>|<!\[CDATA\[/g;
