import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { FormError } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import type { Framework } from '../api';
import { frameworkItems, panelOf, useText } from '../labels';

interface ScoreProblemDetail {
  code: string;
  itemId: string | null;
  component?: string;
  message: string;
}

function scoreProblems(error: unknown): ScoreProblemDetail[] {
  if (!isApiError(error)) return [];
  const details = error.details as { errors?: unknown } | unknown[] | null | undefined;
  const list = Array.isArray(details)
    ? details
    : Array.isArray((details as { errors?: unknown } | null)?.errors)
      ? (details as { errors: unknown[] }).errors
      : [];
  return list.filter(
    (d): d is ScoreProblemDetail =>
      typeof d === 'object' && d !== null && typeof (d as ScoreProblemDetail).code === 'string' && 'itemId' in d,
  );
}

/** Item ids a 400 on submit or close lists as not yet scored (`details.missing`). */
export function missingItems(error: unknown): string[] {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return [];
  const missing = (error.details as { missing?: unknown }).missing;
  return Array.isArray(missing)
    ? missing
        .map((m) =>
          typeof m === 'object' && m !== null ? String((m as { itemId?: unknown }).itemId ?? '') : String(m),
        )
        .filter(Boolean)
    : [];
}

/**
 * The server's verdict on a score (400 naming the subcriterion and, in fine-tuned modes, the
 * component), translated from the problem codes of the domain's `validateScore`.
 */
export function ScoreProblems({ error, framework, mode }: { error: unknown; framework: Framework; mode: string }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const problems = scoreProblems(error);
  if (!error) return null;
  if (problems.length === 0) return <FormError error={error} />;
  const items = frameworkItems(framework);
  const componentTitle = (itemId: string | null, component: string | undefined) => {
    const item = items.find((i) => i.id === itemId);
    const found = item ? panelOf(framework, mode, item.kind)?.components.find((c) => c.id === component) : undefined;
    return found ? text(found.title) : (component ?? '');
  };
  return (
    <Alert tone="error" live focusOn={error} title={t('problems.title')}>
      <ul>
        {problems.map((p, index) => (
          <li key={index}>
            {t('problems.where', { id: p.itemId ?? '—' })}
            {p.component ? `, ${componentTitle(p.itemId, p.component)}` : ''}:{' '}
            {t(`problems.${p.code}`, { defaultValue: p.message })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
