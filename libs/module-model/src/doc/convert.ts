/**
 * ModuleJson ⇄ Y.Doc. `moduleToDoc` fills a document from the plain form (an import, a restored
 * version, a CLI conversion); `docToModule` reads it back. Reading then writing is the identity
 * for attributes (values and order), bodies, originals and structure; rich text comes back as
 * canonical editor HTML (what `sanitizeHtml` of the editor schema makes of the input).
 */
import { badInput } from '@samenwijs/core';
import * as Y from 'yjs';
import { checkLength, limitError, LIMITS } from '../limits';
import { MODULE_JSON_FORMAT, type Attributes, type ModuleJson, type NodeJson, type RichText } from '../module-json';
import { CHAPTER_TYPE, childType, fieldDef, nodeType, ROOT, type TypeRef } from '../registry';
import type { NodeTypeDef } from '../registry-types';
import { DOC_KEYS, DOC_SHAPE_VERSION, NODE_KEYS } from './keys';
import { newLinkId } from './ids';
import {
  attrOrderOf,
  attrsOf,
  childKeysOf,
  metaOf,
  newNodeKey,
  nodesOf,
  originalsOf,
  pageKeysOf,
  propertiesOf,
  propertyOrderOf,
  resolve,
  richOf,
  typeOf,
  usedIds,
  type NodeMap,
  type StoredOriginal,
} from './nodes';
import { readHtml, writeHtml } from './rich-text';
import { ATTRIBUTE_NAME } from './validate';

// ---------------------------------------------------------------------------------------------
// Limits of a whole ModuleJson, checked before anything is written (a Yjs transaction cannot be
// rolled back).

/** `def`: the node's declaration where it sits (undefined: kept verbatim, every attribute unknown). */
function checkAttributes(attributes: Attributes, def: NodeTypeDef | undefined, what: string, budget: { used: number }): void {
  const seen = new Set<string>();
  for (const [name, value] of attributes) {
    if (typeof name !== 'string' || typeof value !== 'string') throw badInput(what, 'attributes must be [name, value] string pairs', 'bad_attribute');
    if (!ATTRIBUTE_NAME.test(name) || name.length > LIMITS.maxAttributeName) throw badInput(`${what}@${name.slice(0, 100)}`, 'is not a valid attribute name', 'bad_attribute_name');
    if (seen.has(name)) throw badInput(`${what}@${name}`, 'appears twice', 'duplicate_attribute');
    seen.add(name);
    const field = def && fieldDef(def, name);
    // A declared rich-text name arriving raw (not lifted) is HTML of unknown size: kept as unknown.
    checkLength(field && field.kind !== 'richText' ? field : undefined, value, `${what}@${name}`, 'import');
    budget.used += name.length + value.length;
  }
}

function checkNode(node: NodeJson, parent: NodeTypeDef | undefined, depth: number, path: string, budget: { used: number; pages: number }): void {
  if (!node || typeof node.type !== 'string' || !ATTRIBUTE_NAME.test(node.type)) throw badInput(path, 'has no valid element type', 'bad_type');
  if (!Array.isArray(node.attributes) || !Array.isArray(node.children)) throw badInput(path, 'must have attributes and children', 'bad_format');
  if (depth > LIMITS.maxDepth) throw limitError('maxDepth', path, `depth ${depth}`);
  const what = `${path}<${node.type}>`;
  const attributeCount = node.attributes.length + Object.keys(node.richText ?? {}).length;
  if (attributeCount > LIMITS.maxAttributes) throw limitError('maxAttributes', what, `${attributeCount} attributes`);
  const def = parent && childType(parent, node.type);
  checkAttributes(node.attributes, def, what, budget);
  for (const [name, value] of Object.entries(node.richText ?? {})) {
    if (!ATTRIBUTE_NAME.test(name)) throw badInput(`${what}.${name}`, 'is not a valid field name', 'bad_attribute_name');
    if (typeof value?.html !== 'string') throw badInput(`${what}.${name}`, 'has no html', 'bad_rich_text');
    if (value.html.length > LIMITS.maxRichTextHtml) throw limitError('maxRichTextHtml', `${what}.${name}`, `${value.html.length} characters`);
    budget.used += value.html.length;
    if (value.original) {
      if (typeof value.original.html !== 'string' || typeof value.original.editorHtml !== 'string') throw badInput(`${what}.${name}`, 'has a malformed original', 'bad_rich_text');
      if (value.original.html.length > LIMITS.maxRichTextHtml) throw limitError('maxRichTextHtml', `${what}.${name} (original)`, `${value.original.html.length} characters`);
      budget.used += value.original.html.length + value.original.editorHtml.length;
    }
  }
  if (node.body !== undefined) {
    if (typeof node.body !== 'string') throw badInput(`${what}.body`, 'must be text', 'bad_body');
    if (node.body.length > LIMITS.maxBody) throw limitError('maxBody', `${what}.body`, `${node.body.length} characters`);
    budget.used += node.body.length;
  }
  // A chapter's pages are limited by maxPages, not as sub-items.
  const isChapter = depth === 1 && node.type === CHAPTER_TYPE;
  if (!isChapter && node.children.length > LIMITS.maxChildren) throw limitError('maxChildren', what, `${node.children.length} sub-items`);
  if (budget.used > LIMITS.maxModuleText) throw limitError('maxModuleText', 'module', `more than ${LIMITS.maxModuleText} characters`);
  if (isChapter) {
    budget.pages += node.children.length;
    if (budget.pages > LIMITS.maxPages) throw limitError('maxPages', 'module', `more than ${LIMITS.maxPages} pages`);
  }
  node.children.forEach((child, i) => checkNode(child, def, depth + 1, `${what}/${i}`, budget));
}

/** Throws BAD_USER_INPUT (naming the limit) when the module does not fit the limits. */
export function checkModuleLimits(json: ModuleJson): void {
  if (!json || json.format !== MODULE_JSON_FORMAT) throw badInput('module.format', `must be ${MODULE_JSON_FORMAT}`, 'bad_format');
  if (!Array.isArray(json.attributes) || !Array.isArray(json.pages)) throw badInput('module', 'must have attributes and pages', 'bad_format');
  const budget = { used: 0, pages: json.pages.length };
  if (budget.pages > LIMITS.maxPages) throw limitError('maxPages', 'module', `${budget.pages} pages`);
  if (json.attributes.length > LIMITS.maxAttributes) throw limitError('maxAttributes', 'module', `${json.attributes.length} attributes`);
  checkAttributes(json.attributes, ROOT, 'module', budget);
  json.pages.forEach((page, i) => checkNode(page, ROOT, 1, `pages/${i}`, budget));
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes attributes into a map and its order array (both integrated and empty). */
function writeAttributes(map: Y.Map<string>, order: Y.Array<string>, attributes: Attributes): void {
  for (const [name, value] of attributes) map.set(name, value);
  order.push(attributes.map(([name]) => name));
}

/** Chooses the id of each node written (see `claimingIds`). */
export type IdAssigner = (json: NodeJson) => string;

const linkIdOf = (json: NodeJson): string | undefined => json.attributes.find(([name]) => name === 'linkID')?.[1];

/**
 * Ids for nodes being written: a node's own linkID when no node claimed it yet, else a fresh
 * `PG…` id outside `taken`. The linkID attribute itself is always kept as it was.
 */
export function claimingIds(claimed: Set<string>, taken: Set<string>): IdAssigner {
  return (json) => {
    const linkID = linkIdOf(json);
    if (linkID && !claimed.has(linkID)) {
      claimed.add(linkID);
      taken.add(linkID);
      return linkID;
    }
    const id = newLinkId(taken);
    claimed.add(id);
    return id;
  };
}

/** Fills an integrated, empty node map from JSON, its sub-items included. */
export function fillNode(node: NodeMap, json: NodeJson, assignId: IdAssigner): void {
  node.set(NODE_KEYS.id, assignId(json));
  node.set(NODE_KEYS.type, json.type);
  const attrs = node.set(NODE_KEYS.attrs, new Y.Map<string>());
  const order = node.set(NODE_KEYS.attrOrder, new Y.Array<string>());
  writeAttributes(attrs, order, json.attributes);
  const rich = node.set(NODE_KEYS.rich, new Y.Map<Y.XmlFragment>());
  const originals = node.set(NODE_KEYS.originals, new Y.Map<StoredOriginal>());
  for (const [name, value] of Object.entries(json.richText ?? {})) {
    writeHtml(rich.set(name, new Y.XmlFragment()), value.html);
    if (value.original) originals.set(name, { html: value.original.html, editorHtml: value.original.editorHtml });
  }
  if (json.body !== undefined) node.set(NODE_KEYS.body, json.body);
  const children = node.set(NODE_KEYS.children, new Y.Array<string>());
  for (const child of json.children) insertNode(node.doc!, children, children.length, child, assignId);
}

/**
 * Adds a node built from JSON to the document's nodes and its key at raw position `position`
 * of an integrated key array (inside a transaction); returns the node's map.
 */
export function insertNode(doc: Y.Doc, keys: Y.Array<string>, position: number, json: NodeJson, assignId: IdAssigner): NodeMap {
  const key = newNodeKey(doc);
  const node = nodesOf(doc).set(key, new Y.Map<unknown>());
  fillNode(node, json, assignId);
  keys.insert(position, [key]);
  return node;
}

function collectLinkIds(nodes: NodeJson[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    const linkID = linkIdOf(node);
    if (linkID) into.add(linkID);
    collectLinkIds(node.children, into);
  }
  return into;
}

/**
 * Replaces the whole content of `doc` with the module, in one transaction. Checks the limits
 * first and writes nothing when they are exceeded. Each node's id is its linkID; a node without
 * one, or whose linkID an earlier node holds, gets a fresh id that no linkID of the module uses.
 */
export function moduleToDoc(json: ModuleJson, doc: Y.Doc): void {
  checkModuleLimits(json);
  const assignId = claimingIds(new Set(), collectLinkIds(json.pages, new Set()));
  doc.transact(() => {
    const properties = propertiesOf(doc);
    const order = propertyOrderOf(doc);
    const pages = pageKeysOf(doc);
    const nodes = nodesOf(doc);
    const legacy = legacyPagesOf(doc);
    for (const key of [...properties.keys()]) properties.delete(key);
    if (order.length > 0) order.delete(0, order.length);
    if (pages.length > 0) pages.delete(0, pages.length);
    for (const key of [...nodes.keys()]) nodes.delete(key);
    if (legacy && legacy.length > 0) legacy.delete(0, legacy.length);
    metaOf(doc).set('version', DOC_SHAPE_VERSION);
    writeAttributes(properties, order, json.attributes);
    for (const page of json.pages) insertNode(doc, pages, pages.length, page, assignId);
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

function readAttributes(map: Y.Map<string>, order: Y.Array<string> | undefined): Attributes {
  const out: Attributes = [];
  const seen = new Set<string>();
  for (const name of order?.toArray() ?? []) {
    if (seen.has(name)) continue;
    seen.add(name);
    const value = map.get(name);
    if (typeof value === 'string') out.push([name, value]);
  }
  const rest = [...map.keys()].filter((name) => !seen.has(name)).sort();
  for (const name of rest) {
    const value = map.get(name);
    if (typeof value === 'string') out.push([name, value]);
  }
  return out;
}

/** Rich-text field names in declaration order, then any others alphabetically. */
function richNames(def: NodeTypeDef | undefined, names: string[]): string[] {
  const declared = (def?.fields ?? []).map((f) => f.name).filter((n) => names.includes(n));
  return [...declared, ...names.filter((n) => !declared.includes(n)).sort()];
}

/**
 * One node as JSON. `parent`: the parent's declaration or element name (`ROOT` for a top-level
 * page), so a sub-item is read with its own declaration; without it, the shared declaration of
 * the node's element name is used.
 */
export function nodeToJson(node: NodeMap, parent?: TypeRef): NodeJson {
  const type = typeOf(node);
  return nodeToJsonAs(node, parent === undefined ? nodeType(type) : childType(parent, type));
}

/**
 * One node as JSON, read with its declaration where it sits (undefined: nothing declared
 * there). `seen`: shared by a whole traversal, so a node shows once (see `walk`).
 */
export function nodeToJsonAs(node: NodeMap, def: NodeTypeDef | undefined, seen = new Set<string>()): NodeJson {
  const json = fieldsToJson(node, def);
  // Lazily, each child's subtree before the next child: reading order, as `walk` shows it.
  for (const [, child] of resolve(childKeysOf(node), nodesOf(node.doc!), seen)) json.children.push(nodeToJsonAs(child, def && childType(def, typeOf(child)), seen));
  return json;
}

/** A node's own content as JSON, without its sub-items. */
function fieldsToJson(node: NodeMap, def: NodeTypeDef | undefined): NodeJson {
  const type = typeOf(node);
  const json: NodeJson = { type, attributes: readAttributes(attrsOf(node), attrOrderOf(node)), children: [] };
  const rich = richOf(node);
  if (rich && rich.size > 0) {
    const originals = originalsOf(node);
    const richText: Record<string, RichText> = {};
    for (const name of richNames(def, [...rich.keys()])) {
      const fragment = rich.get(name);
      if (!(fragment instanceof Y.XmlFragment)) continue;
      const value: RichText = { html: readHtml(fragment) };
      const original = originals?.get(name);
      if (original && typeof original.html === 'string' && typeof original.editorHtml === 'string') {
        value.original = { html: original.html, editorHtml: original.editorHtml };
      }
      richText[name] = value;
    }
    if (Object.keys(richText).length > 0) json.richText = richText;
  }
  const body = node.get(NODE_KEYS.body);
  if (typeof body === 'string') json.body = body;
  return json;
}

/** The module as JSON. Content still in shape 1 (not upgraded yet) follows the pages. */
export function docToModule(doc: Y.Doc): ModuleJson {
  const seen = new Set<string>();
  const pages: NodeJson[] = [];
  for (const [, page] of resolve(pageKeysOf(doc), nodesOf(doc), seen)) pages.push(nodeToJsonAs(page, childType(ROOT, typeOf(page)), seen));
  return {
    format: MODULE_JSON_FORMAT,
    attributes: readAttributes(propertiesOf(doc), propertyOrderOf(doc)),
    pages: [...pages, ...legacyPagesToJson(doc)],
  };
}

// ---------------------------------------------------------------------------------------------
// Shape 1 (node maps nested in `pages`)

type LegacyNode = Y.Map<unknown>;

/**
 * Shape 1's page array, or null when the document has none. Asking Yjs for a root type creates
 * it; a document of shape 2 must not carry an empty one (memory per open document).
 */
const legacyPagesOf = (doc: Y.Doc): Y.Array<LegacyNode> | null => (doc.share.has(DOC_KEYS.legacyPages) ? doc.getArray<LegacyNode>(DOC_KEYS.legacyPages) : null);

/** The node maps of a shape-1 array (the top level, or a node's `children`). */
const legacyNodes = (array: unknown): LegacyNode[] => (array instanceof Y.Array ? array.toArray().filter((node): node is LegacyNode => node instanceof Y.Map) : []);

function legacyNodeToJson(node: LegacyNode, def: NodeTypeDef | undefined): NodeJson {
  const json = fieldsToJson(node, def);
  for (const child of legacyNodes(node.get(NODE_KEYS.children))) json.children.push(legacyNodeToJson(child, def && childType(def, typeOf(child))));
  return json;
}

function legacyPagesToJson(doc: Y.Doc): NodeJson[] {
  return legacyNodes(legacyPagesOf(doc)).map((page) => legacyNodeToJson(page, childType(ROOT, typeOf(page))));
}

function legacyLinkIds(nodes: LegacyNode[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    const linkID = attrsOf(node)?.get('linkID');
    if (linkID) into.add(linkID);
    legacyLinkIds(legacyNodes(node.get(NODE_KEYS.children)), into);
  }
  return into;
}

/** Whether the document holds content in shape 1, which `upgradeModuleDoc` moves. */
export function hasLegacyContent(doc: Y.Doc): boolean {
  return (legacyPagesOf(doc)?.length ?? 0) > 0;
}

/**
 * Moves content of shape 1 into the current shape, in one transaction: its pages follow the
 * pages the document has (an old offline copy may bring some after the upgrade), keeping their
 * linkIDs as ids unless a page already holds one. Returns whether anything moved.
 *
 * Each node's key comes from its shape-1 map's Yjs item id, so two replicas that upgrade the
 * same content at once (two API instances) write the same keys: their copies of a node
 * collapse into one map entry, and the doubled key in `pageKeys` shows once.
 */
export function upgradeModuleDoc(doc: Y.Doc): boolean {
  if (!hasLegacyContent(doc)) return false;
  const legacyPages = legacyNodes(legacyPagesOf(doc));
  const used = usedIds(doc);
  const assignId = claimingIds(new Set(used), legacyLinkIds(legacyPages, new Set(used)));
  doc.transact(() => {
    // Read every old node before the old array goes.
    const keys = legacyPages.map((page) => upgradeNode(doc, page, childType(ROOT, typeOf(page)), assignId));
    const legacy = legacyPagesOf(doc)!;
    legacy.delete(0, legacy.length);
    pageKeysOf(doc).push(keys);
    metaOf(doc).set('version', DOC_SHAPE_VERSION);
  });
  return true;
}

/** Writes one shape-1 node (and its sub-items) as current nodes; returns its key. */
function upgradeNode(doc: Y.Doc, legacy: LegacyNode, def: NodeTypeDef | undefined, assignId: IdAssigner): string {
  const id = legacy._item?.id;
  const key = id ? `v1.${id.client.toString(36)}.${id.clock.toString(36)}` : newNodeKey(doc);
  const node = nodesOf(doc).set(key, new Y.Map<unknown>());
  fillNode(node, fieldsToJson(legacy, def), assignId); // its ids first, then its sub-items'
  const childKeys = legacyNodes(legacy.get(NODE_KEYS.children)).map((child) => upgradeNode(doc, child, def && childType(def, typeOf(child)), assignId));
  childKeysOf(node).push(childKeys);
  return key;
}
