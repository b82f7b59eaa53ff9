import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { useAnnounce } from '../../../lib/announce';
import { useLogout } from '../api';
import { useMe } from '../../../lib/session';
import { loginPath } from '../redirect';

export function UserMenu() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  const navigate = useNavigate();
  const announce = useAnnounce();

  if (me.isPending) return <span className="user-menu muted">{t('common:status.loading')}</span>;

  if (!me.data) {
    if (location.pathname === '/login') return null;
    return (
      <div className="user-menu">
        {/* The public portal is served by the server (not a route of this app), hence a plain link. */}
        <a className="user-menu__portal" href="/portal">
          {t('menu.portal')}
        </a>
        <Link className="button button--primary button--small" to={loginPath(location)}>
          {t('menu.login')}
        </Link>
      </div>
    );
  }

  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('menu.signedInAs')} </span>
        {me.data.name}
      </span>
      <Button
        small
        busy={logout.isPending}
        busyLabel={t('menu.loggingOut')}
        onClick={() =>
          logout.mutate(undefined, {
            onSettled: () => {
              announce(t('menu.loggedOut'));
              void navigate('/');
            },
          })
        }
      >
        {t('menu.logout')}
      </Button>
    </div>
  );
}
