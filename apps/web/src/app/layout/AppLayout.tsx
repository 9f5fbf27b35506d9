import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Messages';
import { unsyncedModules } from '../session/local-copies';
import { useSession } from '../session/session';

/** Header, main landmark and footer around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content like a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

function Header() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="brand" aria-label={user ? t('header.home') : undefined}>
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {user ? (
          <nav className="header__nav" aria-label={t('header.mainNav')}>
            <NavLink to="/" end className="header__link">
              {t('header.myGroups')}
            </NavLink>
          </nav>
        ) : null}
        <div className="header__tools">
          {user ? (
            <span className="header__user" title={user.email}>
              <span className="visually-hidden">{t('header.signedInAs', { name: user.name })}</span>
              <span aria-hidden="true">{user.name}</span>
            </span>
          ) : null}
          <LanguageSwitch />
          {user ? <SignOut userId={user.id} /> : null}
        </div>
      </div>
    </header>
  );
}

/**
 * Signs out, which also removes this person's module copies from the browser. When a copy holds
 * edits the server does not have yet (made offline), it asks first: signing out would lose them.
 */
function SignOut({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [unsynced, setUnsynced] = useState(0);
  const warningRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (unsynced > 0) warningRef.current?.focus();
  }, [unsynced]);

  const run = async () => {
    setSigningOut(true);
    await signOut();
    setSigningOut(false);
  };

  if (unsynced > 0) {
    return (
      <div className="confirm confirm--header" role="group" aria-label={t('header.signOut')}>
        <p ref={warningRef} tabIndex={-1} className="confirm__question" role="alert">
          {t('header.unsyncedWarning', { count: unsynced })}
        </p>
        <div className="confirm__actions">
          <button type="button" className="button button--danger button--small" disabled={signingOut} onClick={run}>
            {signingOut ? t('header.signingOut') : t('header.signOutAnyway')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setUnsynced(0)}>
            {t('header.staySignedIn')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={signingOut}
      onClick={() => {
        const pending = unsyncedModules(userId).length;
        if (pending > 0) setUnsynced(pending);
        else void run();
      }}
    >
      {signingOut ? t('header.signingOut') : t('header.signOut')}
    </button>
  );
}
