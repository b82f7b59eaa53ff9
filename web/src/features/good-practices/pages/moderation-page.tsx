import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { practicePath, practicesPath, useSearchPractices } from '../api';
import { GradeBadge } from '../labels';

/**
 * The curators' queue: entries submitted for moderation that this curator may publish (the server
 * returns only those of the networks they run; administrators see all). Each opens on its page,
 * where it is published or returned with a comment.
 */
export function ModerationPage() {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  const queue = useSearchPractices({ status: 'submitted', sort: 'date', page: 1, pageSize: 100 });
  return (
    <>
      <PageHeader
        title={t('moderation.queueTitle')}
        before={
          <Breadcrumb items={[{ label: t('list.title'), to: practicesPath }, { label: t('moderation.queueTitle') }]} />
        }
        description={t('moderation.queueHint')}
      />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table caption={t('moderation.queueCaption', { count: queue.data.total })}>
          <thead>
            <tr>
              <th scope="col">{t('field.title')}</th>
              <th scope="col">{t('moderation.unit')}</th>
              <th scope="col">{t('moderation.version')}</th>
              <th scope="col">{t('grade.title')}</th>
              <th scope="col">{t('moderation.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.items.length === 0 ? (
              <EmptyRow colSpan={5}>{t('moderation.empty')}</EmptyRow>
            ) : (
              queue.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={practicePath(p.id)}>{p.title}</Link>
                  </td>
                  <td>{p.units.map((u) => u.name).join(', ')}</td>
                  <td>
                    {p.publishedVersion === null ? t('moderation.first') : t('detail.version', { version: p.version })}
                  </td>
                  <td>
                    <GradeBadge grade={p.evidenceGrade} />
                  </td>
                  <td>{format.dateTime(p.updatedAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      )}
    </>
  );
}
