import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient, AuthPayload } from './api/client';
import { SessionProvider } from './session/session';

export interface AppProvidersProps {
  client: ApiClient;
  i18n: I18n;
  /** See SessionProvider: undefined means "ask the server via refreshToken". */
  initialSession?: AuthPayload | null;
  children: ReactNode;
}

export function AppProviders({ client, i18n, initialSession, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider client={client} initialSession={initialSession}>
        {children}
      </SessionProvider>
    </I18nextProvider>
  );
}
