import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBadge, type BadgeStyle } from '../../components/badge';
import type { AssessmentStatus, Framework, LocalizedText, ScoreBand, ScorePanel, ScoreValues } from './api';

export function frameworkPath(id: string): string {
  return `/self-assessment/frameworks/${encodeURIComponent(id)}`;
}

export function unitAssessmentsPath(code: string): string {
  return `/units/${encodeURIComponent(code)}/assessments`;
}

export function assessmentPath(id: number | string, section?: 'scoring' | 'consensus' | 'results'): string {
  const base = `/assessments/${encodeURIComponent(String(id))}`;
  return section ? `${base}/${section}` : base;
}

/** Picks the user's language from a `{pl, en}` pair. */
export function useText(): (text: LocalizedText | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  return useCallback((text) => (text ? text[language] || text.pl : ''), [language]);
}

/** A scored item of a framework: a subcriterion, or a criterion scored as a whole (EFQM 6 and 7). */
export interface FrameworkItem {
  id: string;
  criterionId: string;
  kind: string;
  title: LocalizedText;
  examples: LocalizedText[];
}

/**
 * The framework's items in framework order — the same list as the domain's `assessmentItems`,
 * repeated here so that the SPA does not bundle the zod schemas the domain module builds.
 */
export function frameworkItems(framework: Framework): FrameworkItem[] {
  return framework.criteria.flatMap((c) =>
    c.subcriteria.length === 0
      ? [{ id: c.id, criterionId: c.id, kind: c.kind, title: c.title, examples: [] }]
      : c.subcriteria.map((s) => ({ id: s.id, criterionId: c.id, kind: c.kind, title: s.title, examples: s.examples })),
  );
}

export function panelOf(framework: Framework, modeId: string, kind: string): ScorePanel | undefined {
  return framework.modes.find((m) => m.id === modeId)?.panels[kind];
}

/** The band a score falls in, as the domain's `bandOf`. */
export function bandOf(bands: readonly ScoreBand[] | undefined, score: number): ScoreBand | undefined {
  return bands?.find((b) => b.min <= score && score <= b.max);
}

/** Component id → score, whether the server sent a bare number (one-component panel) or a record. */
export function componentValues(panel: ScorePanel, values: ScoreValues | undefined): Record<string, number> {
  if (values === undefined) return {};
  if (typeof values === 'number') return panel.components.length === 1 ? { [panel.components[0]!.id]: values } : {};
  return values;
}

/** Criterion ids are "1"…"9"; subcriterion ids "1.1"…; sorted as numbers, not text (1.10 after 1.9). */
export const naturalOrder = new Intl.Collator('en', { numeric: true });

const STATUS_STYLE: Record<AssessmentStatus, BadgeStyle> = {
  scoring: { tone: 'info', icon: 'clock' },
  consensus: { tone: 'warning', icon: 'info' },
  closed: { tone: 'success', icon: 'lock' },
};

/** The assessment's stage in words, with colour and icon as extras. */
export function AssessmentStatusBadge({ status }: { status: AssessmentStatus | string }) {
  const { t } = useTranslation('selfAssessment');
  return (
    <IconBadge style={STATUS_STYLE[status as AssessmentStatus]}>
      {t(`status.${status}`, { defaultValue: status })}
    </IconBadge>
  );
}

/** Scores are stored unrounded; one decimal is enough to read a mean of whole numbers. */
export function useScoreFormat(): (value: number | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'pl-PL';
  return useCallback(
    (value) =>
      value === null || value === undefined
        ? '—'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
    [locale],
  );
}

/** A change with its sign always shown ("+150", "−12,5", "0"), for round-to-round comparisons. */
export function useChangeFormat(): (value: number | null | undefined) => string {
  const score = useScoreFormat();
  return useCallback(
    (value) => {
      if (value === null || value === undefined) return '—';
      if (value === 0) return score(0);
      return `${value > 0 ? '+' : '−'}${score(Math.abs(value))}`;
    },
    [score],
  );
}
