/**
 * The one page-type registry: every Xerte-compatible page type and sub-item type, declared once
 * (src/page-types/), with the lookups every consumer uses — the Y.Doc operations, the Xerte
 * mapping, the HTML renderer, the editor forms.
 *
 * A page type's `fields` hold its own properties followed by the common page properties of
 * basicPages.xwd (same objects, `COMMON_PAGE_FIELDS`); a sub-item's and a chapter's fields end
 * with `linkID`. Types nobody declared (Xerte has ≈100 page types) are kept verbatim everywhere.
 */
import { BODY_FIELD } from './module-json';
import * as charts from './page-types/charts';
import { COMMON_PAGE_FIELDS, LINK_ID_FIELD, ROOT, ROOT_TYPE } from './page-types/common';
import * as connectors from './page-types/connectors';
import * as interactivity from './page-types/interactivity';
import * as links from './page-types/links';
import * as mediaPages from './page-types/media';
import * as navigators from './page-types/navigators';
import * as structure from './page-types/structure';
import * as textPages from './page-types/text';
import type { FieldDef, NodeTypeDef, PageCategory, PageTypeDef } from './registry-types';

export { COMMON_PAGE_FIELDS, LINK_ID_FIELD, ROOT, ROOT_TYPE } from './page-types/common';

/** The element that groups pages. */
export const CHAPTER_TYPE = 'chapter';

const FAMILIES = [textPages, mediaPages, links, navigators, interactivity, charts, connectors, structure];

/** The order pages are offered in (module namespaces list their exports alphabetically). */
const PAGE_ORDER = [
  'text', 'title', 'bullets', 'columnPage', 'summary', 'orient',
  'textGraphics', 'bleedingImage', 'textVideo', 'youtube', 'pdf', 'thumbnailViewer',
  'nav', 'tabNavExtra', 'tabNav', 'accNav', 'slideshow', 'buttonNav',
  'mcq', 'quiz', 'gapFill', 'dragDropLabel', 'hotspotImage', 'categories', 'timeline', 'textMatch',
  'cMcq', 'connectorHotspotImage', 'table', 'chart', 'links', 'embedDiv', 'chapter',
];

function isPageDef(def: NodeTypeDef): def is PageTypeDef {
  return 'category' in def;
}

function withFields(def: NodeTypeDef, extra: FieldDef[]): FieldDef[] {
  const own = new Set(def.fields.map((f) => f.name));
  return [...def.fields, ...extra.filter((f) => !own.has(f.name))];
}

function collect(): { pages: Record<string, PageTypeDef>; subItems: Record<string, NodeTypeDef> } {
  const pages: Record<string, PageTypeDef> = {};
  const subItems: Record<string, NodeTypeDef> = {};
  for (const family of FAMILIES) {
    for (const def of Object.values(family) as NodeTypeDef[]) {
      if (isPageDef(def)) {
        const extra = def.type === CHAPTER_TYPE ? [LINK_ID_FIELD] : COMMON_PAGE_FIELDS;
        pages[def.type] = Object.freeze({ ...def, fields: withFields(def, extra) });
      } else {
        subItems[def.type] = Object.freeze({ ...def, fields: withFields(def, [LINK_ID_FIELD]) });
      }
    }
  }
  const ordered: Record<string, PageTypeDef> = {};
  for (const type of [...PAGE_ORDER, ...Object.keys(pages).sort()]) if (pages[type] && !ordered[type]) ordered[type] = pages[type];
  return { pages: ordered, subItems };
}

const collected = collect();

/** Page types by element name, chapter included (category `structure`). */
export const PAGE_TYPES: Readonly<Record<string, PageTypeDef>> = Object.freeze(collected.pages);

/** Sub-item types by element name (`option`, `nestedPage`, `hotspot`…). */
export const SUB_ITEM_TYPES: Readonly<Record<string, NodeTypeDef>> = Object.freeze(collected.subItems);

/** Categories in the order the "add page" menu shows them. */
export const PAGE_CATEGORIES: readonly PageCategory[] = ['text', 'media', 'navigators', 'interactivity', 'connectors', 'charts', 'links', 'structure'];

export function pageType(type: string): PageTypeDef | undefined {
  return Object.prototype.hasOwnProperty.call(PAGE_TYPES, type) ? PAGE_TYPES[type] : undefined;
}

export function subItemType(type: string): NodeTypeDef | undefined {
  return Object.prototype.hasOwnProperty.call(SUB_ITEM_TYPES, type) ? SUB_ITEM_TYPES[type] : undefined;
}

/**
 * The declaration of any node: the root, a page type, or a sub-item type. Element names are
 * unique across pages and sub-items, so the position is not needed; a page-level element that is
 * not a page type (or vice versa) simply finds nothing.
 */
export function nodeType(type: string): NodeTypeDef | undefined {
  if (type === ROOT_TYPE) return ROOT;
  return pageType(type) ?? subItemType(type);
}

export function isPageType(type: string): boolean {
  return pageType(type) !== undefined;
}

/** A node's field declaration, common page fields included. */
export function fieldDef(type: string, name: string): FieldDef | undefined {
  return nodeType(type)?.fields.find((f) => f.name === name);
}

/**
 * Whether `name` is lifted into `NodeJson.richText` for a node of this type: attribute HTML
 * (Xerte TextArea) or the CDATA body. Unknown types and fields are never rich text.
 */
export function isRichTextField(type: string, name: string): boolean {
  if (type === ROOT_TYPE) return false;
  return fieldDef(type, name)?.kind === 'richText';
}

/** The rich-text fields of a type, attribute fields and body alike. */
export function richTextFields(type: string): FieldDef[] {
  if (type === ROOT_TYPE) return [];
  return nodeType(type)?.fields.filter((f) => f.kind === 'richText') ?? [];
}

/** The CDATA body of a type (`storage: 'body'`), rich text or script. */
export function bodyField(type: string): FieldDef | undefined {
  return nodeType(type)?.fields.find((f) => f.storage === 'body' || f.name === BODY_FIELD);
}

/** Whether a child of this element name may be added under a parent of that type (`ROOT_TYPE` for the top). */
export function allowedChildTypes(parentType: string): string[] {
  if (parentType === ROOT_TYPE) return Object.keys(PAGE_TYPES);
  if (parentType === CHAPTER_TYPE) return Object.keys(PAGE_TYPES).filter((t) => t !== CHAPTER_TYPE);
  return (nodeType(parentType)?.children ?? []).map((c) => c.type);
}

/** The declared bounds of a child type under a parent type. */
export function childDef(parentType: string, childType: string): { type: string; min?: number; max?: number } | undefined {
  return nodeType(parentType)?.children?.find((c) => c.type === childType);
}

/** Page types offered for new pages: not legacy, not the chapter. */
export function offeredPageTypes(): PageTypeDef[] {
  return Object.values(PAGE_TYPES).filter((def) => !def.legacy && def.type !== CHAPTER_TYPE);
}
