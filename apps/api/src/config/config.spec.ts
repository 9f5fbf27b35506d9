import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dir = () => mkdtempSync(join(tmpdir(), 'samenwijs-config-'));

describe('loadConfig', () => {
  it('defaults to the embedded set-up: port 3000, SQLite and media under DATA_DIR, demo data', () => {
    const dataDir = dir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { kind: 'sqlite', file: join(dataDir, 'samenwijs.sqlite') },
      storage: { kind: 'local', dir: join(dataDir, 'media') },
      seedDemo: true,
      demoPassword: 'samenwijs-demo',
    });
    expect(config.redisUrl).toBeUndefined();
  });

  it('generates the JWT secret once into DATA_DIR, readable only by the owner, and keeps it', () => {
    const dataDir = dir();
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o077).toBe(0);
  });

  it('selects PostgreSQL, S3 and Redis from their variables', () => {
    const config = loadConfig({
      DATA_DIR: dir(),
      DATABASE_URL: 'postgres://u:p@db:5432/samenwijs',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY: 'key',
      S3_SECRET_KEY: 'secret',
      S3_BUCKET: 'samenwijs-media',
      REDIS_URL: 'redis://redis:6379',
      PORT: '8080',
      PUBLIC_URL: 'https://samenwijs.example.nl/',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/samenwijs', schema: undefined });
    expect(config.storage).toMatchObject({ kind: 's3', bucket: 'samenwijs-media' });
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(config.publicUrl).toBe('https://samenwijs.example.nl');
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ DATA_DIR: dir(), NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dir(), SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL'],
    [{ REDIS_URL: 'http://redis' }, 'REDIS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ SEED_DEMO: 'ja' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ S3_ENDPOINT: 'http://minio:9000' }, 'S3_ACCESS_KEY'],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY: 'k', S3_SECRET_KEY: 's', S3_BUCKET: 'Not_A_Bucket' }, 'S3_BUCKET'],
    [{ DEMO_PASSWORD: 'kort' }, 'DEMO_PASSWORD'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'loopback, 10.0.0.1/8/2' }, 'TRUST_PROXY'],
  ])('stops on %j with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dir(), ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('believes forwarded addresses from loopback only, unless told which proxies to trust', () => {
    expect(loadConfig({ DATA_DIR: dir() }).trustProxy).toBe('loopback');
    expect(loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'loopback,172.18.0.0/16, fd00::1' }).trustProxy).toBe('loopback, 172.18.0.0/16, fd00::1');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATA_DIR: dir(), DATABASE_URL: '', REDIS_URL: '' }).database.kind).toBe('sqlite');
  });
});
