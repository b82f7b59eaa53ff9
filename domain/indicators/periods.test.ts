import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodStartMonth,
  previousPeriod,
  samePeriodPreviousYear,
  type Period,
} from './periods';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

describe('parsePeriod', () => {
  it.each([
    ['2019', { year: 2019, granularity: 'year', index: 1 }, '2019'],
    ['2019-H1', { year: 2019, granularity: 'half', index: 1 }, '2019-H1'],
    ['2019-H2', { year: 2019, granularity: 'half', index: 2 }, '2019-H2'],
    ['2019-Q1', { year: 2019, granularity: 'quarter', index: 1 }, '2019-Q1'],
    ['2019-Q4', { year: 2019, granularity: 'quarter', index: 4 }, '2019-Q4'],
    [' 2019-q3 ', { year: 2019, granularity: 'quarter', index: 3 }, '2019-Q3'],
    ['2024-h2', { year: 2024, granularity: 'half', index: 2 }, '2024-H2'],
  ])('%j → %o, canonical %j', (text, expected, canonical) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: expected });
    expect(formatPeriod(period(text))).toBe(canonical);
  });

  it.each([
    ['', 'empty period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['19', '"19" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['2019Q3', '"2019Q3" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['2019-03', '"2019-03" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['2019-Q10', '"2019-Q10" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['2019.0', '"2019.0" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['III kw. 2019', '"III kw. 2019" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
    ['2019-Q5', '"2019-Q5": a year has 4 quarters (Q1–Q4)'],
    ['2019-Q0', '"2019-Q0": a year has 4 quarters (Q1–Q4)'],
    ['2019-H3', '"2019-H3": a year has 2 halves (H1–H2)'],
    ['1899', 'year 1899 is outside 1900–2100'],
    ['2101', 'year 2101 is outside 1900–2100'],
    ['２０１９', '"２０１９" is not a period: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason });
  });
});

describe('previousPeriod and nextPeriod', () => {
  it.each([
    ['2019', '2018', '2020'],
    ['2019-H1', '2018-H2', '2019-H2'],
    ['2019-H2', '2019-H1', '2020-H1'],
    ['2019-Q1', '2018-Q4', '2019-Q2'],
    ['2019-Q3', '2019-Q2', '2019-Q4'],
    ['2019-Q4', '2019-Q3', '2020-Q1'],
  ])('%s: previous %s, next %s', (text, previous, next) => {
    expect(formatPeriod(previousPeriod(period(text)))).toBe(previous);
    expect(formatPeriod(nextPeriod(period(text)))).toBe(next);
    expect(nextPeriod(previousPeriod(period(text)))).toEqual(period(text));
  });

  it.each([
    ['2019', '2018'],
    ['2019-H2', '2018-H2'],
    ['2019-Q3', '2018-Q3'],
  ])('%s one year earlier is %s', (text, expected) => {
    expect(formatPeriod(samePeriodPreviousYear(period(text)))).toBe(expected);
  });
});

describe('comparePeriods', () => {
  it('sorts by start, the longer period first when two start together', () => {
    const shuffled = ['2020', '2019-Q3', '2019-H2', '2019-Q2', '2019', '2019-Q1', '2019-H1', '2018-Q4', '2019-Q4'];
    const sorted = shuffled.map(period).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual([
      '2018-Q4',
      '2019',
      '2019-H1',
      '2019-Q1',
      '2019-Q2',
      '2019-H2',
      '2019-Q3',
      '2019-Q4',
      '2020',
    ]);
  });

  it.each([
    ['2019', '2019', 0],
    ['2019-Q2', '2019-Q2', 0],
    ['2018-Q4', '2019-Q1', -1],
    ['2019-H2', '2019-Q3', -1],
    ['2019-Q3', '2019-H2', 1],
  ])('%s vs %s has sign %i', (a, b, sign) => {
    expect(Math.sign(comparePeriods(period(a), period(b)))).toBe(sign);
  });

  it.each([
    ['2019', 1],
    ['2019-H2', 7],
    ['2019-Q2', 4],
    ['2019-Q4', 10],
  ])('%s starts in month %i', (text, month) => {
    expect(periodStartMonth(period(text))).toBe(month);
  });
});
