import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MINIMUM_N, isPublished, suppressBelowMinimumN } from './suppression';

describe('suppressBelowMinimumN', () => {
  it.each([
    [0, DEFAULT_MINIMUM_N, true],
    [4, DEFAULT_MINIMUM_N, true],
    [5, DEFAULT_MINIMUM_N, false],
    [200, DEFAULT_MINIMUM_N, false],
    [9, 10, true],
    [10, 10, false],
    [1, 0, false],
    [0, 0, true],
  ])('n = %i, minimum %i → suppressed: %s', (n, minimumN, suppressed) => {
    expect(suppressBelowMinimumN(n, () => ({ mean: 4.2 }), minimumN).suppressed).toBe(suppressed);
  });

  it('a withheld cell carries the threshold, not the figures or the count', () => {
    expect(suppressBelowMinimumN(3, () => ({ mean: 4.2, n: 3 }))).toEqual({
      suppressed: true,
      reason: 'below-minimum-n',
      minimumN: 5,
    });
  });

  it('never computes withheld figures', () => {
    const compute = vi.fn(() => 1);
    suppressBelowMinimumN(2, compute);
    expect(compute).not.toHaveBeenCalled();
  });

  it('publishes figures at or above the threshold', () => {
    const cell = suppressBelowMinimumN(5, () => ({ texts: ['a'] }));
    expect(cell).toEqual({ suppressed: false, figures: { texts: ['a'] } });
    expect(isPublished(cell)).toBe(true);
  });
});
