import { canonicalHtml } from './html/canonical';
import { parseXml, type XmlElement, type XmlLimits } from './xml/parser';
import { defaultSchema } from './registry';
import { shapeAt, type NodeShape, type XerteSchema } from './schema';

/**
 * Canonical comparison of two Xerte documents: the element trees are compared ignoring
 * attribute order, whitespace between elements, and how characters are escaped (entity or
 * character, CDATA or escaped text). Values that hold HTML (rich-text attributes and bodies,
 * as the registry declares them, and HTML-valued one-liners such as titles) are compared as
 * canonical HTML. Elements under an unknown page type are compared by their names only, so a
 * known sub-item name there is still compared exactly (it was kept verbatim).
 */

export type DifferenceKind =
  | 'element-removed'
  | 'element-added'
  | 'attribute-removed'
  | 'attribute-added'
  | 'attribute-changed'
  | 'text-changed';

export interface Difference {
  /** e.g. `/learningObject/mcq[2]/option[1]@feedback`, `/learningObject/text[1]/text()` */
  path: string;
  kind: DifferenceKind;
  detail: string;
  /** Why the difference exists, when the importer knows (e.g. a security removal). */
  reason?: string;
}

export interface CompareOptions {
  schema?: XerteSchema;
  /** Stop after this many differences (default 1000). */
  maxDifferences?: number;
  limits?: Partial<XmlLimits>;
  /** Further attributes to compare as HTML (besides the schema's rich-text and HTML-valued ones). */
  htmlAttributes?: (shape: NodeShape | undefined, depth: number, name: string) => boolean;
}

/**
 * The text content of an element as the mapping sees it: CDATA and text runs joined; plain
 * whitespace runs are insignificant when the element also has CDATA or child elements.
 * `undefined` when there is no text at all.
 */
export function elementText(element: XmlElement): string | undefined {
  let significant = false;
  let any = false;
  for (const child of element.children) {
    if (child.kind === 'element' || (child.kind === 'text' && child.cdata)) significant = true;
    if (child.kind === 'text') any = true;
  }
  if (!any) return undefined;
  let text = '';
  let kept = false;
  for (const child of element.children) {
    if (child.kind !== 'text') continue;
    if (significant && !child.cdata && /^\s*$/.test(child.text)) continue;
    text += child.text;
    kept = true;
  }
  return kept ? text : undefined;
}

export function compareXml(a: string | Uint8Array | XmlElement, b: string | Uint8Array | XmlElement, options: CompareOptions = {}): Difference[] {
  const left = isElement(a) ? a : parseXml(a, options.limits).root;
  const right = isElement(b) ? b : parseXml(b, options.limits).root;
  const schema = options.schema ?? defaultSchema();
  const max = options.maxDifferences ?? 1000;
  const differences: Difference[] = [];
  const push = (difference: Difference): void => {
    if (differences.length < max) differences.push(difference);
  };

  const visit = (x: XmlElement, y: XmlElement, path: string, depth: number, parentType: string | undefined, verbatim: boolean): void => {
    if (differences.length >= max) return;
    // Under an unknown page type or unknown element everything was kept verbatim: compare exactly.
    const shape = verbatim ? undefined : shapeAt(schema, x.name, depth, parentType);
    if (depth > 0 && !shape) verbatim = true;
    const isHtml = (name: string): boolean =>
      (shape?.richAttributes.has(name) ?? false) || (shape?.htmlAttributes.has(name) ?? false) || (options.htmlAttributes?.(shape, depth, name) ?? false);

    const theirs = new Map(y.attributes);
    const ours = new Set<string>();
    for (const [name, value] of x.attributes) {
      ours.add(name);
      const other = theirs.get(name);
      if (other === undefined) {
        push({ path: `${path}@${name}`, kind: 'attribute-removed', detail: `was ${quote(value)}` });
      } else if (other !== value) {
        const detail = valueDifference(value, other, isHtml(name));
        if (detail) push({ path: `${path}@${name}`, kind: 'attribute-changed', detail });
      }
    }
    for (const [name, value] of y.attributes) {
      if (!ours.has(name)) push({ path: `${path}@${name}`, kind: 'attribute-added', detail: `now ${quote(value)}` });
    }

    const textX = elementText(x) ?? '';
    const textY = elementText(y) ?? '';
    if (textX !== textY) {
      const detail = valueDifference(textX, textY, shape?.body === 'richText');
      if (detail) push({ path: `${path}/text()`, kind: 'text-changed', detail });
    }

    const childrenX = x.children.filter(isElement);
    const childrenY = y.children.filter(isElement);
    const pathsX = childPaths(path, childrenX);
    const pathsY = childPaths(path, childrenY);
    for (const [i, j] of align(childrenX, childrenY)) {
      if (i === undefined) push({ path: pathsY[j!], kind: 'element-added', detail: describe(childrenY[j!]) });
      else if (j === undefined) push({ path: pathsX[i], kind: 'element-removed', detail: describe(childrenX[i]) });
      else visit(childrenX[i], childrenY[j], pathsX[i], depth + 1, x.name, verbatim);
    }
  };

  if (left.name !== right.name) {
    push({ path: `/${left.name}`, kind: 'element-removed', detail: `root is <${right.name}> instead` });
    return differences;
  }
  visit(left, right, `/${left.name}`, 0, undefined, false);
  return differences;
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && (value as XmlElement).kind === 'element';
}

function childPaths(path: string, children: XmlElement[]): string[] {
  const seen = new Map<string, number>();
  return children.map((child) => {
    const index = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, index);
    return `${path}/${child.name}[${index}]`;
  });
}

function describe(element: XmlElement): string {
  const linkID = element.attributes.find(([name]) => name === 'linkID')?.[1];
  return `<${element.name}${linkID ? ` linkID="${linkID}"` : ''}>`;
}

const keyOf = (element: XmlElement): string => `${element.name}\u0000${element.attributes.find(([name]) => name === 'linkID')?.[1] ?? ''}`;

/**
 * Pairs children of two elements: a longest common subsequence on (name, linkID), then, in
 * each gap between matches, elements of the same name in order (a changed linkID is then an
 * attribute difference, not a removal plus an addition).
 */
function align(xs: XmlElement[], ys: XmlElement[]): [number | undefined, number | undefined][] {
  const n = xs.length;
  const m = ys.length;
  const anchors: [number, number][] = [];
  if (n * m <= 4_000_000) {
    const kx = xs.map(keyOf);
    const ky = ys.map(keyOf);
    const table = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] = kx[i] === ky[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (kx[i] === ky[j]) {
        anchors.push([i, j]);
        i++;
        j++;
      } else {
        const down = table[(i + 1) * (m + 1) + j];
        const right = table[i * (m + 1) + j + 1];
        // On a tie, move the index that is behind: pairs stay close to the diagonal.
        if (down > right || (down === right && i <= j)) i++;
        else j++;
      }
    }
  } else {
    for (let i = 0; i < Math.min(n, m); i++) if (xs[i].name === ys[i].name) anchors.push([i, i]);
  }
  anchors.push([n, m]);
  const pairs: [number | undefined, number | undefined][] = [];
  let px = 0;
  let py = 0;
  for (const [ax, ay] of anchors) {
    const gapY: number[] = [];
    for (let j = py; j < ay; j++) gapY.push(j);
    for (let i = px; i < ax; i++) {
      const match = gapY.findIndex((j) => ys[j].name === xs[i].name);
      if (match < 0) {
        pairs.push([i, undefined]);
        continue;
      }
      // keep document order: what precedes the match in the gap was added
      const taken = gapY.splice(0, match + 1);
      const matched = taken.pop()!;
      for (const j of taken) pairs.push([undefined, j]);
      pairs.push([i, matched]);
    }
    for (const j of gapY) pairs.push([undefined, j]);
    if (ax < n) pairs.push([ax, ay]);
    px = ax + 1;
    py = ay + 1;
  }
  return pairs;
}

/** A short description of how two values differ, or null when they are equivalent. */
export function valueDifference(before: string, after: string, html: boolean): string | null {
  if (before === after) return null;
  if (html) {
    const a = canonicalHtml(before);
    const b = canonicalHtml(after);
    if (a === b) return null;
    return `HTML differs: ${around(a, b)}`;
  }
  return around(before, after);
}

function around(a: string, b: string): string {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 20);
  const snippet = (s: string, end: number): string => {
    const body = s.slice(from, Math.min(end + 20, from + 120));
    return `${from > 0 ? '…' : ''}${body}${end + 20 < s.length ? '…' : ''}`;
  };
  return `${JSON.stringify(snippet(a, endA))} → ${JSON.stringify(snippet(b, endB))}`;
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
