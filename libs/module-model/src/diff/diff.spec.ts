import { MODULE_JSON_FORMAT, ModuleJson, NodeJson } from '../module-json';
import { diffModules, diffWords } from './diff';

const page = (id: string, type: string, name: string, extra: Partial<NodeJson> = {}): NodeJson => ({
  type,
  attributes: [
    ['linkID', id],
    ['name', name],
  ],
  children: [],
  ...extra,
});
const moduleOf = (...pages: NodeJson[]): ModuleJson => ({ format: MODULE_JSON_FORMAT, attributes: [['name', 'M']], pages });

describe('diffModules', () => {
  it('reports added, removed, moved and changed pages, and the text changes within a page', () => {
    const before = moduleOf(
      page('PG1', 'text', 'Inleiding', { richText: { body: { html: '<p>De tillift is veilig</p>' } } }),
      page('PG2', 'mcq', 'Vraag'),
      page('PG3', 'text', 'Oud'),
      page('PG4', 'links', 'Links'),
    );
    const after = moduleOf(
      page('PG2', 'mcq', 'Vraag'),
      page('PG1', 'text', 'Inleiding', { richText: { body: { html: '<p>De tillift is heel veilig</p>' } } }),
      page('PG4', 'links', 'Meer links'),
      page('PG5', 'gapFill', 'Nieuw'),
    );
    const diff = diffModules(before, after);
    expect(diff.added).toEqual([{ id: 'PG5', type: 'gapFill', title: 'Nieuw' }]);
    expect(diff.removed).toEqual([{ id: 'PG3', type: 'text', title: 'Oud' }]);
    expect(diff.moved.map((m) => m.id)).toHaveLength(1);
    expect(['PG1', 'PG2']).toContain(diff.moved[0].id);
    const intro = diff.changed.find((c) => c.id === 'PG1')!;
    expect(intro.fields).toEqual([
      { field: 'body', text: [{ op: 'equal', text: 'De tillift is ' }, { op: 'insert', text: 'heel ' }, { op: 'equal', text: 'veilig' }] },
    ]);
    expect(diff.changed.find((c) => c.id === 'PG4')!.fields.map((f) => f.field)).toEqual(['name']);
    expect(diff.changed.find((c) => c.id === 'PG2')).toBeUndefined();
  });

  it('counts sub-item changes and finds nothing between equal modules', () => {
    const option = (id: string, correct: string): NodeJson => ({ type: 'option', attributes: [['linkID', id], ['correct', correct]], children: [] });
    const a = moduleOf(page('PG1', 'mcq', 'Q', { children: [option('PG10', 'true'), option('PG11', 'false')] }));
    const b = moduleOf(page('PG1', 'mcq', 'Q', { children: [option('PG10', 'false'), option('PG12', 'false')] }));
    expect(diffModules(a, b).changed[0].subItems).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diffModules(a, a)).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });
});

describe('diffWords', () => {
  it.each([
    ['', 'nieuw', [{ op: 'insert', text: 'nieuw' }]],
    ['weg', '', [{ op: 'delete', text: 'weg' }]],
    ['a b c', 'a c', [{ op: 'equal', text: 'a ' }, { op: 'delete', text: 'b ' }, { op: 'equal', text: 'c' }]],
  ])('%j → %j', (a, b, expected) => expect(diffWords(a, b)).toEqual(expected));

  it('reassembles both texts from its changes', () => {
    const a = 'Een cliënt verplaats je met twee collega’s en een goede tilband.';
    const b = 'Een cliënt verplaats je liefst met twee collega’s en een passende tilband!';
    const changes = diffWords(a, b);
    expect(changes.filter((c) => c.op !== 'insert').map((c) => c.text).join('')).toBe(a);
    expect(changes.filter((c) => c.op !== 'delete').map((c) => c.text).join('')).toBe(b);
  });
});
