import { htmlToPlainText } from '../text';
import { exportHtml, getAttribute, ModuleJson, NodeJson } from '../module-json';

/** How two states of a module differ, page by page (pages matched by their linkID). */
export interface ModuleDiff {
  added: PageRef[];
  removed: PageRef[];
  /** Pages whose position among the pages both states share changed. */
  moved: (PageRef & { fromIndex: number; toIndex: number })[];
  changed: PageChange[];
}

export interface PageRef {
  id: string;
  type: string;
  title: string;
}

export interface PageChange extends PageRef {
  fields: FieldChange[];
  /** Sub-items (options, nested pages…) added, removed or changed, by linkID. */
  subItems: { added: number; removed: number; changed: number };
}

export interface FieldChange {
  field: string;
  /** Word-level changes of the field's text; equal runs are kept for context. */
  text: TextChange[];
}

export interface TextChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

interface FlatPage {
  node: NodeJson;
  id: string;
}

const idOf = (node: NodeJson, fallback: string): string => getAttribute(node, 'linkID') ?? fallback;
const titleOf = (node: NodeJson): string => htmlToPlainText(getAttribute(node, 'name') ?? '');
const ref = (p: FlatPage): PageRef => ({ id: p.id, type: p.node.type, title: titleOf(p.node) });

/** Pages in reading order, chapters included (a chapter counts as a page of its own). */
function flatten(pages: NodeJson[]): FlatPage[] {
  const out: FlatPage[] = [];
  pages.forEach((page, i) => {
    out.push({ node: page, id: idOf(page, `#${i}`) });
    if (page.type === 'chapter') page.children.forEach((child, j) => out.push({ node: child, id: idOf(child, `#${i}.${j}`) }));
  });
  return out;
}

export function diffModules(before: ModuleJson, after: ModuleJson): ModuleDiff {
  const a = flatten(before.pages);
  const b = flatten(after.pages);
  const aIds = new Map(a.map((p) => [p.id, p]));
  const bIds = new Map(b.map((p) => [p.id, p]));
  const added = b.filter((p) => !aIds.has(p.id)).map(ref);
  const removed = a.filter((p) => !bIds.has(p.id)).map(ref);

  // Moves: among the shared pages, those outside a longest common subsequence moved.
  const sharedA = a.filter((p) => bIds.has(p.id)).map((p) => p.id);
  const sharedB = b.filter((p) => aIds.has(p.id)).map((p) => p.id);
  const stay = new Set(lcs(sharedA, sharedB));
  const moved = sharedB
    .filter((id) => !stay.has(id))
    .map((id) => ({ ...ref(bIds.get(id)!), fromIndex: sharedA.indexOf(id), toIndex: sharedB.indexOf(id) }));

  const changed: PageChange[] = [];
  for (const p of b) {
    const old = aIds.get(p.id);
    if (!old) continue;
    const fields = fieldChanges(old.node, p.node);
    const subItems = subItemChanges(old.node, p.node);
    if (fields.length > 0 || subItems.added + subItems.removed + subItems.changed > 0) changed.push({ ...ref(p), fields, subItems });
  }
  return { added, removed, moved, changed };
}

/** Every field of a node as text: attributes raw, rich text as its plain text. */
function fieldTexts(node: NodeJson): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of node.attributes) if (name !== 'linkID') out.set(name, value);
  for (const [name, value] of Object.entries(node.richText ?? {})) out.set(name, htmlToPlainText(exportHtml(value)));
  if (node.body !== undefined) out.set('body', node.body);
  return out;
}

function fieldChanges(before: NodeJson, after: NodeJson): FieldChange[] {
  const a = fieldTexts(before);
  const b = fieldTexts(after);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  const out: FieldChange[] = [];
  for (const field of names) {
    const x = a.get(field) ?? '';
    const y = b.get(field) ?? '';
    if (x !== y) out.push({ field, text: diffWords(x, y) });
  }
  return out;
}

function subItemChanges(before: NodeJson, after: NodeJson): PageChange['subItems'] {
  if (before.type === 'chapter') return { added: 0, removed: 0, changed: 0 };
  const key = (n: NodeJson, i: number) => idOf(n, `#${i}`);
  const a = new Map(before.children.map((c, i) => [key(c, i), c]));
  const b = new Map(after.children.map((c, i) => [key(c, i), c]));
  let added = 0;
  let changedCount = 0;
  for (const [id, child] of b) {
    const old = a.get(id);
    if (!old) added++;
    else if (JSON.stringify(old) !== JSON.stringify(child)) changedCount++;
  }
  const removed = [...a.keys()].filter((id) => !b.has(id)).length;
  return { added, removed, changed: changedCount };
}

/** Longest common subsequence of two id lists. */
function lcs<T>(a: T[], b: T[]): T[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return out;
}

/** Longest fields compared word by word; beyond this, as one replaced block. */
const MAX_DIFF_TOKENS = 4000;

/** Word-level diff (words and the whitespace after them are tokens). */
export function diffWords(before: string, after: string): TextChange[] {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length * b.length > MAX_DIFF_TOKENS * MAX_DIFF_TOKENS) {
    return [
      ...(before ? [{ op: 'delete' as const, text: before }] : []),
      ...(after ? [{ op: 'insert' as const, text: after }] : []),
    ];
  }
  const common = lcs(a, b);
  const out: TextChange[] = [];
  const push = (op: TextChange['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const token of common) {
    while (a[i] !== token) push('delete', a[i++]);
    while (b[j] !== token) push('insert', b[j++]);
    push('equal', token);
    i++;
    j++;
  }
  while (i < a.length) push('delete', a[i++]);
  while (j < b.length) push('insert', b[j++]);
  return out;
}
