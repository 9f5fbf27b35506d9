import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addPage, pageSummaries, setField } from '@samenwijs/module-model';
import { DOCUMENT_STORE, DocumentStore } from '../src/collaboration/document-store';
import { ModuleContentService } from '../src/collaboration/module-content.service';
import { tilliftModule } from '../src/seed/demo-content';
import { Engine, engines, outcome, startTestApp, TestApp, until } from './harness';

describe.each(engines())('module content and versions on %s', (engine: Engine) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    base = (await t.listen()).replace('http:', 'ws:') + '/collab';
  });
  afterAll(() => t.close());

  it('shows live edits in GraphQL within a second, saves, compares, renders and restores versions', async () => {
    const group = await t.f.group();
    const author = await t.f.user();
    await t.f.member(group, author, ['author']);
    const module = await t.f.module(group, author, { title: 'Tillift' });
    await t.app.get(ModuleContentService).initialise(module.id, tilliftModule());
    const token = await t.f.token(author);
    const pages = async () =>
      (await t.gql<{ module: { pages: { id: string; type: string; title: string }[] } }>('query($id: ID!) { module(id: $id) { pages { id type title } } }', { id: module.id }, { token })).data!.module.pages;
    expect((await pages()).map((p) => p.type)).toEqual(['title', 'text', 'mcq', 'gapFill', 'links']);

    const saved = await t.gql<{ saveModuleVersion: { id: string; kind: string } }>('mutation($id: ID!) { saveModuleVersion(input: { moduleId: $id, name: "Voor de review" }) { id kind } }', { id: module.id }, { token });
    expect(saved.data!.saveModuleVersion.kind).toBe('MANUAL');
    const versionId = saved.data!.saveModuleVersion.id;

    // An author edits live: renames the intro page and adds a page.
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(base, module.id, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true });
    await until(() => provider.synced, 'sync');
    const intro = pageSummaries(doc)[1].id;
    setField(doc, intro, 'name', 'Waarom altijd een tillift?');
    addPage(doc, 'text');
    const started = Date.now();
    await until(async () => (await pages()).length === 6 && (await pages())[1].title === 'Waarom altijd een tillift?', 'live pages in GraphQL', 1000);
    expect(Date.now() - started).toBeLessThan(1000);

    const diff = await t.gql<{ compareModuleVersions: { added: { type: string }[]; changed: { id: string; fields: { field: string; text: { op: string; text: string }[] }[] }[] } }>(
      'query($from: ID!) { compareModuleVersions(from: $from) { added { type } changed { id fields { field text { op text } } } } }',
      { from: versionId },
      { token },
    );
    expect(diff.data!.compareModuleVersions.added).toEqual([{ type: 'text' }]);
    const changedIntro = diff.data!.compareModuleVersions.changed.find((c) => c.id === intro)!;
    expect(changedIntro.fields[0]).toEqual({ field: 'name', text: [{ op: 'EQUAL', text: 'Waarom ' }, { op: 'INSERT', text: 'altijd ' }, { op: 'EQUAL', text: 'een tillift?' }] });

    const rendered = await t.gql<{ moduleVersion: { html: string; pages: { title: string }[] } }>('query($id: ID!) { moduleVersion(id: $id) { html pages { title } } }', { id: versionId }, { token });
    expect(rendered.data!.moduleVersion.pages[1].title).toBe('Waarom een tillift?');
    expect(rendered.data!.moduleVersion.html).toContain('Waarom een tillift?');
    expect(rendered.data!.moduleVersion.html).not.toMatch(/<script/i);

    // Restoring is a new change on top: the log only grows, and the open client follows.
    const store = t.app.get<DocumentStore>(DOCUMENT_STORE);
    const before = (await store.load(module.id)).lastSeq;
    expect(outcome(await t.gql('mutation($id: ID!) { restoreModuleVersion(id: $id) { id } }', { id: versionId }, { token }))).toBe('ok');
    expect((await store.load(module.id)).lastSeq).toBeGreaterThan(before);
    await until(() => pageSummaries(doc).length === 5 && pageSummaries(doc)[1].title === 'Waarom een tillift?', 'client sees the restore');
    expect((await pages())[1].title).toBe('Waarom een tillift?');

    const versions = await t.gql<{ module: { versions: { name: string; createdBy: { id: string } }[] } }>('query($id: ID!) { module(id: $id) { versions { name createdBy { id } } } }', { id: module.id }, { token });
    expect(versions.data!.module.versions).toEqual([{ name: 'Voor de review', createdBy: { id: author.id } }]);
    provider.destroy();
    doc.destroy();
  });

  it('refuses an empty or 100 kB version name by field, and versions of another module in a comparison', async () => {
    const group = await t.f.group();
    const author = await t.f.user();
    await t.f.member(group, author, ['author']);
    const [m1, m2] = [await t.f.module(group, author), await t.f.module(group, author)];
    const token = await t.f.token(author);
    const save = (id: string, name: string) => t.gql<{ saveModuleVersion: { id: string } }>('mutation($id: ID!, $n: String!) { saveModuleVersion(input: { moduleId: $id, name: $n }) { id } }', { id, n: name }, { token });
    for (const name of ['  ', 'x'.repeat(100_000)]) {
      const res = await save(m1.id, name);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    }
    const a = (await save(m1.id, 'A')).data!.saveModuleVersion.id;
    const b = (await save(m2.id, 'B')).data!.saveModuleVersion.id;
    const res = await t.gql('query($a: ID!, $b: ID!) { compareModuleVersions(from: $a, to: $b) { added { id } } }', { a, b }, { token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
  });
});
