import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/errors';
import { Alert } from './alert';
import { Button } from './button';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </p>
  );
}

/** A failed query: translated message plus a retry, since most failures here are transient. */
export function QueryError({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert
      tone="error"
      live
      title={title ?? t('status.loadFailed')}
      actions={
        onRetry ? (
          <Button small onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      <p>{message(error)}</p>
    </Alert>
  );
}
