import { isSafeMediaPath, MEDIA_EXPRESSION } from './html/idioms';

/**
 * Media-typed attributes (`url`, `sound`, `bgImage`, LO `ic`, …). Xerte's player `eval()`s any
 * such value that starts with `'` or contains `FileLocation + ` (`x_evalURL`), so only these
 * shapes are accepted (security-anchors §4.2.5):
 * - exactly `FileLocation + 'media/…'` (optionally `'/media/…'`), staying inside `media/`;
 * - an http(s) URL;
 * - a raster `data:` image;
 * - a relative path or one of Xerte's literal placeholders ("Select an Image", "Link URL"),
 *   which never reach `eval` because they neither start with a quote nor contain `FileLocation`;
 * - empty.
 * Anything else is dropped by the importer and never written by the exporter.
 */
export type MediaVerdict = { ok: true } | { ok: false; reason: string };

const HTTP_URL = /^\s*https?:\/\/[^\s"'<>`\\]+\s*$/i;
const DATA_IMAGE = /^\s*data:image\/(?:png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i;
const SCHEME = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/;

export function checkMediaValue(value: string): MediaVerdict {
  if (value.trim() === '') return { ok: true };
  const trimmed = value.trim();
  const expression = MEDIA_EXPRESSION.exec(value);
  if (expression) {
    const path = expression[1].replace(/^\//, '');
    return isSafeMediaPath(path) ? { ok: true } : { ok: false, reason: 'media path escapes media/' };
  }
  if (trimmed.startsWith("'") || value.includes('FileLocation') || /[+(){};]\s*['"]|['"]\s*[+(){};]/.test(value)) {
    return { ok: false, reason: 'script expression in a media reference (Xerte evaluates it)' };
  }
  if (HTTP_URL.test(value)) return { ok: true };
  if (DATA_IMAGE.test(value)) return { ok: true };
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme
  const scheme = SCHEME.exec(value.replace(/[\u0000-\u0020]+/g, ''));
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === 'http' || name === 'https') return { ok: false, reason: 'characters that do not belong in a URL' };
    return { ok: false, reason: `${name}: URL in a media reference` };
  }
  // eslint-disable-next-line no-control-regex -- control characters do not belong in a URL
  if (/["<>`\\\u0000-\u001f]/.test(value)) return { ok: false, reason: 'characters that do not belong in a URL' };
  if (value.replace(/\\/g, '/').split('/').some((segment) => segment.trim() === '..')) return { ok: false, reason: 'relative path leaves the project' };
  return { ok: true };
}
