import { fireEvent, screen, waitFor } from '@testing-library/react';
import { gqlError, inAnHour, mockGraphQL, UNAUTHENTICATED } from '../../testing/graphql-mock';
import { renderApp } from '../../testing/render';

const NEW_USER = { id: 'u-7', name: 'Eva Smit', email: 'eva@rocmn.nl', isAdmin: false };
const preview = (accountExists: boolean) => ({
  data: {
    invitation: {
      email: 'eva@rocmn.nl',
      groupName: 'Zorg Basis',
      groupSlug: 'zorg-basis',
      schoolName: 'ROC Midden Nederland',
      accountExists,
      expiresAt: '2099-12-01T12:00:00.000Z',
    },
  },
});
const accepted = { data: { acceptInvitation: { accessToken: 'new-token', expiresAt: inAnHour(), user: NEW_USER } } };
const GROUP = {
  data: {
    group: { id: 'g-1', name: 'Zorg Basis', slug: 'zorg-basis', sector: 'Zorg', description: '', myRoles: ['AUTHOR'], membersBySchool: [] },
  },
};

describe('accepting an invitation', () => {
  it('creates an account, shows the server’s password refusal and then goes to the group', async () => {
    let attempts = 0;
    const api = mockGraphQL({
      RefreshToken: UNAUTHENTICATED,
      Invitation: preview(false),
      AcceptInvitation: () =>
        ++attempts === 1
          ? gqlError('BAD_USER_INPUT', 'input.password: password is too common; choose a less predictable password', { field: 'input.password', reason: 'common' })
          : accepted,
      Group: GROUP,
    });
    renderApp({ route: '/uitnodiging/tok-123' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodiging voor Zorg Basis' })).toBeInTheDocument();
    expect(screen.getByText(/namens ROC Midden Nederland/)).toBeInTheDocument();
    expect(api.callsOf('Invitation')[0].variables).toEqual({ token: 'tok-123' });

    fireEvent.change(screen.getByLabelText(/^Je naam/), { target: { value: 'Eva Smit' } });
    const password = screen.getByLabelText(/^Kies een wachtwoord/);
    fireEvent.change(password, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    expect(password).toHaveAccessibleDescription(/Minstens 10 tekens.*minstens 10 tekens lang/);
    expect(api.callsOf('AcceptInvitation')).toHaveLength(0);

    fireEvent.change(password, { target: { value: 'welkom1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/te bekend/));
    expect(api.callsOf('RefreshToken')).toHaveLength(1); // only the one on app load

    fireEvent.change(password, { target: { value: 'Koffie-met-2-klontjes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Zorg Basis' })).toBeInTheDocument();
    expect(screen.getByText('Welkom bij Zorg Basis!')).toBeInTheDocument();
    expect(api.callsOf('AcceptInvitation')[1].variables).toEqual({
      input: { token: 'tok-123', name: 'Eva Smit', password: 'Koffie-met-2-klontjes' },
    });
    expect(api.callsOf('Group')[0].headers.authorization).toBe('Bearer new-token');
    expect(screen.getByText('Eva Smit', { selector: '.header__user [aria-hidden]' })).toBeInTheDocument();
  });

  it('accepts with the token alone when the account exists', async () => {
    const api = mockGraphQL({
      RefreshToken: UNAUTHENTICATED,
      Invitation: preview(true),
      AcceptInvitation: accepted,
      Group: GROUP,
    });
    renderApp({ route: '/uitnodiging/tok-9' });

    expect(await screen.findByText(/Je hebt al een account/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/wachtwoord/i)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging accepteren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Zorg Basis' })).toBeInTheDocument();
    expect(api.callsOf('AcceptInvitation')[0].variables).toEqual({ input: { token: 'tok-9' } });
  });

  it('explains an invalid or used link', async () => {
    mockGraphQL({
      RefreshToken: UNAUTHENTICATED,
      Invitation: gqlError('NOT_FOUND', 'Invitation (it may have expired or been used already) not found', { field: 'token' }),
    });
    renderApp({ route: '/uitnodiging/oud' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Deze uitnodiging is niet (meer) geldig' })).toBeInTheDocument();
  });
});
