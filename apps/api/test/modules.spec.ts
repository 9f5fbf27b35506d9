import { Engine, engines, outcome, startTestApp, TestApp } from './harness';

const PAGE = 'query($id: ID, $first: Int!, $after: String, $del: Boolean) { group(id: $id) { modules(first: $first, after: $after, includeDeleted: $del) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title deletedAt } } } } }';

interface Page {
  group: { modules: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; title: string; deletedAt: string | null } }[] } };
}

describe.each(engines())('modules on %s', (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  async function setup() {
    const author = await t.f.user();
    const group = await t.f.group();
    await t.f.member(group, author, ['author']);
    return { author, group, token: await t.f.token(author) };
  }

  it('creates, renames, deletes and restores a module', async () => {
    const { group, token } = await setup();
    const created = await t.gql<{ createModule: { id: string; title: string; status: string; language: string; createdBy: { id: string } } }>(
      'mutation($g: ID!) { createModule(input: { groupId: $g, title: "  Tillift  ", description: "Veilig" }) { id title status language createdBy { id } } }',
      { g: group.id },
      { token },
    );
    expect(created.data!.createModule).toMatchObject({ title: 'Tillift', status: 'DRAFT', language: 'nl' });
    const id = created.data!.createModule.id;

    const renamed = await t.gql<{ renameModule: { title: string } }>('mutation($id: ID!) { renameModule(input: { id: $id, title: "Tillift veilig" }) { title } }', { id }, { token });
    expect(renamed.data!.renameModule.title).toBe('Tillift veilig');

    const deleted = await t.gql<{ deleteModule: { deletedAt: string } }>('mutation($id: ID!) { deleteModule(id: $id) { deletedAt } }', { id }, { token });
    expect(deleted.data!.deleteModule.deletedAt).not.toBeNull();
    const live = await t.gql<Page>(PAGE, { id: group.id, first: 10 }, { token });
    expect(live.data!.group.modules.totalCount).toBe(0);
    const all = await t.gql<Page>(PAGE, { id: group.id, first: 10, del: true }, { token });
    expect(all.data!.group.modules.edges.map((e) => e.node.id)).toEqual([id]);
    expect(outcome(await t.gql('mutation($id: ID!) { renameModule(input: { id: $id, title: "Weg" }) { id } }', { id }, { token }))).toBe('FORBIDDEN');
    expect(outcome(await t.gql('mutation($id: ID!) { deleteModule(id: $id) { id } }', { id }, { token }))).toBe('FORBIDDEN');

    const restored = await t.gql<{ restoreModule: { deletedAt: string | null } }>('mutation($id: ID!) { restoreModule(id: $id) { deletedAt } }', { id }, { token });
    expect(restored.data!.restoreModule.deletedAt).toBeNull();
    expect((await t.gql<Page>(PAGE, { id: group.id, first: 10 }, { token })).data!.group.modules.totalCount).toBe(1);
  });

  it('pages through modules newest first without gaps or repeats, also when modules are added meanwhile', async () => {
    const { author, group, token } = await setup();
    const made = [];
    for (let i = 0; i < 25; i++) made.push(await t.f.module(group, author, { title: `Module ${String(i).padStart(2, '0')}` }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data?: Page | null } = await t.gql<Page>(PAGE, { id: group.id, first: 10, after }, { token });
      const modules = res.data!.group.modules;
      expect(modules.totalCount).toBe(pages === 0 ? 25 : 26);
      seen.push(...modules.edges.map((e) => e.node.id));
      after = modules.pageInfo.hasNextPage ? modules.pageInfo.endCursor : null;
      // Someone adds a module while we are paging: it belongs before the cursor.
      if (pages === 0) await t.f.module(group, author, { title: 'Later toegevoegd' });
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    expect(seen.sort()).toEqual(made.map((m) => m.id).sort());
  });

  it('reflects the contract query shape for one module', async () => {
    const { author, group, token } = await setup();
    const module = await t.f.module(group, author, { title: 'Domotica' });
    const res = await t.gql<{ module: { id: string; title: string; status: string } }>('query($id: ID!) { module(id: $id) { id title status } }', { id: module.id }, { token });
    expect(res.data!.module).toEqual({ id: module.id, title: 'Domotica', status: 'DRAFT' });
  });
});
