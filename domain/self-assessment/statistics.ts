/**
 * The few descriptive statistics self-assessment consensus and the improvement-plan effect check
 * need. Inputs are finite numbers (callers validate); nothing is rounded.
 */

/** Arithmetic mean Σx/n. Null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Quantile by Hyndman–Fan type 7 (R's default, Excel PERCENTILE.INC), the method METHODS.md §4.4
 * fixes for peer groups: h = (n − 1)·p, Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) on the sorted
 * values (0-based). `p` in [0, 1]. Null for an empty list.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}

/** Median (type 7 quantile at 0.5: the middle value, or the mean of the two middle values). Null for an empty list. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Sample standard deviation √(Σ(x − x̄)²/(n − 1)). Null for fewer than two values. */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Percentile rank (0–100) of `value` among `others`, ties counting half (METHODS.md §4.4):
 * PR = (B + 0.5·E)/N × 100, B = count below, E = count equal. Null for an empty list.
 */
export function percentileRank(value: number, others: readonly number[]): number | null {
  if (others.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const o of others) {
    if (o < value) below += 1;
    else if (o === value) equal += 1;
  }
  return ((below + 0.5 * equal) / others.length) * 100;
}
