/**
 * Every size limit of a module, in one place. Values are chosen so real Xerte projects fit: the
 * largest file in the shared corpus is 733 KB because of base64 images inside one page's HTML,
 * so a single rich-text field must hold well over that. Exceeding a limit answers
 * `DomainError('BAD_USER_INPUT')` whose message names the limit (see `limitError`).
 */
import { DomainError } from '@samenwijs/core';
import type { FieldDef } from './registry-types';

export const LIMITS = {
  /** Pages in a module, chapters and the pages inside them counted alike. */
  maxPages: 500,
  /** Direct sub-items of one node (options, nested pages, hotspots…); a chapter's pages count against maxPages. */
  maxChildren: 200,
  /** Nesting below the root: chapter > page > topic > nestedTab > nestedPage is 5. */
  maxDepth: 6,
  /** Attributes on one node (Xerte's root alone declares ≈220 optional properties). */
  maxAttributes: 300,
  /** Length of an attribute name. */
  maxAttributeName: 100,
  /** HTML of one rich-text field (editor HTML and the preserved original each), in characters. */
  maxRichTextHtml: 2 * 1024 * 1024,
  /** A raw CDATA body that is not rich text (embed code). */
  maxBody: 100_000,
  /** Default longest value per field kind, in characters (a field's own `maxLength` wins). */
  maxPlainText: 10_000,
  maxScript: 100_000,
  maxDataGrid: 200_000,
  maxMedia: 2_048,
  maxShortValue: 256,
  /** Any attribute nobody declared (kept for round trips; may hold HTML or data URLs). */
  maxUnknownAttribute: 2 * 1024 * 1024,
  /** All text of a module together: attributes, rich text, originals and bodies. */
  maxModuleText: 32 * 1024 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

/** The error for an exceeded limit: code BAD_USER_INPUT, `reason` = the limit's name. */
export function limitError(limit: LimitName, what: string, detail?: string): DomainError {
  return new DomainError(
    'BAD_USER_INPUT',
    `${what}: exceeds the limit ${limit} (${LIMITS[limit]})${detail ? `: ${detail}` : ''}`,
    what,
    undefined,
    limit,
  );
}

/** The limit of a field's kind: what any value of that kind may hold. */
export function kindMaxLength(field: FieldDef | undefined): { max: number; limit: LimitName } {
  switch (field?.kind) {
    case undefined:
      return { max: LIMITS.maxUnknownAttribute, limit: 'maxUnknownAttribute' };
    case 'richText':
      return { max: LIMITS.maxRichTextHtml, limit: 'maxRichTextHtml' };
    case 'script':
      return { max: LIMITS.maxScript, limit: 'maxScript' };
    case 'dataGrid':
      return { max: LIMITS.maxDataGrid, limit: 'maxDataGrid' };
    case 'media':
      return { max: LIMITS.maxMedia, limit: 'maxMedia' };
    case 'boolean':
    case 'choice':
    case 'number':
    case 'colour':
    case 'pageRef':
      return { max: LIMITS.maxShortValue, limit: 'maxShortValue' };
    default:
      return { max: LIMITS.maxPlainText, limit: 'maxPlainText' };
  }
}

/**
 * Throws BAD_USER_INPUT when a value is too long for its field: the field's own `maxLength` for
 * what an author sets, the kind's limit (or a larger `maxLength`) for what an import holds.
 */
export function checkLength(field: FieldDef | undefined, value: string, what: string, source: 'author' | 'import'): void {
  const kind = kindMaxLength(field);
  const own = field?.maxLength;
  if (own !== undefined && (source === 'author' || own > kind.max)) {
    if (value.length > own) throw new DomainError('BAD_USER_INPUT', `${what}: longer than ${own} characters`, what, undefined, 'too_long');
    return;
  }
  if (value.length > kind.max) throw limitError(kind.limit, what, `${value.length} characters`);
}
