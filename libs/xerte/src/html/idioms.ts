import type { Attributes } from '@samenwijs/module-model';
import { rewriteStartTags } from './rewrite';

/**
 * Xerte's two legitimate HTML idioms, converted to what the editor schema understands and back:
 *
 * - internal page links: `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG…'}); return false;">`
 *   ⇄ `<a href="#PG…" data-page-link="PG…">` (any element may carry the handler; only `<a>` gets the href);
 * - media references: `src="FileLocation + 'media/photo.jpg'"` ⇄ `src="media/photo.jpg"`.
 *
 * Only these exact shapes are recognised; any other `onclick` is left for the sanitiser to remove.
 */

/** Every real variant: `linkID`/`pageID`, single or double quotes, with or without `return false`. */
export const NAVIGATE_HANDLER =
  /^\s*x_navigateToPage\(\s*(?:false|true)\s*,\s*\{\s*type\s*:\s*(['"])(?:linkID|pageID)\1\s*,\s*ID\s*:\s*(['"])([A-Za-z0-9_\-.:[\]]{1,128})\2\s*\}\s*\)\s*;?\s*(?:return\s+false\s*;?\s*)?$/;

/**
 * Flash-era page links, which Xerte's HTML5 player itself rewrites to `x_navigateToPage` handlers
 * (`xenith.js` `x_insertText`): `href="asfunction:_level0.engine.rootIcon.pageLink,PG…"`. Numeric
 * targets are page numbers, not IDs, and are left alone.
 */
export const FLASH_PAGE_LINK = /^asfunction:_level0\.engine\.rootIcon\.pageLink,([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$/i;

/** A page reference safe inside the single-quoted JavaScript string of the handler. */
export const PAGE_ID = /^[A-Za-z0-9_\-.:[\]]{1,128}$/;

/** The one media-reference grammar accepted (§4.2.5); group 1 is the path. */
export const MEDIA_EXPRESSION = /^\s*FileLocation\s*\+\s*'(\/?media\/[^'\\]+)'\s*$/;

/** Attributes that hold a URL in HTML. */
export const HTML_URL_ATTRIBUTES = new Set(['src', 'href', 'poster', 'data', 'background']);

export const PAGE_LINK_ATTRIBUTE = 'data-page-link';

export function navigateHandler(id: string): string {
  return `x_navigateToPage(false,{type:'linkID',ID:'${id}'}); return false;`;
}

export function mediaExpression(path: string): string {
  return `FileLocation + '${path}'`;
}

/** A `media/…` path that stays inside `media/` after percent- and entity-decoding. */
export function isSafeMediaPath(path: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters make a path unsafe
  if (!path.startsWith('media/') || /['\\\u0000-\u001f]/.test(path)) return false;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path; a malformed escape is not a traversal
  }
  const segments = decoded.replace(/&(?:#0*46|#x0*2e|period);/gi, '.').split(/[/\\]/);
  return !segments.some((segment) => segment === '..');
}

export interface IdiomCounts {
  pageLinks: number;
  mediaReferences: number;
  /** `FileLocation + '/media/…'`, normalised to `media/…` the way Xerte's `upload.php` does. */
  leadingSlashes: number;
  /** Media references that escape `media/` (removed, security). */
  unsafeMediaPaths: number;
  /** Flash-era `asfunction:` page links converted to page links. */
  flashPageLinks: number;
}

export function emptyIdiomCounts(): IdiomCounts {
  return { pageLinks: 0, mediaReferences: 0, leadingSlashes: 0, unsafeMediaPaths: 0, flashPageLinks: 0 };
}

/** Xerte HTML → HTML for the sanitisers (page links and media paths in the editor's form). */
export function importIdioms(html: string, counts: IdiomCounts = emptyIdiomCounts()): string {
  if (!html.includes('FileLocation') && !html.includes('x_navigateToPage') && !html.includes('asfunction:')) return html;
  return rewriteStartTags(html, (name, attributes) => {
    let changed = false;
    let link: string | undefined;
    const out: Attributes = [];
    for (const [key, value] of attributes) {
      if (key === 'href' && name === 'a' && value.startsWith('asfunction:') && !attributes.some(([k]) => k === 'onclick')) {
        const m = FLASH_PAGE_LINK.exec(value);
        if (m) {
          link = m[1];
          out.push(['href', '#'], [PAGE_LINK_ATTRIBUTE, link]);
          changed = true;
          counts.flashPageLinks++;
          continue;
        }
      }
      if (key === 'onclick') {
        const m = NAVIGATE_HANDLER.exec(value);
        if (m) {
          link = m[3];
          out.push([PAGE_LINK_ATTRIBUTE, link]);
          changed = true;
          counts.pageLinks++;
          continue;
        }
      }
      if (HTML_URL_ATTRIBUTES.has(key) && value.includes('FileLocation')) {
        const m = MEDIA_EXPRESSION.exec(value);
        if (m) {
          changed = true;
          let path = m[1];
          if (path.startsWith('/')) {
            path = path.slice(1);
            counts.leadingSlashes++;
          }
          if (!isSafeMediaPath(path)) {
            counts.unsafeMediaPaths++;
            continue;
          }
          counts.mediaReferences++;
          out.push([key, path]);
          continue;
        }
      }
      out.push([key, value]);
    }
    if (link !== undefined && name === 'a') {
      const href = out.findIndex(([key]) => key === 'href');
      if (href >= 0) out[href] = ['href', `#${link}`];
      else out.unshift(['href', `#${link}`]);
    }
    return changed ? out : null;
  });
}

/** Editor/original HTML → Xerte HTML (handlers and `FileLocation + '…'` restored). */
export function exportIdioms(html: string): string {
  if (!html.includes(PAGE_LINK_ATTRIBUTE) && !html.includes('media/')) return html;
  return rewriteStartTags(html, (name, attributes) => {
    let changed = false;
    const linkValue = attributes.find(([key]) => key === PAGE_LINK_ATTRIBUTE)?.[1];
    const link = linkValue !== undefined && PAGE_ID.test(linkValue) ? linkValue : undefined;
    const out: Attributes = [];
    for (const [key, value] of attributes) {
      if (key === PAGE_LINK_ATTRIBUTE) {
        changed = true;
        if (link !== undefined) out.push(['onclick', navigateHandler(link)]);
        continue;
      }
      if (key === 'href' && name === 'a' && link !== undefined && value === `#${link}`) {
        out.push(['href', '#']);
        changed = true;
        continue;
      }
      if (HTML_URL_ATTRIBUTES.has(key) && value.startsWith('media/') && isSafeMediaPath(value)) {
        out.push([key, mediaExpression(value)]);
        changed = true;
        continue;
      }
      out.push([key, value]);
    }
    return changed ? out : null;
  });
}
