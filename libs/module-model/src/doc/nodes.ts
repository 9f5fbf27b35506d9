/** Typed access to the node maps of a module's Y.Doc, and finding a node by id. */
import { notFound } from '@samenwijs/core';
import * as Y from 'yjs';
import { DOC_KEYS, NODE_KEYS } from './keys';

/** A page, chapter or sub-item: a Y.Map with the keys of NODE_KEYS. */
export type NodeMap = Y.Map<unknown>;

export interface StoredOriginal {
  html: string;
  editorHtml: string;
}

export const nodesOf = (doc: Y.Doc): Y.Map<NodeMap> => doc.getMap<NodeMap>(DOC_KEYS.nodes);
/** Keys of the top-level pages and chapters, in order (observe it for page-list changes). */
export const pageKeysOf = (doc: Y.Doc): Y.Array<string> => doc.getArray<string>(DOC_KEYS.pageKeys);
export const propertiesOf = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>(DOC_KEYS.properties);
export const propertyOrderOf = (doc: Y.Doc): Y.Array<string> => doc.getArray<string>(DOC_KEYS.propertyOrder);
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(DOC_KEYS.meta);

export const idOf = (node: NodeMap): string => node.get(NODE_KEYS.id) as string;
export const typeOf = (node: NodeMap): string => node.get(NODE_KEYS.type) as string;
export const attrsOf = (node: NodeMap): Y.Map<string> => node.get(NODE_KEYS.attrs) as Y.Map<string>;
export const attrOrderOf = (node: NodeMap): Y.Array<string> => node.get(NODE_KEYS.attrOrder) as Y.Array<string>;
export const richOf = (node: NodeMap): Y.Map<Y.XmlFragment> => node.get(NODE_KEYS.rich) as Y.Map<Y.XmlFragment>;
export const originalsOf = (node: NodeMap): Y.Map<StoredOriginal> => node.get(NODE_KEYS.originals) as Y.Map<StoredOriginal>;
/** Keys of a node's sub-items in order (observe it for changes of the list). */
export const childKeysOf = (node: NodeMap): Y.Array<string> => node.get(NODE_KEYS.children) as Y.Array<string>;

/**
 * The nodes a key array shows, in order: keys whose node exists and that `seen` does not hold
 * yet. Two authors moving the same node at once leave its key in two places; the first one in
 * reading order shows it, if the traversal shares `seen` and descends into each node before
 * resolving the next key (as `walk` and `docToModule` do; this generator is lazy for that). A
 * key whose node was removed (or has not arrived yet) shows nothing.
 */
export function* resolve(keys: Y.Array<string> | undefined, nodes: Y.Map<NodeMap>, seen: Set<string>): Generator<[key: string, node: NodeMap, raw: number]> {
  let raw = 0;
  for (const key of keys ?? []) {
    const node = nodes.get(key);
    if (!seen.has(key) && node instanceof Y.Map) {
      seen.add(key);
      yield [key, node, raw];
    }
    raw++;
  }
}

/** The top-level pages and chapters, in order (as `walk` shows them). */
export function topNodes(doc: Y.Doc): NodeMap[] {
  const top: NodeMap[] = [];
  for (const { node, depth } of walk(doc)) if (depth === 1) top.push(node);
  return top;
}

/**
 * A node's sub-items (a chapter's pages), in order. Empty for a node outside a document. Pass
 * one `seen` set through a recursion so that a cycle (which only a hand-made update can make)
 * ends. After concurrent moves, a key also shown elsewhere may show here too until the next
 * structural operation tidies the arrays (`tidyKeys`); `walk` is exact.
 */
export function childrenOf(node: NodeMap, seen = new Set<string>()): NodeMap[] {
  if (!node.doc) return [];
  return [...resolve(childKeysOf(node), nodesOf(node.doc), seen)].map(([, child]) => child);
}

/** Where a node sits: its map and key, the key array holding it and its position there, its parent and depth (1 = top level). */
export interface Located {
  node: NodeMap;
  key: string;
  container: Y.Array<string>;
  /** Its position among the nodes its container shows. */
  index: number;
  parent: NodeMap | null;
  depth: number;
  /** The nodes above it, the top-level one first and its parent last (empty at the top level). */
  ancestors: NodeMap[];
}

/**
 * Every node the document shows, in reading order, with its location. Each node once, at the
 * first place its key appears (so a cycle left by concurrent moves cannot loop).
 */
export function* walk(doc: Y.Doc): Generator<Located> {
  const nodes = nodesOf(doc);
  const seen = new Set<string>();
  function* inner(container: Y.Array<string>, ancestors: NodeMap[]): Generator<Located> {
    let index = 0;
    const parent = ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
    for (const [key, node] of resolve(container, nodes, seen)) {
      yield { node, key, container, index, parent, depth: ancestors.length + 1, ancestors };
      const children = childKeysOf(node);
      if (children) yield* inner(children, [...ancestors, node]);
      index++;
    }
  }
  yield* inner(pageKeysOf(doc), []);
}

/** The element names from the top level down to the node (for `nodeTypeAt`). */
export function typePath(located: Located): string[] {
  return [...located.ancestors, located.node].map(typeOf);
}

/** The node with this id (the first in reading order, should two share it). */
export function findNode(doc: Y.Doc, id: string): Located | undefined {
  for (const located of walk(doc)) if (idOf(located.node) === id) return located;
  return undefined;
}

export function requireNode(doc: Y.Doc, id: string): Located {
  const located = findNode(doc, id);
  if (!located) throw notFound(`Node ${id}`, 'id');
  return located;
}

/** The ids in use anywhere in the document, node ids and linkID attributes alike. */
export function usedIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const { node } of walk(doc)) {
    ids.add(idOf(node));
    const linkID = attrsOf(node)?.get('linkID');
    if (linkID) ids.add(linkID);
  }
  return ids;
}

/** Depth of the deepest node in a subtree, the node itself counting 1. */
export function subtreeHeight(node: NodeMap, seen = new Set<string>()): number {
  let max = 0;
  for (const child of childrenOf(node, seen)) max = Math.max(max, subtreeHeight(child, seen));
  return max + 1;
}

/** Number of nodes in a subtree, the node itself included. */
export function subtreeSize(node: NodeMap, seen = new Set<string>()): number {
  let size = 1;
  for (const child of childrenOf(node, seen)) size += subtreeSize(child, seen);
  return size;
}

let keyCounter = 0;

/**
 * A key for a new node: unique across replicas, because it starts with the writing replica's
 * client id (a random 53-bit number per Y.Doc instance), and within it by a counter.
 */
export function newNodeKey(doc: Y.Doc): string {
  const nodes = nodesOf(doc);
  let key: string;
  do key = `${doc.clientID.toString(36)}.${(++keyCounter).toString(36)}`;
  while (nodes.has(key));
  return key;
}

/** The raw position in `keys` before which a node lands at visible position `index`. */
export function rawPosition(keys: Y.Array<string>, nodes: Y.Map<NodeMap>, index: number): number {
  let visible = 0;
  for (const [, , raw] of resolve(keys, nodes, new Set())) if (visible++ === index) return raw;
  return keys.length;
}

/** Every key array of the document: the top level and each node's sub-items. */
export function* keyArrays(doc: Y.Doc): Generator<Y.Array<string>> {
  yield pageKeysOf(doc);
  for (const node of nodesOf(doc).values()) {
    const children = node instanceof Y.Map ? childKeysOf(node) : undefined;
    if (children instanceof Y.Array) yield children;
  }
}

/** Removes every occurrence of `key` from every key array (inside a transaction). */
export function unlinkKey(doc: Y.Doc, key: string): void {
  for (const keys of keyArrays(doc)) {
    const all = keys.toArray();
    for (let i = all.length - 1; i >= 0; i--) if (all[i] === key) keys.delete(i, 1);
  }
}

/**
 * Removes the key entries that show nothing because their node shows elsewhere (left by two
 * authors moving one node at once), so every key array holds what the document shows and
 * positions mean the same everywhere. Entries whose node is missing stay: it may not have
 * arrived yet. Structural operations call it first; it writes only when there is something
 * to remove.
 */
export function tidyKeys(doc: Y.Doc): void {
  const shownIn = new Map<string, Y.Array<string>>();
  for (const { key, container } of walk(doc)) shownIn.set(key, container);
  const nodes = nodesOf(doc);
  const removals: [Y.Array<string>, number][] = [];
  for (const keys of keyArrays(doc)) {
    const here = new Set<string>();
    keys.toArray().forEach((key, index) => {
      if (!(nodes.get(key) instanceof Y.Map)) return;
      if (shownIn.get(key) !== keys || here.has(key)) removals.push([keys, index]);
      else here.add(key);
    });
  }
  if (removals.length === 0) return;
  // Backwards, so the indexes of an array's earlier entries still hold.
  doc.transact(() => {
    for (const [keys, index] of removals.reverse()) keys.delete(index, 1);
  });
}
