import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
};

/** Own revenue per capita of a unit in 2019, read through the value-store endpoint (not the engine). */
async function ownRevenuePerCapita(code: string): Promise<number> {
  const { body } = await get(`/api/v1/units/${code}/indicators?period=2019`);
  return body.items.find((i: { code: string }) => i.code === 'own_revenue_per_capita').values[0].value;
}

/** percentile_cont by hand: linear interpolation at (n − 1)·p over the sorted values. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

describe('benchmarking on the real data of first start', () => {
  it('shows a gmina against its 15 nearest neighbours, with positions that match a hand computation', async () => {
    const { status, body } = await get('/api/v1/benchmarking/units/1201022?period=2019&peers=nn:1201022:15');
    expect(status).toBe(200);
    expect(body.peers).toEqual({ spec: 'nn:1201022:15', count: 16 });
    const item = body.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'own_revenue_per_capita');
    expect(item.value).toBeCloseTo(await ownRevenuePerCapita('1201022'), 9);
    expect(item.stats.n).toBe(16);
    // 2010–2019 from the extract; 2020 exists only through the previous-year population variables, so no own revenue.
    const trend = Object.fromEntries(item.trend.map((p: { period: string; value: number | null }) => [p.period, p.value]));
    expect(Object.keys(trend)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
    expect(trend['2020']).toBeNull();
    expect(trend['2019']).toBeCloseTo(item.value, 9);
    expect(['improving', 'worsening', 'stable']).toContain(item.direction);

    const neighbours = (await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=15')).body.neighbours as { code: string }[];
    const values = await Promise.all(['1201022', ...neighbours.map((n) => n.code)].map(ownRevenuePerCapita));
    const sorted = [...values].sort((a, b) => a - b);
    expect(item.stats.median).toBeCloseTo(quantile(sorted, 0.5), 9);
    expect(item.stats.q1).toBeCloseTo(quantile(sorted, 0.25), 9);
    expect(item.stats.q3).toBeCloseTo(quantile(sorted, 0.75), 9);
    // Higher is better: rank 1 + the number of peers with a strictly higher value.
    expect(item.position.rank).toBe(1 + values.filter((v) => v > item.value).length);
  });

  it('explains each neighbour: distance² is the sum of the variables\' contributions, and re-weighting changes it', async () => {
    const { body } = await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=5');
    expect(body.neighbours).toHaveLength(5);
    expect(body.neighbours.every((n: { code: string }) => n.code !== '1201022')).toBe(true);
    for (const n of body.neighbours as { distance: number; contributions: { contribution: number; share: number }[] }[]) {
      const sum = n.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(n.distance ** 2).toBeCloseTo(sum, 9);
      expect(n.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    }
    const distances = body.neighbours.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    const reweighted = (await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=5&weights=own_revenue_per_capita:0')).body;
    expect(reweighted.weights.own_revenue_per_capita).toBe(0);
    for (const n of reweighted.neighbours) {
      expect(n.contributions.find((c: { variable: string }) => c.variable === 'own_revenue_per_capita').contribution).toBe(0);
    }
  });

  it('gives an indicator\'s distribution over a peer group, best first', async () => {
    const { status, body } = await get('/api/v1/benchmarking/indicators/own_revenue_per_capita?period=2019&peers=kind:municipality-urban%26voivodeship:12');
    expect(status).toBe(200);
    expect(body.items.every((i: { unit: { kind: string; code: string } }) => i.unit.kind === 'municipality-urban' && i.unit.code.startsWith('12'))).toBe(true);
    expect(body.items[0].position.rank).toBe(1);
    const values = body.items.map((i: { value: number }) => i.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(body.stats.n).toBe(values.length);
  });

  it('answers an empty peer group with n = 0 statistics, flagged as small', async () => {
    const { status, body } = await get('/api/v1/benchmarking/indicators/own_revenue_per_capita?period=2019&peers=kind:county%26voivodeship:12');
    expect(status).toBe(200);
    expect(body.stats).toMatchObject({ n: 0, median: null, smallGroup: true });
    expect(body.stats.missing).toBe(19);
  });

  it.each([
    ['/api/v1/benchmarking/units/1201022?peers=kind:', 400, 'VALIDATION_FAILED'],
    ['/api/v1/benchmarking/units/1201022?peers=size:50-10', 400, 'VALIDATION_FAILED'],
    ['/api/v1/benchmarking/units/1201022?peers=group:999999', 404, 'GROUP_NOT_FOUND'],
    ['/api/v1/benchmarking/units/1201022?period=1990', 404, 'PERIOD_NOT_FOUND'],
    ['/api/v1/benchmarking/units/9999999', 404, 'UNIT_NOT_FOUND'],
    ['/api/v1/benchmarking/indicators/nope', 404, 'INDICATOR_NOT_FOUND'],
    ['/api/v1/benchmarking/neighbours/1201022?weights=own_revenue_per_capita:-1', 400, 'VALIDATION_FAILED'],
  ])('%s → %i %s', async (url, status, code) => {
    const res = await get(url);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });

  it('names the wrong part of a malformed peer spec', async () => {
    const res = await get('/api/v1/benchmarking/units/1201022?peers=kind:municipality-rural%26voivodship:12');
    expect(res.body.error.details[0]).toMatchObject({ path: 'querystring.peers', part: 'voivodship:12' });
  });
});
