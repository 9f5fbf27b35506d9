import { fireEvent, screen, waitFor } from '@testing-library/react';
import { gqlError, inAnHour, mockGraphQL, UNAUTHENTICATED } from '../../testing/graphql-mock';
import { renderApp, TEST_USER } from '../../testing/render';

const DASHBOARD = { data: { me: { ...TEST_USER, schools: [], groups: [] } } };

async function fillIn(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText(/^E-mailadres/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Wachtwoord/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('sign-in page', () => {
  it('is shown when the refresh cookie gives no session, with the product name and tagline', async () => {
    const api = mockGraphQL({ RefreshToken: UNAUTHENTICATED });
    renderApp({ route: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText('Samen open leermateriaal maken, over scholen heen')).toBeInTheDocument();
    expect(screen.getAllByText('Samenwijs').length).toBeGreaterThan(0);
    expect(api.callsOf('RefreshToken')).toHaveLength(1);
    expect(api.callsOf('RefreshToken')[0].credentials).toBe('same-origin');
  });

  it('shows a BAD_USER_INPUT error next to the field it names', async () => {
    mockGraphQL({
      Login: gqlError('BAD_USER_INPUT', 'input.email: is not a valid e-mail address', { field: 'input.email' }),
    });
    renderApp({ route: '/inloggen', session: null });

    await fillIn('anna@', 'correct horse battery');

    const email = await screen.findByLabelText(/^E-mailadres/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
    expect(screen.getByLabelText(/^Wachtwoord/)).not.toHaveAttribute('aria-invalid');
    // The field error is not repeated as a general error.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('shows a general error on TOO_MANY_REQUESTS', async () => {
    mockGraphQL({
      Login: gqlError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', { retryAfterSeconds: 30 }),
    });
    renderApp({ route: '/inloggen', session: null });

    await fillIn('anna@rocmn.nl', 'a wrong password');

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Te veel pogingen achter elkaar. Probeer het over 30 seconden opnieuw.'),
    );
    expect(screen.getByLabelText(/^E-mailadres/)).not.toHaveAttribute('aria-invalid');
  });

  it('says the credentials are wrong on UNAUTHENTICATED, without trying to refresh a token', async () => {
    const api = mockGraphQL({ Login: gqlError('UNAUTHENTICATED', 'E-mail address or password is incorrect') });
    renderApp({ route: '/inloggen', session: null });

    await fillIn('anna@rocmn.nl', 'a wrong password');

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Dit e-mailadres en wachtwoord horen niet bij elkaar'));
    expect(api.callsOf('RefreshToken')).toHaveLength(0);
    expect(screen.getByLabelText(/^Wachtwoord/)).toHaveValue('');
  });

  it('asks for missing fields without calling the API', async () => {
    const api = mockGraphQL({});
    renderApp({ route: '/inloggen', session: null });

    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByLabelText(/^E-mailadres/)).toHaveAccessibleDescription('Vul dit veld in.');
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });

  it('signs in, keeps the token in memory only and goes to the dashboard', async () => {
    const api = mockGraphQL({
      Login: { data: { login: { accessToken: 'fresh-token', expiresAt: inAnHour(), user: TEST_USER } } },
      Dashboard: DASHBOARD,
    });
    renderApp({ route: '/inloggen', session: null });

    await fillIn('  anna@rocmn.nl ', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();
    expect(api.callsOf('Login')[0].variables).toEqual({ input: { email: 'anna@rocmn.nl', password: 'correct horse battery' } });
    expect(api.callsOf('Login')[0].headers['content-type']).toBe('application/json');
    expect(api.callsOf('Dashboard')[0].headers.authorization).toBe('Bearer fresh-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('fresh-token');
  });
});
