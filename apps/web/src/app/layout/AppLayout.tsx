import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { BrandMark } from '../../components/BrandMark';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Messages';
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
  const { user, signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
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
          {user ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={signingOut}
              onClick={async () => {
                setSigningOut(true);
                await signOut();
                setSigningOut(false);
              }}
            >
              {signingOut ? t('header.signingOut') : t('header.signOut')}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
