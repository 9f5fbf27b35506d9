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
      db.pragma('synchronous = NORMAL');
    },
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(config: Pick<AppConfig, 'database'>): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  if (config.database.kind === 'postgres' && config.database.schema) {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${config.database.schema}"`);
  }
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
