import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * TypeORM options for the configured engine. `invalidWhereValuesBehavior: throw` makes
 * `findOneBy({ id: undefined })` an error instead of "the first row" (typeorm#9316).
 */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  } as const;
  if (config.database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.database.url,
      schema: config.database.schema,
      extra: { max: 10, options: config.database.schema ? `-c search_path=${config.database.schema}` : undefined },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    enableWAL: true,
    // better-sqlite3 waits this long for a lock instead of failing with SQLITE_BUSY.
    timeout: 5000,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // FULL: a commit survives power loss too, not only a crashed process. Appends are
      // batched, so the extra fsync is paid per batch, not per keystroke.
      db.pragma('synchronous = FULL');
    },
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(config: Pick<AppConfig, 'database'>): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  if (config.database.kind === 'sqlite') {
    serialiseTransactions(dataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  }
  // Several instances may start at once: one migrates while the others wait on the lock.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (config.database.schema) await lock.query(`CREATE SCHEMA IF NOT EXISTS "${config.database.schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}

/** Advisory lock key for migrations ("samenwij" in ASCII). */
const MIGRATION_LOCK = 0x73616d656e77696an.toString();

/**
 * better-sqlite3 is one connection: two transactions started by concurrent requests would
 * nest ("cannot start a transaction within a transaction"). Transactions therefore take
 * turns; SQLite allows only one writer at a time anyway.
 */
function serialiseTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  const turn = <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  (manager as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args: unknown[]) =>
    turn(() => transaction(...args));
  sqliteTurns.set(dataSource, turn);
}

type Turn = <T>(work: () => T | Promise<T>) => Promise<T>;
const sqliteTurns = new WeakMap<DataSource, Turn>();

/**
 * On SQLite: runs `work` in the transaction queue's next turn, when no transaction of the data
 * source is open, for code that runs its own statements on the connection (the document
 * store's hot path). Null on PostgreSQL, or before `openDatabase` set the queue up.
 */
export function sqliteTurn(dataSource: DataSource): Turn | null {
  return sqliteTurns.get(dataSource) ?? null;
}
