import * as Y from 'yjs';
import { propertiesOf, setField } from '@samenwijs/module-model';
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

  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
    ['nl-BE', 'nl-BE'],
    ['fy', 'fy'],
  ])('maps the catalogue language %s to Xerte’s %s', (language, xerte) => {
    expect(contentLanguage(language)).toBe(xerte);
  });
});
