import { describe, expect, it } from 'vitest';
import {
  buildNeighbourModel,
  findNearestNeighbours,
  nearestNeighbourCodes,
  neighbourDistance,
  type NeighbourModel,
  type NeighbourModelInput,
} from './nearest-neighbours';

function model(input: NeighbourModelInput): NeighbourModel {
  const built = buildNeighbourModel(input);
  if (!built.ok) throw new Error(built.error.message);
  return built.model;
}

/**
 * Hand-computable universe of three units.
 *   x = 1, 2, 3: mean 2, Σ(x − 2)² = 2, sample SD √(2/2) = 1 → z = −1, 0, 1.
 *   y = 2, 2, 8: mean 4, Σ(y − 4)² = 4 + 4 + 16 = 24, SD √(24/2) = 2√3 → z = −1/√3, −1/√3, 2/√3.
 * Squared distances (w = 1): A–B = 1² + 0² = 1; A–C = 2² + (3/√3)² = 4 + 3 = 7; B–C = 1 + 3 = 4.
 */
const abc = () =>
  model({
    codes: ['A', 'B', 'C'],
    variables: [{ key: 'x' }, { key: 'y' }],
    values: [
      [1, 2],
      [2, 2],
      [3, 8],
    ],
  });

describe('buildNeighbourModel', () => {
  it('standardises with the sample SD', () => {
    const m = abc();
    expect(Array.from(m.mean)).toEqual([2, 4]);
    expect(m.sd[0]).toBe(1);
    expect(m.sd[1]).toBeCloseTo(2 * Math.sqrt(3), 14);
    const z = Array.from(m.z);
    [-1, -1 / Math.sqrt(3), 0, -1 / Math.sqrt(3), 1, 2 / Math.sqrt(3)].forEach((expected, i) =>
      expect(z[i]).toBeCloseTo(expected, 14),
    );
  });

  it('log transform: e⁰, e¹, e² → 0, 1, 2 → z −1, 0, 1; a value ≤ 0 is imputed and flagged', () => {
    const m = model({
      codes: ['A', 'B', 'C', 'D'],
      variables: [{ key: 'population', transform: 'log' }],
      values: [[1], [Math.E], [Math.E ** 2], [0]],
    });
    [-1, 0, 1, 0].forEach((expected, i) => expect(m.z[i]).toBeCloseTo(expected, 14));
    expect(Array.from(m.imputed)).toEqual([0, 0, 0, 1]);
  });

  it('a constant variable gets z = 0 and is flagged', () => {
    const m = model({
      codes: ['A', 'B'],
      variables: [{ key: 'c' }, { key: 'x' }],
      values: [
        [5, 1],
        [5, 3],
      ],
    });
    expect(m.constant).toEqual([true, false]);
    expect([m.z[0], m.z[2]]).toEqual([0, 0]);
  });

  it('accepts a row-major Float64Array with NaN for missing', () => {
    const fromRows = abc();
    const fromTyped = model({
      codes: ['A', 'B', 'C'],
      variables: [{ key: 'x' }, { key: 'y' }],
      values: Float64Array.from([1, 2, 2, 2, 3, 8]),
    });
    expect(fromTyped.z).toEqual(fromRows.z);
  });

  it.each([
    [{ codes: ['A'], variables: [], values: [[]] }, 'NO_VARIABLES'],
    [{ codes: ['A', 'B'], variables: [{ key: 'x' }], values: [[1]] }, 'SHAPE_MISMATCH'],
    [{ codes: ['A', 'B'], variables: [{ key: 'x' }], values: [[1], [1, 2]] }, 'SHAPE_MISMATCH'],
    [{ codes: ['A', 'B'], variables: [{ key: 'x' }], values: Float64Array.from([1]) }, 'SHAPE_MISMATCH'],
    [{ codes: ['A', 'A'], variables: [{ key: 'x' }], values: [[1], [2]] }, 'DUPLICATE_CODE'],
    [{ codes: ['A'], variables: [{ key: 'x' }, { key: 'x' }], values: [[1, 2]] }, 'DUPLICATE_VARIABLE'],
    [{ codes: ['A'], variables: [{ key: 'x', weight: -1 }], values: [[1]] }, 'BAD_WEIGHT'],
  ] as [NeighbourModelInput, string][])('%j → %s', (input, code) => {
    expect(buildNeighbourModel(input)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('findNearestNeighbours', () => {
  it('hand-computed distances, contributions and shares', () => {
    const result = findNearestNeighbours(abc(), 'A');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { list } = result;
    expect(list.neighbours.map((n) => n.code)).toEqual(['B', 'C']);
    expect(list.farthestDistance).toBeCloseTo(Math.sqrt(7), 14);
    const [b, c] = list.neighbours as [(typeof list.neighbours)[0], (typeof list.neighbours)[0]];
    expect(b.distance).toBeCloseTo(1, 14);
    expect(b.relativeDistance).toBeCloseTo(1 / Math.sqrt(7), 14);
    expect(c.distance).toBeCloseTo(Math.sqrt(7), 14);
    expect(c.relativeDistance).toBe(1);
    // A–C: x contributes (−1 − 1)² = 4 (4/7 of d²), y contributes (−1/√3 − 2/√3)² = 3 (3/7).
    expect(c.contributions.map((x) => x.variable)).toEqual(['x', 'y']);
    expect(c.contributions[0]!.contribution).toBeCloseTo(4, 14);
    expect(c.contributions[0]!.share).toBeCloseTo(4 / 7, 14);
    expect(c.contributions[1]!.contribution).toBeCloseTo(3, 14);
    expect(c.contributions[1]!.share).toBeCloseTo(3 / 7, 14);
    expect(c.contributions[1]).toMatchObject({
      weight: 1,
      rawUnit: 2,
      rawNeighbour: 8,
      imputedUnit: false,
      imputedNeighbour: false,
    });
    expect(b.contributions[1]).toMatchObject({ contribution: 0, share: 0 });
  });

  it('weights: d²(A,C) = 4·w_x + 3·w_y', () => {
    const m = abc();
    const d = (w: Record<string, number>) => {
      const r = neighbourDistance(m, 'A', 'C', w);
      return r.ok ? r.distance : NaN;
    };
    expect(d({ x: 2, y: 1 })).toBeCloseTo(Math.sqrt(11), 14);
    expect(d({ x: 0 })).toBeCloseTo(Math.sqrt(3), 14);
    expect(d({ y: 0 })).toBeCloseTo(2, 14);
  });

  it('missing values are imputed with the mean (z = 0) and flagged in the explanation', () => {
    // x = 1, 2, 3, – : mean 2, SD 1 → z −1, 0, 1, 0 (imputed).
    // y = 2, 2, 8, 4 : mean 4, Σ(y − 4)² = 24, SD √(24/3) = 2√2 → z −1/√2, −1/√2, √2, 0.
    // From D (0, 0): B = 0 + ½ = 0.5, A = 1 + ½ = 1.5, C = 1 + 2 = 3.
    const m = model({
      codes: ['A', 'B', 'C', 'D'],
      variables: [{ key: 'x' }, { key: 'y' }],
      values: [
        [1, 2],
        [2, 2],
        [3, 8],
        [null, 4],
      ],
    });
    const result = findNearestNeighbours(m, 'D');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.list.imputedVariables).toEqual(['x']);
    expect(result.list.neighbours.map((n) => n.code)).toEqual(['B', 'A', 'C']);
    const d = result.list.neighbours.map((n) => n.distance);
    [0.5, 1.5, 3].forEach((expected, i) => expect(d[i]).toBeCloseTo(Math.sqrt(expected), 14));
    expect(result.list.neighbours[0]!.contributions[0]).toMatchObject({
      rawUnit: null,
      rawNeighbour: 2,
      imputedUnit: true,
      imputedNeighbour: false,
      zUnit: 0,
    });
  });

  it('k larger than the universe returns every other unit; k = 1 the nearest', () => {
    const m = abc();
    expect(nearestNeighbourCodes(m, 'C', 100)).toEqual(['B', 'A']);
    expect(nearestNeighbourCodes(m, 'C', 1)).toEqual(['B']);
    expect(
      nearestNeighbourCodes(model({ codes: ['ONLY'], variables: [{ key: 'x' }], values: [[1]] }), 'ONLY', 15),
    ).toEqual([]);
  });

  it('ties are broken by code, whatever the input order', () => {
    // Weight 0 on y: from B, A and C are both at distance 1.
    const m = model({
      codes: ['C', 'B', 'A'],
      variables: [{ key: 'x' }, { key: 'y', weight: 0 }],
      values: [
        [3, 8],
        [2, 2],
        [1, 2],
      ],
    });
    expect(nearestNeighbourCodes(m, 'B', 2)).toEqual(['A', 'C']);
  });

  it('re-weighting changes the neighbours', () => {
    // P is close to Q on x and to R on y.
    const m = model({
      codes: ['P', 'Q', 'R', 'S'],
      variables: [{ key: 'x' }, { key: 'y' }],
      values: [
        [0, 0],
        [0.1, 5],
        [5, 0.1],
        [5, 5],
      ],
    });
    expect(nearestNeighbourCodes(m, 'P', 1, { x: 1, y: 0.01 })).toEqual(['Q']);
    expect(nearestNeighbourCodes(m, 'P', 1, { x: 0.01, y: 1 })).toEqual(['R']);
  });

  it('weight 0 removes a variable exactly', () => {
    const rows = [
      [1, 100, 3],
      [2, 50, 1],
      [4, 10, 2],
      [8, 20, 9],
      [3, 30, 5],
    ];
    const codes = ['A', 'B', 'C', 'D', 'E'];
    const all = model({ codes, variables: [{ key: 'a' }, { key: 'b', weight: 0 }, { key: 'c' }], values: rows });
    const without = model({ codes, variables: [{ key: 'a' }, { key: 'c' }], values: rows.map((r) => [r[0]!, r[2]!]) });
    for (const code of codes) {
      const x = findNearestNeighbours(all, code);
      const y = findNearestNeighbours(without, code);
      if (!x.ok || !y.ok) throw new Error('unexpected');
      expect(x.list.neighbours.map((n) => [n.code, n.distance])).toEqual(
        y.list.neighbours.map((n) => [n.code, n.distance]),
      );
      for (const n of x.list.neighbours) expect(n.contributions[1]!.contribution).toBe(0);
    }
  });

  it('distances are symmetric and d(a, a) = 0', () => {
    let seed = 5;
    const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const codes = Array.from({ length: 30 }, (_, i) => `U${i}`);
    const m = model({
      codes,
      variables: [
        { key: 'p', transform: 'log' },
        { key: 'q', weight: 2 },
        { key: 'r', weight: 0.5 },
      ],
      values: codes.map(() => [Math.exp(r() * 10), r() < 0.1 ? null : r(), r() * 100]),
    });
    for (const a of codes) {
      const list = findNearestNeighbours(m, a, { k: 100 });
      if (!list.ok) throw new Error(list.error.message);
      expect(list.list.neighbours).toHaveLength(29);
      expect(list.list.neighbours.at(-1)!.relativeDistance).toBe(1);
      for (const n of list.list.neighbours) {
        const back = neighbourDistance(m, n.code, a);
        expect(back.ok && back.distance).toBe(n.distance);
        expect(n.contributions.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(1, 12);
      }
      expect(neighbourDistance(m, a, a)).toEqual({ ok: true, distance: 0 });
    }
  });

  it.each([
    ['NOPE', {}, 'UNKNOWN_UNIT'],
    ['A', { k: 0 }, 'BAD_K'],
    ['A', { k: 1.5 }, 'BAD_K'],
    ['A', { weights: { z: 1 } }, 'UNKNOWN_VARIABLE'],
    ['A', { weights: { x: -1 } }, 'BAD_WEIGHT'],
    ['A', { weights: { x: NaN } }, 'BAD_WEIGHT'],
  ])('%s %j → %s', (code, options, error) => {
    expect(findNearestNeighbours(abc(), code, options)).toMatchObject({ ok: false, error: { code: error } });
  });
});
