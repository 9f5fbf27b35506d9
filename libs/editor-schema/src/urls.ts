/**
 * URL policy shared by both sanitisers. Browsers ignore tabs and newlines anywhere in a URL and
 * control characters and spaces around it, so `java\tscript:` and ` javascript:` run script; we
 * decide on the scheme after skipping all of those wherever they are (stricter than any
 * browser), and attribute values arrive here already entity-decoded by the HTML parser.
 *
 * The checks are hand-written scans, not regular expressions over the whole value: a base64
 * image in Xerte HTML is often several hundred kilobytes long. The scheme is read from the
 * start and the scan stops at the first character that cannot be part of it; a `data:` image
 * is checked by its prefix and one linear pass over the payload's characters.
 */

/** Hosts whose `<iframe>` players may be embedded (a host or any subdomain of it). */
export const VIDEO_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com'] as const;

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RESOURCE_SCHEMES = new Set(['http', 'https']);
/** Raster images only: an SVG data URL is a document that can carry script. */
const RASTER_IMAGE_TYPES = new Set(['png', 'jpeg', 'jpg', 'gif', 'webp']);

/**
 * Characters the URL checks skip wherever they are: C0 controls and space, DEL, the C1 controls,
 * the no-break space, the soft hyphen, zero-width characters and marks, line and paragraph
 * separators, and the byte-order mark.
 */
function isIgnorable(c: number): boolean {
  return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

const LETTER = 1;
const DIGIT = 2;
/** `+ / =`: base64 besides letters and digits. */
const BASE64_SIGN = 4;
/** `+ . -`: scheme characters besides letters and digits. */
const SCHEME_SIGN = 8;
const IGNORABLE = 16;
/** Character classes of ASCII, looked up once per character in the long scans. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] =
    (/[a-z]/i.test(ch) ? LETTER : 0) |
    (/[0-9]/.test(ch) ? DIGIT : 0) |
    ('+/='.includes(ch) ? BASE64_SIGN : 0) |
    ('+.-'.includes(ch) ? SCHEME_SIGN : 0) |
    (isIgnorable(c) ? IGNORABLE : 0);
}

function is(c: number, classes: number): boolean {
  return c < 128 && (ASCII[c] & classes) !== 0;
}

/** Skipped, or of one of the classes. */
function isOr(c: number, classes: number): boolean {
  return c < 128 ? (ASCII[c] & (classes | IGNORABLE)) !== 0 : isIgnorable(c);
}

/** The index of the first character at or after `at` that the checks do not skip. */
function skipIgnorable(url: string, at: number): number {
  while (at < url.length && isIgnorable(url.charCodeAt(at))) at++;
  return at;
}

interface Scheme {
  /** Lower-cased. */
  name: string;
  /** Where the rest of the URL starts, after the colon. */
  rest: number;
}

/** `^[a-z][a-z0-9+.-]*:` read with ignorable characters skipped; null for a relative URL. */
function readScheme(url: string): Scheme | null {
  const start = skipIgnorable(url, 0);
  if (start >= url.length || !is(url.charCodeAt(start), LETTER)) return null;
  let skipped = false;
  for (let at = start + 1; at < url.length; at++) {
    const c = url.charCodeAt(at);
    if (c === 0x3a) {
      let name = url.slice(start, at);
      if (skipped) {
        let kept = '';
        for (let i = 0; i < name.length; i++) if (!isIgnorable(name.charCodeAt(i))) kept += name[i];
        name = kept;
      }
      return { name: name.toLowerCase(), rest: at + 1 };
    }
    if (isIgnorable(c)) skipped = true;
    else if (!is(c, LETTER | DIGIT | SCHEME_SIGN)) return null;
  }
  return null;
}

/** The lower-cased scheme, or null for a relative URL (path, `#fragment`, `//host`). */
export function urlScheme(url: string): string | null {
  return readScheme(url)?.name ?? null;
}

/** Reads `literal` (lower-case ASCII) case-insensitively from `at`, skipping ignorables; the index after it, or -1. */
function readLiteral(url: string, at: number, literal: string): number {
  for (let i = 0; i < literal.length; i++) {
    at = skipIgnorable(url, at);
    if (at >= url.length) return -1;
    const c = url.charCodeAt(at);
    const wanted = literal.charCodeAt(i);
    if (c !== wanted && !(is(c, LETTER) && (c | 0x20) === wanted)) return -1;
    at++;
  }
  return at;
}

/**
 * `image/(png|jpeg|jpg|gif|webp);base64,` followed by base64 only, from `at` (just after
 * `data:`). The payload is checked in one pass; it is not decoded.
 */
function isRasterDataImage(url: string, at: number): boolean {
  at = readLiteral(url, at, 'image/');
  if (at < 0) return false;
  let subtype = '';
  for (;;) {
    at = skipIgnorable(url, at);
    if (at >= url.length) return false;
    const c = url.charCodeAt(at);
    if (c === 0x3b) break;
    if (!is(c, LETTER) || subtype.length >= 4) return false;
    subtype += String.fromCharCode(c | 0x20);
    at++;
  }
  if (!RASTER_IMAGE_TYPES.has(subtype)) return false;
  at = readLiteral(url, at, ';base64,');
  if (at < 0) return false;
  const end = url.length;
  for (; at < end; at++) if (!isOr(url.charCodeAt(at), LETTER | DIGIT | BASE64_SIGN)) return false;
  return true;
}

/** A link target: http(s), mailto, tel, a relative path or a `#fragment`. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = readScheme(url);
  return scheme === null || LINK_SCHEMES.has(scheme.name);
}

/** An image source: a relative media path, http(s), or a base64 PNG/JPEG/GIF/WebP data URL. */
export function isSafeImageUrl(url: string): boolean {
  const scheme = readScheme(url);
  if (scheme === null || RESOURCE_SCHEMES.has(scheme.name)) return true;
  return scheme.name === 'data' && isRasterDataImage(url, scheme.rest);
}

/** Any other fetched resource (audio, video, poster, background): relative or http(s) or a raster data image. */
export const isSafeResourceUrl = isSafeImageUrl;

/** Shorter URLs are checked again rather than remembered: that costs less than a map lookup. */
const REMEMBERED_LENGTH = 1024;

/**
 * `isSafeImageUrl` (and `isSafeResourceUrl`) for one sanitising run, remembering the verdict
 * on long URLs: `sanitizeBoth` gives both sanitisers one instance, so each data URL of the
 * input is scanned once.
 */
export class ImageUrlChecks {
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly check: (url: string) => boolean = isSafeImageUrl) {}

  isSafe(url: string): boolean {
    if (url.length < REMEMBERED_LENGTH) return this.check(url);
    let verdict = this.verdicts.get(url);
    if (verdict === undefined) {
      verdict = this.check(url);
      this.verdicts.set(url, verdict);
    }
    return verdict;
  }
}

/** The https URL of an allowed video player, or null. `//host/…` and http are upgraded to https. */
export function videoEmbedUrl(src: string): string | null {
  let value = src.trim();
  if (value.startsWith('//')) value = `https:${value}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  if (!VIDEO_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return null;
  url.protocol = 'https:';
  return url.href;
}

export function isAllowedVideoSrc(src: string): boolean {
  return videoEmbedUrl(src) !== null;
}

/** HTML's ASCII whitespace. */
function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** The whitespace-separated tokens of a value (`ping`), in one scan. */
export function spaceSeparated(value: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const space = i === value.length || isHtmlSpace(value.charCodeAt(i));
    if (space && start >= 0) {
      tokens.push(value.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return tokens;
}

/** Splits a `srcset` into its URLs: each comma-separated candidate's first word, in one scan. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  for (const candidate of srcset.split(',')) {
    const [url] = spaceSeparated(candidate);
    if (url) urls.push(url);
  }
  return urls;
}
