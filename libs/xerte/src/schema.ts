import type { FieldDef, NodeTypeDef } from '@samenwijs/module-model';

/**
 * What the Xerte mapping needs to know about a node type, derived once from the page-type
 * registry of `@samenwijs/module-model`: which attributes hold entity-escaped HTML, whether the
 * node's CDATA body is rich text or script, and which attributes are media references.
 * Anything the registry does not declare is "unknown" and kept verbatim.
 */
export interface NodeShape {
  type: string;
  /** Attributes stored as entity-escaped HTML, lifted into `richText`. */
  richAttributes: ReadonlySet<string>;
  /**
   * Plain attributes whose value is HTML (Xerte's one-line wysiwyg inputs: titles, labels): kept
   * raw, made safe in place.
   */
  htmlAttributes: ReadonlySet<string>;
  /** Media references (`FileLocation + 'media/…'` or a URL); validated on import. */
  mediaAttributes: ReadonlySet<string>;
  /** The CDATA body: rich text (lifted into `richText.body`) or script/embed code (kept raw). */
  body?: 'richText' | 'script';
  /** Sub-item element types declared as children. */
  childTypes: ReadonlySet<string>;
  /**
   * The shape of each declared child, as this node declares it: an element name may mean
   * something else under another parent (`morphImages` > `hotspot` is a zoom region).
   */
  children: ReadonlyMap<string, NodeShape>;
  /** Position of each declared field (the registry's order, which follows Xerte's wizard). */
  fieldOrder: ReadonlyMap<string, number>;
}

export interface XerteSchema {
  root: NodeShape;
  page(type: string): NodeShape | undefined;
  /** The shared shape of a sub-item element name; a node's own shape comes from its parent's `children` (`shapeAt`). */
  subItem(type: string): NodeShape | undefined;
}

/**
 * The shape of one declaration, without its children's shapes (`buildSchema` links those).
 * `asRoot`: the module root has no `richText` (ModuleJson keeps root attributes raw), so its
 * rich-text fields are treated as HTML-valued plain attributes.
 */
export function shapeOf(def: NodeTypeDef, asRoot = false): NodeShape & { children: Map<string, NodeShape> } {
  const rich = new Set<string>();
  const media = new Set<string>();
  const html = new Set<string>();
  let body: NodeShape['body'];
  for (const field of def.fields as FieldDef[]) {
    if (field.storage === 'body' || field.name === 'body') {
      if (field.kind === 'richText') body = 'richText';
      else if (field.kind === 'script') body = 'script';
      continue;
    }
    if (field.kind === 'richText') (asRoot ? html : rich).add(field.name);
    else if (field.kind === 'media') media.add(field.name);
    else if (field.kind === 'plainText' && field.html) html.add(field.name);
  }
  return {
    type: def.type,
    richAttributes: rich,
    htmlAttributes: html,
    mediaAttributes: media,
    body,
    childTypes: new Set((def.children ?? []).map((c) => c.type)),
    children: new Map(),
    fieldOrder: new Map(def.fields.map((field, index) => [field.name, index])),
  };
}

/**
 * `subItems` are the shared sub-item declarations by element name; a child that brings its own
 * declaration (`ChildDef.def`) gets its own shape under that parent only.
 */
export function buildSchema(options: { pages: readonly NodeTypeDef[]; subItems: readonly NodeTypeDef[]; root?: NodeTypeDef }): XerteSchema {
  const shared = new Map(options.subItems.map((def) => [def.type, def]));
  const shapes = new Map<NodeTypeDef, NodeShape>();
  const shape = (def: NodeTypeDef): NodeShape => {
    const known = shapes.get(def);
    if (known) return known;
    const made = shapeOf(def);
    shapes.set(def, made);
    for (const child of def.children ?? []) {
      const childDef = child.def ?? shared.get(child.type);
      if (childDef) made.children.set(child.type, shape(childDef));
    }
    return made;
  };
  const pages = new Map(options.pages.map((def) => [def.type, shape(def)]));
  const subItems = new Map(options.subItems.map((def) => [def.type, shape(def)]));
  const root = options.root ? shapeOf(options.root, true) : ROOT_FALLBACK;
  return {
    root,
    page: (type) => pages.get(type),
    subItem: (type) => subItems.get(type),
  };
}

/**
 * Root (`<learningObject>`) attributes that Xerte's player resolves as media (`x_evalURL`),
 * from `basic.xwd`; used when the registry declares no root node type.
 */
const ROOT_FALLBACK: NodeShape = {
  type: 'learningObject',
  richAttributes: new Set(),
  // TextInput wysiwyg="true" and TextArea properties of basic.xwd: HTML, but the module's root has no richText.
  htmlAttributes: new Set(['name', 'introCaption', 'introBtnTxt', 'menuText', 'intro', 'resourceText', 'resourceCompletionWarningTxt', 'notes']),
  mediaAttributes: new Set([
    'background', 'controller', 'ic', 'introFile', 'introImg', 'introVideo', 'media', 'mediaImage', 'mediaTranscript', 'menuImage',
    'metaThumbnail', 'nfo', 'sideBarLogo', 'splashVideo', 'stylesheet', 'tcimage', 'wcagLink',
  ]),
  childTypes: new Set(),
  children: new Map(),
  fieldOrder: new Map(),
};

/** A schema that knows no types: everything is kept verbatim (used before the registry exists and in tests). */
export const EMPTY_SCHEMA: XerteSchema = { root: ROOT_FALLBACK, page: () => undefined, subItem: () => undefined };

/**
 * The shape of an element given where it sits: the root, a page (child of the root or of a
 * chapter), or a sub-item as its parent declares it (undefined when the parent does not declare
 * it: kept verbatim). Pass the parent's shape; a parent given by element name is looked up by
 * that name (its shared shape), which is exact unless the parent is itself a sub-item with a
 * declaration of its own.
 */
export function shapeAt(schema: XerteSchema, type: string, depth: number, parent: NodeShape | string | undefined): NodeShape | undefined {
  if (depth === 0) return schema.root;
  const parentType = typeof parent === 'string' ? parent : parent?.type;
  if (depth === 1 || (depth === 2 && parentType === 'chapter')) return type === 'chapter' ? schema.page('chapter') ?? schema.subItem('chapter') : schema.page(type);
  const parentShape = typeof parent === 'string' ? schema.page(parent) ?? schema.subItem(parent) : parent;
  return parentShape?.children.get(type);
}
