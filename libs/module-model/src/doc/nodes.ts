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

export const pagesOf = (doc: Y.Doc): Y.Array<NodeMap> => doc.getArray<NodeMap>(DOC_KEYS.pages);
export const propertiesOf = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>(DOC_KEYS.properties);
export const propertyOrderOf = (doc: Y.Doc): Y.Array<string> => doc.getArray<string>(DOC_KEYS.propertyOrder);
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(DOC_KEYS.meta);

export const idOf = (node: NodeMap): string => node.get(NODE_KEYS.id) as string;
export const typeOf = (node: NodeMap): string => node.get(NODE_KEYS.type) as string;
export const attrsOf = (node: NodeMap): Y.Map<string> => node.get(NODE_KEYS.attrs) as Y.Map<string>;
export const attrOrderOf = (node: NodeMap): Y.Array<string> => node.get(NODE_KEYS.attrOrder) as Y.Array<string>;
export const richOf = (node: NodeMap): Y.Map<Y.XmlFragment> => node.get(NODE_KEYS.rich) as Y.Map<Y.XmlFragment>;
export const originalsOf = (node: NodeMap): Y.Map<StoredOriginal> => node.get(NODE_KEYS.originals) as Y.Map<StoredOriginal>;
export const childrenOf = (node: NodeMap): Y.Array<NodeMap> => node.get(NODE_KEYS.children) as Y.Array<NodeMap>;

/** Where a node sits: its map, the array holding it and its index there, its parent and depth (1 = top level). */
export interface Located {
  node: NodeMap;
  container: Y.Array<NodeMap>;
  index: number;
  parent: NodeMap | null;
  depth: number;
  /** The nodes above it, the top-level one first and its parent last (empty at the top level). */
  ancestors: NodeMap[];
}

/** Every node of the document in order, with its location (first occurrence of an id wins in lookups). */
export function* walk(doc: Y.Doc): Generator<Located> {
  function* inner(container: Y.Array<NodeMap>, ancestors: NodeMap[]): Generator<Located> {
    let index = 0;
    const parent = ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
    for (const node of container) {
      yield { node, container, index, parent, depth: ancestors.length + 1, ancestors };
      const children = childrenOf(node);
      if (children) yield* inner(children, [...ancestors, node]);
      index++;
    }
  }
  yield* inner(pagesOf(doc), []);
}

/** The element names from the top level down to the node (for `nodeTypeAt`). */
export function typePath(located: Located): string[] {
  return [...located.ancestors, located.node].map(typeOf);
}

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
export function subtreeHeight(node: NodeMap): number {
  let max = 0;
  for (const child of childrenOf(node) ?? []) max = Math.max(max, subtreeHeight(child));
  return max + 1;
}

/** Number of nodes in a subtree, the node itself included. */
export function subtreeSize(node: NodeMap): number {
  let size = 1;
  for (const child of childrenOf(node) ?? []) size += subtreeSize(child);
  return size;
}
