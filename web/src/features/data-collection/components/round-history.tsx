import { useTranslation } from 'react-i18next';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import type { RoundEvent } from '../api';
import { useActionLabel } from '../labels';
import { formatWarsaw } from '../../../lib/time';

/** What happened to a unit's form: saves, submissions, returns (with the operator's comment), approval. */
export function RoundHistory({ history }: { history: readonly RoundEvent[] }) {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const actionLabel = useActionLabel();
  // A reopening is logged by the server as "until <ISO time>"; it is shown in words and Polish time.
  const commentText = (event: RoundEvent) => {
    const until = event.action === 'reopen' && event.comment ? /^until (\S+)$/.exec(event.comment) : null;
    return until ? t('history.reopenedUntil', { date: formatWarsaw(until[1], format.locale) }) : event.comment;
  };
  // Oldest first: the list reads as the story of the form.
  const events = history;
  return (
    <Table caption={t('history.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('history.when')}</th>
          <th scope="col">{t('history.action')}</th>
          <th scope="col">{t('history.who')}</th>
          <th scope="col">{t('history.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {events.length === 0 ? (
          <EmptyRow colSpan={4}>{t('history.empty')}</EmptyRow>
        ) : (
          events.map((event, index) => (
            <tr key={`${event.at}-${index}`} className={`history-row history-row--${event.action}`}>
              <td>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </td>
              <th scope="row">{actionLabel(event.action)}</th>
              <td>{event.actor?.email ?? t('history.system')}</td>
              <td className="prewrap">{commentText(event) ?? <span className="muted">—</span>}</td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
