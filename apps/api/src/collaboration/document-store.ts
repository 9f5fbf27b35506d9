/**
 * Where collaborative documents live: a snapshot plus an append-only tail of Yjs updates.
 * Every accepted update is appended (durably) before anyone else sees it; compaction folds
 * the tail into a new snapshot.
 */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** Updates after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Highest seq contained (snapshot or updates); 0 for a new document. */
  lastSeq: number;
}

export interface DocumentStore {
  load(docId: string): Promise<StoredDocument>;
  /** Appends updates in one transaction; resolves with the seq of the last one. */
  append(docId: string, updates: Uint8Array[]): Promise<number>;
  /**
   * Replaces the snapshot by `snapshot`, which contains every update up to `upToSeq`, and
   * deletes exactly those updates. Updates appended meanwhile (seq > upToSeq) stay.
   */
  compact(docId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Number of updates after the snapshot. */
  tailLength(docId: string): Promise<number>;
  delete(docId: string): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
