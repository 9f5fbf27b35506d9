import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/config';
import { openDatabase } from '../src/database/data-source';
import { SqlDocumentStore } from '../src/collaboration/sql-document-store';
import { UserEntity } from '../src/modules/users/user.entity';
import { Engine, engines } from './harness';

function databaseFor(engine: Engine): { database: AppConfig['database']; cleanup: (ds: DataSource) => Promise<void> } {
  if (engine === 'postgres') {
    const schema = `m_${randomBytes(6).toString('hex')}`;
    return {
      database: { kind: 'postgres', url: process.env.TEST_DATABASE_URL!, schema },
      cleanup: async (ds) => {
        await ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'samenwijs-migrations-'));
  return { database: { kind: 'sqlite', file: join(dir, 'db.sqlite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

describe.each(engines())('migrations on %s', (engine) => {
  let ds: DataSource;
  let cleanup: (ds: DataSource) => Promise<void>;

  beforeAll(async () => {
    const setup = databaseFor(engine);
    cleanup = setup.cleanup;
    ds = await openDatabase({ database: setup.database });
  });

  afterAll(async () => {
    await cleanup(ds);
    await ds.destroy();
  });

  it('leave no difference between the entities and the migrated schema', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run down to an empty schema and up again', async () => {
    const migrations = ds.migrations.length;
    for (let i = 0; i < migrations; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = (await ds.createQueryRunner().getTables(['users', 'learning_modules'])).map((t) => t.name);
    expect(tables).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('never run synchronize', () => {
    expect(ds.options.synchronize).toBe(false);
  });

  it('make findOneBy with an undefined or null where value throw instead of returning a row', async () => {
    await ds.getRepository(UserEntity).insert({ id: '00000000-0000-4000-8000-000000000001', email: 'eerste@school.test', name: 'Eerste', passwordHash: null, isAdmin: false });
    const users = ds.getRepository(UserEntity);
    await expect(users.findOneBy({ id: undefined })).rejects.toThrow();
    await expect(users.findOneBy({ id: null as unknown as string })).rejects.toThrow();
    await expect(users.findBy({ passwordHash: null as unknown as string })).rejects.toThrow();
  });

  if (engine === 'postgres') {
    it('let several instances start at once: one migrates, the others wait', async () => {
      const schema = `c_${randomBytes(6).toString('hex')}`;
      const database = { kind: 'postgres', url: process.env.TEST_DATABASE_URL!, schema } as const;
      const sources = await Promise.all([openDatabase({ database }), openDatabase({ database }), openDatabase({ database })]);
      try {
        const applied = await sources[0].query(`SELECT count(*)::int AS n FROM "${schema}".migrations`);
        expect(applied[0].n).toBe(sources[0].migrations.length);
      } finally {
        await sources[0].query(`DROP SCHEMA "${schema}" CASCADE`);
        await Promise.all(sources.map((s) => s.destroy()));
      }
    });
  }

  if (engine === 'sqlite') {
    it('run SQLite with WAL, foreign keys and a busy timeout', async () => {
      expect((await ds.query('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
      expect((await ds.query('PRAGMA foreign_keys'))[0].foreign_keys).toBe(1);
      expect((await ds.query('PRAGMA busy_timeout'))[0].timeout).toBe(5000);
    });
  }
});

describe('SQLite under concurrent requests', () => {
  it('runs concurrent transactions one after another instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenwijs-concurrent-'));
    const ds = await openDatabase({ database: { kind: 'sqlite', file: join(dir, 'db.sqlite') } });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          ds.transaction(async (tx) => {
            await tx.query('SELECT 1');
            await new Promise((r) => setTimeout(r, 1));
            await tx.getRepository(UserEntity).insert({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, email: `u${i}@school.test`, name: `U${i}`, passwordHash: null, isAdmin: false });
            return i;
          }),
        ),
      );
      expect(results).toHaveLength(20);
      expect(await ds.getRepository(UserEntity).count()).toBe(20);
    } finally {
      await ds.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SQLite update log clustered by document (1764600000000)', () => {
  it('keeps every row and its seq, and gives new rows seqs above every one given before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenwijs-log-'));
    const ds = await openDatabase({ database: { kind: 'sqlite', file: join(dir, 'db.sqlite') } });
    try {
      await ds.undoLastMigration({ transaction: 'each' }); // back to the rowid log
      const a = '00000000-0000-4000-8000-00000000000a';
      const b = '00000000-0000-4000-8000-00000000000b';
      for (const [doc, byte] of [[a, 1], [b, 2], [a, 3], [b, 4], [a, 5]] as const) {
        await ds.query('INSERT INTO document_updates (doc_id, data) VALUES (?, ?)', [doc, Buffer.from([byte])]);
      }
      // The newest row is gone (a deleted module): its seq must not be given again.
      await ds.query('DELETE FROM document_updates WHERE seq = 5');
      await ds.query("INSERT INTO document_snapshots (doc_id, data, last_seq) VALUES (?, ?, 2)", [b, Buffer.from([9])]);

      await ds.runMigrations({ transaction: 'each' });
      const store = new SqlDocumentStore(ds);
      expect(await store.load(a)).toMatchObject({ updates: [Uint8Array.from([1]), Uint8Array.from([3])], seqs: [1, 3] });
      expect(await store.load(b)).toMatchObject({ snapshot: Uint8Array.from([9]), snapshotSeq: 2, updates: [Uint8Array.from([2]), Uint8Array.from([4])], seqs: [2, 4] });
      expect(await store.append(a, [Uint8Array.from([6]), Uint8Array.from([7])])).toEqual([6, 7]);
      expect(await store.append(b, [Uint8Array.from([8])])).toEqual([8]);
      expect((await store.load(a)).seqs).toEqual([1, 3, 6, 7]);
    } finally {
      await ds.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
