import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canImportData, canManageRounds, dataUnits } from '../../../lib/permissions';
import { useRounds, useRoundTemplates } from '../api';
import { useLocalized } from '../../../lib/localized';
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
      {operator ? <TemplateLinks /> : null}
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

/** One click to a new round filled from a template; the second click opens it. */
function TemplateLinks() {
  const { t } = useTranslation('dataCollection');
  const localized = useLocalized();
  const templates = useRoundTemplates();
  if (!templates.data || templates.data.items.length === 0) return null;
  return (
    <nav className="round-templates" aria-label={t('templates.title')}>
      <h2 className="h3">{t('templates.title')}</h2>
      <p className="muted">{t('templates.intro')}</p>
      <ul className="plain-list round-templates__list">
        {templates.data.items.map((template) => (
          <li key={template.id}>
            <Link to={`/rounds/new?template=${encodeURIComponent(template.id)}`}>{localized(template.names)}</Link>{' '}
            <span className="muted">{t('templates.variables', { count: template.variables.length })}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
