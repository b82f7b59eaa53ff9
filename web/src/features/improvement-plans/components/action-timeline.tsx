import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { actionPath, type Action } from '../api';
import { ActionStatusBadge, OverdueFlag } from '../labels';
import { todayIso } from '../../../lib/dates';

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;

/** First days of the months from the month of `first` to the one after `last`, as day numbers. */
function monthStarts(first: number, last: number): number[] {
  const start = new Date(first * MS_PER_DAY);
  const months: number[] = [];
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  for (;;) {
    const day = Date.UTC(y, m, 1) / MS_PER_DAY;
    months.push(day);
    if (day > last) return months;
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
}

/**
 * A Gantt-like timeline: one row per action with its dates, status and overdue flag in words; the
 * bar drawn across the months is the same information for the eye, so it is hidden from assistive
 * technology. Actions without dates are listed apart rather than drawn somewhere arbitrary.
 */
export function ActionTimeline({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const dated = actions
    .filter((a) => a.startDate || a.endDate)
    .sort((a, b) => (a.startDate ?? a.endDate!).localeCompare(b.startDate ?? b.endDate!));
  const undated = actions.filter((a) => !a.startDate && !a.endDate);
  const today = dayOf(todayIso());

  if (dated.length === 0) return <p className="muted">{t('timeline.noDates')}</p>;

  const days = dated.flatMap((a) => [a.startDate, a.endDate].filter((d): d is string => !!d).map(dayOf));
  const months = monthStarts(Math.min(...days), Math.max(...days));
  const from = months[0]!;
  const to = months[months.length - 1]!;
  const span = to - from;
  const pct = (day: number) => `${(((day - from) / span) * 100).toFixed(3)}%`;
  const monthFormat = new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  // Label every month while they fit; a long plan gets every third.
  const labelEvery = months.length > 18 ? 3 : 1;
  const todayShown = today >= from && today <= to;

  return (
    <div className="timeline">
      <div className="timeline__row timeline__row--head" aria-hidden="true">
        <span />
        <span className="timeline__track">
          {months.slice(0, -1).map((month, index) => (
            <span key={month} className="timeline__month" style={{ left: pct(month) }}>
              {index % labelEvery === 0 ? monthFormat.format(new Date(month * MS_PER_DAY)) : ''}
            </span>
          ))}
        </span>
      </div>
      <ol className="timeline__rows">
        {dated.map((action) => {
          const start = action.startDate ? dayOf(action.startDate) : null;
          const end = action.endDate ? dayOf(action.endDate) : null;
          const left = start ?? end!;
          // A bar spans start → end (inclusive); with one date only, a short marker.
          const width = start !== null && end !== null ? ((end + 1 - start) / span) * 100 : 0.8;
          return (
            <li key={action.id} className="timeline__row">
              <span className="timeline__label">
                <Link to={actionPath(action.planId, action.id)}>{action.title}</Link>
                <span className="timeline__dates muted">
                  {action.startDate ? format.date(action.startDate) : t('timeline.noStart')} –{' '}
                  {action.endDate ? format.date(action.endDate) : t('timeline.noEnd')}
                </span>
                <span className="timeline__state">
                  <ActionStatusBadge status={action.status} /> <OverdueFlag action={action} />
                </span>
              </span>
              <span className="timeline__track" aria-hidden="true">
                {todayShown ? <span className="timeline__today" style={{ left: pct(today) }} /> : null}
                <span
                  className={[
                    'timeline__bar',
                    `timeline__bar--${action.status}`,
                    action.schedule.overdue ? 'timeline__bar--overdue' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  style={{ left: pct(left), width: `${Math.max(0.8, width).toFixed(3)}%` }}
                />
              </span>
            </li>
          );
        })}
      </ol>
      <p className="timeline__legend muted">
        {t('timeline.legend')}
        {todayShown ? ` ${t('timeline.todayLegend')}` : ''}
      </p>
      {undated.length > 0 ? (
        <div className="timeline__undated">
          <h3>{t('timeline.undated', { count: undated.length })}</h3>
          <ul>
            {undated.map((action) => (
              <li key={action.id}>
                <Link to={actionPath(action.planId, action.id)}>{action.title}</Link>{' '}
                <ActionStatusBadge status={action.status} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
