import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../lib/session';
import type { SourceType } from '../api';
import { canManageGroupPlan, canManageUnitPlan } from '../../../lib/permissions';

/** What the new action is about; becomes its `source` and, for a unit, preselects the unit's plans. */
export interface AddToPlanSource {
  type: SourceType;
  /** The unit whose plan gets the action (a benchmark gap, a CAF area for improvement). */
  unitCode?: string;
  /** Or a benchmarking group's plan. */
  groupId?: number;
  /** A plan chosen already. */
  planId?: number;
  assessmentId?: number;
  itemId?: string;
  indicatorCode?: string;
  surveyWaveId?: number;
  questionId?: string;
  /** The area for improvement, gap or result in words; becomes the source note. */
  note?: string | null;
  /** A suggested title for the action. */
  title?: string;
}

const PARAMS: Record<Exclude<keyof AddToPlanSource, 'type'>, string> = {
  unitCode: 'unit',
  groupId: 'group',
  planId: 'plan',
  assessmentId: 'assessment',
  itemId: 'item',
  indicatorCode: 'indicator',
  surveyWaveId: 'wave',
  questionId: 'question',
  note: 'note',
  title: 'title',
};

/** The new-action form's address with the source in the query, so the link survives a reload or a new tab. */
export function addToPlanHref(source: AddToPlanSource): string {
  const query = new URLSearchParams({ source: source.type });
  for (const [key, param] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = source[key];
    // Long texts would make an unwieldy address; the form shows the note for editing anyway.
    if (value !== undefined && value !== null && value !== '') query.set(param, String(value).slice(0, 1000));
  }
  return `/improvement-plans/actions/new?${query.toString()}`;
}

/**
 * "Dodaj do planu doskonalenia": opens the action form with its source filled in. For a CAF area
 * for improvement, an indicator on the benchmarking dashboard or a survey result, e.g.
 * `<AddToPlanLink source={{ type: 'benchmark-gap', unitCode, indicatorCode }} subject={indicatorName} />`.
 * `subject` names the thing when several links share a page (WCAG 2.4.4); the accessible name
 * starts with the visible text (2.5.3). Shown only to people who may keep that unit's (or
 * group's) plan, so it can sit on public pages.
 */
export function AddToPlanLink({
  source,
  subject,
  label,
  className,
}: {
  source: AddToPlanSource;
  subject?: string;
  label?: string;
  className?: string;
}) {
  const { t } = useTranslation('improvementPlans');
  const me = useCurrentUser();
  const allowed = source.unitCode
    ? canManageUnitPlan(me, source.unitCode)
    : source.groupId !== undefined
      ? canManageGroupPlan(me, String(source.groupId))
      : !!me;
  if (!allowed) return null;
  const text = t('addToPlan.link');
  const name = label ?? (subject ? t('addToPlan.linkFor', { subject }) : undefined);
  return (
    <Link
      to={addToPlanHref(source)}
      className={['add-to-plan', className ?? ''].filter(Boolean).join(' ')}
      aria-label={name}
    >
      {text}
    </Link>
  );
}
