/**
 * Benchmarking context beside a measure (issue #11 item 4): where the unit stands among its peers
 * in a period, how the peers' median moved, and how many peers already reach the measure's target —
 * "the target 2030 is already reached by 4 of your 15 neighbours" tells whether a target is ambitious.
 */
import { median } from '../self-assessment/statistics';
import type { PeriodValue, Polarity } from './progress';

export interface PeerContextInput {
  polarity: Polarity;
  baseline: PeriodValue;
  target: PeriodValue;
  unit: readonly PeriodValue[];
  /** The peers' series (the unit itself excluded). */
  peers: readonly { unitId: string; values: readonly PeriodValue[] }[];
  /** The period to compare in; default the latest period in which any peer has a value. */
  period?: string | undefined;
}

export interface PeerContext {
  period: string | null;
  /** Peers with a value in the period. */
  n: number;
  unitValue: number | null;
  peerMedian: number | null;
  /** 1 = best among the peers and the unit by polarity (ties share the better rank); null for a neutral indicator or no value. */
  rank: number | null;
  /** Peers whose value in the period already reaches the target (in the direction from baseline to target). */
  reachedTarget: number | null;
  medianSeries: { period: string; median: number | null; n: number }[];
  /** Average change of the peers' median per period over the last (up to) five periods with a median. */
  medianTrend: number | null;
}

const valueIn = (values: readonly PeriodValue[], period: string) =>
  values.find((v) => v.period === period)?.value ?? null;

export function peerContext(input: PeerContextInput): PeerContext {
  const periods = [...new Set(input.peers.flatMap((p) => p.values.map((v) => v.period)))].sort();
  const medianSeries = periods.map((period) => {
    const values = input.peers.map((p) => valueIn(p.values, period)).filter((v): v is number => v !== null);
    return { period, median: values.length > 0 ? median(values) : null, n: values.length };
  });
  const withMedian = medianSeries.filter((m) => m.median !== null);
  const lastFive = withMedian.slice(-5);
  const medianTrend =
    lastFive.length >= 2 ? (lastFive.at(-1)!.median! - lastFive[0]!.median!) / (lastFive.length - 1) : null;
  const period = input.period ?? withMedian.at(-1)?.period ?? null;
  if (period === null)
    return {
      period: null,
      n: 0,
      unitValue: null,
      peerMedian: null,
      rank: null,
      reachedTarget: null,
      medianSeries,
      medianTrend,
    };
  const values = input.peers.map((p) => valueIn(p.values, period)).filter((v): v is number => v !== null);
  const unitValue = valueIn(input.unit, period);
  let rank: number | null = null;
  if (unitValue !== null && input.polarity !== 'neutral') {
    const better = values.filter((v) => (input.polarity === 'higher-is-better' ? v > unitValue : v < unitValue));
    rank = better.length + 1;
  }
  let reachedTarget: number | null = null;
  const { value: target } = input.target;
  const { value: base } = input.baseline;
  if (target !== null) {
    const up = base !== null && target !== base ? target > base : input.polarity !== 'lower-is-better';
    reachedTarget = values.filter((v) => (up ? v >= target : v <= target)).length;
  }
  return {
    period,
    n: values.length,
    unitValue,
    peerMedian: values.length > 0 ? median(values) : null,
    rank,
    reachedTarget,
    medianSeries,
    medianTrend,
  };
}
