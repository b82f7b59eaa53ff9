import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';

/** Also rendered in place by pages whose entity the API reports as not found (404). */
export function NotFoundContent({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeader title={t('notFound.title')} description={<p>{message ?? t('notFound.body')}</p>} />
      <ul className="link-list">
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

export function NotFoundPage() {
  return <NotFoundContent />;
}

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
