import { addPage, findNode, nodesOf, pageSummaries, setField } from '@samenwijs/module-model';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Presence } from './collab/collab-session';
import { Outline } from './Outline';
import { nextFrame, renderWithI18n, testSession } from './testing/editor-fixtures';

function moduleWithPages() {
  const session = testSession();
  const intro = addPage(session.doc, 'text');
  setField(session.doc, intro, 'name', 'Inleiding');
  const quiz = addPage(session.doc, 'mcq');
  setField(session.doc, quiz, 'name', 'Toets');
  const chapter = addPage(session.doc, 'chapter');
  setField(session.doc, chapter, 'name', 'Verdieping');
  const inside = addPage(session.doc, 'text', { chapterId: chapter });
  setField(session.doc, inside, 'name', 'Extra');
  session.undoManager.clear();
  return { session, intro, quiz, chapter, inside };
}

const titles = (doc: Parameters<typeof pageSummaries>[0]) => pageSummaries(doc).map((p) => p.title);

describe('Outline', () => {
  it('lists pages and chapters in reading order with their Dutch type names', () => {
    const { session } = moduleWithPages();
    renderWithI18n(<Outline session={session} selectedId={null} onSelect={() => undefined} readOnly={false} presence={[]} />);
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('outline__item'));
    expect(items.map((li) => within(li).getByText(/Inleiding|Toets|Verdieping|Extra/).textContent)).toEqual(['Inleiding', 'Toets', 'Verdieping', 'Extra']);
    expect(within(items[1]).getByText('Meerkeuzevraag')).toBeInTheDocument();
    expect(within(items[2]).getByText('Hoofdstuk')).toBeInTheDocument();
    expect(screen.getByText('3 pagina’s')).toBeInTheDocument();
  });

  it('drops a page that only leaves the nodes (a removal that met a co-author’s move)', async () => {
    const { session, quiz } = moduleWithPages();
    renderWithI18n(<Outline session={session} selectedId={null} onSelect={() => undefined} readOnly={false} presence={[]} />);
    expect(screen.getByRole('button', { name: /^Toets\s*Meerkeuzevraag$/ })).toBeInTheDocument();
    // Its key stays in the top-level array; only the node goes, as when the two changes merge.
    const { key } = findNode(session.doc, quiz)!;
    session.doc.transact(() => nodesOf(session.doc).delete(key));
    await act(nextFrame);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Toets\s*Meerkeuzevraag$/ })).not.toBeInTheDocument());
    expect(titles(session.doc)).toEqual(['Inleiding', 'Verdieping', 'Extra']);
  });

  it('moves a page with Alt+↓ and with the buttons, and says where it went', async () => {
    const { session } = moduleWithPages();
    renderWithI18n(<Outline session={session} selectedId={null} onSelect={() => undefined} readOnly={false} presence={[]} />);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Inleiding\s*Tekst$/ }), { key: 'ArrowDown', altKey: true });
    expect(titles(session.doc)).toEqual(['Toets', 'Inleiding', 'Verdieping', 'Extra']);
    expect(screen.getByRole('status')).toHaveTextContent('Inleiding staat nu op plaats 2.');
    await act(nextFrame);
    await userEvent.click(screen.getByRole('button', { name: 'Inleiding omhoog' }));
    expect(titles(session.doc)).toEqual(['Inleiding', 'Toets', 'Verdieping', 'Extra']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Inleiding omhoog' })).toBeDisabled());
  });

  it('moves a page by drag and drop, onto another page or into a chapter', async () => {
    const { session, chapter } = moduleWithPages();
    const { container } = renderWithI18n(<Outline session={session} selectedId={null} onSelect={() => undefined} readOnly={false} presence={[]} />);
    const item = (title: string) => [...container.querySelectorAll('.outline__item')].find((li) => li.textContent?.includes(title)) as HTMLElement;
    const drag = (from: string, to: string) => {
      const dataTransfer = { data: {} as Record<string, string>, effectAllowed: '', setData(k: string, v: string) { this.data[k] = v; }, getData(k: string) { return this.data[k]; } };
      fireEvent.dragStart(item(from), { dataTransfer });
      fireEvent.dragOver(item(to), { dataTransfer });
      fireEvent.drop(item(to), { dataTransfer });
    };
    drag('Toets', 'Inleiding');
    expect(titles(session.doc)).toEqual(['Toets', 'Inleiding', 'Verdieping', 'Extra']);
    await act(nextFrame);
    drag('Inleiding', 'Verdieping');
    expect(pageSummaries(session.doc).map((p) => [p.title, p.chapterId])).toEqual([
      ['Toets', null],
      ['Verdieping', null],
      ['Extra', chapter],
      ['Inleiding', chapter],
    ]);
  });

  it('duplicates and deletes pages, each as one undo step', async () => {
    const { session } = moduleWithPages();
    const onSelect = jest.fn();
    renderWithI18n(<Outline session={session} selectedId={null} onSelect={onSelect} readOnly={false} presence={[]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Toets dupliceren' }));
    expect(titles(session.doc)).toEqual(['Inleiding', 'Toets', 'Toets', 'Verdieping', 'Extra']);
    expect(onSelect).toHaveBeenLastCalledWith(pageSummaries(session.doc)[2].id);
    await act(nextFrame);
    await userEvent.click(screen.getAllByRole('button', { name: 'Inleiding verwijderen' })[0]);
    expect(titles(session.doc)).toEqual(['Toets', 'Toets', 'Verdieping', 'Extra']);
    act(() => session.undo());
    expect(titles(session.doc)).toEqual(['Inleiding', 'Toets', 'Toets', 'Verdieping', 'Extra']);
  });

  it('adds a page of a chosen type, found by searching, into a chapter', async () => {
    const { session, chapter } = moduleWithPages();
    const onSelect = jest.fn();
    renderWithI18n(<Outline session={session} selectedId={null} onSelect={onSelect} readOnly={false} presence={[]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pagina toevoegen' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek een paginatype' }), 'meerkeuze');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plaats' }), 'In hoofdstuk Verdieping');
    const choices = screen.getAllByRole('button').filter((b) => b.classList.contains('type-choice'));
    expect(choices.map((b) => b.getAttribute('data-page-type'))).toContain('mcq');
    expect(choices.map((b) => b.getAttribute('data-page-type'))).not.toContain('text');
    await userEvent.click(screen.getByRole('button', { name: /^Meerkeuzevraag/ }));
    const added = pageSummaries(session.doc).at(-1)!;
    expect(added).toMatchObject({ type: 'mcq', chapterId: chapter });
    expect(onSelect).toHaveBeenCalledWith(added.id);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('shows who is on which page, and offers no changes when read-only', () => {
    const { session, quiz } = moduleWithPages();
    const presence: Presence[] = [{ clientId: 7, user: { id: 'u-2', name: 'Bas Bakker', color: '#0b6e4f' }, pageId: quiz, self: false }];
    renderWithI18n(<Outline session={session} selectedId={quiz} onSelect={() => undefined} readOnly presence={presence} />);
    expect(screen.getByText('Op deze pagina: Bas Bakker')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Toets\s*Meerkeuzevraag$/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('button', { name: 'Pagina toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /verwijderen$/ })).not.toBeInTheDocument();
  });
});
