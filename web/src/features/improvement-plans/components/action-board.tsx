import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { ACTION_STATUSES, actionPath, useUpdateAction, type Action, type ActionStatus } from '../api';
import { OverdueFlag, PriorityText } from '../labels';

/**
 * The plan as a board by status. A card moves with a select and a button — never by dragging
 * only — so keyboard and screen-reader users move cards the same way as everyone else.
 */
export function ActionBoard({ actions, canManage }: { actions: Action[]; canManage: boolean }) {
  const { t } = useTranslation('improvementPlans');
  return (
    <div className="board">
      {ACTION_STATUSES.map((status) => {
        const column = actions.filter((a) => a.status === status);
        return (
          <section
            key={status}
            className={`board__column board__column--${status}`}
            aria-labelledby={`board-${status}`}
          >
            <h3 id={`board-${status}`} className="board__title">
              {t(`status.${status}`)} <span className="muted">({column.length})</span>
            </h3>
            {column.length === 0 ? (
              <p className="muted board__empty">{t('board.empty')}</p>
            ) : (
              <ul className="board__cards">
                {column.map((action) => (
                  <li key={action.id}>
                    <BoardCard action={action} canManage={canManage} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function BoardCard({ action, canManage }: { action: Action; canManage: boolean }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const update = useUpdateAction();
  const [target, setTarget] = useState<ActionStatus>(action.status);

  function move() {
    if (target === action.status) return;
    update.mutate(
      { id: action.id, status: target },
      { onSuccess: () => announce(t('board.moved', { title: action.title, status: t(`status.${target}`) })) },
    );
  }

  return (
    <article
      className={['board-card', action.schedule.overdue ? 'board-card--overdue' : ''].filter(Boolean).join(' ')}
      aria-label={action.title}
    >
      <p className="board-card__title">
        <Link to={actionPath(action.planId, action.id)}>{action.title}</Link>
      </p>
      <p className="board-card__meta">
        <PriorityText action={action} />
      </p>
      {action.owner || action.endDate ? (
        <p className="board-card__meta muted">
          {action.owner ? `${action.owner}` : ''}
          {action.owner && action.endDate ? ' · ' : ''}
          {action.endDate ? t('board.until', { date: format.date(action.endDate) }) : ''}
        </p>
      ) : null}
      <OverdueFlag action={action} />
      {canManage ? (
        <div className="board-card__move">
          <SelectField
            label={t('board.moveTo', { title: action.title })}
            labelHidden
            value={target}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(event) => setTarget(event.target.value as ActionStatus)}
          />
          <Button
            small
            onClick={move}
            disabled={target === action.status || update.isPending}
            busy={update.isPending}
            busyLabel={t('board.moving')}
            aria-label={t('board.moveOf', { title: action.title })}
          >
            {t('board.move')}
          </Button>
        </div>
      ) : null}
      {update.isError ? (
        <Alert tone="error" live>
          <p>{errorMessage(update.error)}</p>
        </Alert>
      ) : null}
    </article>
  );
}
