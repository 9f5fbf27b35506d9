import * as Y from 'yjs';
import { fieldDef, ROOT } from '../registry';
import type { FieldKind } from '../registry-types';
import { NODE_KEYS } from './keys';
import { nodesOf, propertiesOf } from './nodes';
import { nodeDeclaration, setField, type NodeRef } from './operations';

/**
 * Field kinds a person types text into (titles, button labels, grids, embed code). Their
 * values are whole strings in a Y.Map, so two authors typing in one at the same moment would
 * otherwise keep only one author's last keystroke (the map's last writer wins) and lose the
 * other's words. Choices, numbers, colours and the like stay last-writer-wins: a merge of two
 * colours means nothing.
 */
const MERGED_KINDS: ReadonlySet<FieldKind> = new Set(['plainText', 'dataGrid', 'script']);

/** How many earlier values per field this replica remembers (to find what two edits started from). */
const HISTORY = 64;

/** Origin of the writes that bring a concurrent edit back in. */
export const FIELD_MERGE_ORIGIN = Symbol('field-merge');

/**
 * Merges concurrent edits of one text field on this replica, and returns a function that
 * stops it. Each write of a field in a Y.Map records the value it replaced (the item's
 * origin), so when a co-author's value replaces one of ours that it never saw, the two edits
 * have a common ancestor: the latest value both had. If the two changed separate parts of it
 * (one typed at the start of a title, the other at its end), this replica writes the value
 * with both changes; everyone else takes it as the newest value. If they changed the same
 * part, the co-author's value stays (last writer wins, as before).
 *
 * Every replica that edits runs it (the web editor does); a replica that only reads needs
 * nothing. Only edits made since it started are merged.
 */
export function mergeConcurrentFieldEdits(doc: Y.Doc): () => void {
  /** Per field map and key: values this replica has seen (by the id of the item that held them), and its own latest write. */
  const fields = new WeakMap<Y.Map<unknown>, Map<string, { values: Map<string, string>; own?: Y.ID }>>();
  const fieldOf = (map: Y.Map<unknown>, key: string) => {
    let byKey = fields.get(map);
    if (!byKey) fields.set(map, (byKey = new Map()));
    let field = byKey.get(key);
    if (!field) byKey.set(key, (field = { values: new Map() }));
    return field;
  };
  const remember = (values: Map<string, string>, id: Y.ID, value: string): void => {
    values.set(idKey(id), value);
    if (values.size > HISTORY) values.delete(values.keys().next().value!);
  };

  const onTransaction = (transaction: Y.Transaction): void => {
    for (const [type, keys] of transaction.changed) {
      if (!(type instanceof Y.Map)) continue;
      const ref = fieldOwner(doc, type);
      if (ref === undefined) continue;
      for (const key of keys) {
        if (key === null) continue;
        const item = type._map.get(key);
        const value = type.get(key);
        if (!item || item.deleted || typeof value !== 'string') continue;
        const field = fieldOf(type, key);
        remember(field.values, item.id, value);
        // The value this write replaced, as its writer saw it: deleted in this transaction,
        // its content is still there until the transaction's garbage collection.
        const replaced = replacedValue(doc, item);
        if (replaced !== undefined) remember(field.values, item.origin!, replaced);
        if (transaction.local) {
          field.own = item.id;
          continue;
        }
        if (!field.own || !mergesAsText(doc, ref, key)) continue;
        const merged = mergedValue(doc, item, field.own, value, (id) => field.values.get(id));
        if (merged === null) continue;
        try {
          doc.transact(() => setField(doc, ref, key, merged), FIELD_MERGE_ORIGIN);
        } catch {
          // The model refuses the merged value (e.g. now too long): the co-author's value stays.
        }
      }
    }
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/**
 * The value with both edits, or null when there is nothing to merge: the co-author's value
 * already builds on ours, the common ancestor is unknown here, or both changed the same part.
 */
function mergedValue(doc: Y.Doc, theirs: Y.Item, mine: Y.ID, theirValue: string, valueOf: (id: string) => string | undefined): string | null {
  const mineKey = idKey(mine);
  if (mineKey === idKey(theirs.id)) return null;
  // The values our latest write stood on, newest first.
  const ours = new Set<string>();
  for (let id: Y.ID | null = mine, i = 0; id && i < HISTORY; i++, id = originOf(doc, id)) ours.add(idKey(id));
  let ancestor: string | null = null;
  for (let id = theirs.origin, i = 0; id && i < HISTORY; i++, id = originOf(doc, id)) {
    const key = idKey(id);
    if (key === mineKey) return null; // they saw our latest value: theirs includes our edit
    if (ours.has(key)) {
      ancestor = key;
      break;
    }
  }
  if (ancestor === null) return null;
  const base = valueOf(ancestor);
  const ourValue = valueOf(mineKey);
  if (base === undefined || ourValue === undefined) return null;
  const merged = mergeText(base, ourValue, theirValue);
  return merged === null || merged === theirValue ? null : merged;
}

/**
 * Three-way merge of a field's text: the changes `ours` and `theirs` each made to `base`
 * (found by a character diff), applied to it together. Where their changes overlap or touch
 * (two insertions at one place have no order both sides would agree on), theirs is taken for
 * that part; a change both made is made once. Null when the texts are too long to diff.
 */
export function mergeText(base: string, ours: string, theirs: string): string | null {
  if (ours === base || ours === theirs) return theirs;
  if (theirs === base) return ours;
  const mine = hunks(base, ours);
  const other = hunks(base, theirs);
  if (!mine || !other) return null;
  // Sweep both lists in base order, gathering runs of hunks that overlap or touch.
  const all = [...mine.map((h) => ({ ...h, ours: true })), ...other.map((h) => ({ ...h, ours: false }))].sort((x, y) => x.start - y.start || x.end - y.end);
  const accepted: Hunk[] = [];
  let group: typeof all = [];
  let groupEnd = -1;
  const close = () => {
    const hasTheirs = group.some((h) => !h.ours);
    const hasOurs = group.some((h) => h.ours);
    // Only one side changed this part: its change. Both: theirs (the newer value here).
    for (const h of group) if (!h.ours || !hasTheirs || !hasOurs) accepted.push(h);
    group = [];
  };
  for (const hunk of all) {
    if (group.length > 0 && hunk.start > groupEnd) close();
    group.push(hunk);
    groupEnd = Math.max(groupEnd, hunk.end);
  }
  close();
  let out = '';
  let at = 0;
  for (const hunk of accepted) {
    out += base.slice(at, hunk.start) + hunk.insert;
    at = hunk.end;
  }
  return out + base.slice(at);
}

/** A change of a base text: its characters `start` to `end` replaced by `insert`. */
interface Hunk {
  start: number;
  end: number;
  insert: string;
}

/** Above this many cells the character diff is not attempted (fields are short; grids can be long). */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * The changes from `base` to `changed`, in order, from a longest common subsequence of their
 * characters (after their common ends). Null when the texts are too long to diff here.
 */
function hunks(base: string, changed: string): Hunk[] | null {
  let prefix = 0;
  while (prefix < base.length && prefix < changed.length && base[prefix] === changed[prefix]) prefix++;
  let suffix = 0;
  while (suffix < base.length - prefix && suffix < changed.length - prefix && base[base.length - 1 - suffix] === changed[changed.length - 1 - suffix]) suffix++;
  const a = base.slice(prefix, base.length - suffix);
  const b = changed.slice(prefix, changed.length - suffix);
  if (a.length * b.length > MAX_DIFF_CELLS) return null;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const result: Hunk[] = [];
  let open: Hunk | null = null;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j] && lengths[i * width + j] === lengths[(i + 1) * width + j + 1] + 1) {
      open = null;
      i++;
      j++;
      continue;
    }
    if (!open) result.push((open = { start: prefix + i, end: prefix + i, insert: '' }));
    if (j < b.length && (i === a.length || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])) {
      open.insert += b[j++];
    } else {
      open.end = prefix + ++i;
    }
  }
  return result;
}

/** The item a map write replaced, as its writer saw it (also inside items Yjs merged after deletion). */
function originOf(doc: Y.Doc, id: Y.ID): Y.ID | null {
  let struct: Y.Item | Y.GC;
  try {
    struct = Y.getItem(doc.store, id);
  } catch {
    return null;
  }
  if (!(struct instanceof Y.Item)) return null;
  // Yjs merges deleted items a client wrote one after another; each stood on the one before.
  if (id.clock > struct.id.clock) return Y.createID(id.client, id.clock - 1);
  return struct.origin;
}

/** The string the item's write replaced, while it can still be read. */
function replacedValue(doc: Y.Doc, item: Y.Item): string | undefined {
  if (!item.origin) return undefined;
  let struct: Y.Item | Y.GC;
  try {
    struct = Y.getItem(doc.store, item.origin);
  } catch {
    return undefined;
  }
  if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) return undefined;
  const value = struct.content.getContent()[item.origin.clock - struct.id.clock];
  return typeof value === 'string' ? value : undefined;
}

/** The node whose field map this is (null: the module's own properties), or undefined for any other map. */
function fieldOwner(doc: Y.Doc, map: Y.Map<unknown>): NodeRef | undefined {
  if (map === (propertiesOf(doc) as Y.Map<unknown>)) return null;
  if (map._item?.parentSub !== NODE_KEYS.attrs) return undefined;
  const node = map.parent;
  if (!(node instanceof Y.Map) || node.parent !== nodesOf(doc)) return undefined;
  const id = node.get(NODE_KEYS.id);
  return typeof id === 'string' ? id : undefined;
}

function mergesAsText(doc: Y.Doc, ref: NodeRef, key: string): boolean {
  try {
    const declaration = ref === null ? ROOT : nodeDeclaration(doc, ref);
    const field = declaration && fieldDef(declaration, key);
    return field !== undefined && MERGED_KINDS.has(field.kind) && field.storage !== 'body' && !field.readOnly;
  } catch {
    return false;
  }
}

const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;
