import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Named versions of a collaborative document: the full state at a moment, never rewritten. */
export class DocumentVersions1764500000000 implements MigrationInterface {
  name = 'DocumentVersions1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    await q.createTable(
      new Table({
        name: 'document_versions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'doc_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          // 'manual' (saved by an author) or 'review' (saved when submitted for review).
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: postgres ? 'timestamp' : 'datetime' },
          { name: 'data', type: postgres ? 'bytea' : 'blob' },
        ],
      }),
    );
    await q.createIndex('document_versions', new TableIndex({ name: 'IDX_document_versions_doc', columnNames: ['doc_id', 'created_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('document_versions');
  }
}
