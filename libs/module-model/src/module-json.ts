/**
 * The plain JSON form of a learning module: what the Y.Doc serialises to and from, what the
 * Xerte mapping reads and writes, and what the CLI converts to. It mirrors Xerte's node
 * tree so that nothing is lost: every node keeps all its attributes (raw strings, as Xerte
 * writes them after XML decoding) and its children in order; rich-text fields are lifted out
 * into editor-schema HTML.
 *
 *   ModuleJson
 *   ├─ attributes      root <learningObject> attributes (title = `name`, `language`, …, kept all)
 *   └─ pages[]         NodeJson: a page (element name = page type) or a `chapter` holding pages
 *        ├─ attributes  every attribute except the rich-text ones, raw (linkID, name, booleans…)
 *        ├─ richText    rich-text fields by name: attr-HTML fields, and `body` for CDATA pages
 *        ├─ body        the raw CDATA of a node whose body is not rich text (youtube embed code)
 *        └─ children[]  sub-items (option, nestedPage, hotspot…) and unknown elements, in order
 */

export const MODULE_JSON_FORMAT = 'samenwijs-module/1' as const;

/** Ordered attribute list; names are unique within a node. */
export type Attributes = [name: string, value: string][];

export interface RichText {
  /** The field's content as HTML of the editor schema (sanitised, canonical). */
  html: string;
  /**
   * What an import held, so an untouched field exports exactly as it came in: `html` is the
   * original HTML with only dangerous constructs removed (scripts, event handlers,
   * `javascript:` URLs; presentation such as `style` kept), valid for as long as the field's
   * editor HTML still equals `editorHtml`. Edited fields export their editor HTML.
   */
  original?: { html: string; editorHtml: string };
}

export interface NodeJson {
  /** Element name: the page type (`text`, `mcq`, `chapter`) or sub-item type (`option`). */
  type: string;
  attributes: Attributes;
  richText?: Record<string, RichText>;
  /** Raw CDATA text of a node whose body is not rich text (e.g. youtube embed code). */
  body?: string;
  children: NodeJson[];
}

export interface ModuleJson {
  format: typeof MODULE_JSON_FORMAT;
  attributes: Attributes;
  pages: NodeJson[];
}

/** The name under which a CDATA rich-text body appears in `richText`. */
export const BODY_FIELD = 'body';

export function getAttribute(node: { attributes: Attributes }, name: string): string | undefined {
  return node.attributes.find(([n]) => n === name)?.[1];
}

export function setAttribute(node: { attributes: Attributes }, name: string, value: string | undefined): void {
  const index = node.attributes.findIndex(([n]) => n === name);
  if (value === undefined) {
    if (index >= 0) node.attributes.splice(index, 1);
  } else if (index >= 0) {
    node.attributes[index] = [name, value];
  } else {
    node.attributes.push([name, value]);
  }
}

/** The HTML to export for a rich-text field: the preserved original while untouched. */
export function exportHtml(value: RichText): string {
  return value.original && value.original.editorHtml === value.html ? value.original.html : value.html;
}
