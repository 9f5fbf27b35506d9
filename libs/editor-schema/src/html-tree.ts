import { parseHtml } from './html-parse';
import type { HtmlElement, HtmlNode } from './html-nodes';

export * from './html-nodes';
export { parseHtml } from './html-parse';

/** Tags dropped while parsing, their content kept in their place. */
export interface DroppedTag {
  /**
   * The tag with its attributes (its name only when dropped for depth); its content is where
   * the tag was, not in `children`.
   */
  element: HtmlElement;
  /** Nested deeper than `MAX_DEPTH`, rather than a tag the sanitisers never keep. */
  tooDeep: boolean;
  /**
   * How many times: tags dropped for depth are counted per name, at their first occurrence
   * (the report needs no more, and a megabyte of `<div><b>` drops a quarter of a million).
   */
  count: number;
}

/** The tree both sanitisers work from, and the tags dropped while building it, in input order. */
export interface SanitizerTree {
  nodes: HtmlNode[];
  dropped: DroppedTag[];
}

/**
 * Tags both sanitisers drop while parsing, keeping their content. A `<form>` is never written
 * (nested forms are an mXSS vector: browsers ignore the inner start tag) and dropping it here
 * keeps implied end tags decided against what is really written (see `ParseOptions.unwrap`).
 */
const SANITIZER_UNWRAP = new Set(['form']);

/**
 * The one parse behind `sanitizeHtml`, `safeOriginalHtml` and `sanitizeBoth`: the same options
 * for both, so one tree serves both outputs. Consumers must not change the tree.
 */
export function parseForSanitizers(html: string): SanitizerTree {
  const dropped: DroppedTag[] = [];
  const tooDeep = new Map<string, DroppedTag>();
  const nodes = parseHtml(html, {
    unwrap: (name) => SANITIZER_UNWRAP.has(name),
    onDrop: (element, deep) => {
      if (!deep) {
        dropped.push({ element, tooDeep: false, count: 1 });
        return;
      }
      const seen = tooDeep.get(element.name);
      if (seen) {
        seen.count++;
      } else {
        const entry: DroppedTag = { element: { kind: 'element', name: element.name, attributes: [], children: [] }, tooDeep: true, count: 1 };
        tooDeep.set(element.name, entry);
        dropped.push(entry);
      }
    },
  });
  return { nodes, dropped };
}

/** Text escaping; no-break spaces are written as `&nbsp;` so they stay visible in source. */
export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]);
}

/** Attribute escaping; `<` and `>` too, so no parser state can read a tag inside a value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\u00a0]/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attributes.find(([n]) => n === name)?.[1];
}
