import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './page-header';

/** The 404 page body; also rendered in place by pages whose entity the API reports as not found. */
export function NotFoundContent({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeader title={t('notFound.title')} description={<p>{message ?? t('notFound.body')}</p>} />
      <ul className="plain-list link-stack">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to="/units">{t('notFound.units')}</Link>
        </li>
      </ul>
    </div>
  );
}

/** Shown to a signed-in user who lacks the right for a page (the API would answer 403). */
export function ForbiddenContent() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeader title={t('forbidden.title')} description={<p>{t('forbidden.body')}</p>} />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
