/**
 * The shape of the one page-type registry. Each Xerte-compatible page type (and each
 * sub-item type such as `option` or `nestedPage`) is declared once; the editor form, the
 * Xerte mapping, the HTML rendering and the limits all read these declarations.
 */

export interface Labels {
  nl: string;
  en: string;
}

/**
 * How a field is stored in Xerte and shown in the editor.
 * - `richText`: HTML; `storage: 'attribute'` = entity-escaped HTML in an attribute,
 *   `storage: 'body'` = the node's CDATA text (field name is then `body`).
 * - `plainText`: a single- or multi-line string attribute (`multiline`: newlines as &#10;).
 * - `script`: code or embed markup kept as text (youtube CDATA, embedDiv@src); never run by us.
 * - `media`: `FileLocation + 'media/…'` or an http(s) URL.
 * - `boolean`: "true" / "false".
 * - `choice`: one of `options` (stored value = option value).
 * - `number`: a decimal number stored as a string.
 * - `dataGrid`: rows joined by `||`, cells by `|`, with `columns` names.
 */
export type FieldKind = 'richText' | 'plainText' | 'script' | 'media' | 'boolean' | 'choice' | 'number' | 'dataGrid';

export interface FieldDef {
  /** Xerte attribute name (or `body` for a CDATA field). */
  name: string;
  kind: FieldKind;
  label: Labels;
  storage?: 'attribute' | 'body';
  /** For plainText: newlines allowed. */
  multiline?: boolean;
  /** For choice. */
  options?: { value: string; label: Labels }[];
  /** For dataGrid. */
  columns?: Labels[];
  /** For number. */
  min?: number;
  max?: number;
  /** Written when a node is created (Xerte's `newNodes` defaults). */
  default?: string;
  /** Must be filled before publishing (e.g. alt text for an image). */
  required?: boolean;
  /** For media: the field holding its alternative text. */
  altField?: string;
  /** Longest value accepted, in characters (defaults per kind in limits.ts). */
  maxLength?: number;
}

export interface ChildDef {
  /** Element name of the sub-item, e.g. `option`. */
  type: string;
  min?: number;
  max?: number;
}

export interface NodeTypeDef {
  /** Xerte element name. */
  type: string;
  label: Labels;
  fields: FieldDef[];
  /** Sub-item element types this node may hold, in the editor's order. */
  children?: ChildDef[];
}

export type PageCategory = 'text' | 'media' | 'navigators' | 'interactivity' | 'connectors' | 'charts' | 'links' | 'structure';

export interface PageTypeDef extends NodeTypeDef {
  description: Labels;
  category: PageCategory;
  /** An icon name from the web app's icon set. */
  icon: string;
  /** Deprecated in Xerte's editor but common in real projects: import/export, not offered for new pages. */
  legacy?: boolean;
}
