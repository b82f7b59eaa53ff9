import { describe, expect, it } from 'vitest';
import {
  Z_95,
  compareMeans,
  compareProportions,
  erfc,
  isLowPrecision,
  kishEffectiveSampleSize,
  marginOfError,
  meanInterval,
  newcombeInterval,
  normalCdf,
  normalQuantile,
  requiredSampleSize,
  resolveZ,
  responseRate,
  sampleSizeForTwoProportions,
  significanceLabel,
  studentTCdf,
  studentTQuantile,
  toHundredScale,
  twoProportionZTest,
  twoSidedNormalP,
  wilsonInterval,
  type MeanEstimate,
} from './statistics';

// Reference values not from METHODS were computed independently with SciPy 1.17
// (scipy.stats.norm / t / ttest_ind) and are quoted to the digits shown.

describe('wilsonInterval — METHODS §3.3 vectors (95 %)', () => {
  it.each([
    [150, 200, 0.6857, 0.8049],
    [19, 20, 0.7639, 0.9911],
    [0, 30, 0, 0.1135],
  ])('%i/%i → [%f, %f]', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.estimate).toBeCloseTo(x / n, 12);
    expect(ci.lower).toBeCloseTo(lower, 4);
    expect(ci.upper).toBeCloseTo(upper, 4);
  });

  it('stays within [0, 1] at 100 %', () => {
    const ci = wilsonInterval(30, 30)!;
    expect(ci.upper).toBe(1);
    expect(ci.lower).toBeCloseTo(1 - 0.1135, 4); // mirror of 0/30
  });

  it('is narrower at 90 % and wider at 99 % than at 95 %', () => {
    const at = (confidence: number) => wilsonInterval(150, 200, { confidence })!;
    expect(at(0.9).upper - at(0.9).lower).toBeLessThan(at(0.95).upper - at(0.95).lower);
    expect(at(0.99).upper - at(0.99).lower).toBeGreaterThan(at(0.95).upper - at(0.95).lower);
  });

  it('accepts z directly and fractional (weighted) counts', () => {
    expect(wilsonInterval(150, 200, { z: Z_95 })).toEqual(wilsonInterval(150, 200));
    expect(wilsonInterval(37.5, 50.25)).not.toBeNull();
  });

  it.each([
    ['n = 0', 0, 0],
    ['x > n', 5, 4],
    ['x < 0', -1, 4],
    ['NaN', NaN, 4],
  ])('null for %s', (_, x, n) => {
    expect(wilsonInterval(x, n)).toBeNull();
  });

  it('null for an invalid confidence', () => {
    expect(wilsonInterval(1, 2, { confidence: 1 })).toBeNull();
    expect(wilsonInterval(1, 2, { z: 0 })).toBeNull();
  });
});

describe('isLowPrecision — METHODS §3.5 badge (half-width > 10 pp)', () => {
  it.each([
    [150, 200, false],
    [19, 20, true],
    [0, 30, false],
    [10, 20, true],
    [60, 100, false],
  ])('%i/%i → %s', (x, n, low) => {
    expect(isLowPrecision(wilsonInterval(x, n)!)).toBe(low);
  });

  it('takes another threshold', () => {
    expect(isLowPrecision({ lower: 0.7, upper: 0.8 }, 0.04)).toBe(true);
  });
});

describe('two waves — METHODS §3.4 vector: 150/200 vs 190/240', () => {
  const first = { successes: 150, n: 200 };
  const second = { successes: 190, n: 240 };

  it('pooled z-test: p̄ = 0.7727, SE = 0.04012, z = 1.038, p = 0.299', () => {
    const test = twoProportionZTest(first, second)!;
    expect(test.pooled).toBeCloseTo(0.7727, 4);
    expect(test.standardError).toBeCloseTo(0.04012, 5);
    expect(test.z).toBeCloseTo(1.038, 3);
    expect(test.pValue).toBeCloseTo(0.299, 3);
    expect(test.difference).toBeCloseTo(190 / 240 - 0.75, 12);
  });

  it('Newcombe hybrid score interval: +4.2 pp, [−3.7 pp, +12.1 pp]', () => {
    const ci = newcombeInterval(first, second)!;
    expect(ci.difference * 100).toBeCloseTo(4.17, 2);
    expect(ci.lower * 100).toBeCloseTo(-3.7, 1);
    expect(ci.upper * 100).toBeCloseTo(12.1, 1);
  });

  it('compareProportions: percentage points, Newcombe bounds, not significant', () => {
    const c = compareProportions(first, second)!;
    expect(c.differencePp).toBeCloseTo(4.1667, 4);
    expect(c.lowerPp).toBeCloseTo(-3.7, 1);
    expect(c.upperPp).toBeCloseTo(12.1, 1);
    expect(c.z).toBeCloseTo(1.038, 3);
    expect(c.pValue).toBeCloseTo(0.299, 3);
    expect(c.label).toBe('not-significant');
    expect(c.first.lower).toBeCloseTo(0.6857, 4);
  });

  it('a swap of the waves flips the sign', () => {
    const c = compareProportions(second, first)!;
    expect(c.differencePp).toBeCloseTo(-4.1667, 4);
    expect(c.lowerPp).toBeCloseTo(-12.1, 1);
    expect(c.upperPp).toBeCloseTo(3.7, 1);
  });

  it('a 15 pp jump on 300 answers is significant', () => {
    const c = compareProportions({ successes: 174, n: 300 }, { successes: 219, n: 300 })!;
    expect(c.label).toBe('significant');
    expect(c.lowerPp).toBeGreaterThan(0);
  });

  it.each([
    ['too few expected failures', { successes: 19, n: 20 }, { successes: 20, n: 20 }],
    ['one answer each', { successes: 1, n: 1 }, { successes: 0, n: 1 }],
  ])('insufficient data: %s (the interval is still given)', (_, a, b) => {
    const c = compareProportions(a, b)!;
    expect(c.label).toBe('insufficient-data');
    expect(c.z).toBeNull();
    expect(c.pValue).toBeNull();
    expect(Number.isFinite(c.lowerPp)).toBe(true);
  });

  it('the validity rule uses expected counts: 75 % → 100 % on 200 answers is testable', () => {
    const c = compareProportions({ successes: 150, n: 200 }, { successes: 200, n: 200 })!;
    expect(c.label).toBe('significant');
  });

  it('null or no test when undefined', () => {
    expect(twoProportionZTest({ successes: 0, n: 0 }, second)).toBeNull();
    expect(twoProportionZTest({ successes: 10, n: 10 }, { successes: 20, n: 20 })).toBeNull(); // SE = 0
    expect(newcombeInterval({ successes: 0, n: 0 }, second)).toBeNull();
    expect(compareProportions(first, { successes: 0, n: 0 })).toBeNull();
  });
});

describe('significanceLabel', () => {
  it.each([
    [0.001, 'significant'],
    [0.0499, 'significant'],
    [0.05, 'not-significant'],
    [0.299, 'not-significant'],
    [null, 'insufficient-data'],
    [NaN, 'insufficient-data'],
  ] as const)('p = %s → %s', (p, label) => {
    expect(significanceLabel(p)).toBe(label);
  });

  it('takes another alpha', () => {
    expect(significanceLabel(0.07, 0.1)).toBe('significant');
  });
});

describe('sample sizes — METHODS §3.5 vectors (95 %, p = 0.5)', () => {
  it.each([
    [0.1, 97],
    [0.07, 196],
    [0.05, 385],
    [0.04, 601],
    [0.03, 1068],
  ])('±%f → %i', (margin, required) => {
    expect(requiredSampleSize({ margin })!.required).toBe(required);
  });

  it('n₀ for ±5 pp is 384.15 before rounding up', () => {
    const s = requiredSampleSize({ margin: 0.05 })!;
    expect(s.exact).toBeCloseTo(384.146, 3);
    expect(s.infinite).toBe(s.exact);
  });

  it.each([
    [500, 218],
    [1000, 278],
    [2000, 323],
    [5000, 357],
    [10000, 370],
    [50000, 382],
  ])('finite population N = %i → %i', (population, required) => {
    expect(requiredSampleSize({ margin: 0.05, population })!.required).toBe(required);
  });

  it('a smaller expected share needs fewer answers', () => {
    expect(requiredSampleSize({ margin: 0.05, proportion: 0.2 })!.required).toBe(246); // 1.96²·0.16/0.0025 = 245.85
  });

  it.each([
    [{ margin: 0 }],
    [{ margin: -0.05 }],
    [{ margin: 0.05, proportion: 1.2 }],
    [{ margin: 0.05, population: 0 }],
    [{ margin: 0.05, confidence: 2 }],
  ])('null for %j', (options) => {
    expect(requiredSampleSize(options)).toBeNull();
  });
});

describe('sample size per wave — METHODS §3.4 vectors (α = 0.05, power 0.8)', () => {
  it.each([
    [0.7, 0.75, 1251],
    [0.7, 0.8, 294],
    [0.5, 0.6, 388],
  ])('%f → %f: %i per wave', (first, second, required) => {
    expect(sampleSizeForTwoProportions({ first, second })!.required).toBe(required);
  });

  it('null when there is no change to detect', () => {
    expect(sampleSizeForTwoProportions({ first: 0.5, second: 0.5 })).toBeNull();
  });
});

describe('marginOfError', () => {
  it('n = 1 073 → ±2.99 pp (the ŚZGiP resident poll "3 %")', () => {
    expect(marginOfError({ n: 1073 })!).toBeCloseTo(0.0299, 4);
  });

  it('inverts requiredSampleSize, with and without the finite population correction', () => {
    expect(marginOfError({ n: requiredSampleSize({ margin: 0.05 })!.exact })).toBeCloseTo(0.05, 12);
    const n = requiredSampleSize({ margin: 0.05, population: 1000 })!.exact;
    expect(marginOfError({ n, population: 1000 })).toBeCloseTo(0.05, 12);
  });

  it('the correction narrows the margin; a full census has none', () => {
    expect(marginOfError({ n: 278, population: 1000 })!).toBeLessThan(marginOfError({ n: 278 })!);
    expect(marginOfError({ n: 1000, population: 1000 })).toBe(0);
  });

  it.each([[{ n: 0 }], [{ n: 10, population: 5 }], [{ n: 10, proportion: -0.1 }]])('null for %j', (options) => {
    expect(marginOfError(options)).toBeNull();
  });
});

describe('responseRate', () => {
  it.each([
    [120, 400, 0.3],
    [0, 10, 0],
    [10, 10, 1],
    [5, 0, null],
    [11, 10, null],
    [-1, 10, null],
  ])('%i of %i → %s', (responses, invited, rate) => {
    expect(responseRate(responses, invited)).toBe(rate);
  });
});

describe('distribution functions', () => {
  it.each([
    [0, 0.5],
    [1.959963984540054, 0.975],
    [-1.959963984540054, 0.025],
    [1, 0.8413447460685429],
    [-3, 0.0013498980316301],
    [-8, 6.22096057427174e-16],
  ])('Φ(%f) = %f', (z, p) => {
    expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-10);
  });

  it('erfc(1) and erfc(−1)', () => {
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 14);
    expect(erfc(-1)).toBeCloseTo(1.842700792949715, 14);
  });

  it('two-sided p for z = 1.96 is 0.05 and keeps precision in the tail', () => {
    expect(twoSidedNormalP(Z_95)).toBeCloseTo(0.05, 12);
    expect(twoSidedNormalP(-10)).toBeCloseTo(1.523970604832e-23, 33);
  });

  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489],
    [0.5, 0],
    [0.8, 0.8416212335729143],
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%f) = %f', (p, z) => {
    expect(normalQuantile(p)!).toBeCloseTo(z, 10);
  });

  it('Φ⁻¹ is null outside (0, 1)', () => {
    expect(normalQuantile(0)).toBeNull();
    expect(normalQuantile(1)).toBeNull();
  });

  it.each([
    [1, 12.706204736174707],
    [4, 2.7764451051977934],
    [10, 2.2281388519649385],
    [29, 2.045229642132703],
  ])('t₀.₉₇₅ with %i df = %f', (df, t) => {
    expect(studentTQuantile(0.975, df)!).toBeCloseTo(t, 8);
    expect(studentTQuantile(0.025, df)!).toBeCloseTo(-t, 8);
  });

  it('t CDF with fractional df (weighted data)', () => {
    expect(studentTCdf(-2.5, 3.7)!).toBeCloseTo(0.03591101145591339, 10);
    expect(studentTCdf(1.2, 0.5)!).toBeCloseTo(0.7203710369343177, 10);
    expect(studentTCdf(1, 0)).toBeNull();
  });

  it('resolveZ: 90 %, 95 %, 99 %', () => {
    expect(resolveZ()).toBe(Z_95);
    expect(resolveZ({ confidence: 0.9 })!).toBeCloseTo(1.6448536269514722, 10);
    expect(resolveZ({ confidence: 0.99 })!).toBeCloseTo(2.5758293035489, 10);
    expect(resolveZ({ confidence: 0 })).toBeNull();
  });
});

describe('meanInterval', () => {
  it('hand calculation: 1..5 → 3 ± 2.776·0.7071 = [1.0368, 4.9632]', () => {
    const m = meanInterval([1, 2, 3, 4, 5])!;
    expect(m.mean).toBe(3);
    expect(m.standardDeviation!).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(m.standardError!).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(m.lower!).toBeCloseTo(1.0367568385, 8);
    expect(m.upper!).toBeCloseTo(4.9632431615, 8);
    expect(m.effectiveN).toBe(5);
  });

  it('a z interval when z is given', () => {
    const m = meanInterval([1, 2, 3, 4, 5], { z: Z_95 })!;
    expect(m.upper! - m.mean).toBeCloseTo(Z_95 * Math.sqrt(0.5), 12);
  });

  it('equal weights change nothing', () => {
    expect(meanInterval([1, 2, 3, 4, 5], { weights: [2, 2, 2, 2, 2] })).toEqual(meanInterval([1, 2, 3, 4, 5]));
  });

  it('weights: weighted mean, Kish n_eff', () => {
    const m = meanInterval([1, 5], { weights: [3, 1] })!;
    expect(m.mean).toBe(2);
    expect(m.effectiveN).toBeCloseTo(16 / 10, 12);
    // s² = [Σw(x−x̄)²/Σw]·n_eff/(n_eff−1) = (3·1 + 1·9)/4 · 1.6/0.6 = 8
    expect(m.standardDeviation!).toBeCloseTo(Math.sqrt(8), 12);
  });

  it('one value: a mean without spread or interval', () => {
    expect(meanInterval([4])).toEqual({
      n: 1,
      effectiveN: 1,
      mean: 4,
      standardDeviation: null,
      standardError: null,
      lower: null,
      upper: null,
    });
  });

  it('identical values: a zero-width interval', () => {
    const m = meanInterval([5, 5, 5])!;
    expect(m.lower).toBe(5);
    expect(m.upper).toBe(5);
  });

  it.each([
    ['no values', [], undefined],
    ['a NaN', [1, NaN], undefined],
    ['mismatched weights', [1, 2], [1]],
    ['a negative weight', [1, 2], [1, -1]],
  ])('null for %s', (_, values, weights) => {
    expect(meanInterval(values as number[], weights === undefined ? {} : { weights: weights as number[] })).toBeNull();
  });
});

describe('compareMeans (Welch)', () => {
  it('matches scipy.stats.ttest_ind(equal_var=False): [1..5] vs [2,4,4,5,5,6]', () => {
    const c = compareMeans(meanInterval([1, 2, 3, 4, 5])!, meanInterval([2, 4, 4, 5, 5, 6])!)!;
    expect(c.difference).toBeCloseTo(4 / 3, 12);
    expect(c.t).toBeCloseTo(1.48046642039521, 10);
    expect(c.df).toBeCloseTo(8.037101274413695, 10);
    expect(c.pValue).toBeCloseTo(0.17684871459468632, 8);
    expect(c.lower).toBeCloseTo(-0.7418257701559132, 8);
    expect(c.upper).toBeCloseTo(3.4084924368225793, 8);
    expect(c.label).toBe('not-significant');
  });

  it('null without spread', () => {
    const one: MeanEstimate = meanInterval([3])!;
    expect(compareMeans(one, meanInterval([1, 2, 3])!)).toBeNull();
    expect(compareMeans(meanInterval([5, 5])!, meanInterval([4, 4])!)).toBeNull();
  });
});

describe('kishEffectiveSampleSize and toHundredScale', () => {
  it.each([
    [[1, 1, 1, 1], 4],
    [[2, 2], 2],
    [[3, 1], 1.6],
    [[], 0],
  ])('n_eff of %j = %f', (weights, nEff) => {
    expect(kishEffectiveSampleSize(weights)).toBeCloseTo(nEff, 12);
  });

  it('null for invalid weights', () => {
    expect(kishEffectiveSampleSize([1, -1])).toBeNull();
    expect(kishEffectiveSampleSize([0, 0])).toBeNull();
    expect(kishEffectiveSampleSize([1, Infinity])).toBeNull();
  });

  it.each([
    [1, 0],
    [3, 50],
    [4.2, 80],
    [5, 100],
  ])('%f on 1–5 → %f on 0–100', (value, hundred) => {
    expect(toHundredScale(value, { min: 1, max: 5 })).toBeCloseTo(hundred, 12);
  });

  it('null for a degenerate scale', () => {
    expect(toHundredScale(1, { min: 1, max: 1 })).toBeNull();
  });
});
