import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconBadge, type BadgeStyle } from '../../components/badge';
import { Icon } from '../../components/icon';
import type { Action, ActionSource, ActionStatus, EffectVerdict } from './api';

const STATUS_STYLE: Record<ActionStatus, BadgeStyle> = {
  planned: { tone: 'neutral', icon: 'clock' },
  'in-progress': { tone: 'info', icon: 'info' },
  done: { tone: 'success', icon: 'check' },
  cancelled: { tone: 'neutral', icon: 'error' },
};

export function ActionStatusBadge({ status }: { status: ActionStatus | string }) {
  const { t } = useTranslation('improvementPlans');
  return (
    <IconBadge style={STATUS_STYLE[status as ActionStatus]}>
      {t(`status.${status}`, { defaultValue: status })}
    </IconBadge>
  );
}

/** "Przeterminowane o 12 dni" in words and with an icon; nothing for an action on time. */
export function OverdueFlag({ action }: { action: Action }) {
  const { t } = useTranslation('improvementPlans');
  const schedule = action.schedule;
  if (schedule.timeliness !== 'overdue' && schedule.timeliness !== 'late-start') return null;
  return (
    <span className={['with-icon', schedule.timeliness === 'overdue' ? 'overdue' : 'late-start'].join(' ')}>
      <Icon name={schedule.timeliness === 'overdue' ? 'clock' : 'warning'} />
      {t(`timeliness.${schedule.timeliness}`, { count: schedule.daysLate })}
    </span>
  );
}

/** Priority as impact × feasibility = score, with the quadrant in words (CAF step 7). */
export function PriorityText({ action }: { action: Pick<Action, 'priority'> }) {
  const { t } = useTranslation('improvementPlans');
  return (
    <span className={`priority priority--${action.priority.class}`}>
      <span className="priority__score">
        {t('priority.score', {
          impact: action.priority.impact,
          feasibility: action.priority.feasibility,
          score: action.priority.score,
        })}
      </span>{' '}
      <span className="priority__quadrant">{t(`quadrant.${action.priority.quadrant}`)}</span>
    </span>
  );
}

const VERDICT_STYLE: Record<EffectVerdict, BadgeStyle> = {
  'improved-more-than-peers': { tone: 'success', icon: 'arrow-up' },
  'in-line-with-peers': { tone: 'info', icon: 'neutral' },
  'worse-than-peers': { tone: 'warning', icon: 'arrow-down' },
  'not-enough-data': { tone: 'neutral', icon: 'clock' },
  'not-applicable': { tone: 'neutral', icon: 'info' },
};

export function VerdictBadge({ verdict }: { verdict: EffectVerdict }) {
  const { t } = useTranslation('improvementPlans');
  return <IconBadge style={VERDICT_STYLE[verdict]}>{t(`verdict.${verdict}`)}</IconBadge>;
}

/**
 * Where an action came from, in words, linking to the assessment or indicator it names
 * (`indicatorName` when the caller knows the gap's indicator by name).
 */
export function SourceText({
  source,
  withNote = false,
  indicatorName,
}: {
  source: ActionSource;
  withNote?: boolean;
  indicatorName?: string;
}) {
  const { t } = useTranslation('improvementPlans');
  const note = withNote && source.note ? <span className="prewrap"> — {source.note}</span> : null;
  switch (source.type) {
    case 'caf-improvement':
      return (
        <span>
          {t('source.caf-improvement')}:{' '}
          {source.assessmentId !== undefined ? (
            <Link to={`/assessments/${source.assessmentId}/results`}>
              {t('source.cafItem', { item: source.itemId ?? '' })}
            </Link>
          ) : (
            t('source.cafItem', { item: source.itemId ?? '' })
          )}
          {note}
        </span>
      );
    case 'benchmark-gap':
      return (
        <span>
          {t('source.benchmark-gap')}:{' '}
          {source.indicatorCode ? (
            <Link to={`/indicators/${encodeURIComponent(source.indicatorCode)}`}>
              {indicatorName ?? source.indicatorCode}
            </Link>
          ) : null}
          {note}
        </span>
      );
    case 'meeting-action':
      return (
        <span>
          {t('source.meeting-action')}
          {source.meetingId !== undefined ? (
            <>
              : <Link to={`/networks/meetings/${source.meetingId}`}>{t('source.meetingLink')}</Link>
            </>
          ) : null}
          {note}
        </span>
      );
    case 'survey-result':
      return (
        <span>
          {t('source.survey-result')}:{' '}
          {t('source.surveyItem', { wave: String(source.surveyWaveId ?? ''), question: source.questionId ?? '' })}
          {note}
        </span>
      );
    default:
      return (
        <span>
          {t('source.free')}
          {note}
        </span>
      );
  }
}
