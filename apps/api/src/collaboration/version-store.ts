import { DataSource } from 'typeorm';

export interface VersionMeta {
  id: string;
  docId: string;
  name: string;
  kind: 'manual' | 'review';
  createdBy: string | null;
  createdAt: Date;
}

/** Named versions in `document_versions`, with plain SQL like the document store. */
export class SqlVersionStore {
  private readonly postgres: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  private p(i: number): string {
    return this.postgres ? `$${i}` : '?';
  }

  async save(meta: VersionMeta, state: Uint8Array): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO document_versions (id, doc_id, name, kind, created_by, created_at, data) VALUES (${[1, 2, 3, 4, 5, 6, 7].map((i) => this.p(i)).join(', ')})`,
      [meta.id, meta.docId, meta.name, meta.kind, meta.createdBy, this.postgres ? meta.createdAt : meta.createdAt.toISOString(), Buffer.from(state)],
    );
  }

  async list(docId: string): Promise<VersionMeta[]> {
    const rows = await this.dataSource.query(
      `SELECT id, doc_id, name, kind, created_by, created_at FROM document_versions WHERE doc_id = ${this.p(1)} ORDER BY created_at DESC, id DESC`,
      [docId],
    );
    return (rows as Record<string, unknown>[]).map(toMeta);
  }

  async get(id: string): Promise<{ meta: VersionMeta; state: Uint8Array } | null> {
    const rows = await this.dataSource.query(`SELECT * FROM document_versions WHERE id = ${this.p(1)}`, [id]);
    if (!rows[0]) return null;
    return { meta: toMeta(rows[0]), state: new Uint8Array(rows[0].data as Buffer) };
  }
}

function toMeta(row: Record<string, unknown>): VersionMeta {
  const created = row.created_at;
  return {
    id: String(row.id),
    docId: String(row.doc_id),
    name: String(row.name),
    kind: row.kind === 'review' ? 'review' : 'manual',
    createdBy: row.created_by ? String(row.created_by) : null,
    createdAt: created instanceof Date ? created : new Date(String(created)),
  };
}
