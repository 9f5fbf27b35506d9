import { act, fireEvent, screen } from '@testing-library/react';
import { dashboardAnswer, dashboardGroup } from '../testing/fixtures';
import { mockGraphQL, UNAUTHENTICATED } from '../testing/graphql-mock';
import { renderApp, session } from '../testing/render';
import { en } from './i18n/en';
import { createI18n, LANGUAGE_STORAGE_KEY } from './i18n/i18n';
import { nl } from './i18n/nl';
import { markUnsynced, unsyncedModules } from './session/local-copies';
import { announceSignOut } from './session/sign-out-channel';

describe('language switch', () => {
  it('switches the interface to English, remembers it and updates <html lang>', async () => {
    mockGraphQL({ Dashboard: dashboardAnswer([dashboardGroup({ id: 'g-1', name: 'Zorg Basis' })]) });
    renderApp({ session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My development groups' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByText('3 members')).toBeInTheDocument();
    expect(screen.getByText('Skip to content')).toBeInTheDocument();
    expect(screen.queryByText('Uitloggen')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Schakel over naar Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();
  });

  it('starts in the language chosen earlier', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(createI18n().language).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(createI18n().language).toBe('nl');
  });

  it('has every text in both languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'string'
        ? [prefix]
        : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    const empty = keys(en).filter((key) => !key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en));
    expect(empty).toEqual([]);
  });
});

describe('routing', () => {
  it('shows a 404 page for unknown addresses', async () => {
    mockGraphQL({});
    renderApp({ route: '/bestaat/niet', session: session() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });

  it('sends signed-out visitors of a group to sign in, and back there afterwards', async () => {
    mockGraphQL({
      RefreshToken: UNAUTHENTICATED,
      Login: { data: { login: session() } },
      Group: { data: { group: { id: 'g-1', name: 'Zorg Basis', slug: 'zorg-basis', sector: '', description: '', myRoles: ['AUTHOR'], membersBySchool: [] } } },
    });
    renderApp({ route: '/groepen/zorg-basis' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^E-mailadres/), { target: { value: 'anna@rocmn.nl' } });
    fireEvent.change(screen.getByLabelText(/^Wachtwoord/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Zorg Basis' })).toBeInTheDocument();
  });

  it('says the session expired when the token can no longer be refreshed', async () => {
    const api = mockGraphQL({ Dashboard: UNAUTHENTICATED, RefreshToken: UNAUTHENTICATED });
    renderApp({ session: session() });

    expect(await screen.findByText('Je sessie is verlopen. Log opnieuw in om verder te gaan.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(api.calls.map((c) => c.operationName)).toEqual(['Dashboard', 'RefreshToken']);
  });

  it('has landmarks, a skip link and one h1 per page', async () => {
    mockGraphQL({ Dashboard: dashboardAnswer([]) });
    renderApp({ session: session() });

    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Anna de Boer')).toBeInTheDocument();
  });
});

describe('session', () => {
  it('restores the session from the refresh cookie on load', async () => {
    const api = mockGraphQL({
      RefreshToken: { data: { refreshToken: { ...session(), accessToken: 'from-cookie' } } },
      Dashboard: dashboardAnswer([]),
    });
    renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();
    expect(api.callsOf('RefreshToken')[0].headers.authorization).toBeUndefined();
    expect(api.callsOf('Dashboard')[0].headers.authorization).toBe('Bearer from-cookie');
  });

  it('offers a retry when the server cannot be reached on load', async () => {
    let up = false;
    mockGraphQL({
      RefreshToken: () => (up ? UNAUTHENTICATED : { status: 502 }),
    });
    renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Samenwijs kan de server nu niet bereiken.' })).toBeInTheDocument();
    up = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' })));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });
});

describe('signing out', () => {
  beforeEach(() => localStorage.clear());

  it('asks first when a module’s edits are not on the server yet, and removes what the browser kept', async () => {
    const api = mockGraphQL({ Dashboard: dashboardAnswer([]), Logout: { data: { logout: true } } });
    markUnsynced('u-1', 'm-1', true);
    markUnsynced('u-1', 'm-2', true);
    renderApp({ session: session() });
    await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' });

    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    const warning = await screen.findByText('Wijzigingen in 2 modules staan nog niet op de server. Uitloggen wist ze uit deze browser.');
    expect(warning).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Ingelogd blijven' }));
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
    expect(api.callsOf('Logout')).toHaveLength(0);
    expect(unsyncedModules('u-1')).toEqual(['m-1', 'm-2']);

    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Toch uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(api.callsOf('Logout')).toHaveLength(1);
    expect(unsyncedModules('u-1')).toEqual([]);
  });

  it('signs out at once when everything is on the server', async () => {
    const api = mockGraphQL({ Dashboard: dashboardAnswer([]), Logout: { data: { logout: true } } });
    renderApp({ session: session() });
    await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' });
    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(api.callsOf('Logout')).toHaveLength(1);
  });

  describe('in another tab', () => {
    // jsdom has no BroadcastChannel; Node's carries messages between channels as browsers do.
    const original = globalThis.BroadcastChannel;
    beforeAll(() => {
      globalThis.BroadcastChannel = jest.requireActual<typeof import('node:worker_threads')>('node:worker_threads').BroadcastChannel as unknown as typeof BroadcastChannel;
    });
    afterAll(() => {
      globalThis.BroadcastChannel = original;
    });

    it('ends this tab’s session when the same person signs out elsewhere, not someone else’s', async () => {
      mockGraphQL({ Dashboard: dashboardAnswer([]) });
      renderApp({ session: session() });
      await screen.findByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' });

      announceSignOut('u-2');
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(screen.getByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' })).toBeInTheDocument();

      announceSignOut('u-1');
      expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    });
  });
});
