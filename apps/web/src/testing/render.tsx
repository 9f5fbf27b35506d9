import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiClient, type AuthPayload, type SessionUser } from '../app/api/client';
import { AppProviders } from '../app/AppProviders';
import { createI18n, type Language } from '../app/i18n/i18n';
import { AppRoutes } from '../app/routes';
import { inAnHour } from './graphql-mock';

export const TEST_USER: SessionUser = { id: 'u-1', name: 'Anna de Boer', email: 'anna@rocmn.nl', isAdmin: false };

export const session = (user: SessionUser = TEST_USER): AuthPayload => ({
  accessToken: 'access-1',
  expiresAt: inAnHour(),
  user,
});

export interface RenderAppOptions {
  /** Start at this URL. */
  route?: string;
  /** A session to start with; null = signed out; undefined = ask the server (refreshToken). */
  session?: AuthPayload | null;
  language?: Language;
}

const clients: ApiClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

/** Renders the whole app (routes, guards, lazy pages) at a URL, with a fresh client and i18n. */
export function renderApp({ route = '/', session: initial, language = 'nl' }: RenderAppOptions = {}) {
  const client = new ApiClient();
  clients.push(client);
  const i18n = createI18n(language);
  const result = render(
    <AppProviders client={client} i18n={i18n} initialSession={initial}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, client, i18n };
}

/**
 * The accessible name of a button with visually hidden context ("Verwijderen: Titel").
 * jsdom computes a space before the hidden part that browsers do not.
 */
export const withContext = (label: string, context: string) =>
  new RegExp(`^${escapeRegExp(label)}\\s*: ${escapeRegExp(context)}$`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
