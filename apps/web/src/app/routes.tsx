import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { Loading } from '../components/Messages';
import { AppLayout } from './layout/AppLayout';
import { PATHS, type ReturnState } from './paths';
import { useSession } from './session/session';

// Every page is its own chunk, so heavy pages added later (the editor) load only when visited.
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const GroupPage = lazy(() => import('../features/groups/GroupPage').then((m) => ({ default: m.GroupPage })));
const AcceptInvitationPage = lazy(() =>
  import('../features/invitations/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })),
);
// The editor (TipTap, Yjs, the page-type registry) is by far the largest chunk; only this route loads it.
const EditorPage = lazy(() => import('../features/editor/EditorPage').then((m) => ({ default: m.EditorPage })));
const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          path={PATHS.signIn}
          element={
            <AnonymousOnly>
              <SignInPage />
            </AnonymousOnly>
          }
        />
        <Route path="/uitnodiging/:token" element={<SessionGate><AcceptInvitationPage /></SessionGate>} />
        <Route element={<RequireAuth />}>
          <Route index element={<DashboardPage />} />
          <Route path="/groepen/:slug" element={<GroupPage />} />
          <Route path="/modules/:id" element={<EditorPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Waits for the initial session check; offers a retry when the server is unreachable. */
function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, retry } = useSession();
  if (status === 'loading') return <Loading />;
  if (status === 'error') {
    return (
      <div className="page page--narrow">
        <h1>{t('app.bootError')}</h1>
        <p>{t('errors.NETWORK')}</p>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return <>{children}</>;
}

function RequireAuth() {
  const { user, lastChange } = useSession();
  const location = useLocation();
  return (
    <SessionGate>
      {user ? (
        <Outlet />
      ) : (
        <Navigate
          to={PATHS.signIn}
          replace
          // After signing out, start fresh at the dashboard next time; otherwise come back here.
          state={lastChange === 'signed-out' ? undefined : ({ from: location } satisfies ReturnState)}
        />
      )}
    </SessionGate>
  );
}

function AnonymousOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  const from = (location.state as ReturnState | null)?.from;
  return <SessionGate>{user ? <Navigate to={from ?? PATHS.home} replace /> : children}</SessionGate>;
}
