import type { Database, Statement, Transaction } from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { sqliteTurn } from '../database/data-source';
import { DocumentStore, Fold, StoredDocument } from './document-store';

interface PendingAppend {
  docId: string;
  updates: Uint8Array[];
  resolve: (seqs: number[]) => void;
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
 *
 * On SQLite, loads, appends and compactions run as prepared statements on the connection
 * itself (`SqliteStatements`), in a turn of the data source's transaction queue: the same
 * transactions without TypeORM's query runner, broadcaster and promise chain per statement.
 */
export class SqlDocumentStore implements DocumentStore {
  private readonly postgres: boolean;
  private readonly sqlite: SqliteStatements | null;
  private pendingAppends: PendingAppend[] = [];
  private appendScheduled = false;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
    this.sqlite = this.postgres ? null : SqliteStatements.on(dataSource);
    // Appends on SQLite need the prepared statements and the transaction queue: without them
    // they would take the PostgreSQL path and fail on every write.
    if (!this.postgres && !this.sqlite) throw new Error('the document store needs an initialised SQLite data source made by createDataSource');
  }

  private p(index: number): string {
    return this.postgres ? `$${index}` : '?';
  }

  async load(docId: string): Promise<StoredDocument> {
    if (this.sqlite) return this.sqlite.load(docId);
    return fromRows(await this.dataSource.query(PG_LOAD, [docId]));
  }

  append(docId: string, updates: Uint8Array[]): Promise<number[]> {
    if (updates.length === 0) return Promise.resolve([]);
    return new Promise<number[]>((resolve, reject) => {
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
      const seqs = await this.insert(batch);
      batch.forEach((append, i) => append.resolve(seqs[i]));
    } catch (error) {
      // The transaction rolled back: none of these updates is stored.
      for (const append of batch) append.reject(error);
    }
  }

  /** Inserts every pending append in one transaction; resolves with each one's seqs. */
  private insert(batch: PendingAppend[]): Promise<number[][]> {
    if (this.sqlite) return this.sqlite.insert(batch);
    return this.insertPostgres(batch);
  }

  /**
   * One statement for the whole tick: one round trip, atomic on its own (two parameters,
   * whatever the number of rows). `WITH ORDINALITY … ORDER BY n` keeps each document's updates
   * in their order, and sequence values are taken in that order (RETURNING itself promises no
   * order).
   */
  private async insertPostgres(batch: PendingAppend[]): Promise<number[][]> {
    const docIds: string[] = [];
    const payloads: Buffer[] = [];
    for (const { docId, updates } of batch) {
      for (const update of updates) {
        docIds.push(docId);
        payloads.push(toBuffer(update));
      }
    }
    const rows = (await this.dataSource.query(
      `INSERT INTO document_updates (doc_id, data)
       SELECT d, u FROM unnest($1::varchar[], $2::bytea[]) WITH ORDINALITY AS t(d, u, n) ORDER BY n
       RETURNING seq`,
      [docIds, payloads],
    )) as { seq: string }[];
    // The statement takes sequence values in the order of n: sorted, they are the rows in order.
    const seqs = rows.map((row) => Number(row.seq)).sort((x, y) => x - y);
    let next = 0;
    return batch.map(({ updates }) => seqs.slice(next, (next += updates.length)));
  }

  async compact(docId: string, fold: Fold): Promise<number> {
    if (this.sqlite) return this.sqlite.compact(docId, fold);
    return this.dataSource.transaction(async (tx) => {
      // One compaction per document across all instances: the next one reads this one's
      // snapshot, so a snapshot never replaces one that holds more.
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [COMPACTION_LOCK, docId]);
      const stored = fromRows(await tx.query(PG_LOAD, [docId]));
      const { seqs } = stored;
      const snapshot = fold(stored);
      if (!snapshot) return 0;
      await tx.query(
        `INSERT INTO document_snapshots (doc_id, data, last_seq, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (doc_id) DO UPDATE SET data = EXCLUDED.data, last_seq = EXCLUDED.last_seq, updated_at = now()`,
        [docId, toBuffer(snapshot), stored.lastSeq],
      );
      // Exactly the rows read: a row committed after the read may carry a lower seq.
      if (seqs.length > 0) await tx.query('DELETE FROM document_updates WHERE doc_id = $1 AND seq = ANY($2::bigint[])', [docId, seqs]);
      return seqs.length;
    });
  }

  async delete(docId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM document_updates WHERE doc_id = ${this.p(1)}`, [docId]);
      await tx.query(`DELETE FROM document_snapshots WHERE doc_id = ${this.p(1)}`, [docId]);
    });
  }
}

/**
 * The store's SQLite statements, prepared once on the data source's own better-sqlite3
 * connection. Each operation is one synchronous better-sqlite3 transaction, run in a turn of
 * the data source's transaction queue, so it never joins a TypeORM transaction (whose rollback
 * would take our rows with it). Commits keep the connection's `synchronous = FULL`.
 */
class SqliteStatements {
  private readonly insertUpdate: Statement<[string, number, Buffer]>;
  private readonly lastSeq: Statement<[], number>;
  private readonly setLastSeq: Statement<[number]>;
  private readonly selectSnapshot: Statement<[string], { data: Buffer; last_seq: number | bigint }>;
  private readonly selectUpdates: Statement<[string], { seq: number | bigint; data: Buffer }>;
  private readonly upsertSnapshot: Statement<[string, Buffer, number]>;
  private readonly deleteUpTo: Statement<[string, number]>;
  private readonly insertAll: (batch: PendingAppend[]) => number[][];
  private readonly loadOne: (docId: string) => StoredDocument;
  private readonly compactOne: Transaction<(docId: string, fold: Fold) => number>;

  static on(dataSource: DataSource): SqliteStatements | null {
    const turn = sqliteTurn(dataSource);
    const db = (dataSource.driver as unknown as { databaseConnection?: Database }).databaseConnection;
    return turn && db ? new SqliteStatements(db, turn) : null;
  }

  private constructor(
    private readonly db: Database,
    private readonly turn: NonNullable<ReturnType<typeof sqliteTurn>>,
  ) {
    // The log is clustered by (doc_id, seq) (see the 1764600000000 migration); seqs come from
    // document_update_seq, read and advanced in the same transaction.
    this.insertUpdate = db.prepare('INSERT INTO document_updates (doc_id, seq, data) VALUES (?, ?, ?)');
    this.lastSeq = db.prepare<[], number>('SELECT last FROM document_update_seq WHERE id = 1').pluck();
    this.setLastSeq = db.prepare('UPDATE document_update_seq SET last = ? WHERE id = 1');
    this.selectSnapshot = db.prepare('SELECT data, last_seq FROM document_snapshots WHERE doc_id = ?');
    this.selectUpdates = db.prepare('SELECT seq, data FROM document_updates WHERE doc_id = ? ORDER BY seq');
    this.upsertSnapshot = db.prepare(
      `INSERT INTO document_snapshots (doc_id, data, last_seq, updated_at) VALUES (?, ?, ?, datetime('now'))
       ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, last_seq = excluded.last_seq, updated_at = excluded.updated_at`,
    );
    this.deleteUpTo = db.prepare('DELETE FROM document_updates WHERE doc_id = ? AND seq <= ?');
    this.insertAll = db.transaction((batch: PendingAppend[]) => {
      let seq = Number(this.lastSeq.get());
      const seqs = batch.map(({ docId, updates }) =>
        updates.map((update) => {
          this.insertUpdate.run(docId, ++seq, toBuffer(update));
          return seq;
        }),
      );
      this.setLastSeq.run(seq);
      return seqs;
    });
    this.loadOne = db.transaction((docId: string) => this.read(docId));
    this.compactOne = db.transaction((docId: string, fold: Fold) => {
      const stored = this.read(docId);
      const snapshot = fold(stored);
      if (!snapshot) return 0;
      this.upsertSnapshot.run(docId, toBuffer(snapshot), stored.lastSeq);
      // SQLite has one writer, and this transaction is it: the rows read are all rows up to
      // the last one read, so the range is exact.
      if (stored.updates.length > 0) this.deleteUpTo.run(docId, stored.lastSeq);
      return stored.updates.length;
    });
  }

  private read(docId: string): StoredDocument {
    const snapshot = this.selectSnapshot.get(docId);
    const rows = this.selectUpdates.all(docId);
    return fromRows([...(snapshot ? [{ kind: 0, seq: snapshot.last_seq, data: snapshot.data }] : []), ...rows.map((row) => ({ kind: 1, seq: row.seq, data: row.data }))]);
  }

  load(docId: string): Promise<StoredDocument> {
    return this.exclusive(() => this.loadOne(docId));
  }

  insert(batch: PendingAppend[]): Promise<number[][]> {
    return this.exclusive(() => this.insertAll(batch));
  }

  compact(docId: string, fold: Fold): Promise<number> {
    return this.exclusive(() => this.compactOne.immediate(docId, fold));
  }

  private exclusive<T>(work: () => T): Promise<T> {
    return this.turn(async () => {
      // A transaction TypeORM opened outside the queue (repository.save) may still be open:
      // wait for it rather than become part of it.
      while (this.db.inTransaction) await new Promise((resolve) => setImmediate(resolve));
      return work();
    });
  }
}

/**
 * A document in one statement (one consistent read on PostgreSQL, even under READ COMMITTED):
 * the snapshot row first, then every update row. Rows are not filtered by the snapshot's seq: a
 * row below it may have committed after the compaction read (see `compact`).
 */
const PG_LOAD = `SELECT 0 AS kind, last_seq AS seq, data FROM document_snapshots WHERE doc_id = $1
  UNION ALL SELECT 1 AS kind, seq, data FROM document_updates WHERE doc_id = $1
  ORDER BY kind, seq`;

/** First key of the PostgreSQL advisory lock that serialises compactions of a document. */
const COMPACTION_LOCK = 0x5a_c0;

interface Row {
  kind: number | string;
  seq: number | string | bigint;
  data: unknown;
}

function fromRows(rows: Row[]): StoredDocument {
  let snapshot: Uint8Array | null = null;
  let snapshotSeq = 0;
  let lastSeq = 0;
  const updates: Uint8Array[] = [];
  const seqs: number[] = [];
  for (const row of rows) {
    const seq = Number(row.seq);
    if (Number(row.kind) === 0) {
      snapshot = toBytes(row.data);
      snapshotSeq = seq;
    } else {
      updates.push(toBytes(row.data));
      seqs.push(seq);
    }
    if (seq > lastSeq) lastSeq = seq;
  }
  return { snapshot, snapshotSeq, updates, seqs, lastSeq };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new Error('document store returned a non-binary payload');
}
