import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { connection, dashboardAnswer, dashboardGroup, moduleSummary } from '../../testing/fixtures';
import { gqlError, mockGraphQL } from '../../testing/graphql-mock';
import { renderApp, session, withContext } from '../../testing/render';

const zorg = dashboardGroup({
  id: 'g-1',
  name: 'Zorg Basis',
  slug: 'zorg-basis',
  description: 'Basisvaardigheden voor de zorg.',
  myRoles: ['AUTHOR', 'COORDINATOR'],
  memberCount: 7,
  modules: connection([
    moduleSummary('m-1', 'Hygiëne op de werkvloer', { description: 'Handen wassen en meer.' }),
    moduleSummary('m-2', 'Communiceren met cliënten', { createdBy: { id: 'u-2', name: 'Bram Jansen' } }),
  ]),
});
const techniek = dashboardGroup({
  id: 'g-2',
  name: 'Techniek Elektro',
  myRoles: ['REVIEWER'],
  memberCount: 1,
  modules: connection([]),
});

const groupCard = async (name: string) => (await screen.findByRole('article', { name })) as HTMLElement;

describe('dashboard', () => {
  it('renders my groups with their modules', async () => {
    const api = mockGraphQL({ Dashboard: dashboardAnswer([zorg, techniek]) });
    renderApp({ session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();
    const card = await groupCard('Zorg Basis');
    expect(within(card).getByRole('link', { name: 'Zorg Basis' })).toHaveAttribute('href', '/groepen/zorg-basis');
    expect(within(card).getByText('7 leden')).toBeInTheDocument();
    expect(within(card).getByText('2 modules')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 4, name: 'Hygiëne op de werkvloer' })).toBeInTheDocument();
    expect(within(card).getByText('Handen wassen en meer.')).toBeInTheDocument();
    expect(within(card).getByText('door Bram Jansen')).toBeInTheDocument();
    expect(within(card).getAllByText('Concept')).toHaveLength(2);
    expect(within(card).getByRole('list', { name: /^Jouw rollen/ })).toHaveTextContent(/Auteur.*Coördinator/);

    const other = await groupCard('Techniek Elektro');
    expect(within(other).getByText(/nog geen modules/)).toBeInTheDocument();
    expect(screen.getByText(/ROC Midden Nederland/)).toBeInTheDocument();
    expect(api.callsOf('Dashboard')[0].query).toContain('modules(first: 50)');
  });

  it('offers module actions only where I am author or coordinator', async () => {
    mockGraphQL({ Dashboard: dashboardAnswer([zorg, { ...techniek, modules: connection([moduleSummary('m-9', 'Schakelingen')]) }]) });
    renderApp({ session: session() });

    const reviewerCard = await groupCard('Techniek Elektro');
    expect(within(reviewerCard).getByText('Schakelingen')).toBeInTheDocument();
    expect(within(reviewerCard).queryByRole('button', { name: /Naam wijzigen/ })).not.toBeInTheDocument();
    expect(within(reviewerCard).queryByLabelText('Titel van de nieuwe module')).not.toBeInTheDocument();

    const authorCard = await groupCard('Zorg Basis');
    expect(within(authorCard).getByRole('button', { name: withContext('Naam wijzigen', 'Hygiëne op de werkvloer') })).toBeInTheDocument();
    expect(within(authorCard).getByLabelText('Titel van de nieuwe module')).toBeInTheDocument();
  });

  it('creates a module with the createModule mutation and shows it', async () => {
    const api = mockGraphQL({
      Dashboard: dashboardAnswer([zorg]),
      CreateModule: ({ input }) => ({
        data: { createModule: moduleSummary('m-new', (input as { title: string }).title) },
      }),
    });
    renderApp({ session: session() });

    const card = await groupCard('Zorg Basis');
    fireEvent.change(within(card).getByLabelText('Titel van de nieuwe module'), { target: { value: '  Medicatie veilig toedienen ' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Module aanmaken' }));

    expect(await within(card).findByRole('heading', { level: 4, name: 'Medicatie veilig toedienen' })).toBeInTheDocument();
    const [call] = api.callsOf('CreateModule');
    expect(call.query).toMatch(/mutation CreateModule\(\$input: CreateModuleInput!\)\s*{\s*createModule\(input: \$input\)/);
    expect(call.variables).toEqual({ input: { groupId: 'g-1', title: 'Medicatie veilig toedienen' } });
    expect(call.headers.authorization).toBe('Bearer access-1');
    expect(within(card).getByText('3 modules')).toBeInTheDocument();
    expect(within(card).getByRole('status')).toHaveTextContent('Module „Medicatie veilig toedienen” aangemaakt.');
    expect(within(card).getByLabelText('Titel van de nieuwe module')).toHaveValue('');
  });

  it('shows a field error when the title is refused', async () => {
    mockGraphQL({
      Dashboard: dashboardAnswer([zorg]),
      CreateModule: gqlError('BAD_USER_INPUT', 'input.title: must be at most 200 characters', { field: 'input.title' }),
    });
    renderApp({ session: session() });

    const card = await groupCard('Zorg Basis');
    const title = within(card).getByLabelText('Titel van de nieuwe module');
    fireEvent.change(title, { target: { value: 'x'.repeat(20) } });
    fireEvent.click(within(card).getByRole('button', { name: 'Module aanmaken' }));

    await waitFor(() => expect(title).toHaveAccessibleDescription('Geef een titel van 1 tot 200 tekens.'));
  });

  it('renames a module', async () => {
    const api = mockGraphQL({
      Dashboard: dashboardAnswer([zorg]),
      RenameModule: { data: { renameModule: { id: 'm-1', title: 'Hygiëne in de zorg', updatedAt: '2025-11-28T09:00:00.000Z' } } },
    });
    renderApp({ session: session() });

    const card = await groupCard('Zorg Basis');
    fireEvent.click(within(card).getByRole('button', { name: withContext('Naam wijzigen', 'Hygiëne op de werkvloer') }));
    const input = within(card).getByLabelText('Nieuwe titel voor „Hygiëne op de werkvloer”');
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: 'Hygiëne in de zorg' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Opslaan' }));

    expect(await within(card).findByRole('heading', { level: 4, name: 'Hygiëne in de zorg' })).toBeInTheDocument();
    expect(api.callsOf('RenameModule')[0].variables).toEqual({ input: { id: 'm-1', title: 'Hygiëne in de zorg' } });
  });

  it('deletes a module and restores it with undo', async () => {
    const api = mockGraphQL({
      Dashboard: dashboardAnswer([zorg]),
      DeleteModule: { data: { deleteModule: { id: 'm-1', deletedAt: '2025-11-28T09:00:00.000Z' } } },
      RestoreModule: { data: { restoreModule: { id: 'm-1', deletedAt: null } } },
    });
    renderApp({ session: session() });

    const card = await groupCard('Zorg Basis');
    fireEvent.click(within(card).getByRole('button', { name: withContext('Verwijderen', 'Hygiëne op de werkvloer') }));

    const undo = await within(card).findByRole('button', { name: 'Ongedaan maken' });
    expect(within(card).getByRole('status')).toHaveTextContent('Module „Hygiëne op de werkvloer” verwijderd — Ongedaan maken');
    expect(within(card).queryByRole('heading', { level: 4, name: 'Hygiëne op de werkvloer' })).not.toBeInTheDocument();
    expect(undo).toHaveFocus();
    expect(api.callsOf('DeleteModule')[0].variables).toEqual({ id: 'm-1' });

    fireEvent.click(undo);
    const restored = await within(card).findByRole('heading', { level: 4, name: 'Hygiëne op de werkvloer' });
    expect(api.callsOf('RestoreModule')[0].variables).toEqual({ id: 'm-1' });
    // Back in its old place, first in the list.
    expect(within(card).getAllByRole('heading', { level: 4 })[0]).toBe(restored);
    expect(within(card).getByText('2 modules')).toBeInTheDocument();
  });

  it('loads more modules after the last cursor', async () => {
    const many = { ...zorg, modules: connection([moduleSummary('m-1', 'Eerste')], { totalCount: 2, endCursor: 'c-1' }) };
    const api = mockGraphQL({
      Dashboard: dashboardAnswer([many]),
      GroupModules: { data: { group: { id: 'g-1', modules: connection([moduleSummary('m-2', 'Tweede')]) } } },
    });
    renderApp({ session: session() });

    const card = await groupCard('Zorg Basis');
    expect(within(card).getByText('1 van 2 modules getoond')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Meer modules laden' }));

    expect(await within(card).findByRole('heading', { level: 4, name: 'Tweede' })).toBeInTheDocument();
    expect(api.callsOf('GroupModules')[0].variables).toEqual({ slug: 'zorg-basis', first: 50, after: 'c-1' });
    expect(within(card).queryByRole('button', { name: 'Meer modules laden' })).not.toBeInTheDocument();
  });

  it('explains what to do when I am in no group yet', async () => {
    mockGraphQL({ Dashboard: dashboardAnswer([]) });
    renderApp({ session: session() });

    expect(await screen.findByRole('heading', { name: 'Je bent nog geen lid van een ontwikkelgroep' })).toBeInTheDocument();
    expect(screen.getByText(/Vraag de coördinator van een groep/)).toBeInTheDocument();
  });

  it('signs out from the header', async () => {
    const api = mockGraphQL({ Dashboard: dashboardAnswer([]), Logout: { data: { logout: true } } });
    renderApp({ session: session() });

    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText('Je bent uitgelogd.')).toBeInTheDocument();
    expect(api.callsOf('Logout')).toHaveLength(1);
  });
});
