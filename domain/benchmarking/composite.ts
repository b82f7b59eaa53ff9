/**
 * Composite indices (OECD/JRC Handbook on Constructing Composite Indicators, 2008; METHODS.md §4.5)
 * with the sensitivity analysis that must accompany any published composite ranking.
 *
 * Pipeline, for units × indicators (missing = null / NaN / non-finite):
 * 1. Which units enter: 'exclude' (default) keeps units that have every indicator with a weight > 0
 *    (the others are listed with the missing indicators); 'reweight' keeps units with at least one,
 *    and their index uses the weights of the indicators they have, rescaled to sum 1 (`coverage`
 *    says what share of the total weight that was).
 * 2. Normalisation per indicator, over the units that entered and have the value:
 *    - 'min-max': I = (x − min)/(max − min), or (max − x)/(max − min) for lower-is-better, in [0, 1];
 *      a constant indicator (max = min) gives I = 0.5 to everyone and is flagged;
 *    - 'z-score': I = s·(x − mean)/SD (sample SD, n − 1; s = −1 for lower-is-better); a constant
 *      indicator (SD 0 or fewer than 2 values) gives I = 0 and is flagged.
 * 3. Weights wᵢ ≥ 0 (default 1), normalised to sum 1.
 * 4. Aggregation: 'arithmetic' CI = Σ wᵢ Iᵢ (fully compensatory: weights are trade-offs); 'geometric'
 *    CI = Π Iᵢ^wᵢ (partially compensatory), which needs Iᵢ > 0, so the normalised values are first
 *    shifted: min-max to [1, 100] (I' = 1 + 99·I), z-scores to I' = 1 + (I − min I) (the lowest unit
 *    of each indicator gets 1, distances in SD units are kept). Computed as exp(Σ wᵢ ln I'ᵢ).
 * 5. Rank: 1 = highest index; ties share the best rank (SQL `rank()`).
 *
 * Sensitivity analysis: N draws (default 1,000) of perturbed weights w'ᵢ = wᵢ·uᵢ with uᵢ uniform on
 * [1 − spread, 1 + spread] (default spread 0.5, i.e. ±50 %), renormalised to sum 1; one uᵢ per
 * indicator per draw, in indicator order, from mulberry32 seeded by `seed` — the same input and seed
 * give the same result. The normalised values are fixed; only the weights move. Per unit: the median
 * rank and the 5th–95th percentile rank interval over the draws (type 7 quantiles, so they may fall
 * between two integers). Zero weights stay zero.
 */
import { mulberry32 } from '../random';
import { quantileSorted, upperBound, type Polarity } from './stats';

export interface CompositeIndicator {
  key: string;
  /** 'neutral' is refused: a composite needs a direction. */
  polarity: Polarity;
  /** ≥ 0; default 1. Normalised to sum 1 over all indicators. */
  weight?: number;
}

export type Normalisation = 'min-max' | 'z-score';
export type Aggregation = 'arithmetic' | 'geometric';
export type MissingPolicy = 'exclude' | 'reweight';

export interface SensitivityOptions {
  /** Number of weight draws; default 1,000; 1..100,000. */
  draws?: number;
  /** Half-width of the multiplicative perturbation: uᵢ ~ U[1 − spread, 1 + spread]; default 0.5; 0 ≤ spread < 1. */
  spread?: number;
  /** Seed of the PRNG (taken as an unsigned 32-bit integer). */
  seed: number;
}

export interface CompositeInput {
  /** Unit codes, distinct; row i of `values` belongs to codes[i]. */
  codes: readonly string[];
  indicators: readonly CompositeIndicator[];
  /** One row per unit (null / NaN = missing) or a row-major Float64Array codes × indicators. */
  values: Float64Array | readonly (readonly (number | null)[])[];
  normalisation: Normalisation;
  aggregation: Aggregation;
  /** Default 'exclude'. */
  missing?: MissingPolicy;
  /** Omit for no sensitivity analysis. */
  sensitivity?: SensitivityOptions;
}

export interface CompositeUnit {
  code: string;
  /** The composite index value. */
  index: number;
  /** 1 = highest index; ties share the best rank. */
  rank: number;
  /** Share (0–1) of the total weight carried by the indicators the unit has (1 under 'exclude'). */
  coverage: number;
  /** Per indicator, the value that entered the aggregation (after polarity and, for 'geometric', the shift); null when missing. */
  normalised: (number | null)[];
  /** Null when no sensitivity analysis was asked for. */
  sensitivity: { medianRank: number; rankInterval: [number, number] } | null;
}

export interface CompositeIndicatorSummary {
  key: string;
  polarity: Polarity;
  /** Normalised weight (the weights sum to 1). */
  weight: number;
  /** Constant over the units that entered: normalised to 0.5 (min-max) or 0 (z-score). */
  constant: boolean;
  /** Normalisation reference: min and max (min-max) or mean and SD (z-score); null when no unit has the value. */
  reference: { min: number; max: number } | { mean: number; sd: number | null } | null;
}

export interface CompositeResult {
  /** Units that entered, in input order. */
  units: CompositeUnit[];
  excluded: { code: string; reason: 'missing-indicators'; indicators: string[] }[];
  indicators: CompositeIndicatorSummary[];
  sensitivity: { draws: number; spread: number; seed: number } | null;
}

export type CompositeErrorCode =
  | 'NO_INDICATORS'
  | 'DUPLICATE_INDICATOR'
  | 'NEUTRAL_INDICATOR'
  | 'BAD_WEIGHT'
  | 'ZERO_WEIGHTS'
  | 'SHAPE_MISMATCH'
  | 'DUPLICATE_CODE'
  | 'BAD_SENSITIVITY';

export type CompositeOutcome =
  { ok: true; result: CompositeResult } | { ok: false; error: { code: CompositeErrorCode; message: string } };

export { mulberry32 };

function fail(code: CompositeErrorCode, message: string): CompositeOutcome {
  return { ok: false, error: { code, message } };
}

/**
 * Ranks (1 = highest, ties share the best rank) of `scores` into `out`, sorting a copy in `scratch`.
 */
function rankDescending(scores: Float64Array, scratch: Float64Array, out: Int32Array | Float64Array, offset = 0): void {
  const n = scores.length;
  scratch.set(scores);
  const sorted = scratch.subarray(0, n);
  sorted.sort();
  for (let u = 0; u < n; u++) out[offset + u] = n - upperBound(sorted, scores[u]!) + 1;
}

/**
 * Builds a composite index (normalisation, weighting, aggregation, ranking — see the module comment
 * for every formula and the missing-data and constant-indicator rules) and, if asked, the weight
 * sensitivity analysis. Input errors are values; a universe where no unit enters gives empty lists.
 */
export function buildCompositeIndex(input: CompositeInput): CompositeOutcome {
  const { codes, indicators, normalisation, aggregation } = input;
  const missingPolicy = input.missing ?? 'exclude';
  const n = codes.length;
  const m = indicators.length;
  if (m === 0) return fail('NO_INDICATORS', 'at least one indicator is needed');
  const keys = new Set<string>();
  let weightSum = 0;
  for (const ind of indicators) {
    if (keys.has(ind.key)) return fail('DUPLICATE_INDICATOR', `indicator "${ind.key}" appears twice`);
    keys.add(ind.key);
    if (ind.polarity === 'neutral')
      return fail(
        'NEUTRAL_INDICATOR',
        `indicator "${ind.key}" is neutral: a composite needs higher- or lower-is-better`,
      );
    const w = ind.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) return fail('BAD_WEIGHT', `weight of "${ind.key}" must be a finite number ≥ 0`);
    weightSum += w;
  }
  if (!(weightSum > 0)) return fail('ZERO_WEIGHTS', 'the weights sum to 0');
  const weights = Float64Array.from(indicators, (ind) => (ind.weight ?? 1) / weightSum);
  if (new Set(codes).size !== n) return fail('DUPLICATE_CODE', 'unit codes must be distinct');

  const raw = new Float64Array(n * m);
  if (input.values instanceof Float64Array) {
    if (input.values.length !== n * m)
      return fail('SHAPE_MISMATCH', `expected ${n} × ${m} = ${n * m} values, got ${input.values.length}`);
    raw.set(input.values);
  } else {
    if (input.values.length !== n) return fail('SHAPE_MISMATCH', `expected ${n} rows, got ${input.values.length}`);
    for (let u = 0; u < n; u++) {
      const row = input.values[u]!;
      if (row.length !== m)
        return fail('SHAPE_MISMATCH', `row ${u} (${codes[u]}) has ${row.length} values, expected ${m}`);
      for (let i = 0; i < m; i++) raw[u * m + i] = row[i] ?? NaN;
    }
  }
  for (let j = 0; j < raw.length; j++) if (!Number.isFinite(raw[j]!)) raw[j] = NaN;

  const sens = input.sensitivity;
  const draws = sens?.draws ?? 1000;
  const spread = sens?.spread ?? 0.5;
  if (sens !== undefined) {
    if (!Number.isInteger(draws) || draws < 1 || draws > 100_000)
      return fail('BAD_SENSITIVITY', 'draws must be an integer from 1 to 100000');
    if (!(spread >= 0 && spread < 1)) return fail('BAD_SENSITIVITY', 'spread must be at least 0 and below 1');
    if (!Number.isFinite(sens.seed)) return fail('BAD_SENSITIVITY', 'seed must be a number');
  }

  // 1. Which units enter.
  const entered: number[] = [];
  const excluded: CompositeResult['excluded'] = [];
  for (let u = 0; u < n; u++) {
    const missing = indicators.filter((_, i) => weights[i]! > 0 && Number.isNaN(raw[u * m + i]!)).map((ind) => ind.key);
    const required = indicators.filter((_, i) => weights[i]! > 0).length;
    const out = missingPolicy === 'exclude' ? missing.length > 0 : missing.length === required;
    if (out) excluded.push({ code: codes[u]!, reason: 'missing-indicators', indicators: missing });
    else entered.push(u);
  }
  const e = entered.length;

  // 2. Normalisation over the entered units that have the value.
  const norm = new Float64Array(e * m).fill(NaN);
  const summaries: CompositeIndicatorSummary[] = [];
  for (let i = 0; i < m; i++) {
    const s = indicators[i]!.polarity === 'lower-is-better' ? -1 : 1;
    let count = 0;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (const u of entered) {
      const x = raw[u * m + i]!;
      if (Number.isNaN(x)) continue;
      count++;
      sum += x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    let constant = false;
    let reference: CompositeIndicatorSummary['reference'] = null;
    if (normalisation === 'min-max') {
      constant = count > 0 && max === min;
      if (count > 0) reference = { min, max };
      entered.forEach((u, r) => {
        const x = raw[u * m + i]!;
        if (Number.isNaN(x)) return;
        norm[r * m + i] = constant ? 0.5 : s === 1 ? (x - min) / (max - min) : (max - x) / (max - min);
      });
    } else {
      const mean = count > 0 ? sum / count : NaN;
      let ss = 0;
      for (const u of entered) {
        const x = raw[u * m + i]!;
        if (!Number.isNaN(x)) ss += (x - mean) * (x - mean);
      }
      const sd = count > 1 ? Math.sqrt(ss / (count - 1)) : null;
      constant = count > 0 && !(sd !== null && sd > 0);
      if (count > 0) reference = { mean, sd };
      entered.forEach((u, r) => {
        const x = raw[u * m + i]!;
        if (Number.isNaN(x)) return;
        norm[r * m + i] = constant ? 0 : (s * (x - mean)) / sd! + 0;
      });
    }
    summaries.push({
      key: indicators[i]!.key,
      polarity: indicators[i]!.polarity,
      weight: weights[i]!,
      constant,
      reference,
    });
  }

  // 4. (geometric) shift to positive values, then keep logarithms for the aggregation.
  if (aggregation === 'geometric') {
    for (let i = 0; i < m; i++) {
      let lowest = Infinity;
      for (let r = 0; r < e; r++) if (norm[r * m + i]! < lowest) lowest = norm[r * m + i]!;
      for (let r = 0; r < e; r++) {
        const v = norm[r * m + i]!;
        if (Number.isNaN(v)) continue;
        norm[r * m + i] = normalisation === 'min-max' ? 1 + 99 * v : 1 + (v - lowest);
      }
    }
  }
  const terms = aggregation === 'geometric' ? norm.map(Math.log) : norm;

  const aggregate = (w: Float64Array, out: Float64Array) => {
    for (let r = 0; r < e; r++) {
      let acc = 0;
      let present = 0;
      for (let i = 0; i < m; i++) {
        const t = terms[r * m + i]!;
        if (Number.isNaN(t) || w[i] === 0) continue;
        acc += w[i]! * t;
        present += w[i]!;
      }
      const mean = acc / present;
      out[r] = aggregation === 'geometric' ? Math.exp(mean) : mean;
    }
  };

  const index = new Float64Array(e);
  aggregate(weights, index);
  const rank = new Int32Array(e);
  const scratch = new Float64Array(e);
  rankDescending(index, scratch, rank);

  let sensitivity: CompositeUnit['sensitivity'][] = entered.map(() => null);
  if (sens !== undefined && e > 0) {
    const random = mulberry32(sens.seed);
    const ranks = new Float64Array(draws * e);
    const w = new Float64Array(m);
    const perturbed = new Float64Array(e);
    for (let d = 0; d < draws; d++) {
      let total = 0;
      for (let i = 0; i < m; i++) {
        w[i] = weights[i]! * (1 + spread * (2 * random() - 1));
        total += w[i]!;
      }
      for (let i = 0; i < m; i++) w[i] = w[i]! / total;
      aggregate(w, perturbed);
      rankDescending(perturbed, scratch, ranks, d * e);
    }
    const own = new Float64Array(draws);
    sensitivity = entered.map((_, r) => {
      for (let d = 0; d < draws; d++) own[d] = ranks[d * e + r]!;
      own.sort();
      return {
        medianRank: quantileSorted(own, 0.5)!,
        rankInterval: [quantileSorted(own, 0.05)!, quantileSorted(own, 0.95)!],
      };
    });
  }

  const units: CompositeUnit[] = entered.map((u, r) => {
    // Raw weights, summed in the same order as weightSum, so full coverage is exactly 1.
    let present = 0;
    for (let i = 0; i < m; i++) if (!Number.isNaN(norm[r * m + i]!)) present += indicators[i]!.weight ?? 1;
    const coverage = present / weightSum;
    return {
      code: codes[u]!,
      index: index[r]!,
      rank: rank[r]!,
      coverage,
      normalised: Array.from(norm.subarray(r * m, (r + 1) * m), (v) => (Number.isNaN(v) ? null : v)),
      sensitivity: sensitivity[r]!,
    };
  });
  return {
    ok: true,
    result: {
      units,
      excluded,
      indicators: summaries,
      sensitivity: sens === undefined ? null : { draws, spread, seed: sens.seed },
    },
  };
}
