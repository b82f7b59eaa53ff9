import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ascendingOrder,
  computeGroupStats,
  describePeerGroup,
  directionOfTravel,
  measureTravel,
  positionOf,
  quantileSorted,
  rankGroupInto,
  sortGroup,
  sortGroupByOrder,
  sortPairs,
  type GroupStats,
  type Polarity,
} from './stats';

/** Test-local PRNG (mulberry32), so the data sets are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Data sets: random, heavy-tailed, tie-heavy, constant, tiny, with missing values. */
function dataSets(): { name: string; values: number[] }[] {
  const r = rng(20240601);
  const sets: { name: string; values: number[] }[] = [];
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17])
    sets.push({ name: `uniform n=${n}`, values: Array.from({ length: n }, () => r() * 100) });
  sets.push({ name: 'uniform n=1000', values: Array.from({ length: 1000 }, () => r() * 1000 - 300) });
  sets.push({
    name: 'heavy tail n=500',
    values: Array.from({ length: 500 }, () => Math.exp(r() * 12) * (r() < 0.1 ? -1 : 1)),
  });
  sets.push({
    name: 'ties 0–4 n=200 with NaN',
    values: Array.from({ length: 200 }, () => (r() < 0.1 ? NaN : Math.floor(r() * 5))),
  });
  sets.push({ name: 'ties 2 values n=31', values: Array.from({ length: 31 }, () => (r() < 0.7 ? 1.5 : -2.25)) });
  sets.push({ name: 'ties 0–2 n=4', values: [2, 0, 2, 0] });
  sets.push({ name: 'constant n=10', values: Array.from({ length: 10 }, () => 0.1) });
  sets.push({ name: 'large magnitude', values: Array.from({ length: 50 }, () => 1e9 + Math.floor(r() * 20) / 8) });
  sets.push({ name: 'all missing', values: [NaN, NaN, NaN] });
  sets.push({ name: 'empty', values: [] });
  sets.push({
    name: 'mixed missing n=40',
    values: Array.from({ length: 40 }, () => (r() < 0.3 ? NaN : Math.round(r() * 1e4) / 100)),
  });
  return sets;
}

describe('against PostgreSQL (PGlite): percentile_cont, percent_rank, rank, avg, stddev_samp', () => {
  const sets = dataSets();
  let pg: PGlite;
  type StatsRow = {
    g: number;
    n: number;
    mn: number | null;
    mx: number | null;
    mean: number | null;
    sd: number | null;
    q: (number | null)[] | null;
  };
  type RankRow = { g: number; id: number; pr: number; pr_desc: number; rank_asc: number; rank_desc: number };
  let statsRows: Map<number, StatsRow>;
  let rankRows: RankRow[];

  beforeAll(async () => {
    pg = new PGlite();
    await pg.exec('create table v (g int not null, id int not null, x float8)');
    const g: number[] = [];
    const id: number[] = [];
    const x: (number | null)[] = [];
    sets.forEach((s, gi) =>
      s.values.forEach((v, i) => {
        g.push(gi);
        id.push(i);
        x.push(Number.isNaN(v) ? null : v);
      }),
    );
    await pg.query('insert into v select * from unnest($1::int[], $2::int[], $3::float8[])', [g, id, x]);
    const stats = await pg.query<StatsRow>(`
      select g, count(x)::int as n, min(x) as mn, max(x) as mx, avg(x) as mean, stddev_samp(x) as sd,
             percentile_cont(array[0.25, 0.5, 0.75]::float8[]) within group (order by x) as q
      from v group by g`);
    statsRows = new Map(stats.rows.map((row) => [row.g, row]));
    const ranks = await pg.query<RankRow>(`
      select g, id,
             percent_rank() over (partition by g order by x) as pr,
             percent_rank() over (partition by g order by x desc) as pr_desc,
             rank() over (partition by g order by x)::int as rank_asc,
             rank() over (partition by g order by x desc)::int as rank_desc
      from v where x is not null`);
    rankRows = ranks.rows;
  }, 60_000);

  afterAll(async () => {
    await pg?.close();
  });

  it.each(sets.map((s, gi) => [s.name, gi] as const))('%s: quantiles, min, max, mean and SD agree', (_name, gi) => {
    const values = Float64Array.from(sets[gi]!.values);
    const fromSort = sortGroup(values, null, 'higher-is-better').stats;
    const fromOrder = sortGroupByOrder(
      values,
      ascendingOrder(values),
      null,
      'higher-is-better',
      new Uint8Array(values.length),
    ).stats;
    expect(fromOrder).toEqual(fromSort);
    const row = statsRows.get(gi);
    const n = row?.n ?? 0;
    expect(fromSort.n).toBe(n);
    expect(fromSort.missing).toBe(values.length - n);
    if (n === 0) {
      expect(fromSort).toMatchObject({ min: null, q1: null, median: null, q3: null, max: null, mean: null, sd: null });
      return;
    }
    const q = row!.q!;
    const close = (ours: number | null, theirs: number | null) => {
      expect(ours).not.toBeNull();
      expect(theirs).not.toBeNull();
      expect(Math.abs(ours! - theirs!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs!)));
    };
    close(fromSort.q1, q[0]!);
    close(fromSort.median, q[1]!);
    close(fromSort.q3, q[2]!);
    // Same interpolation formula as PostgreSQL's float8 lerp: the quantiles agree to the last bit.
    expect([fromSort.q1, fromSort.median, fromSort.q3]).toEqual(q);
    expect([fromSort.min, fromSort.max]).toEqual([row!.mn, row!.mx]);
    close(fromSort.mean, row!.mean);
    if (n < 2) expect(fromSort.sd).toBeNull();
    else close(fromSort.sd, row!.sd);
  });

  it('percent_rank and rank agree for every value of every data set, both polarities', () => {
    let compared = 0;
    for (const row of rankRows) {
      const values = sets[row.g]!.values;
      const higher = describePeerGroup(values, 'higher-is-better').positions[row.id]!;
      const lower = describePeerGroup(values, 'lower-is-better').positions[row.id]!;
      expect(Math.abs(higher.percentRank - row.pr)).toBeLessThanOrEqual(1e-9);
      expect(higher.percentRank).toBe(row.pr);
      expect(higher.ascendingRank).toBe(row.rank_asc);
      expect(higher.rank).toBe(row.rank_desc);
      expect(lower.rank).toBe(row.rank_asc);
      // "better than" = percent_rank over the worst-first order.
      expect(higher.betterThan).toBe(row.pr);
      expect(lower.betterThan).toBe(row.pr_desc);
      compared++;
    }
    expect(compared).toBe(sets.reduce((a, s) => a + s.values.filter((v) => !Number.isNaN(v)).length, 0));
  });
});

describe('quantileSorted (type 7 by hand)', () => {
  it.each([
    // h = (n − 1)·p; x⌊h⌋ + (x⌈h⌉ − x⌊h⌋)·frac(h)
    [[1, 2, 3, 4], 0.25, 1.75], // h = 0.75 → 1 + 1·0.75
    [[1, 2, 3, 4], 0.5, 2.5], // h = 1.5
    [[1, 2, 3, 4], 0.75, 3.25], // h = 2.25
    [[10], 0.25, 10],
    [[10, 20], 0.25, 12.5], // h = 0.25
    [[1, 3, 3, 10, 20], 0.75, 10], // h = 3 exactly
    [[1, 3, 3, 10, 20], 0, 1],
    [[1, 3, 3, 10, 20], 1, 20],
  ])('%j at p = %f → %f', (sorted, p, expected) => {
    expect(quantileSorted(sorted, p)).toBe(expected);
  });

  it.each([
    [[], 0.5],
    [[1, 2], -0.1],
    [[1, 2], 1.5],
    [[1, 2], NaN],
  ])('%j at p = %f → null', (sorted, p) => {
    expect(quantileSorted(sorted, p)).toBeNull();
  });
});

describe('group statistics by hand', () => {
  it('mean and sample SD of 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // mean 40/8 = 5; Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32; sample variance 32/7.
    const s = computeGroupStats([2, 4, 4, 4, 5, 5, 7, 9], null, 'lower-is-better');
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(s).toMatchObject({
      n: 8,
      missing: 0,
      min: 2,
      q1: 4,
      median: 4.5,
      q3: 5.5,
      max: 9,
      best: 2,
      smallGroup: false,
    });
  });

  it.each<[string, number[], Int32Array | null, Partial<GroupStats>]>([
    ['empty group', [], null, { n: 0, missing: 0, median: null, mean: null, sd: null, best: null, smallGroup: true }],
    ['all missing', [NaN, Infinity], null, { n: 0, missing: 2, min: null, smallGroup: true }],
    ['one value', [7], null, { n: 1, min: 7, q1: 7, median: 7, max: 7, mean: 7, sd: null, best: 7, smallGroup: true }],
    [
      'constant: SD exactly 0, mean exactly the value',
      [0.1, 0.1, 0.1, 0.1, 0.1],
      null,
      { n: 5, mean: 0.1, sd: 0, smallGroup: false },
    ],
    ['four values are a small group', [1, 2, 3, 4], null, { n: 4, smallGroup: true }],
    [
      'members pick indexes; -Infinity counts as missing',
      [100, 1, -Infinity, 3, NaN, 5],
      Int32Array.from([1, 2, 3, 4, 5]),
      { n: 3, missing: 2, min: 1, median: 3, max: 5, mean: 3 },
    ],
  ])('%s', (_name, values, members, expected) => {
    expect(computeGroupStats(values, members, 'higher-is-better')).toMatchObject(expected);
    expect(sortGroup(values, members, 'higher-is-better').stats).toMatchObject(expected);
  });

  it('best follows polarity; neutral has none', () => {
    expect(computeGroupStats([3, 1, 2], null, 'higher-is-better').best).toBe(3);
    expect(computeGroupStats([3, 1, 2], null, 'lower-is-better').best).toBe(1);
    expect(computeGroupStats([3, 1, 2], null, 'neutral').best).toBeNull();
  });

  it('uses the scratch buffer without allocating a new one', () => {
    const scratch = new Float64Array(10);
    const { sorted } = sortGroup([3, 1, 2], null, 'neutral', scratch);
    expect(sorted.buffer).toBe(scratch.buffer);
    expect(Array.from(sorted)).toEqual([1, 2, 3]);
  });
});

describe('positions by hand', () => {
  // Values 10, 20, 20, 30, 40 (n = 5): Q1 = 20, median = 20, Q3 = 30, mean = 24,
  // SD = √((196+16+16+36+256)/4) = √130.
  const values = [10, 20, 20, 30, 40];
  const sd = Math.sqrt(130);
  it.each<[Polarity, number, object]>([
    [
      'higher-is-better',
      20,
      { rank: 3, ascendingRank: 2, percentRank: 1 / 4, betterThan: 1 / 4, quartile: 2, gapToMedian: 0, gapToBest: -20 },
    ],
    [
      'higher-is-better',
      40,
      { rank: 1, ascendingRank: 5, percentRank: 1, betterThan: 1, quartile: 1, gapToMedian: 20, gapToBest: 0 },
    ],
    [
      'higher-is-better',
      10,
      { rank: 5, ascendingRank: 1, percentRank: 0, betterThan: 0, quartile: 4, gapToMedian: -10, gapToBest: -30 },
    ],
    [
      'lower-is-better',
      20,
      { rank: 2, ascendingRank: 2, percentRank: 1 / 4, betterThan: 2 / 4, quartile: 1, gapToMedian: 0, gapToBest: -10 },
    ],
    [
      'lower-is-better',
      30,
      {
        rank: 4,
        ascendingRank: 4,
        percentRank: 3 / 4,
        betterThan: 1 / 4,
        quartile: 3,
        gapToMedian: -10,
        gapToBest: -20,
      },
    ],
    [
      'lower-is-better',
      40,
      { rank: 5, ascendingRank: 5, percentRank: 1, betterThan: 0, quartile: 4, gapToMedian: -20, gapToBest: -30 },
    ],
    [
      'neutral',
      30,
      {
        rank: null,
        ascendingRank: 4,
        percentRank: 3 / 4,
        betterThan: null,
        quartile: null,
        gapToMedian: 10,
        gapToBest: null,
      },
    ],
  ])('%s, value %d', (polarity, value, expected) => {
    const { stats, sorted } = sortGroup(values, null, polarity);
    const pos = positionOf(value, sorted, stats, polarity)!;
    expect(pos).toMatchObject({ value, n: 5, smallGroup: false, ...expected });
    const s = polarity === 'lower-is-better' ? -1 : 1;
    expect(pos.zScore).toBeCloseTo((s * (value - 24)) / sd, 14);
  });

  it('one member: percent rank 0, rank 1, no z-score (n < 2)', () => {
    const { positions } = describePeerGroup([NaN, 5], 'higher-is-better');
    expect(positions[0]).toBeNull();
    expect(positions[1]).toMatchObject({
      rank: 1,
      percentRank: 0,
      betterThan: 0,
      quartile: 1,
      zScore: null,
      smallGroup: true,
    });
  });

  it('SD 0: no z-score; all tied share rank 1 and the best quartile', () => {
    const { positions } = describePeerGroup([4, 4, 4, 4, 4, 4], 'lower-is-better');
    for (const p of positions)
      expect(p).toMatchObject({ rank: 1, percentRank: 0, zScore: null, quartile: 1, gapToBest: 0 });
  });

  it('an empty group has no positions', () => {
    const stats = computeGroupStats([], null, 'higher-is-better');
    expect(positionOf(1, new Float64Array(0), stats, 'higher-is-better')).toBeNull();
  });

  it('the statistics do not depend on the order the members are listed in', () => {
    const r = rng(99);
    const values = Float64Array.from({ length: 500 }, () => r() * 1e6 - 3e5);
    const forward = Int32Array.from({ length: 500 }, (_, i) => i);
    const backward = forward.slice().reverse();
    expect(computeGroupStats(values, backward, 'neutral')).toEqual(computeGroupStats(values, forward, 'neutral'));
  });
});

describe('ascendingOrder', () => {
  it('lists present values ascending, ties by index, missing left out', () => {
    expect(Array.from(ascendingOrder(Float64Array.from([3, NaN, 1, 3, -Infinity, 0, 1])))).toEqual([5, 2, 6, 0, 3]);
    expect(ascendingOrder(new Float64Array(0)).length).toBe(0);
  });
});

describe('the fast paths agree with each other', () => {
  it.each<Polarity>(['higher-is-better', 'lower-is-better', 'neutral'])(
    'rankGroupInto = positionOf; order walk = sort (%s)',
    (polarity) => {
      const r = rng(7);
      for (let round = 0; round < 40; round++) {
        const size = 1 + Math.floor(r() * 300);
        const ties = round % 2 === 0;
        const values = Float64Array.from({ length: size }, () =>
          r() < 0.05 ? NaN : ties ? Math.floor(r() * 6) - 2 : r() * 50 - 10,
        );
        const members = Int32Array.from(Array.from({ length: size }, (_, i) => i).filter(() => r() < 0.7));
        const group = sortGroup(values, members, polarity, new Float64Array(size));
        const mask = new Uint8Array(size);
        const walked = sortGroupByOrder(values, ascendingOrder(values), members, polarity, mask);
        expect(walked).toEqual(group);
        expect(mask.every((b) => b === 0)).toBe(true);
        const out = {
          rank: new Int32Array(size).fill(-1),
          ascendingRank: new Int32Array(size),
          percentRank: new Float64Array(size),
          betterThan: new Float64Array(size),
          quartile: new Uint8Array(size),
          zScore: new Float64Array(size),
        };
        const ranked = rankGroupInto(values, members, polarity, out, {
          values: new Float64Array(size),
          indexes: new Int32Array(size),
        });
        expect(ranked).toEqual(group);
        for (let i = 0; i < size; i++) {
          const isMember = members.includes(i);
          if (!isMember) {
            expect(out.rank[i]).toBe(-1);
            continue;
          }
          const pos = positionOf(values[i]!, group.sorted, group.stats, polarity);
          if (pos === null) {
            expect([out.rank[i], out.ascendingRank[i], out.quartile[i]]).toEqual([0, 0, 0]);
            expect([out.percentRank[i], out.betterThan[i], out.zScore[i]]).toEqual([NaN, NaN, NaN]);
            continue;
          }
          expect(out.rank[i]).toBe(pos.rank ?? 0);
          expect(out.ascendingRank[i]).toBe(pos.ascendingRank);
          expect(out.percentRank[i]).toBe(pos.percentRank);
          expect(out.betterThan[i]).toBe(pos.betterThan ?? NaN);
          expect(out.quartile[i]).toBe(pos.quartile ?? 0);
          if (pos.zScore === null) expect(out.zScore[i]).toBeNaN();
          else expect(out.zScore[i]).toBe(pos.zScore);
        }
      }
    },
  );
});

describe('sortPairs', () => {
  const r = rng(11);
  const patterns: [string, (n: number) => number[]][] = [
    ['random', (n) => Array.from({ length: n }, () => r())],
    ['ascending', (n) => Array.from({ length: n }, (_, i) => i)],
    ['descending', (n) => Array.from({ length: n }, (_, i) => n - i)],
    ['all equal', (n) => Array.from({ length: n }, () => 3)],
    ['two values', (n) => Array.from({ length: n }, (_, i) => i % 2)],
    ['organ pipe', (n) => Array.from({ length: n }, (_, i) => Math.min(i, n - i))],
    ['sawtooth', (n) => Array.from({ length: n }, (_, i) => i % 17)],
  ];
  // depthLimit 0 runs heapsort from the start; the default is introsort.
  it.each(
    patterns.flatMap(([name, make]) =>
      [0, 1, 2, 15, 16, 17, 1000].flatMap(
        (n) =>
          [
            [name, make, n, undefined],
            [name, make, n, 0],
          ] as const,
      ),
    ),
  )('%s, n = %i, depthLimit %s: keys ascending and indexes moved with them', (_name, make, n, depthLimit) => {
    const original = Float64Array.from(make(n));
    const keys = original.slice();
    const indexes = Int32Array.from({ length: n }, (_, i) => i);
    sortPairs(keys, indexes, 0, n - 1, depthLimit);
    expect(Array.from(keys)).toEqual(Array.from(original).sort((a, b) => a - b));
    for (let i = 0; i < n; i++) expect(keys[i]).toBe(original[indexes[i]!]);
    expect(new Set(indexes).size).toBe(n);
  });

  it('sorts only the given range', () => {
    const keys = Float64Array.from([9, 5, 4, 3, 0]);
    const indexes = Int32Array.from([0, 1, 2, 3, 4]);
    sortPairs(keys, indexes, 1, 3);
    expect(Array.from(keys)).toEqual([9, 3, 4, 5, 0]);
    expect(Array.from(indexes)).toEqual([0, 3, 2, 1, 4]);
  });
});

describe('directionOfTravel', () => {
  const series = (...values: (number | null)[]) => values.map((value, i) => ({ period: 2018 + i, value }));
  it.each<[string, { period: number; value: number | null }[], Polarity, object, string]>([
    // Window 3 → 2020–2022: 100, 102, 104; slope 2, level 102 → 1.96 %/yr.
    ['rising cost is worsening', series(100, 102, 104), 'lower-is-better', {}, 'worsening'],
    ['rising score is improving', series(100, 102, 104), 'higher-is-better', {}, 'improving'],
    ['neutral gets rising / falling', series(104, 102, 100), 'neutral', {}, 'falling'],
    // 100, 100.5, 101: slope 0.5, level 100.5 → 0.4975 % < 1 %.
    ['below 1 % of the level per period is stable', series(100, 100.5, 101), 'higher-is-better', {}, 'stable'],
    ['tolerance is configurable', series(100, 100.5, 101), 'higher-is-better', { tolerance: 0.004 }, 'improving'],
    // Only the last 3 periods count: 50 in 2018 is outside the window (2020–2022 flat).
    ['only the window counts', series(50, 80, 100, 100, 100), 'higher-is-better', {}, 'stable'],
    // Window 2 = latest against previous: 100 → 99: slope −1, level 99.5 → −1.005 %.
    ['window 2 is latest vs previous', series(10, 100, 99), 'higher-is-better', { window: 2 }, 'worsening'],
    // Missing years are skipped; 2020 missing leaves 2021, 2022 in the window.
    ['gaps are skipped', series(1, 2, null, 10, 20), 'higher-is-better', {}, 'improving'],
    ['one observation is insufficient', series(null, null, 5), 'higher-is-better', {}, 'insufficient-data'],
    ['no observations are insufficient', [], 'higher-is-better', {}, 'insufficient-data'],
    [
      'one period in the window (the rest is old) is insufficient',
      [
        { period: 2010, value: 1 },
        { period: 2022, value: 2 },
      ],
      'higher-is-better',
      {},
      'insufficient-data',
    ],
    // Around zero the relative rule is useless; the absolute one takes over.
    ['level 0 with a slope is not stable', series(-1, 0, 1), 'higher-is-better', {}, 'improving'],
    ['absolute tolerance', series(-0.1, 0, 0.1), 'higher-is-better', { absoluteTolerance: 0.5 }, 'stable'],
  ])('%s', (_name, data, polarity, options, expected) => {
    expect(directionOfTravel(data, polarity, options)).toBe(expected);
  });

  it('reports the slope and the level behind the direction', () => {
    // t̄ = 2021, ȳ = 102, Σ(t − t̄)(y − ȳ) = (−1)(−2) + 0 + (1)(2) = 4, Σ(t − t̄)² = 2 → b = 2.
    expect(measureTravel(series(7, 100, 102, 104), 'lower-is-better')).toEqual({
      direction: 'worsening',
      slope: 2,
      level: 102,
      relativeSlope: 2 / 102,
      observations: 3,
      firstPeriod: 2019,
      lastPeriod: 2021,
    });
  });
});
