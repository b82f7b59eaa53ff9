import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../features/auth/api';
import { UserMenu } from '../features/auth/components/user-menu';
import { canImportData, canImportUnits, isAdmin } from '../features/auth/permissions';
import { api } from '../lib/api';
import { LanguageSwitch } from './language-switch';

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <path d="M7 24V10h4v14zm7 0V6h4v18zm7 0v-9h4v9z" fill="#fff" />
    </svg>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const links = [
    { to: '/units', label: t('nav.units') },
    { to: '/groups', label: t('nav.groups') },
    { to: '/indicators', label: t('nav.indicators') },
    { to: '/benchmarking', label: t('nav.benchmarking') },
    { to: '/self-assessment', label: t('nav.selfAssessment') },
    ...(me ? [{ to: '/improvement-plans', label: t('nav.improvementPlans') }] : []),
    ...(me ? [{ to: '/rounds', label: t('nav.rounds') }] : []),
    ...(me ? [{ to: '/surveys', label: t('surveys:nav.title') }] : []),
    ...(isAdmin(me) ? [{ to: '/admin/users', label: t('nav.users') }] : []),
    ...(isAdmin(me) ? [{ to: '/admin/audit', label: t('nav.audit') }] : []),
    ...(canImportUnits(me) ? [{ to: '/admin/units-import', label: t('nav.import') }] : []),
    ...(canImportData(me) ? [{ to: '/data/import', label: t('nav.dataImport') }] : []),
  ];
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((link) => (
          // NavLink sets aria-current="page" on the active entry.
          <li key={link.to}>
            <NavLink to={link.to} className="main-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) =>
      api.get<{ status: string; database: string; version: string }>('/health', undefined, signal),
    staleTime: Infinity,
    retry: false,
  });
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footer.about')}</p>
        <p className="muted">
          {t('footer.license')}
          {health.data ? ` · ${t('footer.version', { version: health.data.version })}` : ''}
        </p>
      </div>
    </footer>
  );
}

/**
 * After client-side navigation focus goes to <main>, as after a page load, so keyboard and
 * screen-reader users start at the new content instead of wherever the old link was.
 */
function useFocusMainOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(main);

  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // Handled here so the router does not treat the hash as a navigation.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__name">Miernik</span>
            <span className="visually-hidden"> — {t('nav.home')}</span>
          </Link>
          <MainNav />
          <div className="site-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
