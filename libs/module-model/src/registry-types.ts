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
 *   `storage: 'body'` = the node's CDATA text (field name is then `body`). Lifted out of the
 *   attributes into `NodeJson.richText` and edited as a collaborative rich-text fragment.
 * - `plainText`: a single- or multi-line string attribute (`multiline`: newlines as &#10;).
 *   With `html: true` the stored value is HTML (Xerte's one-line "wysiwyg" TextInput, e.g. a
 *   page title or a button label, and the root's text areas): it stays a raw attribute, the
 *   editor shows it as text, and every reader must treat it as untrusted HTML.
 * - `script`: code or embed markup kept as text (youtube CDATA, embedDiv@src); never run by us.
 * - `media`: `FileLocation + 'media/…'` or an http(s) URL.
 * - `boolean`: "true" / "false".
 * - `choice`: one of `options` (stored value = option value).
 * - `number`: a decimal number stored as a string.
 * - `dataGrid`: rows joined by `||`, cells by `|`, with `columns` names.
 * - `colour`: `0xRRGGBB` (Xerte's ColourPicker); may be empty.
 * - `pageRef`: the `linkID` (or author-set `pageID`) of another page, e.g. a connector's
 *   `destination`; Xerte's pageList also allows relative targets such as `next`.
 */
export type FieldKind =
  | 'richText'
  | 'plainText'
  | 'script'
  | 'media'
  | 'boolean'
  | 'choice'
  | 'number'
  | 'dataGrid'
  | 'colour'
  | 'pageRef';

export interface ChoiceOption {
  value: string;
  label: Labels;
}

export interface FieldDef {
  /** Xerte attribute name (or `body` for a CDATA field). */
  name: string;
  kind: FieldKind;
  label: Labels;
  storage?: 'attribute' | 'body';
  /** For plainText: newlines allowed. */
  multiline?: boolean;
  /** For plainText: the stored value is HTML (see FieldKind). */
  html?: boolean;
  /** For choice. */
  options?: ChoiceOption[];
  /**
   * For choice: further stored values Xerte itself writes for this field (e.g. its newNodes
   * template writes `align="right"` where the options say `Right`). Accepted, not offered.
   */
  acceptedValues?: string[];
  /** For dataGrid. */
  columns?: Labels[];
  /** For number. */
  min?: number;
  max?: number;
  step?: number;
  /** Written when a node is created (Xerte's `newNodes` defaults). */
  default?: string;
  /**
   * The default for a module in that language, for Xerte's language strings (button labels,
   * feedback texts) and placeholder titles; `default` is what Xerte's English editor writes.
   */
  localizedDefault?: Labels;
  /**
   * Xerte's `defaultValue` for a property that is not written at creation: the value the
   * editor proposes when the author adds the (optional) property.
   */
  whenAdded?: string;
  /** Xerte marks the property optional: absent unless the author adds it. */
  optional?: boolean;
  /** Xerte marks the property deprecated: kept on import and export, not offered in forms. */
  deprecated?: boolean;
  /** Maintained by the model itself (e.g. `linkID`); `setField` refuses it. */
  readOnly?: boolean;
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
  /**
   * The sub-item's own declaration under this parent, for an element name that means something
   * else here than elsewhere (a `morphImages` page's `hotspot` is its zoom region, not the
   * labelled hotspot of `dragDropLabel`). Without it, the shared declaration of the element name
   * (`SUB_ITEM_TYPES`) applies. Resolve children with `childType(parent, type)`, never by name alone.
   */
  def?: NodeTypeDef;
}

export interface NodeTypeDef {
  /** Xerte element name. */
  type: string;
  label: Labels;
  fields: FieldDef[];
  /** Sub-item element types this node may hold, in the editor's order. */
  children?: ChildDef[];
  /** Sub-items created with a new node (Xerte's newNodes template nests them, e.g. `table` > `tableData`). */
  initialChildren?: string[];
}

export type PageCategory = 'text' | 'media' | 'navigators' | 'interactivity' | 'connectors' | 'charts' | 'links' | 'structure';

export interface PageTypeDef extends NodeTypeDef {
  description: Labels;
  category: PageCategory;
  /** An icon name from the web app's icon set (lucide names). */
  icon: string;
  /** Deprecated in Xerte's editor but common in real projects: import/export, not offered for new pages. */
  legacy?: boolean;
}
