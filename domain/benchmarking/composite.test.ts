import { describe, expect, it } from 'vitest';
import { buildCompositeIndex, mulberry32, type CompositeInput, type CompositeResult } from './composite';

function build(input: CompositeInput): CompositeResult {
  const outcome = buildCompositeIndex(input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

/**
 * Three units, two indicators: x1 higher-is-better, x2 lower-is-better (e.g. cost).
 *   A: 10, 5    B: 20, 3    C: 30, 9
 * min-max: I1 = (x − 10)/20 → 0, ½, 1;  I2 = (9 − x)/6 → ⅔, 1, 0.
 * z-score: x1 mean 20, SD 10 → −1, 0, 1.
 *          x2 mean 17/3, deviations −⅔, −8/3, 10/3, Σd² = 56/3, SD = √(28/3); signed by −1:
 *          A ⅔/SD, B (8/3)/SD, C −(10/3)/SD.
 */
const base = {
  codes: ['A', 'B', 'C'],
  indicators: [
    { key: 'x1', polarity: 'higher-is-better' as const },
    { key: 'x2', polarity: 'lower-is-better' as const },
  ],
  values: [
    [10, 5],
    [20, 3],
    [30, 9],
  ],
};
const sd2 = Math.sqrt(28 / 3);
const z2 = { A: 2 / 3 / sd2, B: 8 / 3 / sd2, C: -10 / 3 / sd2 };

describe('buildCompositeIndex by hand (3 units × 2 indicators, equal weights ½)', () => {
  it.each<[string, CompositeInput['normalisation'], CompositeInput['aggregation'], Record<'A' | 'B' | 'C', number>]>([
    // ½·I1 + ½·I2
    ['min-max, arithmetic', 'min-max', 'arithmetic', { A: (0 + 2 / 3) / 2, B: (0.5 + 1) / 2, C: (1 + 0) / 2 }],
    // I' = 1 + 99·I: A (1, 67), B (50.5, 100), C (100, 1); √(I1'·I2')
    [
      'min-max, geometric',
      'min-max',
      'geometric',
      { A: Math.sqrt(1 * 67), B: Math.sqrt(50.5 * 100), C: Math.sqrt(100 * 1) },
    ],
    ['z-score, arithmetic', 'z-score', 'arithmetic', { A: (-1 + z2.A) / 2, B: (0 + z2.B) / 2, C: (1 + z2.C) / 2 }],
    // I' = 1 + (z − min z): x1 → 1, 2, 3; x2 → 1 + z2 − z2.C
    [
      'z-score, geometric',
      'z-score',
      'geometric',
      {
        A: Math.sqrt(1 * (1 + z2.A - z2.C)),
        B: Math.sqrt(2 * (1 + z2.B - z2.C)),
        C: Math.sqrt(3 * 1),
      },
    ],
  ])('%s', (_name, normalisation, aggregation, expected) => {
    const result = build({ ...base, normalisation, aggregation });
    expect(result.units.map((u) => u.code)).toEqual(['A', 'B', 'C']);
    for (const u of result.units) expect(u.index).toBeCloseTo(expected[u.code as 'A' | 'B' | 'C'], 12);
    // B > C > A in all four.
    expect(result.units.map((u) => u.rank)).toEqual([3, 1, 2]);
    expect(result.units.every((u) => u.coverage === 1 && u.sensitivity === null)).toBe(true);
    expect(result.indicators.map((i) => i.weight)).toEqual([0.5, 0.5]);
  });

  it('reports the normalised values and their references', () => {
    const result = build({ ...base, normalisation: 'min-max', aggregation: 'arithmetic' });
    expect(result.units[0]!.normalised).toEqual([0, 4 / 6]);
    expect(result.indicators).toEqual([
      { key: 'x1', polarity: 'higher-is-better', weight: 0.5, constant: false, reference: { min: 10, max: 30 } },
      { key: 'x2', polarity: 'lower-is-better', weight: 0.5, constant: false, reference: { min: 3, max: 9 } },
    ]);
  });

  it('weights 3 : 1 → ¾, ¼ change the ranking: A ¼·⅔, B ¾·½ + ¼, C ¾', () => {
    const result = build({
      ...base,
      indicators: [
        { ...base.indicators[0]!, weight: 3 },
        { ...base.indicators[1]!, weight: 1 },
      ],
      normalisation: 'min-max',
      aggregation: 'arithmetic',
    });
    expect(result.units.map((u) => u.index)).toEqual([0.25 * (2 / 3), 0.75 * 0.5 + 0.25, 0.75]);
    expect(result.units.map((u) => u.rank)).toEqual([3, 2, 1]);
  });

  it('ties share the best rank', () => {
    const result = build({
      ...base,
      values: [
        [10, 5],
        [10, 5],
        [30, 9],
      ],
      normalisation: 'min-max',
      aggregation: 'arithmetic',
    });
    // I1: 0, 0, 1; I2 = (9 − x)/4: 1, 1, 0 → A = B = ½, C = ½: all tied.
    expect(result.units.map((u) => u.rank)).toEqual([1, 1, 1]);
  });
});

describe('missing values and constant indicators', () => {
  const withD = {
    ...base,
    codes: ['A', 'B', 'C', 'D'],
    values: [
      [10, 5],
      [20, 3],
      [30, 9],
      [40, null],
    ],
  };

  it("'exclude' lists the unit and its missing indicators; the others are normalised without it", () => {
    const result = build({ ...withD, normalisation: 'min-max', aggregation: 'arithmetic' });
    expect(result.excluded).toEqual([{ code: 'D', reason: 'missing-indicators', indicators: ['x2'] }]);
    expect(result.units.map((u) => u.index)).toEqual([(0 + 2 / 3) / 2, 0.75, 0.5]);
  });

  it("'reweight' keeps the unit on the weights of what it has", () => {
    // x1 over A–D: min 10, max 40 → 0, ⅓, ⅔, 1. x2 over A–C as before.
    const result = build({ ...withD, missing: 'reweight', normalisation: 'min-max', aggregation: 'arithmetic' });
    expect(result.excluded).toEqual([]);
    const byCode = Object.fromEntries(result.units.map((u) => [u.code, u]));
    expect(byCode.D).toMatchObject({ index: 1, coverage: 0.5, rank: 1, normalised: [1, null] });
    expect(byCode.A!.index).toBeCloseTo((0 + 2 / 3) / 2, 14);
    expect(byCode.B!.index).toBeCloseTo((1 / 3 + 1) / 2, 14);
  });

  it("'reweight' still excludes a unit with nothing", () => {
    const result = build({
      ...base,
      values: [
        [10, 5],
        [null, NaN],
        [30, 9],
      ],
      missing: 'reweight',
      normalisation: 'z-score',
      aggregation: 'arithmetic',
    });
    expect(result.excluded).toEqual([{ code: 'B', reason: 'missing-indicators', indicators: ['x1', 'x2'] }]);
  });

  it('a missing value on a zero-weight indicator does not exclude', () => {
    const result = build({
      ...base,
      indicators: [base.indicators[0]!, { ...base.indicators[1]!, weight: 0 }],
      values: [
        [10, null],
        [20, 3],
        [30, 9],
      ],
      normalisation: 'min-max',
      aggregation: 'arithmetic',
    });
    expect(result.excluded).toEqual([]);
    expect(result.units.map((u) => u.index)).toEqual([0, 0.5, 1]);
  });

  it.each<[CompositeInput['normalisation'], CompositeInput['aggregation'], number]>([
    ['min-max', 'arithmetic', 0.5],
    ['min-max', 'geometric', 50.5],
    ['z-score', 'arithmetic', 0],
    ['z-score', 'geometric', 1],
  ])(
    'a constant indicator is flagged and normalised to the neutral value (%s, %s → %f)',
    (normalisation, aggregation, neutral) => {
      const result = build({
        ...base,
        values: [
          [10, 4],
          [20, 4],
          [30, 4],
        ],
        normalisation,
        aggregation,
      });
      expect(result.indicators[1]!.constant).toBe(true);
      expect(result.units.map((u) => u.normalised[1])).toEqual([neutral, neutral, neutral]);
      expect(result.units.map((u) => u.rank)).toEqual([3, 2, 1]);
    },
  );

  it('nobody enters → empty lists, not an error', () => {
    const result = build({
      ...base,
      values: [
        [null, 1],
        [null, 2],
        [null, 3],
      ],
      normalisation: 'z-score',
      aggregation: 'geometric',
      sensitivity: { seed: 1 },
    });
    expect(result.units).toEqual([]);
    expect(result.excluded).toHaveLength(3);
  });
});

describe('sensitivity analysis', () => {
  const r = mulberry32(2024);
  const codes = Array.from({ length: 12 }, (_, i) => `U${String(i).padStart(2, '0')}`);
  const indicators = [
    { key: 'a', polarity: 'higher-is-better' as const },
    { key: 'b', polarity: 'lower-is-better' as const },
    { key: 'c', polarity: 'higher-is-better' as const },
    { key: 'd', polarity: 'higher-is-better' as const },
  ];
  const values = codes.map(() => indicators.map(() => Math.round(r() * 1000) / 10));
  // U99 is best in every indicator (highest a, c, d; lowest b).
  const withDominant = { codes: [...codes, 'U99'], indicators, values: [...values, [200, -1, 200, 200]] };

  it.each<[CompositeInput['normalisation'], CompositeInput['aggregation']]>([
    ['min-max', 'arithmetic'],
    ['min-max', 'geometric'],
    ['z-score', 'arithmetic'],
    ['z-score', 'geometric'],
  ])(
    'equal weights: every rank interval contains the base rank; the dominant unit has [1, 1] (%s, %s)',
    (normalisation, aggregation) => {
      const result = build({ ...withDominant, normalisation, aggregation, sensitivity: { seed: 7 } });
      expect(result.sensitivity).toEqual({ draws: 1000, spread: 0.5, seed: 7 });
      for (const u of result.units) {
        const [lo, hi] = u.sensitivity!.rankInterval;
        expect(lo).toBeLessThanOrEqual(u.rank);
        expect(hi).toBeGreaterThanOrEqual(u.rank);
        expect(lo).toBeLessThanOrEqual(u.sensitivity!.medianRank);
        expect(hi).toBeGreaterThanOrEqual(u.sensitivity!.medianRank);
      }
      const dominant = result.units.find((u) => u.code === 'U99')!;
      expect(dominant.rank).toBe(1);
      expect(dominant.sensitivity).toEqual({ medianRank: 1, rankInterval: [1, 1] });
    },
  );

  it('is reproducible from the seed', () => {
    const input = {
      ...withDominant,
      normalisation: 'z-score' as const,
      aggregation: 'arithmetic' as const,
      sensitivity: { seed: 99, draws: 200 },
    };
    expect(build(input)).toEqual(build(input));
  });

  it('spread 0 gives the base ranks', () => {
    const result = build({
      ...withDominant,
      normalisation: 'min-max',
      aggregation: 'arithmetic',
      sensitivity: { seed: 1, draws: 10, spread: 0 },
    });
    for (const u of result.units) expect(u.sensitivity).toEqual({ medianRank: u.rank, rankInterval: [u.rank, u.rank] });
  });

  it('two units each best on one of two equally weighted indicators tie at rank 1 and swap under perturbation', () => {
    // min-max: P = (1, 0), Q = (0, 1) → both ½. A draw with u_a > u_b puts P first, else Q.
    const result = build({
      codes: ['P', 'Q'],
      indicators: [
        { key: 'a', polarity: 'higher-is-better' },
        { key: 'b', polarity: 'higher-is-better' },
      ],
      values: [
        [1, 0],
        [0, 1],
      ],
      normalisation: 'min-max',
      aggregation: 'arithmetic',
      sensitivity: { seed: 3 },
    });
    for (const u of result.units) {
      expect(u.rank).toBe(1);
      expect(u.sensitivity!.rankInterval).toEqual([1, 2]);
    }
  });
});

describe('mulberry32', () => {
  it('is deterministic and uniform-looking on [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe('input errors are values', () => {
  it.each<[Partial<CompositeInput>, string]>([
    [{ indicators: [] }, 'NO_INDICATORS'],
    [
      {
        indicators: [
          { key: 'x', polarity: 'higher-is-better' },
          { key: 'x', polarity: 'lower-is-better' },
        ],
      },
      'DUPLICATE_INDICATOR',
    ],
    [
      {
        indicators: [
          { key: 'x', polarity: 'neutral' },
          { key: 'y', polarity: 'lower-is-better' },
        ],
      },
      'NEUTRAL_INDICATOR',
    ],
    [
      {
        indicators: [
          { key: 'x', polarity: 'higher-is-better', weight: -1 },
          { key: 'y', polarity: 'lower-is-better' },
        ],
      },
      'BAD_WEIGHT',
    ],
    [
      {
        indicators: [
          { key: 'x', polarity: 'higher-is-better', weight: 0 },
          { key: 'y', polarity: 'lower-is-better', weight: 0 },
        ],
      },
      'ZERO_WEIGHTS',
    ],
    [
      {
        values: [
          [1, 2],
          [3, 4],
        ],
      },
      'SHAPE_MISMATCH',
    ],
    [{ values: [[1, 2], [3, 4], [5]] }, 'SHAPE_MISMATCH'],
    [{ codes: ['A', 'A', 'C'] }, 'DUPLICATE_CODE'],
    [{ sensitivity: { seed: 1, draws: 0 } }, 'BAD_SENSITIVITY'],
    [{ sensitivity: { seed: 1, spread: 1 } }, 'BAD_SENSITIVITY'],
  ])('%j → %s', (patch, code) => {
    expect(
      buildCompositeIndex({ ...base, normalisation: 'min-max', aggregation: 'arithmetic', ...patch }),
    ).toMatchObject({ ok: false, error: { code } });
  });
});
