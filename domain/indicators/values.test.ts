import { describe, expect, it } from 'vitest';
import { compileFormula, parseFormula, type FormulaNode } from './formula';
import { buildVariableTable, computeIndicator, computeIndicatorColumn, computeIndicatorSeries } from './values';

function ast(text: string): FormulaNode {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}
const values = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

describe('computeIndicator', () => {
  it.each([
    // Unit cost (METHODS §4.2): 9 000 000 PLN / 1 200 pupils = 7 500 PLN per pupil.
    ['expenditure_education / pupils', { expenditure_education: 9_000_000, pupils: 1_200 }, { ok: true, value: 7_500 }],
    // Share in %: 100 · 3 / 40 = 7.5.
    ['100 * after_deadline / issued', { after_deadline: 3, issued: 40 }, { ok: true, value: 7.5 }],
    // Per 1 000 residents: 1000 · 45 / 18 000 = 2.5.
    ['1000 * births / population', { births: 45, population: 18_000 }, { ok: true, value: 2.5 }],
    ['100 * after_deadline / issued', { after_deadline: 0, issued: 0 }, { ok: false, reason: 'division-by-zero' }],
    [
      '100 * after_deadline / issued',
      { after_deadline: 3, issued: null },
      { ok: false, reason: 'missing-input', variables: ['issued'] },
    ],
  ])('%s with %j → %j', (text, input, expected) => {
    expect(computeIndicator(ast(text), values(input))).toEqual(expected);
    expect(computeIndicator(compileFormula(ast(text)), values(input))).toEqual(expected);
  });
});

describe('computeIndicatorSeries', () => {
  const data = new Map([
    [
      '0201011',
      new Map([
        ['2019', values({ cost: 1_000_000, population: 40_000 })],
        ['2020', values({ cost: 1_100_000, population: 40_000 })],
      ]),
    ],
    [
      '0201022',
      new Map([
        ['2019', values({ cost: 300_000, population: 0 })],
        ['2020', values({ cost: 330_000 })],
        ['2021', values({ cost: 360_000, population: null })],
      ]),
    ],
  ]);

  it('gives one entry per unit-period, with the reason where there is no value', () => {
    expect(computeIndicatorSeries(ast('cost / population'), data)).toEqual([
      { unitId: '0201011', period: '2019', ok: true, value: 25 }, // 1 000 000 / 40 000
      { unitId: '0201011', period: '2020', ok: true, value: 27.5 }, // 1 100 000 / 40 000
      { unitId: '0201022', period: '2019', ok: false, reason: 'division-by-zero' },
      { unitId: '0201022', period: '2020', ok: false, reason: 'missing-input', variables: ['population'] },
      { unitId: '0201022', period: '2021', ok: false, reason: 'missing-input', variables: ['population'] },
    ]);
  });

  it('agrees with computeIndicator entry by entry', () => {
    const formula = ast('max(cost, 1) / (population + 1) > 20');
    for (const entry of computeIndicatorSeries(formula, data)) {
      const { unitId, period, ...result } = entry;
      expect(result).toEqual(computeIndicator(formula, data.get(unitId)!.get(period)!));
    }
  });

  it('handles formulas without variables and empty data', () => {
    expect(computeIndicatorSeries(ast('2 * 3'), new Map([['u', new Map([['2019', values({})]])]]))).toEqual([
      { unitId: 'u', period: '2019', ok: true, value: 6 },
    ]);
    expect(computeIndicatorSeries(ast('a'), new Map())).toEqual([]);
  });
});

describe('buildVariableTable and computeIndicatorColumn', () => {
  const table = buildVariableTable([
    { unitId: '0201011', period: '2019', variableCode: 'cost', value: 1_000_000 },
    { unitId: '0201011', period: '2019', variableCode: 'population', value: 40_000 },
    { unitId: '0201022', period: '2019', variableCode: 'cost', value: 300_000 },
    { unitId: '0201022', period: '2019', variableCode: 'population', value: 0 },
    { unitId: '0201011', period: '2020', variableCode: 'cost', value: 1_100_000 },
    { unitId: '0201011', period: '2020', variableCode: 'population', value: 44_000 },
    { unitId: '0201022', period: '2020', variableCode: 'cost', value: null },
    { unitId: '0201022', period: '2020', variableCode: 'population', value: 10_000 },
  ]);

  it('lays records out in rows of unit-periods and columns of variables', () => {
    expect(table.rows).toEqual([
      { unitId: '0201011', period: '2019' },
      { unitId: '0201022', period: '2019' },
      { unitId: '0201011', period: '2020' },
      { unitId: '0201022', period: '2020' },
    ]);
    expect([...table.columns.get('cost')!]).toEqual([1_000_000, 300_000, 1_100_000, Number.NaN]);
    expect([...table.columns.get('population')!]).toEqual([40_000, 0, 44_000, 10_000]);
  });

  it('computes the indicator for every row with the reason where there is none', () => {
    const result = computeIndicatorColumn(ast('cost / population'), table);
    // 1 000 000 / 40 000 = 25; 300 000 / 0; 1 100 000 / 44 000 = 25; cost missing.
    expect([...result.values]).toEqual([25, Number.NaN, 25, Number.NaN]);
    expect(result.reasons).toEqual([null, 'division-by-zero', null, 'missing-input']);
  });

  it('treats a variable without a column as missing everywhere', () => {
    const result = computeIndicatorColumn(ast('cost / area'), table);
    expect(result.reasons).toEqual(['missing-input', 'missing-input', 'missing-input', 'missing-input']);
    expect(computeIndicatorColumn(ast('cost'), buildVariableTable([]))).toEqual({
      values: new Float64Array(0),
      reasons: [],
    });
  });

  it('agrees with computeIndicator row by row', () => {
    const formula = ast('max(cost, 1) / (population + 1) > 20');
    const result = computeIndicatorColumn(formula, table);
    table.rows.forEach((row, i) => {
      const input = new Map([...table.columns].map(([code, column]) => [code, column[i]!]));
      const single = computeIndicator(formula, input);
      expect(single.ok ? single.value : single.reason).toEqual(single.ok ? result.values[i] : result.reasons[i]);
    });
  });
});
