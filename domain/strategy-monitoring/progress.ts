/**
 * Progress of a strategy's measures towards their targets and the traffic lights (METHODS.md §5.2,
 * §5.3). Pure: the caller passes the baseline, target and the actual value it read from the value
 * store; nothing here reads data.
 *
 * - Distance covered: progress = (actual − baseline) / (target − baseline). The sign of
 *   (target − baseline) carries the polarity, so one formula serves "higher is better" and "lower is
 *   better". Stored raw; `progressDisplay` is capped to [−1, 1.5] for charts and tables only.
 * - Expected progress on the linear path: expected = (t − t0) / (T − t0), clamped to [0, 1] (after the
 *   target period the whole distance is expected). Periods are placed at their end: 2024 → 2025.0,
 *   2024-H1 → 2024.5, 2024-Q3 → 2024.75, so consecutive years differ by exactly 1.
 * - On-track ratio = progress / expected (undefined while no time has elapsed: expected = 0).
 * - Cumulative output indicators (EU cohesion style, baseline 0): achievement = actual / target, and
 *   the light uses achievement / expected instead of the on-track ratio.
 * - Target = baseline: the distance is undefined, so the measure is "achieved" when the actual value is
 *   at least as good as the target by the polarity (equal for a neutral one), "not achieved" otherwise.
 * - Eurostat SDG category: the actual compound annual growth rate against the rate required to meet
 *   the target; ratio ≥ 0.95 significant, 0.6–0.95 moderate, 0–0.6 insufficient, < 0 moving away.
 *   Only where growth rates exist (baseline, actual and target > 0, time elapsed, target ≠ baseline).
 * - Traffic light (defaults green ≥ 0.85, amber ≥ 0.65, red below, configurable per strategy) on the
 *   on-track ratio (or achievement ratio); grey when there is no actual value, no target, or no time
 *   has elapsed yet. A missing value is "no data", never 0.
 */

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';
export type Light = 'green' | 'amber' | 'red' | 'grey';
export type Category = 'significant-progress' | 'moderate-progress' | 'insufficient-progress' | 'moving-away';

export interface Thresholds {
  /** On-track ratio at or above which a measure is green (default 0.85). */
  green: number;
  /** On-track ratio at or above which a measure is amber (default 0.65); below it red. */
  amber: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { green: 0.85, amber: 0.65 };

/** The display cap of METHODS §5.2: [−100 %, 150 %]. */
export const DISPLAY_CAP = { min: -1, max: 1.5 } as const;

export interface PeriodValue {
  period: string;
  value: number | null;
}

export interface ProgressInput {
  polarity: Polarity;
  baseline: PeriodValue;
  target: PeriodValue;
  /** The measured value used; null (or a null value) = no data for the period. */
  actual: PeriodValue | null;
  /** Cumulative output indicator: achievement = actual / target. */
  cumulative?: boolean;
  thresholds?: Thresholds;
}

export type GreyReason = 'no-data' | 'no-target' | 'no-baseline' | 'no-time-elapsed' | null;

export interface Progress {
  /** Raw distance covered as a fraction (0.5 = half the distance); null when undefined. */
  progress: number | null;
  /** `progress` capped to [−1, 1.5], for display only. */
  progressDisplay: number | null;
  /** Expected fraction on the linear path at the actual value's period. */
  expected: number | null;
  /** progress / expected. */
  onTrack: number | null;
  /** actual / target, for cumulative indicators. */
  achievement: number | null;
  /** Only when target = baseline: achieved or not. */
  achieved: boolean | null;
  category: Category | null;
  /** Ratio of the actual to the required compound annual growth rate (Eurostat). */
  growthRatio: number | null;
  light: Light;
  /** What the light was judged on. */
  basis: 'on-track' | 'achievement' | 'target-equals-baseline' | null;
  greyReason: GreyReason;
}

/** A period's position in time, at its end: `2024` → 2025, `2024-H1` → 2024.5, `2024-Q3` → 2024.75. */
export function periodTime(period: string): number | null {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return year + 1;
  const n = Number(m[2].slice(1));
  return m[2][0] === 'H' ? year + n / 2 : year + n / 4;
}

/** Expected fraction of the distance at period t on the straight line from t0 to T, clamped to [0, 1]. */
export function expectedProgress(baselinePeriod: string, targetPeriod: string, period: string): number | null {
  const t0 = periodTime(baselinePeriod);
  const T = periodTime(targetPeriod);
  const t = periodTime(period);
  if (t0 === null || T === null || t === null || T <= t0) return null;
  return Math.min(1, Math.max(0, (t - t0) / (T - t0)));
}

export function lightOf(ratio: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Exclude<Light, 'grey'> {
  if (ratio >= thresholds.green) return 'green';
  if (ratio >= thresholds.amber) return 'amber';
  return 'red';
}

/** Eurostat category from the ratio of the actual to the required annual growth rate. */
export function categoryOf(ratio: number): Category {
  if (ratio >= 0.95) return 'significant-progress';
  if (ratio >= 0.6) return 'moderate-progress';
  if (ratio >= 0) return 'insufficient-progress';
  return 'moving-away';
}

function capped(x: number): number {
  return Math.min(DISPLAY_CAP.max, Math.max(DISPLAY_CAP.min, x));
}

const empty = (greyReason: GreyReason): Progress => ({
  progress: null,
  progressDisplay: null,
  expected: null,
  onTrack: null,
  achievement: null,
  achieved: null,
  category: null,
  growthRatio: null,
  light: 'grey',
  basis: null,
  greyReason,
});

export function measureProgress(input: ProgressInput): Progress {
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const b = input.baseline.value;
  const target = input.target.value;
  const actual = input.actual?.value ?? null;
  if (target === null) return empty('no-target');
  if (b === null) return empty('no-baseline');
  if (actual === null || input.actual === null) return empty('no-data');
  const actualPeriod = input.actual.period;

  if (target === b) {
    const achieved =
      input.polarity === 'higher-is-better'
        ? actual >= target
        : input.polarity === 'lower-is-better'
          ? actual <= target
          : actual === target;
    return {
      ...empty(null),
      achieved,
      light: achieved ? 'green' : 'red',
      basis: 'target-equals-baseline',
    };
  }

  const progress = (actual - b) / (target - b);
  const expected = expectedProgress(input.baseline.period, input.target.period, actualPeriod);
  const onTrack = expected !== null && expected > 0 ? progress / expected : null;
  const achievement = input.cumulative ? actual / target : null;

  let growthRatio: number | null = null;
  const t0 = periodTime(input.baseline.period)!;
  const T = periodTime(input.target.period);
  const t = periodTime(actualPeriod);
  if (T !== null && t !== null && t > t0 && T > t0 && b > 0 && actual > 0 && target > 0) {
    const actualRate = Math.pow(actual / b, 1 / (t - t0)) - 1;
    const requiredRate = Math.pow(target / b, 1 / (T - t0)) - 1;
    growthRatio = actualRate / requiredRate;
  }

  const ratio =
    expected === null || expected === 0 ? null : achievement !== null ? achievement / expected : (onTrack as number);
  return {
    progress,
    progressDisplay: capped(progress),
    expected,
    onTrack,
    achievement,
    achieved: null,
    category: growthRatio === null ? null : categoryOf(growthRatio),
    growthRatio,
    light: ratio === null ? 'grey' : lightOf(ratio, thresholds),
    basis: ratio === null ? null : achievement !== null ? 'achievement' : 'on-track',
    greyReason: ratio === null ? 'no-time-elapsed' : null,
  };
}

/** The value on the linear expected path at a period (for the trajectory chart). */
export function expectedValue(baseline: PeriodValue, target: PeriodValue, period: string): number | null {
  if (baseline.value === null || target.value === null) return null;
  const e = expectedProgress(baseline.period, target.period, period);
  return e === null ? null : baseline.value + e * (target.value - baseline.value);
}

export interface RollUpItem {
  light: Light;
  /** Default 1. */
  weight?: number;
}

export interface RollUp {
  counts: Record<Light, number>;
  /** Share of the measured weight (grey excluded) in each colour. */
  shares: Record<Exclude<Light, 'grey'>, number> | null;
  light: Light;
}

/**
 * A goal's measures rolled up. Counts by light; with weights, the weighted shares of the measured
 * ones. The goal's own light follows the ESIF performance-framework logic (METHODS §5.3): green when
 * every measured measure is green, red when red measures carry at least half of the measured weight,
 * amber otherwise; grey when no measure has data.
 */
export function rollUp(items: readonly RollUpItem[]): RollUp {
  const counts: Record<Light, number> = { green: 0, amber: 0, red: 0, grey: 0 };
  const weights = { green: 0, amber: 0, red: 0 };
  for (const it of items) {
    counts[it.light] += 1;
    if (it.light !== 'grey') weights[it.light] += it.weight ?? 1;
  }
  const total = weights.green + weights.amber + weights.red;
  if (total <= 0) return { counts, shares: null, light: 'grey' };
  const shares = { green: weights.green / total, amber: weights.amber / total, red: weights.red / total };
  const light = shares.green === 1 ? 'green' : shares.red >= 0.5 ? 'red' : 'amber';
  return { counts, shares, light };
}
