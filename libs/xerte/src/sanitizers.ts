import { safeOriginalHtml, sanitizeBoth, sanitizeHtml, type SanitizedBoth, type SanitizedHtml, type SanitizeReport } from '@samenwijs/editor-schema';
import { exportIdioms, importIdioms, type IdiomCounts } from './html/idioms';

export type { SanitizeReport };

/** The two sanitisers of `@samenwijs/editor-schema`, injectable for tests. */
export interface HtmlSanitizers {
  /** HTML reduced to the editor schema. */
  sanitizeHtml(html: string): SanitizedHtml;
  /** The original HTML with only dangerous constructs removed. */
  safeOriginalHtml(html: string): SanitizedHtml;
  /**
   * Both of the above from one parse (`{ html, report, original }`), equal to calling them
   * separately. Optional, so sanitisers injected in tests need not have it: see `sanitizeBoth`.
   */
  sanitizeBoth?(html: string): SanitizedBoth;
}

/** Both sanitisers' results for one rich-text field: with one parse when the sanitisers can. */
export function sanitizeRichText(html: string, sanitizers: HtmlSanitizers): SanitizedBoth {
  if (sanitizers.sanitizeBoth) return sanitizers.sanitizeBoth(html);
  return { ...sanitizers.sanitizeHtml(html), original: sanitizers.safeOriginalHtml(html) };
}

/** The editor-schema sanitisers; rich-text fields are parsed once (`sanitizeRichText`). */
export const EDITOR_SANITIZERS: HtmlSanitizers = { sanitizeHtml, safeOriginalHtml, sanitizeBoth };

export interface Removal {
  what: string;
  count: number;
  example?: string;
}

/** Nothing in it that the safe-original pass could change (no markup, no entities, no NBSP). */
export function isInertText(value: string): boolean {
  return !/[<>&\u00a0]/.test(value);
}

/**
 * A value of an HTML-valued plain attribute (Xerte's wysiwyg one-liners: titles, button
 * labels) made safe in place: unchanged when nothing dangerous is in it, otherwise the safe
 * original HTML with Xerte's idioms restored. Returns the value and what was removed.
 */
export function sanitizeInPlace(value: string, sanitizers: HtmlSanitizers, counts: IdiomCounts): { value: string; removed: Removal[] } {
  if (isInertText(value)) return { value, removed: [] };
  const before = counts.unsafeMediaPaths;
  const converted = importIdioms(value, counts);
  const safe = sanitizers.safeOriginalHtml(converted);
  const removed: Removal[] = safe.report.removed.map((r) => ({ ...r }));
  if (counts.unsafeMediaPaths > before) removed.push({ what: 'unsafe media path', count: counts.unsafeMediaPaths - before });
  if (removed.length === 0) return { value, removed };
  return { value: exportIdioms(safe.html), removed };
}

export function describeRemovals(removed: Removal[]): string {
  return removed.map((r) => `${r.what}${r.count > 1 ? ` ×${r.count}` : ''}${r.example ? ` (${r.example})` : ''}`).join(', ');
}
