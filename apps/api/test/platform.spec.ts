import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ModuleContentService } from '../src/collaboration/module-content.service';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { tilliftModule } from '../src/seed/demo-content';
import { DEMO_ACCOUNTS, seedDemo } from '../src/seed/demo-seed';
import { Engine, engines, outcome, startTestApp, TestApp } from './harness';

describe.each(engines())('demo data on %s', (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('seeds the contract world once: the coordinator sees Zorgtechnologie with members of two schools', async () => {
    const hasher = t.app.get(PasswordHasher);
    const content = t.app.get(ModuleContentService);
    const write = async (id: string, title: string) => {
      if (title === 'Veilig werken met de tillift') await content.initialise(id, tilliftModule());
    };
    expect(await seedDemo(t.app.get(DataSource), (p) => hasher.hash(p), 'samenwijs-demo', write)).toBe(true);
    expect(await seedDemo(t.app.get(DataSource), (p) => hasher.hash(p), 'samenwijs-demo')).toBe(false);

    const login = await t.gql<{ login: { accessToken: string } }>('mutation { login(input: { email: "coordinator@samenwijs.test", password: "samenwijs-demo" }) { accessToken } }');
    const token = login.data!.login.accessToken;
    const me = await t.gql<{ me: { groups: { name: string; myRoles: string[]; membersBySchool: { school: { brin: string } }[]; modules: { totalCount: number } }[] } }>(
      '{ me { groups { name myRoles membersBySchool { school { brin } } modules(first: 10) { totalCount } } } }',
      {},
      { token },
    );
    const zorg = me.data!.me.groups.find((g) => g.name === 'Zorgtechnologie')!;
    expect(zorg.myRoles).toContain('COORDINATOR');
    expect(zorg.membersBySchool.length).toBeGreaterThanOrEqual(2);
    expect(zorg.modules.totalCount).toBeGreaterThan(0);
    const beauty = me.data!.me.groups.find((g) => g.name === 'Schoonheidsverzorging')!;
    expect(beauty.membersBySchool.length).toBeGreaterThanOrEqual(2);

    // The demo module holds several page types, read through the document store.
    const modules = await t.gql<{ group: { modules: { edges: { node: { title: string; pages: { type: string; title: string }[] } }[] } } }>(
      '{ group(slug: "zorgtechnologie") { modules(first: 10) { edges { node { title pages { type title } } } } } }',
      {},
      { token },
    );
    expect(modules.errors).toBeUndefined();
    const tillift = modules.data!.group.modules.edges.find((e) => e.node.title === 'Veilig werken met de tillift')!.node;
    expect(tillift.pages.map((p) => p.type)).toEqual(['title', 'text', 'mcq', 'gapFill', 'links']);
    expect(tillift.pages[1].title).toBe('Waarom een tillift?');
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.email]))('signs in %s with the demo password', async (email) => {
    expect(outcome(await t.gql(`mutation { login(input: { email: "${email}", password: "samenwijs-demo" }) { accessToken } }`))).toBe('ok');
  });

  it('makes an author change roles FORBIDDEN', async () => {
    const author = await t.gql<{ login: { accessToken: string } }>('mutation { login(input: { email: "auteur.a@samenwijs.test", password: "samenwijs-demo" }) { accessToken } }');
    const token = author.data!.login.accessToken;
    const group = await t.gql<{ group: { id: string; members: { user: { id: string } }[] } }>('{ group(slug: "zorgtechnologie") { id members { user { id } } } }', {}, { token });
    const res = await t.gql('mutation($g: ID!, $u: ID!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: [COORDINATOR] }) { id } }', { g: group.data!.group.id, u: group.data!.group.members[0].user.id }, { token });
    expect(outcome(res)).toBe('FORBIDDEN');
  });
});

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'samenwijs-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Samenwijs</title><div id="root"></div>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    t = await startTestApp('sqlite', { WEB_DIR: web });
  });
  afterAll(() => t.close());

  it('reports health of database, storage and Redis', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: { status: 'ok', engine: 'sqlite' }, storage: { status: 'ok', driver: 'local' }, redis: { status: 'disabled' } });
  });

  it('serves the web app for its routes and its assets, but not for API paths', async () => {
    for (const path of ['/', '/inloggen', '/groepen/zorgtechnologie']) {
      const res = await t.http.get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
    }
    expect((await t.http.get('/app.js')).text).toBe('console.log(1)');
    expect((await t.http.get('/api/onbekend')).status).toBe(404);
  });
});

describe('start-up', () => {
  it('stops with one line naming a malformed variable', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: join(__dirname, '..', '..', '..'),
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: 'drieduizend', DATA_DIR: mkdtempSync(join(tmpdir(), 'samenwijs-start-')) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: PORT is invalid/)]);
  });
});
