import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useCurrentUser } from '../../../lib/session';
import { canManageCompetition } from '../../../lib/permissions';
import { ButtonLink } from '../../../components/button';
import { editionPath, newEditionPath, resultsPath, useEditions, usePublicEditions } from '../api';
import { PhaseBadge } from '../labels';

/** Editions: the signed-in see every edition they may work on; everyone sees the published results. */
export function EditionsPage() {
  const { t } = useTranslation('competition');
  const me = useCurrentUser();
  const editions = useEditions(me !== null);
  const published = usePublicEditions();
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={canManageCompetition(me) ? <ButtonLink to={newEditionPath}>{t('setup.title')}</ButtonLink> : undefined}
      />
      {me !== null ? (
        editions.isPending ? (
          <Loading />
        ) : editions.isError ? (
          <QueryError error={editions.error} onRetry={() => void editions.refetch()} />
        ) : (
          <Table caption={t('list.editions')}>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.year')}</th>
                <th scope="col">{t('field.theme')}</th>
                <th scope="col">{t('field.phase')}</th>
              </tr>
            </thead>
            <tbody>
              {editions.data.items.length === 0 ? (
                <EmptyRow colSpan={4}>{t('list.empty')}</EmptyRow>
              ) : (
                editions.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <Link to={editionPath(e.id)}>{e.name}</Link>
                    </td>
                    <td>{e.year}</td>
                    <td>{e.theme}</td>
                    <td>
                      <PhaseBadge phase={e.phase} />
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
        )
      ) : null}
      <h2>{t('list.published')}</h2>
      {published.isPending ? (
        <Loading />
      ) : published.isError ? (
        <QueryError error={published.error} onRetry={() => void published.refetch()} />
      ) : published.data.items.length === 0 ? (
        <p>{t('list.nonePublished')}</p>
      ) : (
        <ul>
          {published.data.items.map((e) => (
            <li key={e.id}>
              <Link to={resultsPath(e.id)}>
                {e.name} ({e.year}) — {e.theme}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
