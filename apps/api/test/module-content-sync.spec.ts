import * as Y from 'yjs';
import { createModule, DOC_KEYS, hasLegacyContent, pageSummaries, propertiesOf, setField } from '@samenwijs/module-model';
import { DOCUMENT_STORE, DocumentStore } from '../src/collaboration/document-store';
import { DocumentService } from '../src/collaboration/document.service';
import { contentLanguage, TITLE_SYNC_DELAY_MS } from '../src/collaboration/module-content-sync';
import { Engine, engines, startTestApp, TestApp, until } from './harness';

describe.each(engines())('a module’s title in the catalogue and in its content, on %s', (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  async function rootName(moduleId: string): Promise<string | undefined> {
    const doc: Y.Doc = await t.app.get(DocumentService).snapshot(moduleId);
    try {
      return propertiesOf(doc).get('name');
    } finally {
      doc.destroy();
    }
  }

  it('starts a new module’s content with its title and language, and follows renames both ways', async () => {
    const group = await t.f.group();
    const author = await t.f.user();
    await t.f.member(group, author, ['author']);
    const token = await t.f.token(author);

    const created = await t.gql<{ createModule: { id: string } }>(
      'mutation($g: ID!) { createModule(input: { groupId: $g, title: "Hygiëne & veiligheid", language: "en" }) { id } }',
      { g: group.id },
      { token },
    );
    const id = created.data!.createModule.id;
    // Ready before the mutation answered: the editor opening it at once finds a module root.
    expect(await rootName(id)).toBe('Hygiëne &amp; veiligheid');
    const doc = await t.app.get(DocumentService).snapshot(id);
    expect(propertiesOf(doc).get('language')).toBe('en-GB');
    doc.destroy();

    await t.gql('mutation($id: ID!) { renameModule(input: { id: $id, title: "Hygiëne <basis>" }) { id } }', { id }, { token });
    expect(await rootName(id)).toBe('Hygiëne &lt;basis&gt;');

    // An author renames it in the module settings: the catalogue follows once they pause.
    await t.app.get(DocumentService).change(id, (live) => setField(live, null, 'name', 'Handhygi&euml;ne in de zorg'));
    const title = async () => (await t.gql<{ module: { title: string } }>('query($id: ID!) { module(id: $id) { title } }', { id }, { token })).data!.module.title;
    await until(async () => (await title()) === 'Handhygiëne in de zorg', 'the catalogue title', TITLE_SYNC_DELAY_MS + 3000);

    // An emptied name leaves the catalogue title as it was.
    await t.app.get(DocumentService).change(id, (live) => setField(live, null, 'name', ''));
    await new Promise((r) => setTimeout(r, TITLE_SYNC_DELAY_MS + 300));
    expect(await title()).toBe('Handhygiëne in de zorg');
  });

  /** A page as the code of Y.Doc shape 1 wrote it: a node map nested in the `pages` array. */
  function addShapeOnePage(doc: Y.Doc, linkID: string, name: string): void {
    doc.transact(() => {
      const node = new Y.Map<unknown>();
      doc.getArray<Y.Map<unknown>>(DOC_KEYS.legacyPages).push([node]);
      node.set('id', linkID);
      node.set('type', 'text');
      const attrs = node.set('attrs', new Y.Map<string>());
      attrs.set('linkID', linkID);
      attrs.set('name', name);
      node.set('attrOrder', new Y.Array<string>()).push(['linkID', 'name']);
      node.set('rich', new Y.Map());
      node.set('originals', new Y.Map());
      node.set('children', new Y.Array());
    });
  }

  it('moves content of the old document shape into the current one: stored before, and arriving later', async () => {
    const group = await t.f.group();
    const module = await t.f.module(group, null);
    const documents = t.app.get(DocumentService);
    // Stored by the old code: the module's root and one page, as raw rows.
    const old = new Y.Doc();
    old.transact(() => {
      old.getMap('meta').set('version', 1);
      old.getMap<string>('properties').set('name', 'Oud');
      old.getArray<string>('propertyOrder').push(['name']);
    });
    addShapeOnePage(old, 'PG1700000000001', 'Opgeslagen');
    await t.app.get<DocumentStore>(DOCUMENT_STORE).append(module.id, [Y.encodeStateAsUpdate(old)]);

    const titles = async () => {
      const doc = await documents.snapshot(module.id);
      try {
        return { legacy: hasLegacyContent(doc), titles: pageSummaries(doc).map((p) => p.title) };
      } finally {
        doc.destroy();
      }
    };
    await documents.change(module.id, () => undefined); // someone opens it
    await until(async () => !(await titles()).legacy, 'the stored content upgraded');
    expect(await titles()).toEqual({ legacy: false, titles: ['Opgeslagen'] });

    // An old offline copy brings a page the old way after the upgrade: it follows the others.
    await documents.change(module.id, (doc) => addShapeOnePage(doc, 'PG1700000000002', 'Offline'));
    await until(async () => !(await titles()).legacy, 'the late content upgraded');
    expect(await titles()).toEqual({ legacy: false, titles: ['Opgeslagen', 'Offline'] });
  });

  it('moves shape-1 content that an old client sends into a document of the current shape', async () => {
    const group = await t.f.group();
    const module = await t.f.module(group, null);
    const documents = t.app.get(DocumentService);
    await documents.change(module.id, (doc) => createModule(doc, { name: 'Nieuw' }));
    const current = await documents.snapshot(module.id);
    expect(current.share.has(DOC_KEYS.legacyPages)).toBe(false);
    // An old tab: its copy of the document, plus a page written the old way.
    const old = new Y.Doc();
    Y.applyUpdate(old, Y.encodeStateAsUpdate(current));
    addShapeOnePage(old, 'PG1700000000003', 'Van een oude tab');
    const update = Y.encodeStateAsUpdate(old, Y.encodeStateVector(current));
    await documents.change(module.id, (doc) => {
      expect(doc.share.has(DOC_KEYS.legacyPages)).toBe(false); // the server never made the old root
      Y.applyUpdate(doc, update);
    });
    const state = async () => {
      const doc = await documents.snapshot(module.id);
      try {
        return { legacy: hasLegacyContent(doc), titles: pageSummaries(doc).map((p) => p.title) };
      } finally {
        doc.destroy();
      }
    };
    await until(async () => !(await state()).legacy, 'the old tab’s page upgraded');
    expect(await state()).toEqual({ legacy: false, titles: ['Van een oude tab'] });
    old.destroy();
    current.destroy();
  });

  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
    ['nl-BE', 'nl-BE'],
    ['fy', 'fy'],
  ])('maps the catalogue language %s to Xerte’s %s', (language, xerte) => {
    expect(contentLanguage(language)).toBe(xerte);
  });
});
