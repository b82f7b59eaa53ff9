import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { Icon } from '../../../components/icon';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useLocalized } from '../../../lib/localized';
import { variablePath } from '../../../lib/indicator-labels';
import { useKindLabel } from '../../../lib/unit-labels';
import { boardExportUrl, useBoard, useRemind, useRound, type RoundDetail } from '../api';
import { formPath, StatusBadge } from '../labels';
import { formatWarsaw } from '../../../lib/time';

const STATUS_ORDER = ['not-started', 'draft', 'returned', 'submitted', 'approved'];

export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('dataCollection');
  const round = useRound(id);
  if (round.isPending) return <Loading />;
  if (round.isError) {
    if (isApiError(round.error) && round.error.status === 404) return <NotFoundContent message={t('round.notFound')} />;
    return <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  }
  return <RoundView key={id} id={id} round={round.data} />;
}

function RoundView({ id, round }: { id: string; round: RoundDetail }) {
  const { t } = useTranslation('dataCollection');
  const [now] = useState(() => Date.now());
  const format = useFormat();
  const localized = useLocalized();
  const kindLabel = useKindLabel();

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/rounds', label: t('rounds.title') }, { label: round.name }]} />}
        title={round.name}
        description={
          <p>
            {t('round.subtitle', { period: round.period, deadline: formatWarsaw(round.deadline, format.locale) })}
            {round.status === 'open' && new Date(round.deadline).getTime() < now
              ? ` (${t('rounds.deadlinePassed')})`
              : ''}{' '}
            <StatusBadge status={round.status} />
          </p>
        }
      />
      <Card title={t('round.variables', { count: round.variables.length })}>
        <ul className="link-list">
          {round.variables.map((variable) => (
            <li key={variable.code}>
              <Link to={variablePath(variable.code)}>{localized(variable.names)}</Link>{' '}
              <span className="muted">({variable.unit})</span>
            </li>
          ))}
        </ul>
      </Card>
      {round.canManage ? (
        <OperatorBoard id={id} />
      ) : (
        <Card title={t('round.myUnits')}>
          <Table caption={t('round.myUnitsCaption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('fields.unit')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common:actions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {round.units.length === 0 ? (
                <EmptyRow colSpan={3}>{t('round.noUnits')}</EmptyRow>
              ) : (
                round.units.map((unit) => (
                  <tr key={unit.code}>
                    <th scope="row">
                      {unit.name}{' '}
                      <span className="muted">
                        ({kindLabel(unit.kind)}, {unit.code})
                      </span>
                    </th>
                    <td>
                      <StatusBadge status={unit.status} />
                    </td>
                    <td className="actions-cell">
                      <ButtonLink
                        small
                        variant="primary"
                        to={formPath(round.id, unit.code)}
                        aria-label={t('round.openFormOf', { name: unit.name })}
                      >
                        {t('round.openForm')}
                      </ButtonLink>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}

/** The completeness board: who has filled, submitted, been approved; overdue marked; export and reminders. */
function OperatorBoard({ id }: { id: string }) {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const kindLabel = useKindLabel();
  const board = useBoard(id, true);
  const remind = useRemind(id);

  function sendReminders() {
    remind.mutate(undefined, {
      onSuccess: (result) => announce(t('board.remindersDone', { queued: result.queued, sent: result.sent })),
    });
  }

  if (board.isPending) {
    return (
      <Card title={t('board.title')}>
        <Loading />
      </Card>
    );
  }
  if (board.isError) {
    return (
      <Card title={t('board.title')}>
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      </Card>
    );
  }
  const { items, counts, overdue } = board.data;
  const statuses = [
    ...STATUS_ORDER.filter((s) => counts[s]),
    ...Object.keys(counts).filter((s) => !STATUS_ORDER.includes(s)),
  ];

  return (
    <Card
      title={t('board.title')}
      actions={
        <div className="button-row">
          <a className="button button--secondary button--small" href={boardExportUrl(id, 'csv')} download>
            {t('board.exportCsv')}
          </a>
          <a className="button button--secondary button--small" href={boardExportUrl(id, 'xlsx')} download>
            {t('board.exportXlsx')}
          </a>
          <Button
            small
            variant="primary"
            onClick={sendReminders}
            busy={remind.isPending}
            busyLabel={t('board.reminding')}
            disabled={remind.isPending}
          >
            {t('board.remind')}
          </Button>
        </div>
      }
    >
      <ul className="stats board-stats" aria-label={t('board.summary')}>
        {statuses.map((status) => (
          <li key={status} className="stat">
            <span className="stat__body">
              <span className="stat__value">{format.number(counts[status] ?? 0)}</span>{' '}
              <span className="stat__label">{t(`status.${status}`, { defaultValue: status })}</span>
            </span>
          </li>
        ))}
        <li className="stat">
          <span className={['stat__body', overdue > 0 ? 'stat__body--alert' : ''].filter(Boolean).join(' ')}>
            <span className="stat__value">{format.number(overdue)}</span>{' '}
            <span className="stat__label">{t('board.overdueCount')}</span>
          </span>
        </li>
      </ul>

      {remind.isError ? (
        <Alert tone="error" live focusOn={remind.error}>
          <p>{errorMessage(remind.error)}</p>
        </Alert>
      ) : null}
      {remind.data ? (
        <Alert tone="success" live title={t('board.remindersTitle')}>
          <p>{t('board.remindersResult', { queued: remind.data.queued, sent: remind.data.sent })}</p>
          {remind.data.withoutRecipient.length > 0 ? (
            <p>{t('board.withoutRecipient', { codes: remind.data.withoutRecipient.join(', ') })}</p>
          ) : null}
          <p>
            <Link to="/rounds/outbox">{t('board.toOutbox')}</Link>
          </p>
        </Alert>
      ) : null}

      <Table caption={t('board.caption', { count: items.length })}>
        <thead>
          <tr>
            <th scope="col">{t('fields.unit')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col" className="numeric">
              {t('board.filled')}
            </th>
            <th scope="col">{t('board.deadline')}</th>
            <th scope="col">{t('board.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <EmptyRow colSpan={5}>{t('round.noUnits')}</EmptyRow>
          ) : (
            items.map((item) => (
              <tr key={item.unit.code} className={item.overdue ? 'is-overdue' : undefined}>
                <th scope="row">
                  <Link to={formPath(id, item.unit.code)}>{item.unit.name}</Link>{' '}
                  <span className="muted">
                    ({kindLabel(item.unit.kind)}, {item.unit.code})
                  </span>
                </th>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="numeric">
                  {t('board.filledOf', { filled: format.number(item.filled), total: format.number(item.total) })}
                </td>
                <td>
                  {item.overdue ? (
                    <span className="overdue with-icon">
                      <Icon name="clock" />
                      {t('board.overdue')}
                    </span>
                  ) : (
                    <span className="muted">{t('board.onTime')}</span>
                  )}
                </td>
                <td>
                  <time dateTime={item.updatedAt}>{format.dateTime(item.updatedAt)}</time>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <p>
        <Link to="/rounds/outbox">{t('board.toOutbox')}</Link>
      </p>
    </Card>
  );
}
