/** Just enough CSS for inline `style` attributes: declarations, and the constructs that can load or run code. */

export interface Declaration {
  property: string;
  value: string;
  /** The declaration's source text, for keeping it byte-for-byte. */
  source: string;
}

/** Splits a style attribute into declarations, respecting quotes, parentheses and comments. */
export function parseStyle(style: string): Declaration[] {
  const declarations: Declaration[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  const push = (end: number) => {
    const source = style.slice(start, end);
    const text = stripComments(source);
    const colon = text.indexOf(':');
    if (colon > 0) {
      declarations.push({ property: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), source });
    } else if (text.trim()) {
      declarations.push({ property: '', value: text.trim(), source });
    }
  };
  for (let i = 0; i < style.length; i++) {
    const c = style[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && style[i + 1] === '*') {
      const end = style.indexOf('*/', i + 2);
      i = end < 0 ? style.length : end + 1;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (c === ';' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(style.length);
  return declarations;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '');
}

/** CSS as the browser sees it for matching purposes: escapes decoded, comments, whitespace and case gone. */
function normalise(css: string): string {
  const decoded = stripComments(css).replace(/\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([\s\S]))/gi, (_m, hex: string, char: string) => {
    if (hex) {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return char ?? '';
  });
  // eslint-disable-next-line no-control-regex
  return stripComments(decoded).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
}

/** Constructs that fetch a URL, run script (old IE `expression()`, `behavior`, XBL) or import sheets. */
const DANGEROUS = [
  ['url(', 'url()'],
  ['image-set(', 'image-set()'],
  ['src(', 'src()'],
  ['expression(', 'expression()'],
  ['javascript:', 'javascript:'],
  ['vbscript:', 'vbscript:'],
  ['-moz-binding', '-moz-binding'],
  ['behavior', 'behavior'],
  ['behaviour', 'behavior'],
  ['@import', '@import'],
] as const;

/** The first dangerous construct in the CSS, as a short label, or null when it is harmless. */
export function cssDanger(css: string): string | null {
  const text = normalise(css);
  for (const [needle, label] of DANGEROUS) if (text.includes(needle)) return label;
  return null;
}
