import { describe, expect, it } from 'vitest';
import {
  type EffectCheck,
  type EffectCheckInput,
  type EffectCheckOptions,
  type PeerSeries,
  type PeriodValue,
  type EffectPolarity,
  checkEffect,
} from './effect-check';

/** Yearly values from `firstYear` on; null = no value that year. */
const years = (firstYear: number, values: (number | null)[]): PeriodValue[] =>
  values.map((value, i) => ({ period: String(firstYear + i), value }));

/**
 * A unit/peer over 2018–2024: baseline 2018–2020 at `level`, the action year 2021 (`during`), then
 * 2022–2024 at `level + change`. Its Δ = mean(2022–2024) − mean(2018–2020) = change.
 */
const stepSeries = (level: number, change: number, during = level): PeriodValue[] =>
  years(2018, [level, level, level, during, level + change, level + change, level + change]);

const peers = (changes: number[], level = 40): PeerSeries[] =>
  changes.map((change, i) => ({ unitId: `peer-${i + 1}`, values: stepSeries(level, change) }));

// Peers flat with small noise: changes −1, −0.5, 0, 0, 0.5, 1.
// Type 7 quartiles: Q1 = −0.5 + 0.25·(0 − (−0.5)) = −0.375, median 0, Q3 = 0 + 0.75·(0.5 − 0) = 0.375, IQR 0.75.
const FLAT_PEERS = peers([-1, 0.5, 0, 1, -0.5, 0]);
// Peers on a common upward trend: changes 4, 4.5, 5, 5, 5.5, 6 → Q1 4.625, median 5, Q3 5.375, IQR 0.75.
const TRENDING_PEERS = peers([5, 4, 6, 4.5, 5.5, 5]);

const input = (
  unit: PeriodValue[],
  peerSeries: PeerSeries[],
  polarity: EffectPolarity = 'higher-is-better',
): EffectCheckInput => ({
  polarity,
  actionStart: '2021',
  actionEnd: '2021',
  unit,
  peers: peerSeries,
});

function check(i: EffectCheckInput, options?: EffectCheckOptions): EffectCheck {
  const result = checkEffect(i, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.check;
}

describe('checkEffect — constructed cases with a known effect', () => {
  it.each<[string, PeriodValue[], PeerSeries[], EffectPolarity, string, number, number]>([
    // Δu = 60 − 50 = +10; DiD = 10 − 0 = 10 > τ = IQR 0.75
    [
      'unit +10, peers flat',
      stepSeries(50, 10, 55),
      FLAT_PEERS,
      'higher-is-better',
      'improved-more-than-peers',
      10,
      10,
    ],
    // the same rise where lower is better: s·DiD = −10 < −0.75
    [
      'unit +10, peers flat, lower is better',
      stepSeries(50, 10, 55),
      FLAT_PEERS,
      'lower-is-better',
      'worse-than-peers',
      10,
      -10,
    ],
    // Δu = +5, peer median +5 → DiD 0: the unit just rode the common trend
    [
      'unit +5 with the common +5 trend',
      stepSeries(50, 5),
      TRENDING_PEERS,
      'higher-is-better',
      'in-line-with-peers',
      0,
      0,
    ],
    // Δu = +5.5 = Q3 + 0.125: above the peers' middle half, but DiD 0.5 < IQR 0.75 — within normal variation
    ['unit slightly above Q3', stepSeries(50, 5.5), TRENDING_PEERS, 'higher-is-better', 'in-line-with-peers', 0.5, 0.5],
    // Δu = −3 against peers at +5: DiD = −8 < −0.75
    [
      'unit −3 while peers improve by +5',
      stepSeries(50, -3),
      TRENDING_PEERS,
      'higher-is-better',
      'worse-than-peers',
      -8,
      -8,
    ],
    // the same fall where lower is better (e.g. waiting time): s·DiD = +8
    [
      'unit −3 while peers rise by +5, lower is better',
      stepSeries(50, -3),
      TRENDING_PEERS,
      'lower-is-better',
      'improved-more-than-peers',
      -8,
      8,
    ],
  ])('%s → %s', (_name, unit, peerSeries, polarity, verdict, did, improvement) => {
    const c = check(input(unit, peerSeries, polarity));
    expect(c.verdict).toBe(verdict);
    expect(c.reasons).toEqual([]);
    expect(c.differenceInDifferences).toBe(did);
    expect(c.improvementBeyondPeers).toBe(improvement);
    expect(c.tolerance).toBe(0.75);
  });

  it('reports the windows, the changes, the peer quartiles, the percentile rank and the rank', () => {
    const c = check(input(stepSeries(50, 10, 55), FLAT_PEERS));
    expect(c.baselinePeriods).toEqual(['2018', '2019', '2020']);
    expect(c.followUpPeriods).toEqual(['2022', '2023', '2024']); // 2021, the action year, is left out
    expect(c.unit).toEqual({ before: 50, after: 60, change: 10 });
    expect(c.peers).toMatchObject({ medianChange: 0, q1: -0.375, q3: 0.375, iqr: 0.75, excluded: [] });
    expect(c.peers.changes.map((p) => p.change)).toEqual([-1, 0.5, 0, 1, -0.5, 0]);
    expect(c.percentileRank).toBe(100); // above all 6 peers
    expect(c.rank).toEqual({ position: 1, of: 7 });
  });

  it('polarity flips the percentile rank and the rank', () => {
    const c = check(input(stepSeries(50, 10, 55), FLAT_PEERS, 'lower-is-better'));
    expect([c.percentileRank, c.rank]).toEqual([0, { position: 7, of: 7 }]);
  });

  it('a change equal to the tolerance is not beyond it', () => {
    // unit 0 → 0.75 = exactly the peers' IQR 0.75 (and exactly representable)
    expect(check(input(stepSeries(0, 0.75), FLAT_PEERS)).verdict).toBe('in-line-with-peers');
    expect(check(input(stepSeries(0, 0.875), FLAT_PEERS)).verdict).toBe('improved-more-than-peers');
  });

  it('minimumEffect guards against calling a tiny move an effect when peers are perfectly still', () => {
    const still = peers([0, 0, 0, 0, 0]); // IQR 0
    expect(check(input(stepSeries(50, 0.5), still)).verdict).toBe('improved-more-than-peers');
    const c = check(input(stepSeries(50, 0.5), still), { minimumEffect: 1 });
    expect([c.verdict, c.tolerance]).toEqual(['in-line-with-peers', 1]);
  });

  it('spreadMultiplier widens "normal variation"', () => {
    // DiD 10, IQR 0.75: still improved at 10 × IQR = 7.5, not at 20 × IQR = 15
    expect(check(input(stepSeries(50, 10), FLAT_PEERS), { spreadMultiplier: 10 }).verdict).toBe(
      'improved-more-than-peers',
    );
    expect(check(input(stepSeries(50, 10), FLAT_PEERS), { spreadMultiplier: 20 }).verdict).toBe('in-line-with-peers');
  });

  it('uses means over the windows, so one noisy year counts a third', () => {
    // unit 2018–2020: 48 50 52 (mean 50); 2022–2024: 70 58 52 (mean 60) → Δu = +10
    const unit = years(2018, [48, 50, 52, 99, 70, 58, 52]);
    const c = check(input(unit, FLAT_PEERS));
    expect([c.unit.before, c.unit.after, c.unit.change, c.verdict]).toEqual([50, 60, 10, 'improved-more-than-peers']);
  });
});

describe('checkEffect — windows', () => {
  it('baseline = last 3 valued periods before the start, follow-up = first 3 after the end (configurable)', () => {
    // 2014–2024; action 2019–2020
    const unit = years(2014, [10, 10, 20, 20, 20, 25, 25, 30, 30, 30, 90]);
    const peerSeries = [1, 2, 3, 4, 5].map((i) => ({
      unitId: `p${i}`,
      values: years(2014, Array<number>(11).fill(i)),
    }));
    const c = check({ ...input(unit, peerSeries), actionStart: '2019', actionEnd: '2020' });
    expect([c.baselinePeriods, c.followUpPeriods, c.unit.change]).toEqual([
      ['2016', '2017', '2018'],
      ['2021', '2022', '2023'],
      10,
    ]);
    const short = check(
      { ...input(unit, peerSeries), actionStart: '2019', actionEnd: '2020' },
      { baselinePeriods: 1, followUpPeriods: 1 },
    );
    expect([short.baselinePeriods, short.followUpPeriods, short.unit.change]).toEqual([['2018'], ['2021'], 10]);
  });

  it('skips periods without a unit value when choosing the windows', () => {
    const unit = years(2016, [30, 40, null, 50, 0, null, 70]); // 2018 and 2021 missing; action 2020
    const c = check({ ...input(unit, peers([0, 0, 0, 0, 0])), actionStart: '2020', actionEnd: '2020' });
    expect([c.baselinePeriods, c.followUpPeriods]).toEqual([['2016', '2017', '2019'], ['2022']]);
    // Δu = 70 − (30 + 40 + 50)/3 = 30. Peers run 2018–2024, so their baseline is 2019 alone: Δp = 40 − 40 = 0.
    expect([c.unit.change, c.peers.changes.map((p) => p.change), c.verdict]).toEqual([
      30,
      [0, 0, 0, 0, 0],
      'improved-more-than-peers',
    ]);
  });

  it('quarterly data with a dated action: quarters overlapping the action are left out', () => {
    const quarters = (values: number[]) =>
      ['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1'].map((period, i) => ({
        period,
        value: values[i]!,
      }));
    // action 15 March – 30 September 2022: 2022-Q1 (ends 31 March) … 2022-Q3 overlap it
    const unit = quarters([10, 10, 12, 14, 16, 20, 20]);
    const peerSeries = [0, 1, 2, 3, 4].map((i) => ({ unitId: `p${i}`, values: quarters([i, i, i, i, i, i, i + 1]) }));
    const c = check({
      polarity: 'higher-is-better',
      actionStart: '2022-03-15',
      actionEnd: '2022-09-30',
      unit,
      peers: peerSeries,
    });
    expect([c.baselinePeriods, c.followUpPeriods, c.unit.change]).toEqual([
      ['2021-Q3', '2021-Q4'],
      ['2022-Q4', '2023-Q1'],
      10,
    ]);
    // each peer: after (i + i + 1)/2 − before i = 0.5 → DiD = 9.5 > IQR 0
    expect([c.peers.medianChange, c.verdict]).toEqual([0.5, 'improved-more-than-peers']);
  });
  it('half-years: 2022-H1 overlaps an action running March–May 2022', () => {
    const halves = (values: number[]) =>
      ['2021-H1', '2021-H2', '2022-H1', '2022-H2', '2023-H1'].map((period, i) => ({ period, value: values[i]! }));
    const c = check({
      polarity: 'lower-is-better',
      actionStart: '2022-03',
      actionEnd: '2022-05',
      unit: halves([30, 28, 25, 20, 18]),
      peers: [1, 2, 3, 4, 5].map((i) => ({ unitId: `p${i}`, values: halves([30, 30, 30, 30 - i, 30 - i]) })),
    });
    // Δu = (20 + 18)/2 − (30 + 28)/2 = 19 − 29 = −10; peers −1 … −5, median −3, IQR (−2) − (−4) = 2; s·DiD = −(−10 + 3) = 7 > 2
    expect([c.baselinePeriods, c.followUpPeriods, c.unit.change, c.peers.medianChange, c.peers.iqr, c.verdict]).toEqual(
      [['2021-H1', '2021-H2'], ['2022-H2', '2023-H1'], -10, -3, 2, 'improved-more-than-peers'],
    );
  });
});

describe('checkEffect — not enough data', () => {
  it.each<[string, EffectCheckInput, string[]]>([
    [
      'no value after the action ended',
      input(years(2018, [50, 50, 50, 55, null, null, null]), FLAT_PEERS),
      ['NO_FOLLOW_UP'],
    ],
    [
      'no value before the action started',
      input(years(2018, [null, null, null, 55, 60, 60, 60]), FLAT_PEERS),
      ['NO_BASELINE'],
    ],
    ['no values at all', input([], FLAT_PEERS), ['NO_BASELINE', 'NO_FOLLOW_UP']],
    ['only 4 peers', input(stepSeries(50, 10), peers([0, 0, 0, 0])), ['TOO_FEW_PEERS']],
    ['no peers', input(stepSeries(50, 10), []), ['TOO_FEW_PEERS']],
  ])('%s', (_name, i, codes) => {
    const c = check(i);
    expect(c.verdict).toBe('not-enough-data');
    expect(c.reasons.map((r) => r.code)).toEqual(codes);
    expect([c.differenceInDifferences, c.improvementBeyondPeers, c.tolerance, c.rank]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('peers without values in a window are left out and listed; too few remain', () => {
    const gappy = [
      ...peers([0, 0, 0, 0]),
      { unitId: 'no-baseline', values: years(2021, [40, 40, 40, 40]) },
      { unitId: 'no-follow-up', values: years(2018, [40, 40, 40, 40]) },
    ];
    const c = check(input(stepSeries(50, 10), gappy));
    expect(c.peers.excluded).toEqual([
      { unitId: 'no-baseline', reason: 'NO_BASELINE_VALUE' },
      { unitId: 'no-follow-up', reason: 'NO_FOLLOW_UP_VALUE' },
    ]);
    expect(c.reasons).toEqual([
      {
        code: 'TOO_FEW_PEERS',
        message: '4 peer(s) have values in both the baseline and follow-up periods; at least 5 are needed',
      },
    ]);
    expect(check(input(stepSeries(50, 10), gappy), { minPeers: 4 }).verdict).toBe('improved-more-than-peers');
  });
});

describe('checkEffect — invalid input', () => {
  it.each<[string, EffectCheckInput, EffectCheckOptions, string[]]>([
    [
      'malformed periods',
      {
        ...input([{ period: '2020/21', value: 1 }], [{ unitId: 'p', values: [{ period: '2020-13', value: 1 }] }]),
        actionStart: '20',
      },
      {},
      ['actionStart', 'unit.values[0].period', 'peers[0].values[0].period'],
    ],
    [
      'action ends before it starts',
      { ...input([], []), actionStart: '2022-06-01', actionEnd: '2022-05-31' },
      {},
      ['actionEnd'],
    ],
    [
      'repeated period and a non-number',
      input(
        [
          { period: '2020', value: 1 },
          { period: '2020', value: 2 },
          { period: '2021', value: Number.POSITIVE_INFINITY },
        ],
        [],
      ),
      {},
      ['unit.values[1].period', 'unit.values[2].value'],
    ],
    ['repeated peer', input([], [...peers([0]), ...peers([1])]), {}, ['peers[1].unitId']],
    [
      'bad options',
      input([], []),
      { baselinePeriods: 0, minPeers: 2.5, minimumEffect: -1 },
      ['options.baselinePeriods', 'options.minPeers', 'options.minimumEffect'],
    ],
  ])('%s', (_name, i, options, paths) => {
    const result = checkEffect(i, options);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(paths);
  });
});
