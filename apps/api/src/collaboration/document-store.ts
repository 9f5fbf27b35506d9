/**
 * Where collaborative documents live: a snapshot plus an append-only tail of Yjs updates.
 * Every accepted update is appended (durably) before anyone else sees it; compaction folds
 * the tail into a new snapshot.
 */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** The snapshot's own seq (the highest update it contains); 0 without a snapshot. */
  snapshotSeq: number;
  /** Every stored update not yet folded into the snapshot, oldest first. */
  updates: Uint8Array[];
  /** The seq of each update, in the same order. */
  seqs: number[];
  /** Highest seq contained (snapshot or updates); 0 for a new document. */
  lastSeq: number;
}

/**
 * Builds the new snapshot from what the store holds (snapshot and every stored update): the
 * result must contain all of it. Runs synchronously inside the compaction's transaction;
 * null cancels the compaction.
 */
export type Fold = (stored: StoredDocument) => Uint8Array | null;

export interface DocumentStore {
  load(docId: string): Promise<StoredDocument>;
  /** Appends updates in one transaction; resolves with their seqs, in order. */
  append(docId: string, updates: Uint8Array[]): Promise<number[]>;
  /**
   * Folds the stored updates into a new snapshot, one compaction per document at a time (also
   * across instances): reads the snapshot and every stored update, writes `fold`'s result as
   * the snapshot and deletes exactly the updates it read. An update committed meanwhile keeps
   * its row, whatever its seq (on PostgreSQL, seq order is not commit order). Resolves with
   * the number of updates folded (0 when `fold` cancelled).
   */
  compact(docId: string, fold: Fold): Promise<number>;
  delete(docId: string): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
