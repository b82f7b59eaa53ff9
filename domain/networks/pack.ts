/**
 * The numbers of a meeting pack: for each indicator of the group's set, every member's value in
 * the latest period any member reported, rank, the group median and quartiles (type 7), and the
 * trend over the last periods. Pure: the caller passes values as they stood at the pack's date.
 */
import { positionOf, sortGroup, type Polarity } from '../benchmarking/stats';
import { comparePeriods, parsePeriod } from '../indicators/periods';

export interface PackIndicator {
  code: string;
  polarity: Polarity;
  /** Evaluates the formula on a unit's variable values of one period; null = no value. */
  evaluate: (variables: ReadonlyMap<string, number>) => number | null;
}

export interface PackMemberValue {
  unitCode: string;
  value: number | null;
  rank: number | null;
  quartile: 1 | 2 | 3 | 4 | null;
  /** Values in `trendPeriods` order (null = no value). */
  trend: (number | null)[];
}

export interface PackIndicatorFigures {
  code: string;
  period: string | null;
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  trendPeriods: string[];
  /** Group median per trend period. */
  medianTrend: (number | null)[];
  members: PackMemberValue[];
}

/** Variable values by unit code, then period, then variable code. */
export type ValuesByUnit = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;

function byPeriod(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.ok && pb.ok ? comparePeriods(pa.period, pb.period) : a.localeCompare(b);
}

export function packFigures(
  indicator: PackIndicator,
  memberCodes: readonly string[],
  values: ValuesByUnit,
  trendLength = 5,
): PackIndicatorFigures {
  const periods = new Set<string>();
  for (const code of memberCodes) for (const p of values.get(code)?.keys() ?? []) periods.add(p);
  const valueOf = (code: string, period: string) => {
    const vars = values.get(code)?.get(period);
    return vars ? indicator.evaluate(vars) : null;
  };
  // Only periods of the indicator's own kind matter: where at least one member has a value.
  const withValues = [...periods].filter((p) => memberCodes.some((c) => valueOf(c, p) !== null)).sort(byPeriod);
  const period = withValues.at(-1) ?? null;
  const trendPeriods = withValues.slice(-trendLength);
  const current = memberCodes.map((c) => (period === null ? null : valueOf(c, period)));
  const { stats, sorted } = sortGroup(
    current.map((v) => (v === null ? Number.NaN : v)),
    null,
    indicator.polarity,
  );
  const medianTrend = trendPeriods.map((p) => {
    const g = sortGroup(
      memberCodes.map((c) => valueOf(c, p) ?? Number.NaN),
      null,
      indicator.polarity,
    );
    return g.stats.median;
  });
  return {
    code: indicator.code,
    period,
    n: stats.n,
    median: stats.median,
    q1: stats.q1,
    q3: stats.q3,
    min: stats.min,
    max: stats.max,
    trendPeriods,
    medianTrend,
    members: memberCodes.map((unitCode, i) => {
      const value = current[i]!;
      const position = value === null ? null : positionOf(value, sorted, stats, indicator.polarity);
      return {
        unitCode,
        value,
        rank: position?.rank ?? null,
        quartile: position?.quartile ?? null,
        trend: trendPeriods.map((p) => valueOf(unitCode, p)),
      };
    }),
  };
}
