/**
 * Operations on a module's Y.Doc: pure functions, each one transaction, each checking the
 * registry and the limits before it writes. Nodes are addressed by id (`NODE_KEYS.id`); the
 * module root by `null`.
 *
 * Moving moves the node's key between key arrays; the node itself stays, so what another author
 * types in it at that moment is kept. Two authors moving the same node at once leave its key in
 * two places, and the document shows it at the first (see `walk`); the next move or removal of
 * it clears the others.
 */
import { badInput } from '@samenwijs/core';
import * as Y from 'yjs';
import { limitError, LIMITS } from '../limits';
import { type NodeJson } from '../module-json';
import { allowedChildTypes, CHAPTER_TYPE, childDef, childType, fieldDef, isKnownElement, isPageType, nodeType, nodeTypeAt, ROOT, ROOT_TYPE, type TypeRef } from '../registry';
import type { FieldDef, NodeTypeDef } from '../registry-types';
import { htmlToPlainText } from '../text';
import { claimingIds, insertNode, nodeToJsonAs } from './convert';
import { newLinkId } from './ids';
import { DOC_SHAPE_VERSION, NODE_KEYS } from './keys';
import {
  attrOrderOf,
  attrsOf,
  childKeysOf,
  childrenOf,
  idOf,
  metaOf,
  newNodeKey,
  nodesOf,
  originalsOf,
  pageKeysOf,
  propertiesOf,
  propertyOrderOf,
  rawPosition,
  requireNode,
  richOf,
  subtreeHeight,
  subtreeSize,
  tidyKeys,
  topNodes,
  typeOf,
  typePath,
  unlinkKey,
  usedIds,
  walk,
  type Located,
  type NodeMap,
} from './nodes';
import { readHtml, writeHtml } from './rich-text';
import { validateFieldValue } from './validate';

/** `null` addresses the module root (its properties, its top-level pages). */
export type NodeRef = string | null;

export type ContentLanguage = 'nl' | 'en';

// ---------------------------------------------------------------------------------------------
// Reading helpers

/** The language whose defaults new nodes get: `nl` for a Dutch module, else Xerte's English. */
export function moduleLanguage(doc: Y.Doc): ContentLanguage | undefined {
  const language = propertiesOf(doc).get('language') ?? '';
  if (/^nl\b/i.test(language)) return 'nl';
  if (/^en\b/i.test(language)) return 'en';
  return undefined;
}

function pageCount(doc: Y.Doc): number {
  let count = 0;
  for (const page of topNodes(doc)) {
    count++;
    if (typeOf(page) === CHAPTER_TYPE) count += childrenOf(page).length;
  }
  return count;
}

/** The declaration of a located node where it sits (undefined: unknown there, kept verbatim). */
function declarationAt(located: Located): NodeTypeDef | undefined {
  return nodeTypeAt(typePath(located));
}

/** The declaration of a located node's parent (`ROOT` at the top level). */
function parentDeclarationAt(located: Located): NodeTypeDef | undefined {
  return nodeTypeAt(located.ancestors.map(typeOf));
}

/**
 * The declaration of a node in the document, resolved in the context of its parents (a
 * `morphImages` page's `hotspot` is its zoom region): what an editor form shows. Undefined for a
 * node nobody declared there (kept verbatim, not editable).
 */
export function nodeDeclaration(doc: Y.Doc, id: string): NodeTypeDef | undefined {
  return declarationAt(requireNode(doc, id));
}

interface Container {
  /** The key array (raw: may hold keys the document does not show). */
  keys: Y.Array<string>;
  /** The nodes it shows, in order. */
  children: NodeMap[];
  parentType: string;
  /** The parent's declaration; undefined under a node nobody declared. */
  parentDef: NodeTypeDef | undefined;
  depth: number;
}

function containerOf(doc: Y.Doc, parentId: NodeRef): Container {
  if (parentId === null) return { keys: pageKeysOf(doc), children: topNodes(doc), parentType: ROOT_TYPE, parentDef: ROOT, depth: 1 };
  const parent = requireNode(doc, parentId);
  const { node } = parent;
  return { keys: childKeysOf(node), children: childrenOf(node), parentType: typeOf(node), parentDef: declarationAt(parent), depth: parent.depth + 1 };
}

/** Whether nodes placed in this container count as pages (top level or inside a chapter). */
function isPageLevel(parentType: string): boolean {
  return parentType === ROOT_TYPE || parentType === CHAPTER_TYPE;
}

/**
 * How a node arrives: `new` (added), `copy` (duplicated next to itself), `move` (from another
 * parent) or `reorder` (within its parent: only the index changes).
 */
type Arrival = 'new' | 'copy' | 'move' | 'reorder';

function notAllowedHere(type: string, parentType: string): Error {
  return badInput('type', `a ${type} cannot be placed in ${parentType === ROOT_TYPE ? 'the module' : `a ${parentType}`}`, 'not_allowed_here');
}

function checkPlacement(doc: Y.Doc, type: string, target: Container, height: number, pagesAdded: number, arrival: Arrival): void {
  const { children, parentType, parentDef, depth } = target;
  // Imported nodes of types nobody declared may be reordered and copied in place, and moved
  // between page levels, but never added.
  const undeclared = !isKnownElement(type);
  const allowed =
    (parentDef !== undefined && allowedChildTypes(parentDef).includes(type)) ||
    (undeclared && (arrival === 'reorder' || arrival === 'copy' || (arrival === 'move' && isPageLevel(parentType))));
  if (!allowed) throw notAllowedHere(type, parentType);
  if (arrival === 'reorder') return;
  if (depth + height - 1 > LIMITS.maxDepth) throw limitError('maxDepth', type, `depth ${depth + height - 1}`);
  if (children.length + 1 > LIMITS.maxChildren && !isPageLevel(parentType)) throw limitError('maxChildren', parentType, `${children.length + 1} sub-items`);
  const bounds = parentDef && childDef(parentDef, type);
  if (bounds?.max !== undefined) {
    const count = children.filter((n) => typeOf(n) === type).length;
    if (count + 1 > bounds.max) throw badInput(type, `a ${parentType} holds at most ${bounds.max} of these`, 'too_many_children');
  }
  if (pagesAdded > 0 && pageCount(doc) + pagesAdded > LIMITS.maxPages) throw limitError('maxPages', 'module', `${pageCount(doc) + pagesAdded} pages`);
}

function checkIndex(index: number, max: number): void {
  if (!Number.isInteger(index) || index < 0 || index > max) throw badInput('index', `must be between 0 and ${max}`, 'bad_index');
}

// ---------------------------------------------------------------------------------------------
// Creating

function defaultValue(field: FieldDef, language: ContentLanguage | undefined): string | undefined {
  if (field.default === undefined) return undefined;
  return language && field.localizedDefault ? field.localizedDefault[language] : field.default;
}

/**
 * A new node of a declared type as JSON: a fresh linkID, Xerte's newNodes defaults (localised
 * for a Dutch or English module), an empty rich-text field for every rich-text property Xerte
 * writes or requires, and the sub-items Xerte creates with it. `parent` (its declaration or
 * element name, `ROOT` for a page) resolves a sub-item as that parent declares it; without it,
 * the shared declaration of `type` is used.
 */
export function newNodeJson(type: string, options: { language?: ContentLanguage; used?: Set<string>; parent?: TypeRef } = {}): NodeJson {
  const def = options.parent === undefined ? nodeType(type) : childType(options.parent, type);
  if (!def || type === ROOT_TYPE) throw badInput('type', `unknown page or sub-item type ${type}`, 'unknown_type');
  const used = options.used ?? new Set<string>();
  const node: NodeJson = { type, attributes: [['linkID', newLinkId(used)]], children: [] };
  for (const field of def.fields) {
    if (field.readOnly) continue;
    const value = defaultValue(field, options.language);
    if (field.kind === 'richText') {
      if (value !== undefined || (!field.optional && !field.deprecated)) (node.richText ??= {})[field.name] = { html: value ?? '' };
    } else if (field.storage === 'body') {
      if (value !== undefined) node.body = value;
    } else if (value !== undefined) {
      node.attributes.push([field.name, value]);
    }
  }
  for (const child of def.initialChildren ?? []) node.children.push(newNodeJson(child, { ...options, used, parent: def }));
  return node;
}

/** Fills an empty document with a new module: Xerte's seed properties, no pages. */
export function createModule(doc: Y.Doc, options: { name?: string; language?: string } = {}): void {
  if (propertiesOf(doc).size > 0 || nodesOf(doc).size > 0 || pageKeysOf(doc).length > 0) throw badInput('document', 'already holds a module', 'not_empty');
  const language = options.language ?? 'nl-NL';
  const content: ContentLanguage | undefined = /^nl\b/i.test(language) ? 'nl' : /^en\b/i.test(language) ? 'en' : undefined;
  doc.transact(() => {
    metaOf(doc).set('version', DOC_SHAPE_VERSION);
    const properties = propertiesOf(doc);
    const order = propertyOrderOf(doc);
    for (const field of ROOT.fields) {
      let value = defaultValue(field, content);
      if (field.name === 'language') value = language;
      if (field.name === 'name' && options.name !== undefined) value = options.name;
      if (value === undefined) continue;
      validateFieldValue(field, value, `module.${field.name}`);
      properties.set(field.name, value);
      order.push([field.name]);
    }
  });
}

/**
 * Adds a node of `type` under `parentId` (`null`: a top-level page or chapter; a chapter's id: a
 * page in that chapter; any other node: a sub-item it declares) at `index` (default: the end).
 * Returns the new node's id (= its linkID).
 */
export function addNode(doc: Y.Doc, type: string, options: { parentId?: NodeRef; index?: number } = {}): string {
  tidyKeys(doc);
  const parentId = options.parentId ?? null;
  const target = containerOf(doc, parentId);
  const { keys, children, parentType, parentDef } = target;
  if (isPageLevel(parentType) && !isPageType(type)) throw badInput('type', `unknown page type ${type}`, 'unknown_type');
  if (!parentDef || !childType(parentDef, type)) {
    if (!isKnownElement(type)) throw badInput('type', `unknown page or sub-item type ${type}`, 'unknown_type');
    throw notAllowedHere(type, parentType);
  }
  const index = options.index ?? children.length;
  checkIndex(index, children.length);
  const used = usedIds(doc);
  const json = newNodeJson(type, { language: moduleLanguage(doc), used: new Set(used), parent: parentDef });
  const height = jsonHeight(json);
  checkPlacement(doc, type, target, height, isPageLevel(parentType) ? 1 : 0, 'new');
  let id = '';
  doc.transact(() => {
    id = idOf(insertNode(doc, keys, rawPosition(keys, nodesOf(doc), index), json, claimingIds(used, used)));
  });
  return id;
}

function jsonHeight(json: NodeJson): number {
  return 1 + Math.max(0, ...json.children.map(jsonHeight));
}

/** Adds a page (or chapter) at `index` of the top level, or of a chapter with `chapterId`. */
export function addPage(doc: Y.Doc, type: string, options: { index?: number; chapterId?: string } = {}): string {
  if (options.chapterId !== undefined && typeOf(requireNode(doc, options.chapterId).node) !== CHAPTER_TYPE) {
    throw badInput('chapterId', 'is not a chapter', 'not_a_chapter');
  }
  return addNode(doc, type, { parentId: options.chapterId ?? null, index: options.index });
}

export function addSubItem(doc: Y.Doc, parentId: string, type: string, index?: number): string {
  return addNode(doc, type, { parentId, index });
}

// ---------------------------------------------------------------------------------------------
// Moving, duplicating, removing

/**
 * Moves a node to `index` of `parentId`'s children (default: its current parent). `index` is the
 * position it has afterwards. Pages move between the top level and chapters; sub-items between
 * parents that declare their type.
 */
export function moveNode(doc: Y.Doc, id: string, options: { index: number; parentId?: NodeRef }): void {
  tidyKeys(doc);
  const located = requireNode(doc, id);
  const currentParentId = located.parent ? idOf(located.parent) : null;
  const parentId = options.parentId === undefined ? currentParentId : options.parentId;
  const same = parentId === currentParentId;
  const type = typeOf(located.node);
  if (parentId !== null && parentId !== currentParentId) {
    // Not into itself or its own subtree.
    for (const { node } of walkSubtree(located.node)) if (idOf(node) === parentId) throw badInput('parentId', 'cannot be inside the node moved', 'into_itself');
  }
  const target = containerOf(doc, parentId);
  const max = same ? target.children.length - 1 : target.children.length;
  checkIndex(options.index, max);
  const pagesAdded = !same && isPageLevel(target.parentType) && !isPageLevel(located.parent ? typeOf(located.parent) : ROOT_TYPE) ? 1 : 0;
  checkPlacement(doc, type, target, subtreeHeight(located.node), pagesAdded, same ? 'reorder' : 'move');
  if (same && options.index === located.index) return;
  doc.transact(() => {
    unlinkKey(doc, located.key);
    target.keys.insert(rawPosition(target.keys, nodesOf(doc), options.index), [located.key]);
  });
}

function* walkSubtree(node: NodeMap, seen = new Set<string>()): Generator<{ node: NodeMap }> {
  yield { node };
  for (const child of childrenOf(node, seen)) yield* walkSubtree(child, seen);
}

export function movePage(doc: Y.Doc, id: string, index: number, chapterId?: string | null): void {
  moveNode(doc, id, { index, parentId: chapterId });
}

export function moveSubItem(doc: Y.Doc, id: string, index: number): void {
  moveNode(doc, id, { index });
}

/**
 * Copies a node with everything in it right after the original. The copy and every node inside
 * it get fresh linkIDs (and ids), as Xerte's duplicate does. Returns the copy's id.
 */
export function duplicateNode(doc: Y.Doc, id: string): string {
  tidyKeys(doc);
  const located = requireNode(doc, id);
  const parentType = located.parent ? typeOf(located.parent) : ROOT_TYPE;
  const type = typeOf(located.node);
  const size = subtreeSize(located.node);
  const pagesAdded = parentType === ROOT_TYPE && type === CHAPTER_TYPE ? size - countDeeper(located.node) : isPageLevel(parentType) ? 1 : 0;
  const siblings = located.parent ? childrenOf(located.parent) : topNodes(doc);
  const here: Container = { keys: located.container, children: siblings, parentType, parentDef: parentDeclarationAt(located), depth: located.depth };
  checkPlacement(doc, type, here, subtreeHeight(located.node), pagesAdded, 'copy');
  const used = usedIds(doc);
  let newId = '';
  doc.transact(() => {
    const position = rawPosition(located.container, nodesOf(doc), located.index + 1);
    const key = copySubtree(doc, located.node, used);
    located.container.insert(position, [key]);
    newId = idOf(nodesOf(doc).get(key)!);
  });
  return newId;
}

/** Adds a deep copy of a node, with fresh ids and linkIDs throughout, to the nodes; returns its key. */
function copySubtree(doc: Y.Doc, node: NodeMap, used: Set<string>, seen = new Set<string>()): string {
  const key = newNodeKey(doc);
  const copy = nodesOf(doc).set(key, new Y.Map<unknown>());
  for (const [name, value] of node.entries()) {
    if (name === NODE_KEYS.children) continue;
    copy.set(name, value instanceof Y.AbstractType ? value.clone() : value);
  }
  const fresh = newLinkId(used);
  copy.set(NODE_KEYS.id, fresh);
  setAttribute(copy, 'linkID', fresh);
  const children = copy.set(NODE_KEYS.children, new Y.Array<string>());
  children.push(childrenOf(node, seen).map((child) => copySubtree(doc, child, used, seen)));
  return key;
}

/** Nodes of a chapter's subtree below its pages (sub-items), which do not count as pages. */
function countDeeper(chapter: NodeMap): number {
  let count = 0;
  for (const page of childrenOf(chapter)) count += subtreeSize(page) - 1;
  return count;
}

export const duplicatePage = duplicateNode;

/**
 * Removes a node and everything shown in it. `tidyKeys` runs first, so its key arrays hold only
 * keys that show there: a node whose key was also left in it but shows elsewhere stays.
 */
export function removeNode(doc: Y.Doc, id: string): void {
  tidyKeys(doc);
  const located = requireNode(doc, id);
  const nodes = nodesOf(doc);
  const keys = subtreeKeys(located.key, nodes, new Set());
  doc.transact(() => {
    unlinkKey(doc, located.key);
    for (const key of keys) nodes.delete(key);
  });
}

/** The keys of a node and of every node below it. */
function subtreeKeys(key: string, nodes: Y.Map<NodeMap>, into: Set<string>): Set<string> {
  const node = nodes.get(key);
  if (into.has(key) || !(node instanceof Y.Map)) return into;
  into.add(key);
  for (const child of childKeysOf(node)?.toArray() ?? []) subtreeKeys(child, nodes, into);
  return into;
}

export const removePage = removeNode;
export const removeSubItem = removeNode;

// ---------------------------------------------------------------------------------------------
// Fields

function setAttribute(node: NodeMap, name: string, value: string): void {
  const attrs = attrsOf(node);
  attrs.set(name, value);
  const order = attrOrderOf(node);
  if (!order.toArray().includes(name)) order.push([name]);
}

function deleteAll(order: Y.Array<string>, name: string): void {
  const names = order.toArray();
  for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) order.delete(i, 1);
}

function resolveField(doc: Y.Doc, ref: NodeRef, name: string): { field: FieldDef; node: NodeMap | null; what: string } {
  if (ref === null) {
    const field = ROOT.fields.find((f) => f.name === name);
    if (!field) throw badInput(`module.${name}`, 'is not a module property', 'unknown_field');
    return { field, node: null, what: `module.${name}` };
  }
  const located = requireNode(doc, ref);
  const { node } = located;
  const type = typeOf(node);
  const def = declarationAt(located);
  if (!def) throw badInput(ref, `a ${type} is not a known type and cannot be edited here`, 'unknown_type');
  const field = fieldDef(def, name);
  if (!field) throw badInput(`${type}.${name}`, 'is not a field of this type', 'unknown_field');
  return { field, node, what: `${type}.${name}` };
}

/**
 * Sets a field to a stored value (as Xerte stores it: `"true"`, `"Single Answer"`, `0xFF0000`,
 * `FileLocation + 'media/x.jpg'`, HTML for rich text), or removes it with `undefined`. The value
 * is checked against the field's declaration; a rich-text value is sanitised by the editor schema.
 */
export function setField(doc: Y.Doc, ref: NodeRef, name: string, value: string | undefined): void {
  const { field, node, what } = resolveField(doc, ref, name);
  if (field.readOnly) throw badInput(what, 'is maintained by Samenwijs and cannot be set', 'read_only');
  if (value !== undefined) validateFieldValue(field, value, what);
  doc.transact(() => {
    if (node === null) {
      const properties = propertiesOf(doc);
      const order = propertyOrderOf(doc);
      if (value === undefined) {
        properties.delete(name);
        deleteAll(order, name);
      } else {
        properties.set(name, value);
        if (!order.toArray().includes(name)) order.push([name]);
      }
      return;
    }
    if (field.kind === 'richText') {
      const rich = richOf(node);
      if (value === undefined) {
        rich.delete(name);
        originalsOf(node).delete(name);
        return;
      }
      const fragment = rich.get(name) ?? rich.set(name, new Y.XmlFragment());
      writeHtml(fragment, value);
      return;
    }
    if (field.storage === 'body') {
      if (value === undefined) node.delete(NODE_KEYS.body);
      else node.set(NODE_KEYS.body, value);
      return;
    }
    if (value === undefined) {
      attrsOf(node).delete(name);
      deleteAll(attrOrderOf(node), name);
    } else {
      setAttribute(node, name, value);
    }
  });
}

/** A field's stored value: the raw attribute, the raw body, or a rich-text field's editor HTML. */
export function getField(doc: Y.Doc, ref: NodeRef, name: string): string | undefined {
  if (ref === null) return propertiesOf(doc).get(name);
  const located = requireNode(doc, ref);
  const { node } = located;
  const def = declarationAt(located);
  const field = def && fieldDef(def, name);
  if (field?.kind === 'richText') {
    const fragment = richOf(node).get(name);
    return fragment instanceof Y.XmlFragment ? readHtml(fragment) : undefined;
  }
  if (field?.storage === 'body') {
    const body = node.get(NODE_KEYS.body);
    return typeof body === 'string' ? body : undefined;
  }
  return attrsOf(node).get(name);
}

/**
 * The Y.XmlFragment a rich-text editor binds to. With `create`, an absent (optional) field is
 * created empty first; two authors creating the same field at the same moment keep one of them.
 */
export function richTextFragment(doc: Y.Doc, id: string, name: string, options: { create?: boolean } = {}): Y.XmlFragment | undefined {
  const located = requireNode(doc, id);
  const { node } = located;
  const def = declarationAt(located);
  const field = def && fieldDef(def, name);
  if (field?.kind !== 'richText') throw badInput(`${typeOf(node)}.${name}`, 'is not a rich-text field', 'not_rich_text');
  const rich = richOf(node);
  const existing = rich.get(name);
  if (existing instanceof Y.XmlFragment || !options.create) return existing;
  let fragment: Y.XmlFragment | undefined;
  doc.transact(() => {
    fragment = rich.set(name, new Y.XmlFragment());
    writeHtml(fragment, '');
  });
  return fragment;
}

/** One node as ModuleJson (e.g. a page for the API). */
export function readNode(doc: Y.Doc, id: string): NodeJson {
  const located = requireNode(doc, id);
  return nodeToJsonAs(located.node, declarationAt(located));
}

// ---------------------------------------------------------------------------------------------
// Summaries

export interface PageSummary {
  id: string;
  type: string;
  /** The page title as plain text (Xerte stores it as HTML). */
  title: string;
  /** The chapter holding the page, or null at the top level. */
  chapterId: string | null;
  /** Position within its chapter or the top level. */
  index: number;
  /** Whether the registry declares the type (unknown types are kept but not editable). */
  known: boolean;
  /** The page is hidden in Xerte (`hidePage="true"`). */
  hidden: boolean;
}

/** Pages and chapters in reading order, for lists and GraphQL. */
export function pageSummaries(doc: Y.Doc): PageSummary[] {
  const out: PageSummary[] = [];
  for (const { node, parent, index, depth } of walk(doc)) {
    if (depth > 2 || (depth === 2 && (!parent || typeOf(parent) !== CHAPTER_TYPE))) continue;
    const type = typeOf(node);
    const attrs = attrsOf(node);
    out.push({
      id: idOf(node),
      type,
      title: htmlToPlainText(attrs.get('name') ?? ''),
      chapterId: parent ? idOf(parent) : null,
      index,
      known: isPageType(type),
      hidden: attrs.get('hidePage') === 'true',
    });
  }
  return out;
}

