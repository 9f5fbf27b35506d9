import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const MAIN = join(root, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The built platform (`npm start` without the build) as its own process, on a free port. */
export class PlatformProcess {
  private child?: ChildProcess;
  output = '';
  url = '';

  constructor(readonly dataDir = mkdtempSync(join(tmpdir(), 'samenwijs-e2e-'))) {}

  async start(env: Record<string, string> = {}): Promise<void> {
    if (!existsSync(MAIN)) throw new Error(`No build at ${MAIN}; run "npm run build" first`);
    const port = await freePort();
    this.url = `http://localhost:${port}`;
    this.output = '';
    const child = spawn(process.execPath, [MAIN], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: this.dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`platform did not start:\n${this.output}`)), 60_000);
      const check = () => {
        if (this.output.includes('runs at')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`platform exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** kill -9: no shutdown hooks, no flush. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Polls `check` until it holds, failing with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000, pollMs = 5): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** The demo accounts' password (DEMO_PASSWORD's default). */
export const DEMO_PASSWORD = 'samenwijs-demo';

/** One GraphQL request to a running platform; GraphQL errors throw. */
export async function gql<T>(url: string, query: string, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** A demo account's access token. */
export async function login(url: string, email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(url, `mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { accessToken } }`);
  return data.login.accessToken;
}

/** Sets a demo account's roles in the Zorgtechnologie group, as its coordinator. */
export async function setDemoRoles(url: string, email: string, roles: string[]): Promise<void> {
  const coordinator = await login(url, 'coordinator@samenwijs.test');
  const { group } = await gql<{ group: { id: string; members: { user: { id: string; email: string } }[] } }>(
    url,
    '{ group(slug: "zorgtechnologie") { id members { user { id email } } } }',
    coordinator,
  );
  const userId = group.members.find((m) => m.user.email === email)?.user.id;
  if (!userId) throw new Error(`${email} is not in the group`);
  await gql(url, `mutation { setMemberRoles(input: { groupId: "${group.id}", userId: "${userId}", roles: [${roles.join(', ')}] }) { id } }`, coordinator);
}

/** The part of a playwright Page that signing in needs (keeps this file free of playwright). */
interface SignInPage {
  goto(url: string): Promise<unknown>;
  getByLabel(text: string): { fill(value: string): Promise<void> };
  locator(selector: string): { fill(value: string): Promise<void> };
  getByRole(role: 'button' | 'heading', options: { name: string; level?: number }): { click(): Promise<void>; waitFor(): Promise<void> };
}

/** Signs a demo account in through the real sign-in page and waits for the dashboard. */
export async function signIn(page: SignInPage, baseUrl: string, email: string): Promise<void> {
  await page.goto(baseUrl + '/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' }).waitFor();
}
