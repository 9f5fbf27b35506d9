/** Values the document's attributes may hold; the parser and the serialiser apply the same rules. */

/** A Xerte page id as used in page links (`PG1234567890`, linkIDs are plain tokens). */
export const PAGE_ID = /^[A-Za-z0-9_.:-]+$/;

/** A code block's language, written as `class="language-…"`. */
export const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]+$/;

/** `<ol type>` values; `1` is the default and not stored. */
export const ORDERED_LIST_TYPES = new Set<unknown>(['1', 'a', 'A', 'i', 'I']);

const DIMENSION = /^\d+(?:\.\d+)?%?$/;

/** Image and video sizes: `300`, `300px` → `300`; `50%` stays; anything else is dropped. */
export function dimension(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? String(value) : null;
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase().replace(/px$/, '');
  return DIMENSION.test(v) ? v : null;
}
