/**
 * The one page-type registry: every Xerte-compatible page type and sub-item type, declared once
 * (src/page-types/), with the lookups every consumer uses — the Y.Doc operations, the Xerte
 * mapping, the HTML renderer, the editor forms.
 *
 * A page type's `fields` hold its own properties followed by the common page properties of
 * basicPages.xwd (same objects, `COMMON_PAGE_FIELDS`); a sub-item's and a chapter's fields end
 * with `linkID`. Types nobody declared (Xerte has ≈100 page types) are kept verbatim everywhere.
 *
 * A sub-item is resolved in the context of its parent: the parent's `children` say which element
 * names it holds, and a child may bring its own declaration (`ChildDef.def`) where an element
 * name means something else than elsewhere (`morphImages` > `hotspot` is a zoom region, not the
 * labelled `hotspot` of `dragDropLabel`). `childType(parent, type)` and `nodeTypeAt(path)` do
 * that; `nodeType(type)` gives the shared declaration of a name.
 */
import { BODY_FIELD } from './module-json';
import * as charts from './page-types/charts';
import { COMMON_PAGE_FIELDS, LINK_ID_FIELD, ROOT, ROOT_TYPE } from './page-types/common';
import * as connectors from './page-types/connectors';
import * as games from './page-types/games';
import * as interactivity from './page-types/interactivity';
import * as links from './page-types/links';
import * as mediaPages from './page-types/media';
import * as navigators from './page-types/navigators';
import * as structure from './page-types/structure';
import * as textPages from './page-types/text';
import type { ChildDef, FieldDef, NodeTypeDef, PageCategory, PageTypeDef } from './registry-types';

export { COMMON_PAGE_FIELDS, LINK_ID_FIELD, ROOT, ROOT_TYPE } from './page-types/common';

/** The element that groups pages. */
export const CHAPTER_TYPE = 'chapter';

const FAMILIES = [textPages, mediaPages, links, navigators, interactivity, games, charts, connectors, structure];

/** The order pages are offered in (module namespaces list their exports alphabetically). */
const PAGE_ORDER = [
  'text', 'title', 'bullets', 'columnPage', 'summary', 'orient',
  'textGraphics', 'bleedingImage', 'textVideo', 'youtube', 'pdf', 'thumbnailViewer', 'morphImages',
  'nav', 'tabNavExtra', 'tabNav', 'accNav', 'slideshow', 'buttonNav',
  'mcq', 'quiz', 'gapFill', 'dragDropLabel', 'hotspotImage', 'categories', 'timeline', 'textMatch',
  'grid', 'textHighlight', 'wordsearch',
  'cMcq', 'connectorHotspotImage', 'table', 'chart', 'links', 'embedDiv', 'chapter',
];

function isPageDef(def: NodeTypeDef): def is PageTypeDef {
  return 'category' in def;
}

function withFields(def: NodeTypeDef, extra: FieldDef[]): FieldDef[] {
  const own = new Set(def.fields.map((f) => f.name));
  return [...def.fields, ...extra.filter((f) => !own.has(f.name))];
}

interface Collected {
  pages: Record<string, PageTypeDef>;
  subItems: Record<string, NodeTypeDef>;
  /** Sub-item declarations that hold only under one parent (`ChildDef.def`). */
  contextual: NodeTypeDef[];
}

function collect(): Collected {
  const pages: Record<string, PageTypeDef> = {};
  const subItems: Record<string, NodeTypeDef> = {};
  const contextual: NodeTypeDef[] = [];
  // A sub-item: its fields end with linkID; the declarations its children bring are collected too.
  const subItem = (def: NodeTypeDef): NodeTypeDef => Object.freeze({ ...def, fields: withFields(def, [LINK_ID_FIELD]), ...ownChildren(def) });
  function ownChildren(def: NodeTypeDef): Pick<NodeTypeDef, 'children'> {
    if (!def.children) return {};
    const children = def.children.map((child): ChildDef => {
      if (!child.def) return child;
      if (child.def.type !== child.type) throw new Error(`${def.type} > ${child.type}: its declaration is a ${child.def.type}`);
      const own = subItem(child.def);
      contextual.push(own);
      return Object.freeze({ ...child, def: own });
    });
    return { children };
  }
  for (const family of FAMILIES) {
    for (const def of Object.values(family) as NodeTypeDef[]) {
      if (pages[def.type] || subItems[def.type]) throw new Error(`${def.type} is declared twice`);
      if (isPageDef(def)) {
        const extra = def.type === CHAPTER_TYPE ? [LINK_ID_FIELD] : COMMON_PAGE_FIELDS;
        pages[def.type] = Object.freeze({ ...def, fields: withFields(def, extra), ...ownChildren(def) });
      } else {
        subItems[def.type] = subItem(def);
      }
    }
  }
  const ordered: Record<string, PageTypeDef> = {};
  for (const type of [...PAGE_ORDER, ...Object.keys(pages).sort()]) if (pages[type] && !ordered[type]) ordered[type] = pages[type];
  return { pages: ordered, subItems, contextual };
}

const collected = collect();

/** Page types by element name, chapter included (category `structure`). */
export const PAGE_TYPES: Readonly<Record<string, PageTypeDef>> = Object.freeze(collected.pages);

/**
 * The shared sub-item declarations by element name (`option`, `nestedPage`, `hotspot`…): what a
 * child of that name is under every parent that does not bring its own declaration. Resolve a
 * node's declaration with `childType` / `nodeTypeAt`, not here.
 */
export const SUB_ITEM_TYPES: Readonly<Record<string, NodeTypeDef>> = Object.freeze(collected.subItems);

/** Every sub-item declaration: the shared ones, then those that hold under one parent only. */
export const SUB_ITEM_DECLARATIONS: readonly NodeTypeDef[] = Object.freeze([...Object.values(collected.subItems), ...collected.contextual]);

/** Categories in the order the "add page" menu shows them. */
export const PAGE_CATEGORIES: readonly PageCategory[] = ['text', 'media', 'navigators', 'interactivity', 'connectors', 'charts', 'links', 'structure'];

export function pageType(type: string): PageTypeDef | undefined {
  return Object.prototype.hasOwnProperty.call(PAGE_TYPES, type) ? PAGE_TYPES[type] : undefined;
}

/** The shared declaration of a sub-item element name (see `SUB_ITEM_TYPES`). */
export function subItemType(type: string): NodeTypeDef | undefined {
  return Object.prototype.hasOwnProperty.call(SUB_ITEM_TYPES, type) ? SUB_ITEM_TYPES[type] : undefined;
}

/**
 * The shared declaration of an element name: the root, a page type, or a sub-item's shared
 * declaration. A node's own declaration depends on its parent (`morphImages` > `hotspot` is not
 * `nodeType('hotspot')`): resolve sub-items with `childType(parent, type)` or `nodeTypeAt(path)`.
 */
export function nodeType(type: string): NodeTypeDef | undefined {
  if (type === ROOT_TYPE) return ROOT;
  return pageType(type) ?? subItemType(type);
}

/** A node type given by its element name (its shared declaration) or by its declaration. */
export type TypeRef = string | NodeTypeDef;

function declarationOf(ref: TypeRef): NodeTypeDef | undefined {
  return typeof ref === 'string' ? nodeType(ref) : ref;
}

const nameOf = (ref: TypeRef): string => (typeof ref === 'string' ? ref : ref.type);

/**
 * The declaration of a `type` child under a parent (`ROOT_TYPE` or `ROOT` for the top level):
 * a page type at the top level and in a chapter, else the child the parent declares — with the
 * declaration it brings, or the shared one of that name. `undefined` when the parent does not
 * declare such a child (or is unknown): the child is then kept verbatim, like an unknown type.
 * Pass the parent's declaration (not its name) below a sub-item that has its own declaration.
 */
export function childType(parent: TypeRef, type: string): NodeTypeDef | undefined {
  const parentName = nameOf(parent);
  if (parentName === ROOT_TYPE) return pageType(type);
  if (parentName === CHAPTER_TYPE) return type === CHAPTER_TYPE ? undefined : pageType(type);
  const child = declarationOf(parent)?.children?.find((c) => c.type === type);
  if (!child) return undefined;
  return child.def ?? subItemType(type);
}

/**
 * The declaration of the node at the end of a path of element names from the top level
 * (`['morphImages', 'hotspot']`, `['chapter', 'quiz', 'question', 'option']`); `[]` is the root.
 */
export function nodeTypeAt(path: readonly string[]): NodeTypeDef | undefined {
  let def: NodeTypeDef | undefined = ROOT;
  for (const type of path) {
    def = childType(def, type);
    if (!def) return undefined;
  }
  return def;
}

/** Whether any declaration (root, page type, shared or parent-specific sub-item) uses this element name. */
export function isKnownElement(type: string): boolean {
  return nodeType(type) !== undefined || SUB_ITEM_DECLARATIONS.some((def) => def.type === type);
}

export function isPageType(type: string): boolean {
  return pageType(type) !== undefined;
}

/** A node's field declaration, common page fields included. */
export function fieldDef(type: TypeRef, name: string): FieldDef | undefined {
  return declarationOf(type)?.fields.find((f) => f.name === name);
}

/**
 * Whether `name` is lifted into `NodeJson.richText` for a node of this type: attribute HTML
 * (Xerte TextArea) or the CDATA body. Unknown types and fields are never rich text.
 */
export function isRichTextField(type: TypeRef, name: string): boolean {
  if (nameOf(type) === ROOT_TYPE) return false;
  return fieldDef(type, name)?.kind === 'richText';
}

/** The rich-text fields of a type, attribute fields and body alike. */
export function richTextFields(type: TypeRef): FieldDef[] {
  if (nameOf(type) === ROOT_TYPE) return [];
  return declarationOf(type)?.fields.filter((f) => f.kind === 'richText') ?? [];
}

/** The CDATA body of a type (`storage: 'body'`), rich text or script. */
export function bodyField(type: TypeRef): FieldDef | undefined {
  return declarationOf(type)?.fields.find((f) => f.storage === 'body' || f.name === BODY_FIELD);
}

/** Whether a child of this element name may be added under a parent of that type (`ROOT_TYPE` for the top). */
export function allowedChildTypes(parent: TypeRef): string[] {
  const parentName = nameOf(parent);
  if (parentName === ROOT_TYPE) return Object.keys(PAGE_TYPES);
  if (parentName === CHAPTER_TYPE) return Object.keys(PAGE_TYPES).filter((t) => t !== CHAPTER_TYPE);
  return (declarationOf(parent)?.children ?? []).map((c) => c.type);
}

/** The declared bounds of a child type under a parent type. */
export function childDef(parent: TypeRef, type: string): ChildDef | undefined {
  return declarationOf(parent)?.children?.find((c) => c.type === type);
}

/** Page types offered for new pages: not legacy, not the chapter. */
export function offeredPageTypes(): PageTypeDef[] {
  return Object.values(PAGE_TYPES).filter((def) => !def.legacy && def.type !== CHAPTER_TYPE);
}
