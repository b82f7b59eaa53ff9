/**
 * The evidence grade of a good practice, computed from the effect checks of its linked indicators
 * (domain/improvement-plans/effect-check.ts — the same difference-in-differences against the peer
 * median that the improvement-plan effect check makes), never typed in:
 *
 * - `measured-better-than-peers`: at least one linked indicator "improved more than peers" and none
 *   did worse than peers — one good indicator does not outweigh a bad one;
 * - `measured`: at least one linked indicator has a verdict (in line, worse, or better together with
 *   a worse one): the results were measured, whatever they show;
 * - `described-only`: no linked indicator, or none with enough data yet (neutral indicators have
 *   no better direction and count as no verdict).
 */
import type { EffectVerdict } from '../improvement-plans/effect-check';

export const EVIDENCE_GRADES = ['measured-better-than-peers', 'measured', 'described-only'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** A linked indicator's outcome: the effect check's verdict, or `not-applicable` for a neutral indicator. */
export type IndicatorVerdict = EffectVerdict | 'not-applicable';

export function gradeEvidence(verdicts: readonly IndicatorVerdict[]): EvidenceGrade {
  const measured = verdicts.filter(
    (v) => v === 'improved-more-than-peers' || v === 'in-line-with-peers' || v === 'worse-than-peers',
  );
  if (measured.length === 0) return 'described-only';
  if (measured.includes('improved-more-than-peers') && !measured.includes('worse-than-peers'))
    return 'measured-better-than-peers';
  return 'measured';
}

/** Order for "sort by evidence": stronger evidence first. */
export function evidenceRank(grade: EvidenceGrade): number {
  return grade === 'measured-better-than-peers' ? 2 : grade === 'measured' ? 1 : 0;
}
