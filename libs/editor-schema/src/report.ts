/**
 * What a sanitiser removed, grouped by kind, for the user to see ("removed 2051 style
 * attributes"). `what` is one of:
 *   `element <x>`     the element and everything inside it
 *   `tag <x>`         the tag only; its content was kept
 *   `attribute x`     an attribute (event handlers, class, id, …)
 *   `style`           a style attribute (or, in the original-HTML pass, a dangerous declaration in it)
 *   `unsafe url in x` a URL attribute whose scheme or host is not allowed
 *   `comment`         an HTML comment, doctype or processing instruction
 */
export interface SanitizeReport {
  removed: { what: string; count: number; example?: string }[];
}

const EXAMPLE_LENGTH = 80;

/** Collects removals in order of first occurrence, counting repeats. */
export class ReportBuilder {
  private readonly entries = new Map<string, { what: string; count: number; example?: string }>();

  /** `count` removals of one kind at once; the example is kept when this is the first. */
  add(what: string, example?: string, count = 1): void {
    const entry = this.entries.get(what);
    if (entry) {
      entry.count += count;
    } else {
      this.entries.set(what, { what, count, ...(example ? { example: truncate(example) } : {}) });
    }
  }

  build(): SanitizeReport {
    return { removed: [...this.entries.values()].map((entry) => ({ ...entry })) };
  }
}

function truncate(value: string): string {
  return value.length > EXAMPLE_LENGTH ? `${value.slice(0, EXAMPLE_LENGTH - 1)}…` : value;
}
