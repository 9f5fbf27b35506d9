import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite only: the update log clustered by document. The rowid table kept rows in arrival
 * order, so a document's tail lay one row per page among every other document's rows, and a
 * compaction's DELETE of 1,000 rows rewrote about 1,000 pages (4 MB through the WAL, 22-24 ms
 * on this VM, 13-15 ms of CPU). Keyed by (doc_id, seq) WITHOUT ROWID, the tail is a few
 * adjacent pages: the same compaction takes 2-3 ms, and a load reads the tail in about half the
 * time. Appends cost the same (about one page per document in the commit).
 *
 * Seqs stay global and increasing without AUTOINCREMENT: `document_update_seq` holds the last
 * one given, read and advanced in each append's transaction (one row, one page per commit, as
 * sqlite_sequence was). PostgreSQL keeps its heap table and bigserial: nothing changes there.
 */
export class DocumentUpdatesByDocument1764600000000 implements MigrationInterface {
  name = 'DocumentUpdatesByDocument1764600000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'postgres') return;
    await q.query(
      `CREATE TABLE "document_updates_by_doc" ("doc_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "data" blob NOT NULL,
       PRIMARY KEY ("doc_id", "seq")) WITHOUT ROWID`,
    );
    await q.query('INSERT INTO "document_updates_by_doc" ("doc_id", "seq", "data") SELECT "doc_id", "seq", "data" FROM "document_updates"');
    await q.query('CREATE TABLE "document_update_seq" ("id" integer PRIMARY KEY NOT NULL CHECK ("id" = 1), "last" integer NOT NULL)');
    // Above every seq ever given: rows still here, rows folded into snapshots, and rows deleted
    // since (AUTOINCREMENT's high-water mark).
    await q.query(
      `INSERT INTO "document_update_seq" ("id", "last") SELECT 1, max(
         coalesce((SELECT max("seq") FROM "document_updates"), 0),
         coalesce((SELECT max("last_seq") FROM "document_snapshots"), 0),
         coalesce((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'document_updates'), 0))`,
    );
    await q.query('DROP TABLE "document_updates"');
    await q.query('ALTER TABLE "document_updates_by_doc" RENAME TO "document_updates"');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'postgres') return;
    await q.query(
      `CREATE TABLE "document_updates_by_arrival" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_id" varchar(36) NOT NULL, "data" blob NOT NULL)`,
    );
    await q.query('INSERT INTO "document_updates_by_arrival" ("seq", "doc_id", "data") SELECT "seq", "doc_id", "data" FROM "document_updates" ORDER BY "seq"');
    await q.query('DROP TABLE "document_updates"');
    await q.query('DROP TABLE "document_update_seq"');
    await q.query('ALTER TABLE "document_updates_by_arrival" RENAME TO "document_updates"');
    await q.query('CREATE INDEX "IDX_document_updates_doc_seq" ON "document_updates" ("doc_id", "seq")');
  }
}
