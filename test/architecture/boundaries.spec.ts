import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The architecture is checked by machines: these tests feed ESLint small sources placed in
 * real projects and expect the boundary rules to object, so a weakened lint config fails here.
 */
const root = join(__dirname, '..', '..');

describe('project boundaries', () => {
  beforeAll(() => {
    // The Nx rule reads the cached project graph; computing it is cheap.
    execFileSync(join(root, 'node_modules', '.bin', 'nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } });
  });

  // ESLint runs as its own process, exactly as `npm run lint` runs it (its flat config is an
  // ES module, which jest's module system cannot load).
  const lint = async (file: string, code: string) => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', join(root, file), '--format', 'json'], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
    return report.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };

  it.each([
    ['a util library importing a domain library', 'libs/core/src/probe.ts', "import { can } from '@samenwijs/authz';\nexport const x = can;\n", '@nx/enforce-module-boundaries'],
    ['a domain library importing NestJS', 'libs/authz/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", 'no-restricted-imports'],
    ['a domain library importing TypeORM', 'libs/accounts/src/probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n", 'no-restricted-imports'],
    ['a library importing from an app', 'libs/authz/src/probe.ts', "import { AppModule } from '../../../apps/api/src/app.module';\nexport const x = AppModule;\n", '@nx/enforce-module-boundaries'],
    ['the web app importing the API', 'apps/web/src/probe.ts', "import { loadConfig } from '../../api/src/config/config';\nexport const x = loadConfig;\n", '@nx/enforce-module-boundaries'],
    ['API code reading process.env outside config', 'apps/api/src/modules/probe.ts', 'export const port = process.env.PORT;\n', 'no-restricted-syntax'],
  ])('refuses %s', async (_name, file, code, rule) => {
    expect((await lint(file, code)).some((m) => m.startsWith(`${rule}:`))).toBe(true);
  });

  it('allows an app to use a domain library through its alias', async () => {
    expect(await lint('apps/api/src/modules/probe.ts', "import { can } from '@samenwijs/authz';\nexport const x = can;\n")).toEqual([]);
  });

  it('gives every project a scope and a type tag', () => {
    const projects = ['apps', 'libs'].flatMap((top) =>
      readdirSync(join(root, top), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(root, top, d.name, 'project.json')),
    );
    expect(projects.length).toBeGreaterThanOrEqual(4);
    for (const file of projects) {
      const tags: string[] = JSON.parse(readFileSync(file, 'utf8')).tags ?? [];
      expect([file, tags.some((t) => t.startsWith('scope:'))]).toEqual([file, true]);
      expect([file, tags.some((t) => t.startsWith('type:'))]).toEqual([file, true]);
    }
  });
});
