/**
 * The names inside a module's Y.Doc. The collaboration server, the web editor and the API bind
 * to these; changing one is a data migration.
 *
 *   Y.Doc
 *   ├─ getMap('meta')              { version: 2 }
 *   ├─ getMap('properties')        root <learningObject> attributes: name → raw string
 *   ├─ getArray('propertyOrder')   root attribute names in document order
 *   ├─ getMap('nodes')             every page, chapter and sub-item: key → node Y.Map
 *   └─ getArray('pageKeys')        keys of the top-level pages and chapters, in order
 *
 *   node Y.Map
 *   ├─ id          string   stable id: the node's linkID (PG…), or a generated one when it has none
 *   ├─ type        string   element name: page type, `chapter`, sub-item type or unknown element
 *   ├─ attrs       Y.Map<string>          every non-rich-text attribute, raw
 *   ├─ attrOrder   Y.Array<string>        attribute names in document order
 *   ├─ rich        Y.Map<Y.XmlFragment>   rich-text fields by name (`body` for a CDATA body)
 *   ├─ originals   Y.Map<{ html, editorHtml }>  RichText.original per rich-text field
 *   ├─ body        string   raw CDATA of a non-rich body (youtube embed code); absent if none
 *   └─ children    Y.Array<string>        keys of the sub-items (a chapter's pages), in order
 *
 * Why content and order live apart: Yjs cannot move a shared type, so a tree of nested arrays
 * moves a page by deleting it and inserting a copy, and whatever a co-author types in the page
 * at that moment lands in the deleted original. Here a move only moves a key; the node, and
 * every keystroke in it, stays where it is. A key is unique across replicas (the writer's
 * client id and a counter); the node's `id` (its linkID) is what the API addresses.
 *
 * Shape 1 (until 2026-11) nested the node maps in `getArray('pages')`; `upgradeModuleDoc`
 * moves such content into this shape.
 */
export const DOC_KEYS = {
  meta: 'meta',
  properties: 'properties',
  propertyOrder: 'propertyOrder',
  nodes: 'nodes',
  pageKeys: 'pageKeys',
  /** Shape 1's nested page tree; read only to upgrade it. */
  legacyPages: 'pages',
} as const;

export const NODE_KEYS = {
  id: 'id',
  type: 'type',
  attrs: 'attrs',
  attrOrder: 'attrOrder',
  rich: 'rich',
  originals: 'originals',
  body: 'body',
  children: 'children',
} as const;

/** Bumped when the shape changes; written by `createModule` and `moduleToDoc`. */
export const DOC_SHAPE_VERSION = 2;
