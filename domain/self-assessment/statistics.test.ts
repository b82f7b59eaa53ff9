import { describe, expect, it } from 'vitest';
import { mean, median, percentileRank, quantile, sampleStandardDeviation } from './statistics';

describe('quantile (Hyndman–Fan type 7, as R quantile() and Excel PERCENTILE.INC)', () => {
  it.each<[number[], number, number | null]>([
    // R: quantile(1:10, c(.25, .5, .75)) → 3.25 5.5 7.75
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25, 3.25],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.75, 7.75],
    // h = 5 × 0.25 = 1.25 → −0.5 + 0.25 × (0 − (−0.5)) = −0.375
    [[-1, -0.5, 0, 0, 0.5, 1], 0.25, -0.375],
    [[-1, -0.5, 0, 0, 0.5, 1], 0.75, 0.375],
    [[7], 0.25, 7],
    [[3, 1], 0, 1],
    [[3, 1], 1, 3],
    [[], 0.5, null],
  ])('%j at p = %d → %d', (values, p, expected) => {
    expect(quantile(values, p)).toBe(expected);
  });
});

describe('mean, median, sample SD', () => {
  it.each<[number[], number | null, number | null, number | null]>([
    [[], null, null, null],
    [[4], 4, 4, null],
    // mean 5, squares 9 + 1 + 1 + 9 = 20, SD √(20/3)
    [[2, 4, 6, 8], 5, 5, Math.sqrt(20 / 3)],
    [[1, 1, 1], 1, 1, 0],
  ])('%j → mean %d, median %d, SD %d', (values, m, med, sd) => {
    expect([mean(values), median(values), sampleStandardDeviation(values)]).toEqual([m, med, sd]);
  });
});

describe('percentileRank (ties count half)', () => {
  it.each<[number, number[], number | null]>([
    [5, [1, 5, 5, 9], 50], // (1 + 0.5 × 2)/4 × 100
    [10, [1, 2, 3], 100],
    [0, [1, 2, 3], 0],
    [2, [2], 50],
    [2, [], null],
  ])('%d among %j → %d', (value, others, expected) => {
    expect(percentileRank(value, others)).toBe(expected);
  });
});
