import { isApiError } from '../../lib/api';
import type { Finding } from './api';

/** What a refused submission asks the unit to do, per variable. */
export interface SubmitProblems {
  /** Variables without a value (PLAUSIBILITY_ERRORS `missing`). */
  missing: string[];
  /** Variables whose warnings still need an explanation (WARNINGS_UNEXPLAINED, or PLAUSIBILITY_ERRORS `unexplained`). */
  unexplained: string[];
  /** Error findings that block the submission. */
  errors: Finding[];
}

export const NO_PROBLEMS: SubmitProblems = { missing: [], unexplained: [], errors: [] };

function findingsOf(value: unknown): Finding[] {
  return Array.isArray(value) ? (value as Finding[]) : [];
}

function warnedVariables(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.severity === 'warning').flatMap((f) => f.variables))];
}

/**
 * The PLAUSIBILITY_ERRORS / WARNINGS_UNEXPLAINED details of a refused submission, as the fields
 * they concern; null for any other error. A refusal for errors also carries the warnings still
 * without an explanation, so that the unit sees everything to do at once.
 */
export function submitProblemsOf(error: unknown): SubmitProblems | null {
  if (!isApiError(error) || (error.code !== 'PLAUSIBILITY_ERRORS' && error.code !== 'WARNINGS_UNEXPLAINED'))
    return null;
  const details = (error.details ?? {}) as { missing?: unknown; findings?: unknown; unexplained?: unknown };
  const findings = findingsOf(details.findings);
  if (error.code === 'WARNINGS_UNEXPLAINED') return { missing: [], errors: [], unexplained: warnedVariables(findings) };
  const missing = Array.isArray(details.missing)
    ? details.missing.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    missing,
    errors: findings.filter((f) => f.severity === 'error'),
    unexplained: warnedVariables(findingsOf(details.unexplained)),
  };
}

/** One line of the error summary: what to do, and which part of which field it links to. */
export interface SummaryItem {
  kind: 'missing' | 'error' | 'unexplained';
  variableCode: string;
  /** The field part the line links to: the value's input, or the explanation's textarea for a warning. */
  part: 'input' | 'comment';
}

/**
 * The error summary's lines: missing values and errors first (they block outright), then the
 * warnings that need an explanation. Only variables of the form (`fieldCodes`) are listed; an
 * error on several variables links to the first of them the form holds.
 */
export function summaryItems(problems: SubmitProblems, fieldCodes: { has(code: string): boolean }): SummaryItem[] {
  const items: SummaryItem[] = problems.missing.map((code) => ({ kind: 'missing', variableCode: code, part: 'input' }));
  for (const finding of problems.errors) {
    const code = finding.variables.find((c) => fieldCodes.has(c)) ?? finding.variableCode;
    if (code) items.push({ kind: 'error', variableCode: code, part: 'input' });
  }
  for (const code of problems.unexplained)
    if (fieldCodes.has(code)) items.push({ kind: 'unexplained', variableCode: code, part: 'comment' });
  return items;
}
