import { NODE_KEYS, nodesOf, pageKeysOf } from '@samenwijs/module-model';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
/** What useYVersion needs of a Yjs type (Y.Map, Y.Array, Y.XmlFragment…). */
interface Observable {
  observe(f: () => void): void;
  unobserve(f: () => void): void;
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}
import type { CollabSession, Presence, SessionSnapshot } from './collab-session';

/** The connection state, read-only flag and undo availability; re-renders when they change. */
export function useSessionSnapshot(session: CollabSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/**
 * A number that changes whenever `type` (and, with `deep`, anything inside it) changes, so a
 * component re-renders and reads the Yjs value again. Changes within one animation frame are
 * rendered once.
 */
export function useYVersion(type: Observable | undefined | null, deep = false): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!type) return;
    let frame: number | undefined;
    const bump = () => {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        setVersion((v) => v + 1);
      });
    };
    if (deep) type.observeDeep(bump);
    else type.observe(bump);
    // A change between this component's render and now (IndexedDB or the server answering
    // within that frame) raised no event here: read the value once more.
    bump();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (deep) type.unobserveDeep(bump);
      else type.unobserve(bump);
    };
  }, [type, deep]);
  return version;
}

type DeepEvents = Y.YEvent<Y.AbstractType<unknown>>[];

interface Roots {
  pageKeys: object;
  nodes: object;
}

/**
 * Pages, chapters or sub-items added, moved or removed: a change of a key array, or of the
 * nodes themselves (a removal that met a concurrent move changes only the nodes).
 */
const isStructural = ({ pageKeys, nodes }: Roots, e: Y.YEvent<Y.AbstractType<unknown>>): boolean =>
  e.target === pageKeys || e.target === nodes || (e.target instanceof Y.Array && e.target._item?.parentSub === NODE_KEYS.children);

/** A node's title or visibility changed (what lists of pages show). */
const isListedAttribute = (e: Y.YEvent<Y.AbstractType<unknown>>): boolean =>
  e instanceof Y.YMapEvent && e.target._item?.parentSub === NODE_KEYS.attrs && (e.keysChanged.has('name') || e.keysChanged.has('hidePage'));

/**
 * A number that changes when a change anywhere in the module's pages passes `relevant`: the
 * top-level key array, and the nodes (their key arrays, attributes and text).
 */
function usePagesVersion(doc: Y.Doc, relevant: (roots: Roots, events: DeepEvents) => boolean): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const pageKeys = pageKeysOf(doc);
    const nodes = nodesOf(doc);
    const onChange = (events: DeepEvents) => {
      if (relevant({ pageKeys, nodes }, events)) setVersion((v) => v + 1);
    };
    const onTopLevel = (event: Y.YArrayEvent<string>) => onChange([event as unknown as DeepEvents[number]]);
    pageKeys.observe(onTopLevel);
    nodes.observeDeep(onChange);
    // A change between the render and now (IndexedDB or the server answering within that
    // frame) raised no event here: the caller's view may be stale, so read once more.
    setVersion((v) => v + 1);
    return () => {
      pageKeys.unobserve(onTopLevel);
      nodes.unobserveDeep(onChange);
    };
  }, [doc, relevant]);
  return version;
}

const structureChanged = (roots: Roots, events: DeepEvents) => events.some((e) => isStructural(roots, e));
const listChanged = (roots: Roots, events: DeepEvents) => events.some((e) => isStructural(roots, e) || isListedAttribute(e));

/**
 * Changes when pages, chapters or sub-items are added, moved or removed anywhere in the module
 * (not when text or fields change), for views that locate nodes.
 */
export const useStructureVersion = (doc: Y.Doc): number => usePagesVersion(doc, structureChanged);

/**
 * Changes when the list of pages as shown changes: structure, titles, hidden flags. Typing in a
 * page's text does not re-render page lists.
 */
export const usePageListVersion = (doc: Y.Doc): number => usePagesVersion(doc, listChanged);

const nodeKeys = new WeakMap<object, number>();
let nextNodeKey = 0;

/**
 * A React key per Y.Map object: a node replaced by another map (a version restored, a module
 * written over) is a new object, so its form remounts. A moved node keeps its map.
 */
export function objectKey(value: object): number {
  let key = nodeKeys.get(value);
  if (key === undefined) nodeKeys.set(value, (key = ++nextNodeKey));
  return key;
}

/** Everyone in the module, from awareness; re-renders when someone comes, goes or moves. */
export function usePresence(session: CollabSession): Presence[] {
  const [presence, setPresence] = useState<Presence[]>(() => session.presence());
  const last = useRef('');
  const refresh = useCallback(() => {
    const next = session.presence();
    const key = next.map((p) => `${p.clientId}:${p.user.name}:${p.user.color}:${p.pageId ?? ''}`).join('|');
    if (key === last.current) return;
    last.current = key;
    setPresence(next);
  }, [session]);
  useEffect(() => {
    refresh();
    session.awareness.on('change', refresh);
    return () => session.awareness.off('change', refresh);
  }, [session, refresh]);
  return presence;
}
