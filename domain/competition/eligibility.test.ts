import { describe, expect, it } from 'vitest';
import { checkEligibility, monthsBetween, validateAnswers, type FormField } from './eligibility';

describe('monthsBetween', () => {
  it.each([
    ['2025-01-15', '2025-07-15', 6],
    ['2025-01-15', '2025-07-14', 5],
    ['2025-01-31', '2025-07-30', 5],
    ['2025-01-31', '2025-07-31', 6],
    ['2025-01-31', '2025-02-28', 1],
    ['2024-11-01', '2025-05-01', 6],
    ['2025-06-01', '2025-03-01', -3],
  ])('%s → %s = %i', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));
});

describe('validateAnswers', () => {
  const fields: FormField[] = [
    { id: 'summary', type: 'textarea', required: true, maxLength: 20 },
    { id: 'budget', type: 'number', required: false },
    { id: 'site', type: 'url', required: false },
    { id: 'since', type: 'date', required: false },
  ];
  it('names every missing, malformed or unknown field', () => {
    expect(validateAnswers(fields, { summary: 'Short and fine' })).toEqual([]);
    const problems = validateAnswers(fields, { budget: '12', site: 'ftp://x', since: '2025-02-30', extra: 1 });
    expect(problems.map((p) => p.path)).toEqual([
      'answers.extra',
      'answers.summary',
      'answers.budget',
      'answers.site',
      'answers.since',
    ]);
    expect(validateAnswers(fields, { summary: 'x'.repeat(21) })[0]!.message).toContain('longer than 20');
  });
});

describe('checkEligibility', () => {
  const base = {
    unitKind: 'gmina-miejska',
    rules: { unitKinds: ['gmina-miejska', 'gmina-wiejska'], minMonthsInOperation: 6, requiredAttachments: ['letter'] },
    categories: [
      { id: 'gminy', unitKinds: ['gmina-miejska', 'gmina-wiejska'] },
      { id: 'powiaty', unitKinds: ['powiat'] },
    ],
    categoryId: 'gminy',
    inOperationSince: '2025-01-10',
    attachments: ['letter'],
    closesOn: '2025-07-10',
  };
  it('an eligible application has no problems', () => expect(checkEligibility(base)).toEqual([]));
  it('each rule, named', () => {
    expect(checkEligibility({ ...base, unitKind: 'powiat', categoryId: 'powiaty' }).map((p) => p.path)).toEqual([
      'unit',
    ]);
    expect(checkEligibility({ ...base, categoryId: 'powiaty' }).map((p) => p.path)).toEqual(['categoryId']);
    expect(checkEligibility({ ...base, categoryId: 'nope' }).map((p) => p.path)).toEqual(['categoryId']);
    const young = checkEligibility({ ...base, inOperationSince: '2025-01-11' });
    expect(young).toEqual([
      {
        path: 'inOperationSince',
        message: 'the solution has operated 5 month(s) by 2025-07-10; at least 6 are required',
      },
    ]);
    expect(checkEligibility({ ...base, inOperationSince: null }).map((p) => p.path)).toEqual(['inOperationSince']);
    expect(checkEligibility({ ...base, attachments: [] }).map((p) => p.path)).toEqual(['attachments.letter']);
  });
});
