import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The collaborative documents' write-ahead log and snapshots. Read and written with plain
 * SQL by the document store (batched appends, binary payloads), so no entities map them.
 */
export class DocumentStore1764400000000 implements MigrationInterface {
  name = 'DocumentStore1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    const binary = postgres ? 'bytea' : 'blob';
    await q.createTable(
      new Table({
        name: 'document_updates',
        columns: [
          // SQLite needs INTEGER for an autoincrementing rowid key; PostgreSQL gets bigserial.
          { name: 'seq', type: postgres ? 'bigint' : 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'doc_id', type: 'varchar', length: '36' },
          { name: 'data', type: binary },
        ],
      }),
    );
    await q.createIndex('document_updates', new TableIndex({ name: 'IDX_document_updates_doc_seq', columnNames: ['doc_id', 'seq'] }));
    await q.createTable(
      new Table({
        name: 'document_snapshots',
        columns: [
          { name: 'doc_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'data', type: binary },
          // The highest update seq the snapshot contains; later rows are the tail.
          { name: 'last_seq', type: 'bigint' },
          { name: 'updated_at', type: postgres ? 'timestamp' : 'datetime', default: postgres ? 'now()' : "(datetime('now'))" },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('document_snapshots');
    await q.dropTable('document_updates');
  }
}
