import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one validated configuration object. Nothing else in the API reads `process.env`.
 * A missing or malformed variable stops start-up with one line that names it.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  publicUrl: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
  storage: { kind: 'local'; dir: string } | { kind: 's3'; endpoint: string; accessKey: string; secretKey: string; bucket: string };
  redisUrl?: string;
  jwtSecret: string;
  seedDemo: boolean;
  demoPassword: string;
  /** Serve the built web app from this folder, when it exists. */
  webDir: string;
  /**
   * The proxies whose X-Forwarded-For is believed (Express's `trust proxy` list): the client
   * address that sign-in throttling counts comes from it. Only these, never any private
   * address: on a school network every computer could otherwise name its own address.
   */
  trustProxy: string;
  logLevel: 'silent' | 'info';
  auth: { accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number; argon2MemoryKiB: number };
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier').optional(),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  S3_ACCESS_KEY: z.string().min(1).optional(),
  S3_SECRET_KEY: z.string().min(1).optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name').optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SEED_DEMO: boolean.optional(),
  DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').default('samenwijs-demo'),
  WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['silent', 'info']).optional(),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((value) => value.split(',').map((entry) => entry.trim()))
    .refine((entries) => entries.every(isProxyEntry), 'must be a comma-separated list of loopback, linklocal, uniquelocal, IP addresses or CIDR ranges')
    .transform((entries) => entries.join(', ')),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(90 * 86_400).default(30 * 86_400),
});

export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppConfig {
  // Empty strings count as unset, the way shells and compose files usually mean them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, present[variable] === undefined ? 'is required' : `is invalid: ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);

  const s3Vars = ['S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY', 'S3_BUCKET'] as const;
  const s3Set = s3Vars.filter((v) => e[v] !== undefined);
  if (s3Set.length > 0 && s3Set.length < s3Vars.length) {
    const missing = s3Vars.find((v) => e[v] === undefined) as string;
    throw new ConfigError(missing, `is required when ${s3Set[0]} is set`);
  }
  if (e.DATABASE_SCHEMA && !e.DATABASE_URL) throw new ConfigError('DATABASE_SCHEMA', 'needs DATABASE_URL');

  ensureDir(dataDir);
  const port = e.PORT;
  return {
    nodeEnv: e.NODE_ENV,
    port,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA }
      : { kind: 'sqlite', file: join(dataDir, 'samenwijs.sqlite') },
    storage:
      s3Set.length === s3Vars.length
        ? { kind: 's3', endpoint: e.S3_ENDPOINT!, accessKey: e.S3_ACCESS_KEY!, secretKey: e.S3_SECRET_KEY!, bucket: e.S3_BUCKET! }
        : { kind: 'local', dir: join(dataDir, 'media') },
    redisUrl: e.REDIS_URL,
    jwtSecret: e.JWT_SECRET ?? generatedSecret(dataDir, 'jwt-secret'),
    seedDemo: e.NODE_ENV === 'production' ? false : (e.SEED_DEMO ?? true),
    demoPassword: e.DEMO_PASSWORD,
    webDir: e.WEB_DIR ? resolve(cwd, e.WEB_DIR) : resolve(__dirname, '../../../../../web'),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: e.TRUST_PROXY,
    auth: {
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
      // OWASP minimum for Argon2id: m=19 MiB, t=2, p=1.
      argon2MemoryKiB: 19_456,
    },
  };
}

/** One entry of a `trust proxy` list: a named range, an address, or an address with a prefix length. */
function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ConfigError('DATA_DIR', `cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${dir}`);
  }
}

/** A secret generated once into DATA_DIR (mode 0600) so restarts keep sessions valid. */
function generatedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
