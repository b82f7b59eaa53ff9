import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../auth/api';
import { canImportData, canManageRounds, dataUnits } from '../../auth/permissions';
import { useRounds } from '../api';
import { roundPath, StatusBadge } from '../labels';
import { formatWarsaw } from '../../../lib/time';

/** Rounds the user runs (operators) or takes part in (unit coordinators and members). */
export function RoundsPage() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const me = useCurrentUser();
  const rounds = useRounds();
  const operator = canManageRounds(me);
  const [now] = useState(() => Date.now());

  return (
    <>
      <PageHeader
        title={t('rounds.title')}
        description={<p>{operator ? t('rounds.introOperator') : t('rounds.introUnit')}</p>}
        actions={
          <>
            {operator ? <ButtonLink to="/rounds/outbox">{t('outbox.title')}</ButtonLink> : null}
            {canImportData(me) ? <ButtonLink to="/data/import">{t('import.title')}</ButtonLink> : null}
            {operator ? (
              <ButtonLink to="/rounds/new" variant="primary">
                {t('rounds.new')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {!operator && dataUnits(me).length === 0 ? <p className="muted">{t('rounds.noUnits')}</p> : null}
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : (
        <Table caption={t('rounds.caption', { count: rounds.data.items.length })}>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.period')}</th>
              <th scope="col">{t('fields.deadline')}</th>
              <th scope="col">{t('fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.data.items.length === 0 ? (
              <EmptyRow colSpan={4}>{t('rounds.empty')}</EmptyRow>
            ) : (
              rounds.data.items.map((round) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link to={roundPath(round.id)}>{round.name}</Link>
                  </th>
                  <td>{round.period}</td>
                  <td>
                    <time dateTime={round.deadline}>{formatWarsaw(round.deadline, format.locale)}</time>
                    {round.status === 'open' && new Date(round.deadline).getTime() < now ? (
                      <span className="muted"> ({t('rounds.deadlinePassed')})</span>
                    ) : null}
                  </td>
                  <td>
                    <StatusBadge status={round.status} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      )}
    </>
  );
}
