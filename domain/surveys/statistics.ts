/**
 * Survey statistics (METHODS.md §3.3–§3.6): intervals for proportions and means, the two-wave
 * test, sample sizes, margins of error, response rates.
 *
 * Units: proportions and shares are fractions in [0, 1]; differences called `…Pp` are percentage
 * points (fraction × 100). Nothing is rounded — rounding is for display only. Where a result does
 * not exist (no answers, a zero standard error, an impossible argument) the function returns null
 * instead of throwing.
 *
 * Distribution functions are computed from the regularized incomplete gamma and beta functions
 * (Numerical Recipes, 3rd ed., §6.1–6.4: Lanczos log-gamma, series / Lentz continued fraction),
 * which gives ~1e-14 relative accuracy — well beyond the ~1e-7 a p-value needs, and accurate in
 * the tails where `1 − Φ(z)` would cancel.
 */

/** z for a two-sided 95 % interval: Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/** Conventional significance level for the wave-to-wave label. */
export const DEFAULT_ALPHA = 0.05;

/** Either a confidence level (0.95 = 95 %, two-sided) or z itself; z wins when both are given. Default 95 %. */
export interface ConfidenceOptions {
  confidence?: number;
  z?: number;
}

/** Successes out of n. With survey weights, `successes` is the weighted count scaled to `n` = Kish n_eff. */
export interface Count {
  successes: number;
  n: number;
}

/** A proportion with its interval; all three in [0, 1]. */
export interface ProportionEstimate {
  successes: number;
  n: number;
  estimate: number;
  lower: number;
  upper: number;
}

/** A mean with its interval (units of the data); the spread and interval are null when n_eff ≤ 1. */
export interface MeanEstimate {
  /** Number of observations. */
  n: number;
  /** Kish effective sample size; equals n without weights. */
  effectiveN: number;
  mean: number;
  standardDeviation: number | null;
  standardError: number | null;
  lower: number | null;
  upper: number | null;
}

// ---------------------------------------------------------------------------------------------
// Special functions

const EPS = 1e-15;
const FPMIN = 1e-300;
const MAX_ITERATIONS = 10_000;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularized lower incomplete gamma P(a, x) by its series (converges fast for x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < MAX_ITERATIONS; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (for x ≥ a + 1). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), a > 0, x ≥ 0. */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/**
 * Complementary error function erfc(x) = 1 − erf(x) = Q(½, x²) for x ≥ 0, and 2 − erfc(−x) below 0
 * (NR3 §6.2). Relative error ~1e-14 over the whole line, including the far tail.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}

/** Standard normal CDF Φ(z) = ½·erfc(−z/√2). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided tail probability of a standard normal: 2(1 − Φ(|z|)) = erfc(|z|/√2), without cancellation. */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

// Acklam's rational approximation to Φ⁻¹ (relative error 1.15e-9), polished by one Halley step.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1 (P. J. Acklam's algorithm plus one Halley step on
 * the CDF above: ~1e-15). Null outside (0, 1).
 */
export function normalQuantile(p: number): number | null {
  if (!(p > 0 && p < 1)) return null;
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
      (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Continued fraction for the incomplete beta function (NR3 §6.4, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b), 0 ≤ x ≤ 1, a, b > 0. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * Student t CDF with `df` > 0 degrees of freedom (df need not be an integer — weighted data use
 * n_eff − 1): F(t) = 1 − ½·I_{df/(df+t²)}(df/2, ½) for t ≥ 0, symmetric below. Null for df ≤ 0.
 */
export function studentTCdf(t: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(t)) return null;
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Student t quantile: the t with F(t) = p, for 0 < p < 1 and df > 0, found by bisection on
 * {@link studentTCdf} to ~1e-12 (e.g. t₀.₉₇₅,₁₀ = 2.228139). Null outside that domain.
 */
export function studentTQuantile(p: number, df: number): number | null {
  if (!(p > 0 && p < 1) || !(df > 0)) return null;
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const target = upper ? p : 1 - p;
  let lo = 0;
  let hi = 1;
  while ((studentTCdf(hi, df) as number) < target && hi < 1e300) hi *= 2;
  for (let i = 0; i < 400 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if ((studentTCdf(mid, df) as number) < target) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  return upper ? t : -t;
}

/** z for a two-sided interval at `options.confidence` (default 95 %), or `options.z` itself. Null for a level outside (0, 1). */
export function resolveZ(options: ConfidenceOptions = {}): number | null {
  if (options.z !== undefined) return options.z > 0 ? options.z : null;
  const confidence = options.confidence ?? 0.95;
  if (confidence === 0.95) return Z_95;
  if (!(confidence > 0 && confidence < 1)) return null;
  return normalQuantile(1 - (1 - confidence) / 2);
}

// ---------------------------------------------------------------------------------------------
// Proportions

/**
 * Wilson score interval for x successes out of n (METHODS §3.3; Wilson 1927):
 *
 *     p̂ = x/n,  centre = (p̂ + z²/2n)/(1 + z²/n),  half = z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n)
 *
 * Stays within [0, 1] and keeps its coverage for small n and extreme p̂. Example (95 %): 150/200 →
 * [0.6857, 0.8049]. With weights pass the weighted share × n_eff as x and n_eff as n (§3.6);
 * neither needs to be an integer. Null when n ≤ 0, x is outside [0, n] or the confidence is invalid.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: ConfidenceOptions = {},
): ProportionEstimate | null {
  const z = resolveZ(options);
  if (z === null || !(n > 0) || !(successes >= 0) || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p̂ = 0 (p̂ = 1) the lower (upper) bound is exactly 0 (1); the formula leaves floating-point dust there.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === n ? 1 : Math.min(1, centre + half);
  return { successes, n, estimate: p, lower, upper };
}

/**
 * METHODS §3.5's "low precision" badge: true when the interval's half-width (upper − lower)/2
 * exceeds `maxHalfWidth` (default 0.10 = 10 pp). A convention, not a standard; the Wilson interval
 * is asymmetric, so the half-width is half its length.
 */
export function isLowPrecision(interval: { lower: number; upper: number }, maxHalfWidth = 0.1): boolean {
  return (interval.upper - interval.lower) / 2 > maxHalfWidth;
}

/** Result of the pooled two-proportion z-test; `difference` = p̂₂ − p̂₁ (a fraction). */
export interface TwoProportionTest {
  difference: number;
  pooled: number;
  standardError: number;
  z: number;
  pValue: number;
}

/**
 * Two-proportion z-test for independent samples, H0: p₁ = p₂ (METHODS §3.4):
 *
 *     p̄ = (x₁+x₂)/(n₁+n₂),  SE = √(p̄(1−p̄)(1/n₁ + 1/n₂)),  z = (p̂₂ − p̂₁)/SE,  p = 2(1 − Φ(|z|))
 *
 * `second` is the later wave, so a positive z is an improvement. Example: 150/200 vs 190/240 →
 * p̄ = 0.7727, SE = 0.04012, z = 1.038, p = 0.299. Null when either n ≤ 0 or SE = 0 (both
 * samples all-yes or all-no: there is no variation to test).
 */
export function twoProportionZTest(first: Count, second: Count): TwoProportionTest | null {
  if (!isCount(first) || !isCount(second)) return null;
  const p1 = first.successes / first.n;
  const p2 = second.successes / second.n;
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  if (!(standardError > 0)) return null;
  const z = (p2 - p1) / standardError;
  return { difference: p2 - p1, pooled, standardError, z, pValue: twoSidedNormalP(z) };
}

/** An interval for a difference p̂₂ − p̂₁ (fractions). */
export interface DifferenceInterval {
  difference: number;
  lower: number;
  upper: number;
}

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions
 * (Newcombe 1998, method 10; METHODS §3.4), built from the two Wilson intervals [l₁,u₁], [l₂,u₂]:
 *
 *     d = p̂₂ − p̂₁,  L = d − √((p̂₂−l₂)² + (u₁−p̂₁)²),  U = d + √((u₂−p̂₂)² + (p̂₁−l₁)²)
 *
 * Example (95 %): 150/200 vs 190/240 → d = +0.0417, [−0.037, +0.121]. Unlike Wald it stays within
 * [−1, 1] and behaves at 0 % or 100 %. Null when either n ≤ 0.
 */
export function newcombeInterval(
  first: Count,
  second: Count,
  options: ConfidenceOptions = {},
): DifferenceInterval | null {
  const w1 = wilsonInterval(first.successes, first.n, options);
  const w2 = wilsonInterval(second.successes, second.n, options);
  if (w1 === null || w2 === null) return null;
  const d = w2.estimate - w1.estimate;
  return {
    difference: d,
    lower: d - Math.sqrt((w2.estimate - w2.lower) ** 2 + (w1.upper - w1.estimate) ** 2),
    upper: d + Math.sqrt((w2.upper - w2.estimate) ** 2 + (w1.estimate - w1.lower) ** 2),
  };
}

export type SignificanceLabel = 'significant' | 'not-significant' | 'insufficient-data';

/**
 * Plain-language verdict on a p-value: 'significant' when p < alpha (default 0.05),
 * 'not-significant' otherwise, 'insufficient-data' when there is no p-value (null: no test was
 * possible). The UI says "no statistically significant change" for the second (METHODS §3.4).
 */
export function significanceLabel(pValue: number | null, alpha: number = DEFAULT_ALPHA): SignificanceLabel {
  if (pValue === null || Number.isNaN(pValue)) return 'insufficient-data';
  return pValue < alpha ? 'significant' : 'not-significant';
}

/** Earlier vs later proportion: both estimates, the difference in percentage points with its interval, the test and its label. */
export interface ProportionComparison {
  first: ProportionEstimate;
  second: ProportionEstimate;
  /** (p̂₂ − p̂₁) × 100. */
  differencePp: number;
  /** Newcombe hybrid score interval of the difference, × 100. */
  lowerPp: number;
  upperPp: number;
  z: number | null;
  pValue: number | null;
  label: SignificanceLabel;
}

export interface CompareProportionsOptions extends ConfidenceOptions {
  /** Significance level for the label; default 0.05. */
  alpha?: number;
  /** Smallest expected count (successes and failures, in each sample) for the normal approximation; default 5. */
  minimumExpected?: number;
}

/**
 * Everything the UI shows for "did the share change?": Wilson intervals of both samples, the
 * difference in percentage points with its Newcombe interval, the pooled z-test and its label.
 *
 * The z-test is only trusted when the normal approximation holds (METHODS §3.4: counts ≥ 5 in both
 * groups). We check the counts *expected under H0*, nᵢ·p̄ and nᵢ·(1−p̄) ≥ `minimumExpected`, rather
 * than the observed nᵢ·p̂ᵢ: they coincide when the shares are close, and the observed form would
 * call a jump from 75 % to 100 % on 200 answers "insufficient data". When the rule fails (or SE = 0)
 * z and p are null and the label is 'insufficient-data'; the difference and its interval are still
 * given, since Newcombe's interval needs no such rule. Null when either n ≤ 0.
 */
export function compareProportions(
  first: Count,
  second: Count,
  options: CompareProportionsOptions = {},
): ProportionComparison | null {
  const w1 = wilsonInterval(first.successes, first.n, options);
  const w2 = wilsonInterval(second.successes, second.n, options);
  const interval = newcombeInterval(first, second, options);
  if (w1 === null || w2 === null || interval === null) return null;
  const minimumExpected = options.minimumExpected ?? 5;
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const valid = [first.n, second.n].every((n) => n * pooled >= minimumExpected && n * (1 - pooled) >= minimumExpected);
  const test = valid ? twoProportionZTest(first, second) : null;
  return {
    first: w1,
    second: w2,
    differencePp: interval.difference * 100,
    lowerPp: interval.lower * 100,
    upperPp: interval.upper * 100,
    z: test?.z ?? null,
    pValue: test?.pValue ?? null,
    label: significanceLabel(test?.pValue ?? null, options.alpha),
  };
}

// ---------------------------------------------------------------------------------------------
// Means and weights

/**
 * Kish effective sample size n_eff = (Σw)²/Σw² (METHODS §3.6); equals n when all weights are equal.
 * Zero for no weights; null when a weight is negative or not finite, or all are zero.
 */
export function kishEffectiveSampleSize(weights: readonly number[]): number | null {
  if (weights.length === 0) return 0;
  let sum = 0;
  let sumSquares = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) return null;
    sum += w;
    sumSquares += w * w;
  }
  return sumSquares > 0 ? (sum * sum) / sumSquares : null;
}

/**
 * Mean with a two-sided t interval: x̄ ± t_{1−α/2, n−1} · s/√n, s the sample standard deviation
 * (n − 1 denominator). The t distribution (not z) keeps small groups honest: for n = 5 the 95 %
 * multiplier is 2.776, not 1.960 (ANCHORS §"t for means").
 *
 * With `weights` (same length as `values`, ≥ 0): weighted mean x̄_w = Σwx/Σw, and Kish's
 * approximation s² = [Σw(x−x̄_w)²/Σw]·n_eff/(n_eff−1), SE = s/√n_eff, df = n_eff − 1 (METHODS §3.6:
 * "use n_eff in CIs"); without weights this is exactly the unweighted formula. `z` in the options
 * replaces the t multiplier (a normal interval) when given.
 *
 * Null for no values, mismatched or invalid weights, a non-finite value, or an invalid confidence
 * or z. With n_eff ≤ 1 the mean is given and the spread and interval are null (one answer has no
 * spread).
 */
export function meanInterval(
  values: readonly number[],
  options: ConfidenceOptions & { weights?: readonly number[] } = {},
): MeanEstimate | null {
  const n = values.length;
  if (n === 0 || values.some((v) => !Number.isFinite(v))) return null;
  const weights = options.weights ?? values.map(() => 1);
  if (weights.length !== n) return null;
  const effectiveN = kishEffectiveSampleSize(weights);
  if (effectiveN === null) return null;
  let sumW = 0;
  let sumWX = 0;
  for (let i = 0; i < n; i++) {
    sumW += weights[i]!;
    sumWX += weights[i]! * values[i]!;
  }
  const mean = sumWX / sumW;
  if (!(effectiveN > 1))
    return { n, effectiveN, mean, standardDeviation: null, standardError: null, lower: null, upper: null };
  let sumWD2 = 0;
  for (let i = 0; i < n; i++) sumWD2 += weights[i]! * (values[i]! - mean) ** 2;
  const variance = (sumWD2 / sumW) * (effectiveN / (effectiveN - 1));
  const standardDeviation = Math.sqrt(variance);
  const standardError = standardDeviation / Math.sqrt(effectiveN);
  const confidence = options.confidence ?? 0.95;
  const multiplier =
    options.z !== undefined
      ? options.z > 0
        ? options.z
        : null
      : confidence > 0 && confidence < 1
        ? studentTQuantile(1 - (1 - confidence) / 2, effectiveN - 1)
        : null;
  if (multiplier === null) return null;
  return {
    n,
    effectiveN,
    mean,
    standardDeviation,
    standardError,
    lower: mean - multiplier * standardError,
    upper: mean + multiplier * standardError,
  };
}

/** Later minus earlier mean, with Welch's interval and test. */
export interface MeanComparison {
  /** x̄₂ − x̄₁, in the units of the data. */
  difference: number;
  lower: number;
  upper: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  pValue: number;
  label: SignificanceLabel;
}

/**
 * Welch's unequal-variances t-test and interval for the difference of two independent means
 * (Welch 1947):
 *
 *     SE = √(SE₁² + SE₂²),  t = (x̄₂ − x̄₁)/SE,  df = SE⁴ / (SE₁⁴/ν₁ + SE₂⁴/ν₂),  νᵢ = n_eff,ᵢ − 1
 *     CI = (x̄₂ − x̄₁) ± t_{df, 1−α/2}·SE,  p = 2·(1 − F_df(|t|))
 *
 * Takes the two {@link MeanEstimate}s (so weights are already in their SE and n_eff). Null when
 * either has no standard error (n_eff ≤ 1) or both have zero spread (nothing to test).
 */
export function compareMeans(
  first: MeanEstimate,
  second: MeanEstimate,
  options: { confidence?: number; alpha?: number } = {},
): MeanComparison | null {
  const se1 = first.standardError;
  const se2 = second.standardError;
  if (se1 === null || se2 === null) return null;
  const v1 = se1 * se1;
  const v2 = se2 * se2;
  const standardError = Math.sqrt(v1 + v2);
  if (!(standardError > 0)) return null;
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (first.effectiveN - 1) + (v2 * v2) / (second.effectiveN - 1));
  const difference = second.mean - first.mean;
  const t = difference / standardError;
  const confidence = options.confidence ?? 0.95;
  const multiplier = confidence > 0 && confidence < 1 ? studentTQuantile(1 - (1 - confidence) / 2, df) : null;
  const cdf = studentTCdf(-Math.abs(t), df);
  if (multiplier === null || cdf === null) return null;
  const pValue = 2 * cdf;
  return {
    difference,
    lower: difference - multiplier * standardError,
    upper: difference + multiplier * standardError,
    t,
    df,
    pValue,
    label: significanceLabel(pValue, options.alpha),
  };
}

/** Rescales a mean on a min..max scale to 0–100: (x − min)/(max − min) × 100 (METHODS §3.2, as ACSI does). Null when max ≤ min. */
export function toHundredScale(value: number, scale: { min: number; max: number }): number | null {
  if (!(scale.max > scale.min)) return null;
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

// ---------------------------------------------------------------------------------------------
// Planning: sample size, margin of error, response rate

/** A required sample size: the exact value of the formula and the integer to plan for (⌈exact⌉). */
export interface SampleSize {
  /** Without finite population correction: z²·p(1−p)/e². */
  infinite: number;
  /** After the finite population correction when a population was given, else = infinite. */
  exact: number;
  /** ⌈exact⌉: a sample is a whole number of people and must reach at least the exact value. */
  required: number;
}

export interface SampleSizeOptions extends ConfidenceOptions {
  /** Margin of error e as a fraction (0.05 = ±5 pp). */
  margin: number;
  /** Expected share; default 0.5 (the worst case). */
  proportion?: number;
  /** Population size N for the finite population correction; omit for an infinite population. */
  population?: number;
}

/**
 * Sample size for estimating a proportion within ±e (METHODS §3.5):
 *
 *     n₀ = z²·p(1−p)/e²,   with finite population N:  n = n₀ / (1 + (n₀ − 1)/N)
 *
 * The correction is applied to the unrounded n₀ (that reproduces METHODS' table). Examples (95 %,
 * p = 0.5): ±5 pp → 385 (n₀ = 384.15); N = 1 000 → 278; ±3 pp → 1 068. Null when e ≤ 0,
 * p ∉ [0, 1], N ≤ 0 or the confidence is invalid.
 */
export function requiredSampleSize(options: SampleSizeOptions): SampleSize | null {
  const z = resolveZ(options);
  const p = options.proportion ?? 0.5;
  const { margin, population } = options;
  if (z === null || !(margin > 0) || !(p >= 0 && p <= 1)) return null;
  if (population !== undefined && !(population > 0)) return null;
  const infinite = (z * z * p * (1 - p)) / (margin * margin);
  const exact = population === undefined ? infinite : infinite / (1 + (infinite - 1) / population);
  return { infinite, exact, required: Math.ceil(exact) };
}

export interface TwoWaveSampleSizeOptions {
  /** Share expected in the first wave (fraction). */
  first: number;
  /** Share to be detected in the second wave (fraction). */
  second: number;
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Power 1 − β; default 0.8. */
  power?: number;
}

/**
 * Sample size per wave to detect a change p₁ → p₂ with the two-proportion test (METHODS §3.4):
 *
 *     n = (z_{α/2}·√(2p̄q̄) + z_β·√(p₁q₁ + p₂q₂))² / (p₁ − p₂)²,   p̄ = (p₁+p₂)/2
 *
 * Examples (α = 0.05, power 0.8): 70 % → 75 %: 1 251; 70 % → 80 %: 294; 50 % → 60 %: 388. The
 * reason small JST samples (200–400) can only detect ≈ 10 pp changes. Null when p₁ = p₂ or an
 * argument is outside its range.
 */
export function sampleSizeForTwoProportions(
  options: TwoWaveSampleSizeOptions,
): { exact: number; required: number } | null {
  const { first: p1, second: p2 } = options;
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1) || p1 === p2) return null;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  if (zAlpha === null || zBeta === null) return null;
  const pBar = (p1 + p2) / 2;
  const numerator = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const exact = (numerator * numerator) / ((p1 - p2) * (p1 - p2));
  return { exact, required: Math.ceil(exact) };
}

export interface MarginOfErrorOptions extends ConfidenceOptions {
  /** Achieved number of answers (or n_eff with weights). */
  n: number;
  /** Share to evaluate at; default 0.5 (the widest margin). */
  proportion?: number;
  /** Population size N; when known the finite population correction is applied. */
  population?: number;
}

/**
 * Margin of error (half-width, a fraction) of a proportion from n answers (METHODS §3.5, inverted):
 *
 *     e = z·√(p(1−p)/n) · √((N − n)/(N − 1))      (second factor only when N is given)
 *
 * This is the exact inverse of {@link requiredSampleSize}. Example: n = 1 073, p = 0.5 → ±2.99 pp
 * (the ŚZGiP resident poll's "3 %"). Zero when the whole population answered. Null when n ≤ 0,
 * n > N, N ≤ 1 or p ∉ [0, 1].
 */
export function marginOfError(options: MarginOfErrorOptions): number | null {
  const z = resolveZ(options);
  const p = options.proportion ?? 0.5;
  const { n, population } = options;
  if (z === null || !(n > 0) || !(p >= 0 && p <= 1)) return null;
  const base = z * Math.sqrt((p * (1 - p)) / n);
  if (population === undefined) return base;
  if (!(population > 1) || n > population) return null;
  return base * Math.sqrt((population - n) / (population - 1));
}

/**
 * Response rate = completed responses / people invited (or otherwise eligible), a fraction in
 * [0, 1]. Only meaningful for invitation-based waves; an open public link has no denominator.
 * Null when `invited` ≤ 0 or the counts are inconsistent (negative, more responses than invitations).
 */
export function responseRate(responses: number, invited: number): number | null {
  if (!(invited > 0) || !(responses >= 0) || responses > invited) return null;
  return responses / invited;
}

function isCount(c: Count): boolean {
  return c.n > 0 && c.successes >= 0 && c.successes <= c.n;
}
