import type { Attributes } from '@samenwijs/module-model';

/**
 * Keeps every node's `linkID` unique, the way Xerte's editor does (`tree.js`: `"PG" + Date.now()`,
 * a duplicate gets a fresh one). The first node holding an ID keeps it.
 */
export class LinkIds {
  private readonly counts = new Map<string, number>();
  private readonly claimed = new Set<string>();
  private next: number;

  constructor(private readonly generate?: () => string) {
    this.next = Date.now();
  }

  /** Registers an ID present in the document. */
  seen(id: string): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  /** A fresh ID not used anywhere in the document. */
  fresh(): string {
    for (;;) {
      const id = this.generate ? this.generate() : `PG${this.next++}`;
      if (!this.counts.has(id) && !this.claimed.has(id)) {
        this.claimed.add(id);
        return id;
      }
    }
  }

  /** Claims an ID for one node: false when another node already holds it. */
  claim(id: string): boolean {
    if (this.claimed.has(id)) return false;
    this.claimed.add(id);
    return true;
  }

  /**
   * Makes sure `attributes` carries a unique linkID (prepended when missing), returning what
   * was fixed, if anything.
   */
  ensure(attributes: Attributes): 'missing' | 'duplicate' | null {
    const index = attributes.findIndex(([name]) => name === 'linkID');
    if (index < 0 || attributes[index][1] === '') {
      const id = this.fresh();
      if (index < 0) attributes.unshift(['linkID', id]);
      else attributes[index] = ['linkID', id];
      return 'missing';
    }
    if (!this.claim(attributes[index][1])) {
      attributes[index] = ['linkID', this.fresh()];
      return 'duplicate';
    }
    return null;
  }
}
