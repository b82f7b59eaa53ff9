import { useTranslation } from 'react-i18next';

import { Breadcrumb } from '../../../components/breadcrumb';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useOutbox } from '../api';

/** Messages the platform has queued (reminders); without SMTP they are only listed here. */
export function OutboxPage() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const outbox = useOutbox();
  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/rounds', label: t('rounds.title') }, { label: t('outbox.title') }]} />}
        title={t('outbox.title')}
        description={<p>{t('outbox.intro')}</p>}
      />
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <>
          {outbox.data.smtp ? null : (
            <Alert tone="info" title={t('outbox.noSmtpTitle')}>
              <p>{t('outbox.noSmtp')}</p>
            </Alert>
          )}
          <Table caption={t('outbox.caption', { count: outbox.data.items.length })}>
            <thead>
              <tr>
                <th scope="col">{t('outbox.created')}</th>
                <th scope="col">{t('outbox.recipient')}</th>
                <th scope="col">{t('outbox.subject')}</th>
                <th scope="col">{t('fields.status')}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.data.items.length === 0 ? (
                <EmptyRow colSpan={4}>{t('outbox.empty')}</EmptyRow>
              ) : (
                outbox.data.items.map((message) => (
                  <tr key={message.id}>
                    <td>
                      <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                    </td>
                    <td>{message.recipient}</td>
                    <th scope="row">
                      <details className="changes">
                        <summary>{message.subject}</summary>
                        <pre lang="pl">{message.body}</pre>
                      </details>
                    </th>
                    <td>
                      {message.sentAt ? (
                        <Badge tone="success">{t('outbox.sent', { date: format.dateTime(message.sentAt) })}</Badge>
                      ) : message.error ? (
                        <>
                          <Badge tone="warning">{t('outbox.failed')}</Badge>{' '}
                          <span className="muted">{message.error}</span>
                        </>
                      ) : (
                        <Badge tone="neutral">{t('outbox.queued')}</Badge>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
