import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { closeApp, createApp } from '../src/bootstrap';
import type { StoredDocument } from '../src/collaboration/document-store';
import { AppConfig, loadConfig } from '../src/config/config';
import { Factories } from './factories';

export type Engine = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  f: Factories;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; cookie?: string; ip?: string }): Promise<GqlResponse<T>>;
  /** Starts listening on a free loopback port (for WebSocket tests); returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real Nest application against a fresh database: a temporary SQLite file, or a
 * new PostgreSQL schema that is dropped afterwards. Every test builds its own world.
 */
export async function startTestApp(engine: Engine, env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samenwijs-test-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    SEED_DEMO: 'false',
    ...(engine === 'postgres' ? { DATABASE_URL: process.env.TEST_DATABASE_URL!, DATABASE_SCHEMA: schema } : {}),
    ...env,
  });
  const app = await createApp(config);
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();
  const testApp: TestApp = {
    app,
    config,
    dataSource,
    http: request(server),
    f: new Factories(app),
    async gql(query, variables, options = {}) {
      let req = request(server).post('/graphql').set('content-type', 'application/json');
      if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
      if (options.cookie) req = req.set('cookie', options.cookie);
      if (options.ip) req = req.set('x-forwarded-for', options.ip);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers };
    },
    async listen() {
      await app.listen(0, '127.0.0.1');
      const address = app.getHttpServer().address() as { port: number };
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      await closeApp(app);
      if (engine === 'postgres') {
        const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** The code of the first error, or 'ok' when the answer carries no error. */
export function outcome(res: GqlResponse): string {
  return res.errors?.length ? String(res.errors[0].extensions?.code) : 'ok';
}

/** Bytes a stored document takes: its snapshot and every update row. */
export function storedBytes(stored: StoredDocument): number {
  return (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((n, u) => n + u.byteLength, 0);
}

/** Polls `check` until it holds, failing with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000, pollMs = 10): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
