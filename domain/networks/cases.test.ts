import { describe, expect, it } from 'vitest';
import {
  catalogueValues,
  isLate,
  processingDays,
  summariseCases,
  termDays,
  validateCaseTable,
  type CaseRow,
} from './cases';

const header = {
  row: 1,
  cells: ['case_ref', 'category', 'initiated_on', 'decided_on', 'excluded_days', 'term', 'appeal_outcome'],
};
const rows = (lines: string[][]) => lines.map((cells, i) => ({ row: i + 2, cells }));

/**
 * Hand calculation (2024 is a leap year):
 * 1 construction 01-15 → 02-15, 0 excl., 1 m: 31 days, term 31 (to 02-15) → in time      upheld
 * 2 construction 01-31 → 03-01, 0 excl., 1 m: 30 days, term 29 (to 02-29) → late         remitted (138 § 2)
 * 3 construction 03-01 → 05-10, 14 excl., 2 m: 70 − 14 = 56, term 61 (to 05-01) → in time (late without § 5)
 * 4 local-taxes  04-10 → 06-20, 5 excl., 2 m: 71 − 5 = 66, term 61 (to 06-10) → late      reversed
 * 5 local-taxes  06-01 → 06-11, 0 excl., 1 m: 10 days, term 30 → in time                        appeal-discontinued
 * 6 civil-registry 09-02 → 09-02: 0 days → in time                                        pending
 * Sorted days 0 10 30 31 56 66; type 7: median h = 2.5 → 30.5; P90 h = 4.5 → 56 + 0.5·10 = 61.
 */
const table = {
  header,
  rows: rows([
    ['K/1', 'construction', '2024-01-15', '2024-02-15', '0', '1m', 'upheld'],
    ['K/2', 'construction', '2024-01-31', '2024-03-01', '', '1m', 'remitted'],
    ['K/3', 'construction', '2024-03-01', '2024-05-10', '14', '2m', ''],
    ['K/4', 'local-taxes', '2024-04-10', '2024-06-20', '5', '2m', 'reversed'],
    ['K/5', 'local-taxes', '2024-06-01', '2024-06-11', '0', '1m', 'appeal-discontinued'],
    ['K/6', 'civil-registry', '2024-09-02', '2024-09-02', '0', '1m', 'pending'],
  ]),
};

function cases(): CaseRow[] {
  const result = validateCaseTable(table, '2024');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.cases;
}

describe('processing days and lateness', () => {
  it('match the hand calculation, with excluded days and both terms', () => {
    const c = cases();
    expect(c.map(processingDays)).toEqual([31, 30, 56, 66, 10, 0]);
    expect(c.map((x) => termDays(x.initiatedOn, x.term))).toEqual([31, 29, 61, 61, 30, 30]);
    expect(c.map(isLate)).toEqual([false, true, false, true, false, false]);
    // Without the 14 excluded days case 3 would be late (70 > 61).
    expect(isLate({ ...c[2]!, excludedDays: 0 })).toBe(true);
  });

  it('a special-law term in days', () => {
    expect(termDays('2024-01-01', { days: 65 })).toBe(65);
    expect(isLate({ initiatedOn: '2024-01-01', decidedOn: '2024-03-06', excludedDays: 0, term: { days: 65 } })).toBe(
      false,
    );
    expect(isLate({ initiatedOn: '2024-01-01', decidedOn: '2024-03-07', excludedDays: 0, term: { days: 65 } })).toBe(
      true,
    );
  });
});

describe('summariseCases', () => {
  it('share late, median and P90 (type 7), SKO outcomes per 1,000', () => {
    const { total, byCategory } = summariseCases(cases());
    expect(total.decisions).toBe(6);
    expect(total.late).toBe(2);
    expect(total.lateShare).toBeCloseTo(100 / 3, 12);
    expect(total.processingDaysTotal).toBe(193);
    expect(total.processingDaysMedian).toBe(30.5);
    expect(total.processingDaysP90).toBe(61);
    expect(total.appealed).toBe(5);
    expect(total.pending).toBe(1);
    expect(total.onMerits).toBe(3); // upheld, remitted, reversed; appeal-discontinued and pending are not on the merits
    expect(total.overturned).toBe(2);
    expect(total.overturnedShareOfMerits).toBeCloseTo(200 / 3, 12);
    expect(total.overturnedPer1000).toBeCloseTo(1000 / 3, 12);
    expect(total.appealRate).toBe(50);
    expect(byCategory.map((c) => c.category)).toEqual(['civil-registry', 'local-taxes', 'construction']);
    const construction = byCategory.find((c) => c.category === 'construction')!;
    // 30 31 56: median 31; P90 h = 1.8 → 31 + 0.8·25 = 51.
    expect(construction.processingDaysMedian).toBe(31);
    expect(construction.processingDaysP90).toBeCloseTo(51, 12);
    expect(construction.late).toBe(1);
    expect(catalogueValues(total)).toEqual([
      { variableCode: 'decisions_issued', value: 6 },
      { variableCode: 'decisions_after_deadline', value: 2 },
      { variableCode: 'decisions_appealed', value: 3 },
      { variableCode: 'decisions_overturned_sko', value: 2 },
      { variableCode: 'case_processing_days_total', value: 193 },
    ]);
  });

  it('no cases: counts 0, shares null', () => {
    const { total } = summariseCases([]);
    expect(total.decisions).toBe(0);
    expect(total.lateShare).toBeNull();
    expect(total.processingDaysMedian).toBeNull();
  });
});

describe('validateCaseTable', () => {
  it('lists every bad row with its column', () => {
    const result = validateCaseTable(
      {
        header,
        rows: rows([
          ['A', 'construction', '2024-05-10', '2024-05-01', '0', '1m', ''],
          ['B', 'construction', '2024-05-01', '2024-05-10', '-3', '1m', ''],
          ['C', 'fishing', '2024-05-01', '2024-05-10', '0', '3m', 'won'],
          ['D', 'roads', '2023-12-01', '2023-12-20', '0', '1m', ''],
          ['D', 'roads', '2024-02-30', '2024-03-20', '40', '1m', ''],
          ['E', 'roads', '2024-03-01', '2024-03-20', '40', '1m', ''],
        ]),
      },
      '2024',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'decided_on'],
      [3, 'excluded_days'],
      [4, 'category'],
      [4, 'term'],
      [4, 'appeal_outcome'],
      [5, 'decided_on'],
      [6, 'case_ref'],
      [6, 'initiated_on'],
      [7, 'excluded_days'],
    ]);
    expect(result.problems[0]!.reason).toContain('before the initiation date');
    expect(result.problems[1]!.reason).toContain('negative');
    expect(result.problems[2]!.reason).toContain('unknown case category');
  });

  it('names missing and unknown columns', () => {
    const result = validateCaseTable({ header: { row: 1, cells: ['category', 'decided', 'term'] }, rows: [] }, '2024');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column)).toEqual(['initiated_on', 'decided_on', 'decided']);
  });

  it('half-year periods bound the decision dates', () => {
    const result = validateCaseTable(
      { header, rows: rows([['X', 'roads', '2024-06-20', '2024-07-01', '0', '1m', '']]) },
      '2024-H1',
    );
    expect(result.ok).toBe(false);
    expect(
      validateCaseTable({ header, rows: rows([['X', 'roads', '2024-06-20', '2024-07-01', '0', '1m', '']]) }, '2024-H2')
        .ok,
    ).toBe(true);
  });
});
