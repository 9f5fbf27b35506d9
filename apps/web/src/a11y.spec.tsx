import axe from 'axe-core';
import { fireEvent, screen } from '@testing-library/react';
import { connection, dashboardAnswer, dashboardGroup, moduleSummary } from './testing/fixtures';
import { gqlError, inAnHour, mockGraphQL, UNAUTHENTICATED } from './testing/graphql-mock';
import { renderApp, session, TEST_USER } from './testing/render';

// axe looks for icon-font ligatures with a canvas, which jsdom does not draw.
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/** axe-core's moderate, serious and critical violations on the current document (jsdom: no colour contrast). */
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact !== 'minor')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const member = (id: string, name: string, roles: string[]) => ({
  id: `ms-${id}`,
  roles,
  joinedAt: '2025-09-01T08:00:00.000Z',
  user: { id, name, email: `${id}@school.nl` },
});

describe('accessibility (axe-core, anything above minor)', () => {
  it('sign-in page, with a field error and a general error', async () => {
    mockGraphQL({ RefreshToken: UNAUTHENTICATED, Login: gqlError('BAD_USER_INPUT', 'input.email: bad', { field: 'input.email' }) });
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(await axeViolations()).toEqual([]);
  });

  it('dashboard with groups, modules, an open rename form and the undo notice', async () => {
    mockGraphQL({
      Dashboard: dashboardAnswer([
        dashboardGroup({
          id: 'g-1',
          name: 'Zorg Basis',
          myRoles: ['AUTHOR'],
          modules: connection([moduleSummary('m-1', 'Hygiëne'), moduleSummary('m-2', 'Communicatie')], { totalCount: 60, endCursor: 'c' }),
        }),
        dashboardGroup({ id: 'g-2', name: 'Techniek', myRoles: ['REVIEWER'] }),
      ]),
      DeleteModule: { data: { deleteModule: { id: 'm-2', deletedAt: inAnHour() } } },
    });
    renderApp({ session: session() });
    fireEvent.click(await screen.findByRole('button', { name: /^Naam wijzigen\s*: Hygiëne$/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Verwijderen\s*: Communicatie$/ }));
    await screen.findByRole('button', { name: 'Ongedaan maken' });
    expect(await axeViolations()).toEqual([]);
  });

  it('empty dashboard', async () => {
    mockGraphQL({ Dashboard: dashboardAnswer([]) });
    renderApp({ session: session() });
    await screen.findByText(/nog geen lid/);
    expect(await axeViolations()).toEqual([]);
  });

  it('group page as coordinator, with a confirmation open', async () => {
    mockGraphQL({
      Group: {
        data: {
          group: {
            id: 'g-1',
            name: 'Zorg Basis',
            slug: 'zorg-basis',
            sector: 'Zorg',
            description: 'Samen werken.',
            myRoles: ['COORDINATOR'],
            membersBySchool: [
              { school: { id: 's-1', name: 'ROC', brin: '25LX' }, members: [member(TEST_USER.id, TEST_USER.name, ['COORDINATOR']), member('u-2', 'Bram', ['AUTHOR'])] },
              { school: null, members: [member('u-3', 'Chris', ['REVIEWER'])] },
            ],
          },
        },
      },
      GroupAdmin: {
        data: {
          group: { id: 'g-1', invitations: [{ id: 'i-1', email: 'd@x.nl', roles: ['AUTHOR'], expiresAt: '2099-01-01T00:00:00Z', school: { id: 's-1', name: 'ROC' } }] },
          schools: [{ id: 's-1', name: 'ROC', brin: '25LX' }],
        },
      },
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });
    fireEvent.click(await screen.findByRole('button', { name: /^Uit groep verwijderen\s*: Bram$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    await screen.findByRole('region', { name: /Openstaande uitnodigingen/ });
    expect(await axeViolations()).toEqual([]);
  });

  it('invitation page for a new account, and the 404 page', async () => {
    mockGraphQL({
      RefreshToken: UNAUTHENTICATED,
      Invitation: { data: { invitation: { email: 'e@x.nl', groupName: 'Zorg', schoolName: 'ROC', accountExists: false, expiresAt: '2099-01-01T00:00:00Z' } } },
    });
    const { unmount } = renderApp({ route: '/uitnodiging/t' });
    fireEvent.click(await screen.findByRole('button', { name: 'Uitnodiging accepteren' }));
    expect(await axeViolations()).toEqual([]);
    unmount();

    mockGraphQL({});
    renderApp({ route: '/nergens', session: session() });
    await screen.findByRole('heading', { name: 'Deze pagina bestaat niet' });
    expect(await axeViolations()).toEqual([]);
  });
});
