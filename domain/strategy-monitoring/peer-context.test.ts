import { describe, expect, it } from 'vitest';
import { peerContext } from './peer-context';

const series = (pairs: [string, number | null][]) => pairs.map(([period, value]) => ({ period, value }));

describe('peerContext', () => {
  const peers = [
    {
      unitId: 'a',
      values: series([
        ['2018', 10],
        ['2019', 12],
      ]),
    },
    {
      unitId: 'b',
      values: series([
        ['2018', 20],
        ['2019', 22],
      ]),
    },
    {
      unitId: 'c',
      values: series([
        ['2018', 30],
        ['2019', null],
      ]),
    },
    {
      unitId: 'd',
      values: series([
        ['2018', 40],
        ['2019', 44],
      ]),
    },
  ];

  it('position, median, peers at the target and the median trend (hand-computed)', () => {
    const c = peerContext({
      polarity: 'higher-is-better',
      baseline: { period: '2015', value: 15 },
      target: { period: '2025', value: 20 },
      unit: series([['2019', 18]]),
      peers,
    });
    // 2019 values: 12, 22, 44 (c has none) → n 3, median 22; better than 18: 22, 44 → rank 3;
    // at or above the target 20: 22 and 44 → 2.
    expect(c).toMatchObject({ period: '2019', n: 3, unitValue: 18, peerMedian: 22, rank: 3, reachedTarget: 2 });
    // medians: 2018 of 10,20,30,40 = 25; 2019 = 22 → trend (22 − 25)/1 = −3
    expect(c.medianSeries).toEqual([
      { period: '2018', median: 25, n: 4 },
      { period: '2019', median: 22, n: 3 },
    ]);
    expect(c.medianTrend).toBe(-3);
  });

  it('lower is better: rank counts smaller values, the target is reached from above', () => {
    const c = peerContext({
      polarity: 'lower-is-better',
      baseline: { period: '2015', value: 30 },
      target: { period: '2025', value: 20 },
      unit: series([['2019', 18]]),
      peers,
    });
    expect(c.rank).toBe(2); // only 12 is lower than 18
    expect(c.reachedTarget).toBe(1); // only 12 ≤ 20
  });

  it('neutral indicators have no rank; no peers → empty context', () => {
    expect(
      peerContext({
        polarity: 'neutral',
        baseline: { period: '2015', value: 1 },
        target: { period: '2025', value: 2 },
        unit: series([['2019', 18]]),
        peers,
      }).rank,
    ).toBeNull();
    expect(
      peerContext({
        polarity: 'higher-is-better',
        baseline: { period: '2015', value: 1 },
        target: { period: '2025', value: 2 },
        unit: [],
        peers: [],
      }),
    ).toMatchObject({ period: null, n: 0, rank: null, medianTrend: null });
  });
});
