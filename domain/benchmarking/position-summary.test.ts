import { describe, expect, it } from 'vitest';
import { summarisePositions } from './position-summary';
import type { Quartile, UnitPosition } from './stats';

const at = (quartile: Quartile | null, smallGroup = false): UnitPosition => ({
  value: 1,
  n: smallGroup ? 3 : 16,
  rank: 1,
  ascendingRank: 1,
  percentRank: 0,
  betterThan: 0,
  quartile,
  zScore: null,
  gapToMedian: 0,
  gapToBest: null,
  smallGroup,
});

describe('summarisePositions', () => {
  it('counts the best and worst quarters among indicators that can be compared', () => {
    // 6 positions: two best, one worst, one middle; a small group and a neutral one are left out; one has no value.
    const summary = summarisePositions([at(1), at(1), at(4), at(2), at(1, true), at(null), null]);
    expect(summary).toEqual({ compared: 4, bestQuarter: 2, worstQuarter: 1 });
  });

  it('is all zeros without data', () => {
    expect(summarisePositions([])).toEqual({ compared: 0, bestQuarter: 0, worstQuarter: 0 });
  });
});
