/**
 * URL policy shared by both sanitisers. Browsers ignore tabs and newlines anywhere in a URL and
 * control characters and spaces around it, so `java\tscript:` and ` javascript:` run script; we
 * decide on the scheme after removing all of those (stricter than any browser), and attribute
 * values arrive here already entity-decoded by the HTML parser.
 */

/** Hosts whose `<iframe>` players may be embedded (a host or any subdomain of it). */
export const VIDEO_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com'] as const;

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RESOURCE_SCHEMES = new Set(['http', 'https']);
/** Raster images only: an SVG data URL is a document that can carry script. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=]*$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL as the scheme check sees it: without any whitespace or control characters. */
function compact(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '');
}

/** The lower-cased scheme, or null for a relative URL (path, `#fragment`, `//host`). */
export function urlScheme(url: string): string | null {
  const match = SCHEME.exec(compact(url));
  return match ? match[1].toLowerCase() : null;
}

/** A link target: http(s), mailto, tel, a relative path or a `#fragment`. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || LINK_SCHEMES.has(scheme);
}

/** An image source: a relative media path, http(s), or a base64 PNG/JPEG/GIF/WebP data URL. */
export function isSafeImageUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === null || RESOURCE_SCHEMES.has(scheme)) return true;
  return scheme === 'data' && DATA_IMAGE.test(compact(url));
}

/** Any other fetched resource (audio, video, poster, background): relative or http(s) or a raster data image. */
export const isSafeResourceUrl = isSafeImageUrl;

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

/** Splits a `srcset` into its URLs. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url) => url.length > 0);
}
