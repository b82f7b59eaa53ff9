import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../lib/session';
import { UserMenu } from '../features/auth';
import { api } from '../lib/api';
import { LanguageSwitch } from '../components/language-switch';
import { currentEntry, visibleSections } from './navigation';

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <path d="M7 24V10h4v14zm7 0V6h4v18zm7 0v-9h4v9z" fill="#fff" />
    </svg>
  );
}

/**
 * The main navigation: one button per section (Dane, Porównania, …) opening its list of pages —
 * the disclosure pattern, so it stays one row at 1366 px and each section is a plain list for
 * screen readers. On a phone the sections fold behind one "Menu" button. The section holding the
 * current page is marked (aria-current on its button and an underline), the page itself too.
 */
function MainNav() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const sections = visibleSections(me);
  const current = currentEntry(sections, pathname);
  const [open, setOpen] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);

  // A followed link closes everything (adjusted while rendering, React's pattern for state that
  // follows a prop); Escape and a click outside the navigation do too.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(null);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (open === null && !menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const button = open ? nav.current?.querySelector<HTMLButtonElement>(`#nav-section-${open}`) : null;
      setOpen(null);
      button?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (nav.current && !nav.current.contains(event.target as Node)) {
        setOpen(null);
        setMenuOpen(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, menuOpen]);

  return (
    <nav ref={nav} className={`main-nav${menuOpen ? ' main-nav--open' : ''}`} aria-label={t('nav.label')}>
      <button
        type="button"
        className="main-nav__toggle"
        aria-expanded={menuOpen}
        aria-controls="main-nav-sections"
        onClick={() => setMenuOpen((value) => !value)}
      >
        <span aria-hidden="true" className="main-nav__burger" />
        {t('nav.menu')}
        {current ? <span className="main-nav__toggle-current">: {t(current.section.label)}</span> : null}
      </button>
      <ul id="main-nav-sections" className="main-nav__sections">
        {sections.map((section) => {
          const isCurrent = current?.section.id === section.id;
          const expanded = open === section.id;
          return (
            <li key={section.id} className="main-nav__section">
              <button
                type="button"
                id={`nav-section-${section.id}`}
                className={`main-nav__section-button${isCurrent ? ' main-nav__section-button--current' : ''}`}
                aria-expanded={expanded}
                aria-controls={`nav-panel-${section.id}`}
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => setOpen(expanded ? null : section.id)}
              >
                {t(section.label)}
                <span aria-hidden="true" className="main-nav__chevron" />
              </button>
              <ul id={`nav-panel-${section.id}`} className="main-nav__panel" hidden={!expanded}>
                {section.entries.map((entry) => (
                  <li key={entry.to}>
                    <Link
                      to={entry.to}
                      className="main-nav__link"
                      aria-current={current?.entry === entry ? 'page' : undefined}
                    >
                      {t(entry.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Footer() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) =>
      api.get<{ status: string; database?: string; version?: string }>('/health', undefined, signal),
    staleTime: Infinity,
    retry: false,
  });
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t('footer.about')}</p>
        <p className="muted">
          {t('footer.license')}
          {/* Only administrators are told the version (health hides it from everyone else). */}
          {health.data?.version ? ` · ${t('footer.version', { version: health.data.version })}` : ''}
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
