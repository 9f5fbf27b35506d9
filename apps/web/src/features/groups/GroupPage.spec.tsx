import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GroupRole } from '../../app/api/types';
import { gqlError, mockGraphQL, type Handler } from '../../testing/graphql-mock';
import { renderApp, session, TEST_USER, withContext } from '../../testing/render';
import type { GroupData, Member } from './operations';

const ROC = { id: 's-1', name: 'ROC Midden Nederland', brin: '25LX' };
const DAVINCI = { id: 's-2', name: 'Da Vinci College', brin: '25GM' };

const member = (userId: string, name: string, roles: GroupRole[]): Member => ({
  id: `ms-${userId}`,
  roles,
  joinedAt: '2025-09-01T08:00:00.000Z',
  user: { id: userId, name, email: `${name.split(' ')[0].toLowerCase()}@school.nl` },
});

const groupAnswer = (myRoles: GroupRole[]): { data: GroupData } => ({
  data: {
    group: {
      id: 'g-1',
      name: 'Zorg Basis',
      slug: 'zorg-basis',
      sector: 'Zorg en welzijn',
      description: 'Basisvaardigheden voor de zorg.',
      myRoles,
      membersBySchool: [
        { school: DAVINCI, members: [member('u-2', 'Bram Jansen', ['AUTHOR', 'REVIEWER'])] },
        { school: ROC, members: [member(TEST_USER.id, TEST_USER.name, myRoles), member('u-3', 'Chris Peters', ['REVIEWER'])] },
      ],
    },
  },
});

const adminAnswer = {
  data: {
    group: {
      id: 'g-1',
      invitations: [
        { id: 'i-1', email: 'dewi@davinci.nl', roles: ['AUTHOR'], expiresAt: '2099-12-01T00:00:00.000Z', school: { id: 's-2', name: 'Da Vinci College' } },
      ],
    },
    schools: [DAVINCI, ROC],
  },
};

const schoolSection = (name: RegExp) => screen.getByRole('region', { name }) as HTMLElement;

describe('group page', () => {
  it('shows members under their school, without role controls for non-coordinators', async () => {
    const api = mockGraphQL({ Group: groupAnswer(['AUTHOR']) });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Zorg Basis' })).toBeInTheDocument();
    expect(api.callsOf('Group')[0].variables).toEqual({ slug: 'zorg-basis' });

    const davinci = schoolSection(/Da Vinci College/);
    expect(within(davinci).getByText('Bram Jansen')).toBeInTheDocument();
    expect(within(davinci).getByRole('list', { name: 'Rollen van Bram Jansen' })).toHaveTextContent(/Auteur.*Reviewer/);
    const roc = schoolSection(/ROC Midden Nederland/);
    expect(within(roc).getByText('Chris Peters')).toBeInTheDocument();
    expect(within(roc).getByText(/\(jij\)/)).toBeInTheDocument();
    expect(within(roc).queryByText('Bram Jansen')).not.toBeInTheDocument();

    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Uit groep verwijderen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Iemand uitnodigen' })).not.toBeInTheDocument();
    // Invitations are only asked for by coordinators; others would get FORBIDDEN.
    expect(api.callsOf('GroupAdmin')).toHaveLength(0);
    expect(api.calls.some((c) => c.query.includes('invitations'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Groep verlaten' })).toBeInTheDocument();
  });

  it('lets coordinators change roles and shows a CONFLICT clearly', async () => {
    let rolesOfChris: GroupRole[] = ['REVIEWER'];
    const setRoles: Handler = ({ input }) => {
      const { userId, roles } = input as { userId: string; roles: GroupRole[] };
      if (userId === TEST_USER.id) return gqlError('CONFLICT', 'A group needs at least one coordinator; appoint another coordinator first');
      rolesOfChris = roles;
      return { data: { setMemberRoles: { id: 'ms-u-3', roles } } };
    };
    const api = mockGraphQL({
      Group: () => {
        const answer = groupAnswer(['COORDINATOR']);
        answer.data.group.membersBySchool[1].members[1].roles = rolesOfChris;
        return answer;
      },
      GroupAdmin: adminAnswer,
      SetMemberRoles: setRoles,
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    const chris = await screen.findByRole('group', { name: 'Rollen van Chris Peters' });
    fireEvent.click(within(chris).getByRole('checkbox', { name: 'Auteur' }));
    fireEvent.click(screen.getByRole('button', { name: withContext('Rollen opslaan', 'Chris Peters') }));

    await waitFor(() => expect(api.callsOf('SetMemberRoles')).toHaveLength(1));
    expect(api.callsOf('SetMemberRoles')[0].variables).toEqual({ input: { groupId: 'g-1', userId: 'u-3', roles: ['AUTHOR', 'REVIEWER'] } });
    expect(await screen.findByText('De rollen van Chris Peters zijn bijgewerkt.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Rollen van Chris Peters' })).toHaveTextContent(/Auteur.*Reviewer/);
    expect(within(chris).getByRole('checkbox', { name: 'Auteur' })).toHaveFocus();
    expect(within(chris).getByRole('checkbox', { name: 'Auteur' })).toBeChecked();

    // Dropping my own (the last) coordinator role is refused by the server.
    const mine = screen.getByRole('group', { name: `Rollen van ${TEST_USER.name}` });
    fireEvent.click(within(mine).getByRole('checkbox', { name: 'Coördinator' }));
    fireEvent.click(within(mine).getByRole('checkbox', { name: 'Auteur' }));
    fireEvent.click(screen.getByRole('button', { name: withContext('Rollen opslaan', TEST_USER.name) }));
    expect(await screen.findByText('Een groep heeft altijd minstens één coördinator nodig. Maak eerst iemand anders coördinator.')).toBeInTheDocument();
  });

  it('lets coordinators remove a member after confirming', async () => {
    const api = mockGraphQL({
      Group: groupAnswer(['COORDINATOR']),
      GroupAdmin: adminAnswer,
      RemoveMember: { data: { removeMember: true } },
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    fireEvent.click(await screen.findByRole('button', { name: withContext('Uit groep verwijderen', 'Bram Jansen') }));
    expect(screen.getByText('Weet je zeker dat je Bram Jansen uit de groep wilt verwijderen?')).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));

    await waitFor(() => expect(api.callsOf('RemoveMember')).toHaveLength(1));
    expect(api.callsOf('RemoveMember')[0].variables).toEqual({ input: { groupId: 'g-1', userId: 'u-2' } });
    expect(await screen.findByText('Bram Jansen is uit de groep verwijderd.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Leden per school' })).toHaveFocus();
    // No remove button for myself: I leave instead.
    expect(screen.queryByRole('button', { name: withContext('Uit groep verwijderen', TEST_USER.name) })).not.toBeInTheDocument();
  });

  it('lists pending invitations and invites by e-mail for a school with roles', async () => {
    const invitations = [...adminAnswer.data.group.invitations];
    const api = mockGraphQL({
      Group: groupAnswer(['COORDINATOR', 'AUTHOR']),
      GroupAdmin: () => ({ data: { ...adminAnswer.data, group: { id: 'g-1', invitations: [...invitations] } } }),
      InviteMember: ({ input }) => {
        const { email } = input as { email: string };
        if (email === 'bram@school.nl') return gqlError('CONFLICT', `${email} is already a member of this group`, { field: 'input.email' });
        const invitation = { id: 'i-2', email, roles: ['REVIEWER'], expiresAt: '2099-12-12T00:00:00.000Z', school: { id: 's-1', name: ROC.name } };
        invitations.unshift(invitation);
        return { data: { inviteMember: invitation } };
      },
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    const pending = await screen.findByRole('region', { name: /Openstaande uitnodigingen/ });
    expect(within(pending).getByText('dewi@davinci.nl')).toBeInTheDocument();
    expect(within(pending).getByText(/namens Da Vinci College/)).toBeInTheDocument();

    const form = screen.getByRole('region', { name: 'Iemand uitnodigen' });
    fireEvent.change(within(form).getByLabelText(/^E-mailadres/), { target: { value: 'bram@school.nl' } });
    fireEvent.change(within(form).getByLabelText(/^Namens welke school/), { target: { value: 's-1' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /^Auteur/ }));
    fireEvent.click(within(form).getByRole('checkbox', { name: /^Reviewer/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    const email = within(form).getByLabelText(/^E-mailadres/);
    await waitFor(() => expect(email).toHaveAccessibleDescription(/al lid van de groep/));

    fireEvent.change(email, { target: { value: 'eva@rocmn.nl' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(form).findByText('Uitnodiging verstuurd naar eva@rocmn.nl.')).toBeInTheDocument();
    expect(api.callsOf('InviteMember')[1].variables).toEqual({
      input: { groupId: 'g-1', email: 'eva@rocmn.nl', schoolId: 's-1', roles: ['REVIEWER'] },
    });
    expect(within(pending).getByText('eva@rocmn.nl')).toBeInTheDocument();
    // The list is then taken from the server again, and still holds both.
    await waitFor(() => expect(api.callsOf('GroupAdmin')).toHaveLength(2));
    expect(within(pending).getByText('eva@rocmn.nl')).toBeInTheDocument();
    expect(within(pending).getByText('dewi@davinci.nl')).toBeInTheDocument();
  });

  it('shows the last-coordinator CONFLICT when leaving', async () => {
    mockGraphQL({
      Group: groupAnswer(['COORDINATOR']),
      GroupAdmin: adminAnswer,
      LeaveGroup: gqlError('CONFLICT', 'A group needs at least one coordinator; appoint another coordinator first'),
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    fireEvent.click(await screen.findByRole('button', { name: 'Groep verlaten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, groep verlaten' }));

    const leave = screen.getByRole('region', { name: 'Groep verlaten' });
    await waitFor(() => expect(within(leave).getByRole('alert')).toHaveTextContent('minstens één coördinator'));
  });

  it('says so when the group does not exist', async () => {
    mockGraphQL({ Group: gqlError('NOT_FOUND', 'Group not found', { field: 'slug' }) });
    renderApp({ route: '/groepen/bestaat-niet', session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Groep niet gevonden' })).toBeInTheDocument();
  });

  it('shows only the description to someone who is not a member', async () => {
    const { data } = groupAnswer([]);
    const { membersBySchool: _members, ...basics } = data.group;
    mockGraphQL({
      Group: { data: null, errors: [{ message: 'You are not allowed to do this', path: ['group', 'membersBySchool'], extensions: { code: 'FORBIDDEN' } }] },
      GroupBasics: { data: { group: basics } },
    });
    renderApp({ route: '/groepen/zorg-basis', session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Zorg Basis' })).toBeInTheDocument();
    expect(screen.getByText(/Je bent geen lid van deze groep/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Groep verlaten' })).not.toBeInTheDocument();
  });
});
