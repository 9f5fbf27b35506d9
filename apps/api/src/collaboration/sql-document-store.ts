import { DataSource } from 'typeorm';
import { DocumentStore, StoredDocument } from './document-store';

/** Rows per INSERT: keeps statements under SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 400;

interface PendingAppend {
  docId: string;
  updates: Uint8Array[];
  resolve: (lastSeq: number) => void;
  reject: (error: unknown) => void;
}

/**
 * The document store on the application's TypeORM data source, for SQLite and PostgreSQL.
 * Plain SQL: a document's batch of updates is one multi-row INSERT.
 *
 * Group commit: the appends of all documents that arrive in one turn of the event loop (each
 * live document appends at most once per tick) share one transaction, so a busy server pays
 * one commit (one fsync with SQLite `synchronous = FULL`) per tick instead of one per
 * document. An append still resolves only after its rows are committed.
 */
export class SqlDocumentStore implements DocumentStore {
  private readonly postgres: boolean;
  private pendingAppends: PendingAppend[] = [];
  private appendScheduled = false;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  private p(index: number): string {
    return this.postgres ? `$${index}` : '?';
  }

  async load(docId: string): Promise<StoredDocument> {
    const [snapshotRows, updateRows] = await this.dataSource.transaction(async (tx) => {
      const snapshot = await tx.query(`SELECT data, last_seq FROM document_snapshots WHERE doc_id = ${this.p(1)}`, [docId]);
      const after = snapshot[0] ? Number(snapshot[0].last_seq) : 0;
      const updates = await tx.query(
        `SELECT seq, data FROM document_updates WHERE doc_id = ${this.p(1)} AND seq > ${this.p(2)} ORDER BY seq`,
        [docId, after],
      );
      return [snapshot, updates] as const;
    });
    const snapshot = snapshotRows[0] ? toBytes(snapshotRows[0].data) : null;
    const updates = (updateRows as { seq: string | number; data: unknown }[]).map((row) => toBytes(row.data));
    const lastSeq = updateRows.length
      ? Number(updateRows[updateRows.length - 1].seq)
      : snapshotRows[0]
        ? Number(snapshotRows[0].last_seq)
        : 0;
    return { snapshot, updates, lastSeq };
  }

  append(docId: string, updates: Uint8Array[]): Promise<number> {
    if (updates.length === 0) return Promise.resolve(0);
    return new Promise<number>((resolve, reject) => {
      this.pendingAppends.push({ docId, updates, resolve, reject });
      if (this.appendScheduled) return;
      this.appendScheduled = true;
      setImmediate(() => void this.commitAppends());
    });
  }

  private async commitAppends(): Promise<void> {
    this.appendScheduled = false;
    const batch = this.pendingAppends;
    this.pendingAppends = [];
    try {
      const lastSeqs = await this.insert(batch);
      batch.forEach((append, i) => append.resolve(lastSeqs[i]));
    } catch (error) {
      // The transaction rolled back: none of these updates is stored.
      for (const append of batch) append.reject(error);
    }
  }

  /** Inserts every pending append in one transaction; resolves with each one's last seq. */
  private insert(batch: PendingAppend[]): Promise<number[]> {
    return this.dataSource.transaction(async (tx) => {
      const lastSeqs: number[] = [];
      let inserted = 0;
      // One statement per document keeps each statement's page footprint small: in WAL mode
      // SQLite journals the pages a statement changes, and spills past 64 KiB to a temp file.
      for (const { docId, updates } of batch) {
        let last = 0;
        for (let start = 0; start < updates.length; start += INSERT_CHUNK) {
          const chunk = updates.slice(start, start + INSERT_CHUNK);
          const values = chunk.map((_, i) => `(${this.p(i * 2 + 1)}, ${this.p(i * 2 + 2)})`).join(', ');
          const params = chunk.flatMap((update) => [docId, Buffer.from(update.buffer, update.byteOffset, update.byteLength)]);
          if (this.postgres) {
            const rows = (await tx.query(`INSERT INTO document_updates (doc_id, data) VALUES ${values} RETURNING seq`, params)) as { seq: string }[];
            last = Math.max(last, ...rows.map((r) => Number(r.seq)));
          } else {
            await tx.query(`INSERT INTO document_updates (doc_id, data) VALUES ${values}`, params);
          }
          inserted += chunk.length;
        }
        lastSeqs.push(this.postgres ? last : inserted);
      }
      if (this.postgres) return lastSeqs;
      // SQLite has one writer and AUTOINCREMENT seqs: this transaction's rows are consecutive,
      // in insertion order, ending at the last insert rowid.
      const last = Number((await tx.query('SELECT last_insert_rowid() AS seq'))[0].seq);
      return lastSeqs.map((count) => last - inserted + count);
    });
  }

  async compact(docId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const data = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        this.postgres
          ? `INSERT INTO document_snapshots (doc_id, data, last_seq, updated_at) VALUES ($1, $2, $3, now())
             ON CONFLICT (doc_id) DO UPDATE SET data = EXCLUDED.data, last_seq = EXCLUDED.last_seq, updated_at = now()
             WHERE document_snapshots.last_seq <= EXCLUDED.last_seq`
          : `INSERT INTO document_snapshots (doc_id, data, last_seq, updated_at) VALUES (?, ?, ?, datetime('now'))
             ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, last_seq = excluded.last_seq, updated_at = excluded.updated_at
             WHERE document_snapshots.last_seq <= excluded.last_seq`,
        [docId, data, upToSeq],
      );
      await tx.query(`DELETE FROM document_updates WHERE doc_id = ${this.p(1)} AND seq <= ${this.p(2)}`, [docId, upToSeq]);
    });
  }

  async tailLength(docId: string): Promise<number> {
    const rows = await this.dataSource.query(`SELECT count(*) AS n FROM document_updates WHERE doc_id = ${this.p(1)}`, [docId]);
    return Number(rows[0].n);
  }

  async delete(docId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM document_updates WHERE doc_id = ${this.p(1)}`, [docId]);
      await tx.query(`DELETE FROM document_snapshots WHERE doc_id = ${this.p(1)}`, [docId]);
    });
  }
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new Error('document store returned a non-binary payload');
}
