import { describe, expect, it } from 'vitest';
import { packFigures, type ValuesByUnit } from './pack';

const ratio = {
  code: 'cost_per_km',
  polarity: 'lower-is-better' as const,
  evaluate: (v: ReadonlyMap<string, number>) => {
    const cost = v.get('cost');
    const km = v.get('km');
    return cost === undefined || km === undefined || km === 0 ? null : cost / km;
  },
};

function values(rows: [string, string, number, number][]): ValuesByUnit {
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const [unit, period, cost, km] of rows) {
    const periods = out.get(unit) ?? new Map();
    out.set(unit, periods);
    periods.set(
      period,
      new Map([
        ['cost', cost],
        ['km', km],
      ]),
    );
  }
  return out;
}

describe('packFigures', () => {
  it('latest period, ranks by polarity, type-7 quartiles and the trend', () => {
    // 2023 per km: A 10, B 20, C 30, D 40 → median 25, Q1 17.5, Q3 32.5; lower is better so A ranks 1.
    const figures = packFigures(
      ratio,
      ['A', 'B', 'C', 'D', 'E'],
      values([
        ['A', '2022', 120, 10],
        ['A', '2023', 100, 10],
        ['B', '2023', 200, 10],
        ['C', '2023', 300, 10],
        ['D', '2023', 400, 10],
        ['D', '2022', 500, 10],
        ['E', '2023', 50, 0],
      ]),
    );
    expect(figures.period).toBe('2023');
    expect(figures.n).toBe(4);
    expect([figures.q1, figures.median, figures.q3]).toEqual([17.5, 25, 32.5]);
    expect(figures.members.map((m) => m.rank)).toEqual([1, 2, 3, 4, null]);
    expect(figures.members.map((m) => m.quartile)).toEqual([1, 2, 3, 4, null]);
    expect(figures.trendPeriods).toEqual(['2022', '2023']);
    expect(figures.members[0]!.trend).toEqual([12, 10]);
    expect(figures.medianTrend).toEqual([31, 25]); // 2022: 12 and 50
  });

  it('no values: no period, n = 0', () => {
    const figures = packFigures(ratio, ['A'], values([]));
    expect(figures.period).toBeNull();
    expect(figures.n).toBe(0);
    expect(figures.members[0]!.value).toBeNull();
  });
});
