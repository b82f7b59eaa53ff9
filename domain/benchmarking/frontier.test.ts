import { describe, expect, it } from 'vitest';
import { bccFrontier, ccrFrontier, type FrontierPoint } from './frontier';

const pts = (...xy: [number, number][]): FrontierPoint[] => xy.map(([x, y]) => ({ x, y }));

describe('ccrFrontier', () => {
  it.each([
    { name: 'empty', points: pts(), expected: pts() },
    { name: 'one point', points: pts([2, 3]), expected: pts([0, 0], [2, 3]) },
    // Best ratio 4/2 = 2 (not the largest output); the ray runs to the largest input, 5.
    { name: 'best ratio, to the largest input', points: pts([2, 4], [5, 6], [4, 3]), expected: pts([0, 0], [5, 10]) },
    {
      name: 'zero, negative and non-finite points ignored',
      points: pts([0, 5], [-1, 2], [Number.NaN, 1], [3, 3]),
      expected: pts([0, 0], [3, 3]),
    },
  ])('$name', ({ points, expected }) => {
    expect(ccrFrontier(points)).toEqual(expected);
  });
});

describe('bccFrontier', () => {
  it.each([
    { name: 'empty', points: pts(), expected: pts() },
    {
      name: 'one point: vertical from the axis, nothing to the right',
      points: pts([3, 2]),
      expected: pts([3, 0], [3, 2]),
    },
    {
      name: 'concave hull up to the highest output',
      points: pts([2, 1], [4, 4], [6, 5], [5, 2]),
      expected: pts([2, 0], [2, 1], [4, 4], [6, 5]),
    },
    {
      // (3, 2.5) lies under the segment (2,1)–(4,4) at x = 3 (y = 2.5): collinear, dropped.
      name: 'collinear point dropped, point below the hull dropped',
      points: pts([2, 1], [3, 2.5], [4, 4], [3, 1]),
      expected: pts([2, 0], [2, 1], [4, 4]),
    },
    {
      name: 'flat after the highest output, out to the largest input',
      points: pts([1, 1], [2, 3], [5, 2], [8, 1]),
      expected: pts([1, 0], [1, 1], [2, 3], [8, 3]),
    },
    {
      name: 'ties in input keep the higher output',
      points: pts([2, 1], [2, 3], [4, 4]),
      expected: pts([2, 0], [2, 3], [4, 4]),
    },
    {
      // (3, 2) is under the chord (1,1)–(5,5) (y = 3 at x = 3): not a corner of the convex hull.
      name: 'a point under the chord is not a corner',
      points: pts([1, 1], [3, 2], [5, 5]),
      expected: pts([1, 0], [1, 1], [5, 5]),
    },
    {
      name: 'ties in the highest output: the smaller input is the corner',
      points: pts([1, 1], [3, 4], [6, 4]),
      expected: pts([1, 0], [1, 1], [3, 4], [6, 4]),
    },
  ])('$name', ({ points, expected }) => {
    expect(bccFrontier(points)).toEqual(expected);
  });

  it('never lets a unit lie above the frontier (random points)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const points = Array.from({ length: 200 }, () => ({ x: 1 + 99 * random(), y: 1 + 99 * random() }));
    const frontier = bccFrontier(points);
    const at = (x: number) => {
      for (let i = 1; i < frontier.length; i++) {
        const a = frontier[i - 1]!;
        const b = frontier[i]!;
        if (x >= a.x && x <= b.x && b.x > a.x) return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
      }
      return frontier[frontier.length - 1]!.y;
    };
    for (const p of points) expect(p.y).toBeLessThanOrEqual(at(p.x) + 1e-9);
    // The corners are units (except the two constructed ends).
    for (const corner of frontier.slice(1, -1)) expect(points).toContainEqual(corner);
  });
});
