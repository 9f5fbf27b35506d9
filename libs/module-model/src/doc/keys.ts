/**
 * The names inside a module's Y.Doc. The collaboration server, the web editor and the API bind
 * to these; changing one is a data migration.
 *
 *   Y.Doc
 *   ├─ getMap('meta')              { version: 1 }
 *   ├─ getMap('properties')        root <learningObject> attributes: name → raw string
 *   ├─ getArray('propertyOrder')   root attribute names in document order
 *   └─ getArray('pages')           Y.Map per page or chapter (NODE_KEYS below)
 *
 *   node Y.Map
 *   ├─ id          string   stable id: the node's linkID (PG…), or a generated one when it has none
 *   ├─ type        string   element name: page type, `chapter`, sub-item type or unknown element
 *   ├─ attrs       Y.Map<string>          every non-rich-text attribute, raw
 *   ├─ attrOrder   Y.Array<string>        attribute names in document order
 *   ├─ rich        Y.Map<Y.XmlFragment>   rich-text fields by name (`body` for a CDATA body)
 *   ├─ originals   Y.Map<{ html, editorHtml }>  RichText.original per rich-text field
 *   ├─ body        string   raw CDATA of a non-rich body (youtube embed code); absent if none
 *   └─ children    Y.Array<node Y.Map>    sub-items (a chapter's pages), in order
 */
export const DOC_KEYS = {
  meta: 'meta',
  properties: 'properties',
  propertyOrder: 'propertyOrder',
  pages: 'pages',
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
export const DOC_SHAPE_VERSION = 1;
