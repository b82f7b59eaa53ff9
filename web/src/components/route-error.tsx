import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Alert } from './alert';
import { PageHeader } from './page-header';
import { NotFoundContent } from './not-found';

/** Shown inside the layout when a page throws while rendering, so the header and nav stay usable. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return (
    <div className="narrow">
      <PageHeader title={t('crash.title')} />
      <Alert tone="error" live>
        <p>{t('crash.body')}</p>
      </Alert>
      <p>
        <Link to="/">{t('notFound.home')}</Link> ·{' '}
        <button type="button" className="link-button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
    </div>
  );
}
