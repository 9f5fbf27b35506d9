import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient, AuthPayload, SessionChange, SessionUser } from '../api/client';
import { deleteLocalCopies } from './local-copies';
import { announceSignOut, onSignOutElsewhere } from './sign-out-channel';

export type SessionStatus = 'loading' | 'ready' | 'error';

export interface Session {
  client: ApiClient;
  /** `loading` until the first refresh answered; `error` when the server could not be reached. */
  status: SessionStatus;
  user: SessionUser | null;
  /** Why the session last changed: lets the sign-in page say "your session expired". */
  lastChange: SessionChange | null;
  signIn(payload: AuthPayload): void;
  /** Ends the session and removes this person's module copies from the browser. */
  signOut(): Promise<void>;
  /** Tries the initial refresh again after `error`. */
  retry(): void;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  client: ApiClient;
  /** Start signed in without asking the server (tests). Otherwise the refresh cookie decides. */
  initialSession?: AuthPayload | null;
  children: ReactNode;
}

export function SessionProvider({ client, initialSession, children }: SessionProviderProps) {
  const [user, setUser] = useState<SessionUser | null>(() => {
    if (initialSession) client.setSession(initialSession);
    return client.currentUser;
  });
  const [status, setStatus] = useState<SessionStatus>(initialSession === undefined ? 'loading' : 'ready');
  const [lastChange, setLastChange] = useState<SessionChange | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(
    () =>
      client.onSessionChange((next, change) => {
        setUser(next);
        setLastChange(change);
      }),
    [client],
  );

  // Signed out in another tab: this one ends too (its editor lets go of the module copies,
  // which the other tab is deleting).
  useEffect(
    () =>
      onSignOutElsewhere((userId) => {
        if (client.currentUser?.id === userId) client.clearSession('signed-out');
      }),
    [client],
  );

  useEffect(() => {
    if (initialSession !== undefined && attempt === 0) return;
    let active = true;
    client.refresh().then(
      () => active && setStatus('ready'),
      () => active && setStatus('error'),
    );
    return () => {
      active = false;
    };
  }, [client, initialSession, attempt]);

  const signIn = useCallback((payload: AuthPayload) => client.setSession(payload, 'signed-in'), [client]);
  const signOut = useCallback(async () => {
    const userId = client.currentUser?.id;
    await client.logout().catch(() => undefined);
    if (!userId) return;
    announceSignOut(userId);
    // A shared school computer keeps nobody's lessons for the next person.
    await deleteLocalCopies(userId);
  }, [client]);
  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<Session>(
    () => ({ client, status, user, lastChange, signIn, signOut, retry }),
    [client, status, user, lastChange, signIn, signOut, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider>');
  return session;
}

export const useApi = (): ApiClient => useSession().client;

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
