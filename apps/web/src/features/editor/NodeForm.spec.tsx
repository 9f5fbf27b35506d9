import { addPage, addSubItem, childrenOf, findNode, getField, nodeDeclaration, PAGE_TYPES, setField, type NodeMap } from '@samenwijs/module-model';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NodeForm } from './NodeForm';
import { nextFrame, renderWithI18n, testSession } from './testing/editor-fixtures';

function formFor(type: string, options: { readOnly?: boolean; language?: 'nl' | 'en' } = {}) {
  const session = testSession();
  const id = addPage(session.doc, type);
  session.undoManager.clear();
  const node = findNode(session.doc, id)!.node as NodeMap;
  const def = nodeDeclaration(session.doc, id)!;
  const view = renderWithI18n(<NodeForm node={node} def={def} session={session} readOnly={options.readOnly ?? false} />, options.language);
  return { session, id, node, view };
}

describe('NodeForm', () => {
  it.each(Object.keys(PAGE_TYPES).filter((t) => !PAGE_TYPES[t].legacy))('renders a labelled form for every offered page type: %s', (type) => {
    const { view } = formFor(type);
    const def = PAGE_TYPES[type];
    const form = view.container.querySelector('.node-form')!;
    const shown = def.fields.filter((f) => !f.readOnly && !f.deprecated);
    // Every declared field has a control with its Dutch label (optional ones under "more settings").
    for (const field of shown) expect(form.querySelector(`[data-field="${field.name}"]`)).not.toBeNull();
    expect(form.querySelectorAll('[data-sub-items]')).toHaveLength(type === 'chapter' ? (def.children ?? []).length : (def.children ?? []).length);
  });

  it('binds plain fields to the document and shows a colleague’s change', async () => {
    const { session, id } = formFor('text');
    const title = within(screen.getByText('Paginatitel').closest('.form-field') as HTMLElement).getByRole('textbox');
    await userEvent.clear(title);
    await userEvent.type(title, 'Tillen & verplaatsen ');
    expect(getField(session.doc, id, 'name')).toBe('Tillen &amp; verplaatsen ');
    expect(title).toHaveValue('Tillen & verplaatsen '); // the trailing space survives the echo
    title.blur();
    act(() => setField(session.doc, id, 'name', 'Door een collega'));
    await act(nextFrame);
    expect(title).toHaveValue('Door een collega');
  });

  it('keeps the caret where the person types when a colleague changes the same field', async () => {
    const { session, id } = formFor('text');
    const title = within(screen.getByText('Paginatitel').closest('.form-field') as HTMLElement).getByRole('textbox') as HTMLInputElement;
    await userEvent.clear(title);
    await userEvent.type(title, 'Tilliften');
    title.setSelectionRange(0, 0);
    await userEvent.keyboard('Veilig: ');
    expect(title.selectionStart).toBe(8);
    // A colleague adds to the end meanwhile (as a merge of both would write it).
    act(() => setField(session.doc, id, 'name', 'Veilig: Tilliften in de zorg'));
    await act(nextFrame);
    expect(title).toHaveValue('Veilig: Tilliften in de zorg');
    expect([title.selectionStart, title.selectionEnd]).toEqual([8, 8]);
    // ...and one inserts before the caret: it moves with the text.
    act(() => setField(session.doc, id, 'name', 'Les 1. Veilig: Tilliften in de zorg'));
    await act(nextFrame);
    expect([title.selectionStart, title.selectionEnd]).toEqual([15, 15]);
  });

  it('keeps a value the model refuses, says why, and stores nothing', async () => {
    const { session, id } = formFor('mcq');
    const before = getField(session.doc, id, 'name');
    const title = within(screen.getByText('Paginatitel').closest('.form-field') as HTMLElement).getByRole('textbox');
    await userEvent.type(title, '\u0007');
    expect(screen.getByRole('alert')).toHaveTextContent('Deze tekst bevat tekens die niet zijn toegestaan.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(getField(session.doc, id, 'name')).toBe(before);
  });

  it('edits sub-items: options with a correct flag, added, reordered and removed', async () => {
    const { session, node } = formFor('mcq');
    const list = screen.getByRole('heading', { name: /Antwoordoptie/ }).closest('section') as HTMLElement;
    const before = childrenOf(node).length;
    for (let i = 0; i < 2; i++) {
      await userEvent.click(within(list).getByRole('button', { name: 'Antwoordoptie toevoegen' }));
      await act(nextFrame);
    }
    expect(childrenOf(node).length).toBe(before + 2);
    const lastId = childrenOf(node)[before + 1].get('id') as string;
    const form = list.querySelector(`[data-node-id="${lastId}"] .node-form`) as HTMLElement;
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Goed antwoord' }));
    expect(getField(session.doc, lastId, 'correct')).toBe('true');
    await userEvent.click(within(list).getAllByRole('button', { name: /omhoog$/ }).at(-1)!);
    expect(childrenOf(node)[before].get('id')).toBe(lastId);
    await act(nextFrame);
    await userEvent.click(within(list).getAllByRole('button', { name: /verwijderen$/ })[0]);
    expect(childrenOf(node).length).toBe(before + 1);
  });

  it('disables everything read-only and offers no sub-item changes', () => {
    const { view } = formFor('mcq', { readOnly: true });
    const inputs = [...view.container.querySelectorAll('input, select, textarea')];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toBeDisabled();
    expect(screen.queryByRole('button', { name: /toevoegen$/ })).not.toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    formFor('mcq', { language: 'en' });
    expect(screen.getByText('Page title')).toBeInTheDocument();
  });

  it('lists a hotspot page’s hotspots with their own declaration', () => {
    const session = testSession();
    const page = addPage(session.doc, 'hotspotImage');
    addSubItem(session.doc, page, 'hotspot');
    const node = findNode(session.doc, page)!.node as NodeMap;
    renderWithI18n(<NodeForm node={node} def={nodeDeclaration(session.doc, page)!} session={session} readOnly={false} />);
    expect(document.querySelector('[data-sub-items="hotspot"] .sub-item')).not.toBeNull();
  });
});
