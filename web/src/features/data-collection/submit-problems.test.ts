import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import type { Finding } from './api';
import { submitProblemsOf, summaryItems } from './submit-problems';

function finding(severity: Finding['severity'], variables: string[], check = 'range'): Finding {
  return {
    check,
    severity,
    variableCode: variables[0] ?? null,
    variables,
    message: 'm',
    details: {},
  } as unknown as Finding;
}

const FORM = new Set(['area_km2', 'pupils', 'teacher_fte']);

describe('submitProblemsOf and summaryItems', () => {
  it('lists a refusal for errors with the warnings still to explain, each linking to its field', () => {
    const error = new ApiError(400, 'PLAUSIBILITY_ERRORS', 'Correct the values marked as errors first', {
      findings: [finding('error', ['teacher_fte'], 'non-negative')],
      unexplained: [finding('warning', ['area_km2'])],
    });
    const problems = submitProblemsOf(error)!;
    expect(summaryItems(problems, FORM)).toEqual([
      { kind: 'error', variableCode: 'teacher_fte', part: 'input' },
      { kind: 'unexplained', variableCode: 'area_km2', part: 'comment' },
    ]);
  });

  it('lists missing values first, then errors, then warnings; a rule error links to its first variable in the form', () => {
    const error = new ApiError(400, 'PLAUSIBILITY_ERRORS', 'Missing values: pupils', {
      missing: ['pupils'],
      findings: [finding('warning', ['area_km2']), finding('error', ['outside', 'teacher_fte'], 'rule')],
      unexplained: [finding('warning', ['area_km2']), finding('warning', ['outside'])],
    });
    expect(summaryItems(submitProblemsOf(error)!, FORM)).toEqual([
      { kind: 'missing', variableCode: 'pupils', part: 'input' },
      { kind: 'error', variableCode: 'teacher_fte', part: 'input' },
      { kind: 'unexplained', variableCode: 'area_km2', part: 'comment' },
    ]);
  });

  it('lists the warnings of WARNINGS_UNEXPLAINED once per variable', () => {
    const error = new ApiError(400, 'WARNINGS_UNEXPLAINED', 'Explain', {
      findings: [finding('warning', ['area_km2']), finding('warning', ['area_km2', 'pupils'], 'rule')],
    });
    expect(summaryItems(submitProblemsOf(error)!, FORM)).toEqual([
      { kind: 'unexplained', variableCode: 'area_km2', part: 'comment' },
      { kind: 'unexplained', variableCode: 'pupils', part: 'comment' },
    ]);
  });

  it('is null for other errors', () => {
    expect(submitProblemsOf(new ApiError(409, 'ROUND_STATE', 'no'))).toBeNull();
    expect(submitProblemsOf(new Error('x'))).toBeNull();
  });
});
