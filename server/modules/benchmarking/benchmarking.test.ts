import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { loginAs } from '../../../tests/helpers/factories';
import { pdfText } from '../../../tests/helpers/pdf';

let t: TestApp;
// A member: members compare every approved value; what anonymous callers see (released data only)
// is tested in open-data.test.ts.
let member: Awaited<ReturnType<typeof loginAs>>['client'];
beforeAll(async () => {
  t = await createTestApp();
  member = (await loginAs(t, [{ role: 'unit-member', unitCode: '1201022' }])).client;
});
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await member.get(url);
  return { status: res.statusCode, body: res.json() };
};
const post = async (url: string, payload: unknown) => {
  const res = await member.post(url, payload);
  return { status: res.statusCode, body: res.json() };
};

/** Values of one indicator in 2019 for the given units, read through the value-store endpoint. */
async function indicatorValues(code: string, units: string[]): Promise<number[]> {
  return Promise.all(
    units.map(async (unit) => {
      const { body } = await get(`/api/v1/units/${unit}/indicators?period=2019`);
      return body.items.find((i: { code: string }) => i.code === code).values[0].value as number;
    }),
  );
}

// Eight gminy of Małopolska (urban, rural and mixed), a peer group small enough to check by hand.
const EIGHT = ['1201011', '1201022', '1201032', '1201063', '1202023', '1203033', '1204023', '1205011'];

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
    const trend = Object.fromEntries(
      item.trend.map((p: { period: string; value: number | null }) => [p.period, p.value]),
    );
    expect(Object.keys(trend)).toEqual([
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    expect(trend['2020']).toBeNull();
    expect(trend['2019']).toBeCloseTo(item.value, 9);
    expect(['improving', 'worsening', 'stable']).toContain(item.direction);

    const neighbours = (await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=15')).body.neighbours as {
      code: string;
    }[];
    const values = await Promise.all(['1201022', ...neighbours.map((n) => n.code)].map(ownRevenuePerCapita));
    const sorted = [...values].sort((a, b) => a - b);
    expect(item.stats.median).toBeCloseTo(quantile(sorted, 0.5), 9);
    expect(item.stats.q1).toBeCloseTo(quantile(sorted, 0.25), 9);
    expect(item.stats.q3).toBeCloseTo(quantile(sorted, 0.75), 9);
    // Higher is better: rank 1 + the number of peers with a strictly higher value.
    expect(item.position.rank).toBe(1 + values.filter((v) => v > item.value).length);
  });

  it("explains each neighbour: distance² is the sum of the variables' contributions, and re-weighting changes it", async () => {
    const { body } = await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=5');
    expect(body.neighbours).toHaveLength(5);
    expect(body.neighbours.every((n: { code: string }) => n.code !== '1201022')).toBe(true);
    for (const n of body.neighbours as {
      distance: number;
      contributions: { contribution: number; share: number }[];
    }[]) {
      const sum = n.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(n.distance ** 2).toBeCloseTo(sum, 9);
      expect(n.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    }
    const distances = body.neighbours.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    const reweighted = (
      await get('/api/v1/benchmarking/neighbours/1201022?period=2019&k=5&weights=own_revenue_per_capita:0')
    ).body;
    expect(reweighted.weights.own_revenue_per_capita).toBe(0);
    for (const n of reweighted.neighbours) {
      expect(
        n.contributions.find((c: { variable: string }) => c.variable === 'own_revenue_per_capita').contribution,
      ).toBe(0);
    }
  });

  it("gives an indicator's distribution over a peer group, best first", async () => {
    const { status, body } = await get(
      '/api/v1/benchmarking/indicators/own_revenue_per_capita?period=2019&peers=kind:municipality-urban%26voivodeship:12',
    );
    expect(status).toBe(200);
    expect(
      body.items.every(
        (i: { unit: { kind: string; code: string } }) =>
          i.unit.kind === 'municipality-urban' && i.unit.code.startsWith('12'),
      ),
    ).toBe(true);
    expect(body.items[0].position.rank).toBe(1);
    const values = body.items.map((i: { value: number }) => i.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(body.stats.n).toBe(values.length);
  });

  it('answers an empty peer group with n = 0 statistics, flagged as small', async () => {
    const { status, body } = await get(
      '/api/v1/benchmarking/indicators/own_revenue_per_capita?period=2019&peers=kind:county%26voivodeship:12',
    );
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

describe('DEA and composite indices over catalogue indicators', () => {
  it("CCR with one input and one output equals each unit's output/input ratio over the best ratio", async () => {
    const { status, body } = await post('/api/v1/benchmarking/dea', {
      model: 'ccr',
      orientation: 'input',
      period: '2019',
      peers: `units:${EIGHT.join(',')}`,
      inputs: ['property_tax_per_capita'],
      outputs: ['own_revenue_per_capita'],
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const x = await indicatorValues('property_tax_per_capita', EIGHT);
    const y = await indicatorValues('own_revenue_per_capita', EIGHT);
    const ratios = y.map((v, i) => v / x[i]!);
    const best = Math.max(...ratios);
    expect(body.units).toHaveLength(8);
    for (const unit of body.units as { code: string; score: number; efficient: boolean; peers: { code: string }[] }[]) {
      const i = EIGHT.indexOf(unit.code);
      expect(unit.score).toBeCloseTo(ratios[i]! / best, 9);
      expect(unit.efficient).toBe(ratios[i] === best);
      // The only benchmark of an inefficient unit is the unit with the best ratio.
      if (!unit.efficient) expect(unit.peers.map((p) => p.code)).toEqual([EIGHT[ratios.indexOf(best)]]);
    }
  });

  it('refuses fewer units than inputs + outputs, saying why, and names unknown indicators', async () => {
    const few = await post('/api/v1/benchmarking/dea', {
      model: 'bcc',
      orientation: 'output',
      period: '2019',
      peers: 'units:1261011,1201022',
      inputs: ['total_expenditure_per_capita', 'office_cost_per_capita'],
      outputs: ['own_revenue_per_capita'],
    });
    expect(few.status).toBe(400);
    // A coded error with what the web needs to say it in the user's language (#19 item 4).
    expect(few.body.error.code).toBe('DEA_TOO_FEW_UNITS');
    expect(few.body.error.message).toMatch(/at least inputs \+ outputs = 3 are needed/);
    expect(few.body.error.details[0]).toMatchObject({
      path: '',
      code: 'DEA_TOO_FEW_UNITS',
      params: { units: 0, needed: 3, period: '2019', group: 2 },
    });
    // An indicator without any data in the catalogue's extract is named, with 0 units.
    const empty = await post('/api/v1/benchmarking/dea', {
      model: 'ccr',
      orientation: 'input',
      period: '2019',
      peers: `units:${EIGHT.join(',')}`,
      inputs: ['office_cost_per_capita', 'property_tax_per_capita'],
      outputs: ['own_revenue_per_capita'],
    });
    expect(empty.status, JSON.stringify(empty.body)).toBe(400);
    expect(empty.body.error.code).toBe('DEA_TOO_FEW_UNITS');
    const detail = empty.body.error.details[0];
    expect(detail.params.units).toBe(0);
    expect(detail.params.indicators).toEqual([
      expect.objectContaining({ pl: expect.any(String), en: expect.any(String) }),
    ]);
    expect(detail.indicators).toContainEqual(expect.objectContaining({ code: 'office_cost_per_capita', units: 0 }));
    expect(detail.indicators).toContainEqual(expect.objectContaining({ code: 'property_tax_per_capita', units: 8 }));
    const unknown = await post('/api/v1/benchmarking/dea', {
      model: 'ccr',
      orientation: 'input',
      inputs: ['nope'],
      outputs: ['own_revenue_per_capita'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('INDICATOR_NOT_FOUND');
  });

  it('builds a min-max arithmetic composite that matches a hand computation, with rank intervals', async () => {
    const { status, body } = await post('/api/v1/benchmarking/composite', {
      period: '2019',
      peers: `units:${EIGHT.join(',')}`,
      normalisation: 'min-max',
      aggregation: 'arithmetic',
      indicators: [
        { code: 'own_revenue_per_capita', weight: 2 },
        { code: 'old_age_dependency_ratio', weight: 1 },
      ],
      sensitivity: { draws: 200, seed: 7 },
    });
    expect(status).toBe(200);
    const revenue = await indicatorValues('own_revenue_per_capita', EIGHT);
    const debt = await indicatorValues('old_age_dependency_ratio', EIGHT);
    const up = (v: number, all: number[]) => (v - Math.min(...all)) / (Math.max(...all) - Math.min(...all));
    expect(body.units).toHaveLength(8);
    // The old-age dependency ratio is lower-is-better: its normalised score is flipped. Weights 2:1 → 2/3 and 1/3.
    const expected = EIGHT.map((_, i) => (2 / 3) * up(revenue[i]!, revenue) + (1 / 3) * (1 - up(debt[i]!, debt)));
    for (const unit of body.units as {
      code: string;
      index: number;
      rank: number;
      sensitivity: { rankInterval: [number, number] };
    }[]) {
      const i = EIGHT.indexOf(unit.code);
      expect(unit.index).toBeCloseTo(expected[i]!, 9);
      expect(unit.rank).toBe(1 + expected.filter((e) => e > expected[i]!).length);
      expect(unit.sensitivity.rankInterval[0]).toBeLessThanOrEqual(unit.sensitivity.rankInterval[1]);
    }
    expect(body.units.map((u: { rank: number }) => u.rank)).toEqual(
      [...body.units.map((u: { rank: number }) => u.rank)].sort((a, b) => a - b),
    );
    expect(body.sensitivity).toEqual({ draws: 200, spread: 0.5, seed: 7 });
  });

  it('refuses a neutral indicator in a composite and a malformed peer spec', async () => {
    const neutral = await post('/api/v1/benchmarking/composite', {
      normalisation: 'z-score',
      aggregation: 'arithmetic',
      indicators: [{ code: 'population_total' }, { code: 'own_revenue_per_capita' }],
    });
    expect(neutral.status).toBe(400);
    expect(neutral.body.error.message).toMatch(/population_total: a neutral indicator/);
    const spec = await post('/api/v1/benchmarking/composite', {
      peers: 'size:abc',
      normalisation: 'z-score',
      aggregation: 'arithmetic',
      indicators: [{ code: 'own_revenue_per_capita' }],
    });
    expect(spec.status).toBe(400);
    expect(spec.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('downloads the unit report as a PDF with charts and Polish text, and as XLSX; a bad spec is a 400, not a broken file', async () => {
    const pdf = await t.app.inject({
      method: 'GET',
      url: '/api/v1/benchmarking/units/1201032/report?period=2019&peers=nn:1201032:10',
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('miernik-1201032-2019.pdf');
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('Raport porównawczy: Drwinia (1201032)');
    expect(text).toContain('Pozycja na tle grupy');
    const english = await pdfText(
      (await t.app.inject({ method: 'GET', url: '/api/v1/benchmarking/units/1201032/report?period=2019&lang=en' }))
        .rawPayload,
    );
    expect(english.text).toContain('Benchmark report: Drwinia (1201032)');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/v1/benchmarking/units/1201032/report?period=2019&format=xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Wskaźniki')!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'own_revenue_per_capita')!;
    // Unrounded: the value equals the value store's to the last digit.
    expect(row.getCell(6).value).toBe(await ownRevenuePerCapita('1201032'));
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/benchmarking/units/1201032/report?peers=size:x' });
    expect(bad.statusCode).toBe(400);
  }, 120_000);
});
