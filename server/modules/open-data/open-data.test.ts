import { randomBytes } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';
import { auditLog, dataReleases } from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

const suffix = randomBytes(3).toString('hex');
const VARIABLE = `od_cases_${suffix}`;
const INDICATOR = `od_cases_per_1000_${suffix}`;
const KIND = `od-kind-${suffix}`;

let t: TestApp;
let operator: Awaited<ReturnType<typeof loginAs>>['client'];
let coordinator: Awaited<ReturnType<typeof loginAs>>['client'];
const units: string[] = [];

type ValuesPage = {
  items: {
    unitCode: string;
    indicatorCode: string;
    period: string;
    value: number;
    release: number;
    updatedAt: string;
  }[];
  release: number | null;
  next: string | null;
};

const anonymous = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const values = async (query: string) => {
  const res = await anonymous(`/api/open/v1/values?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ValuesPage;
};

/** Approved values written in one go, as an import would (each write is a revision). */
async function write(byUnit: Record<string, number>, period = '2019') {
  const ids = await t.services.units.findUnitIds(Object.keys(byUnit));
  await t.services.dataImport.writeDerivedValues(SYSTEM_CONTEXT, {
    sourceKind: 'test',
    detail: {},
    audit: { action: 'values.import', entityType: 'import', entityId: suffix },
    write: Object.entries(byUnit).map(([code, value]) => ({
      unitId: ids.get(code)!,
      variableCode: VARIABLE,
      period,
      value,
    })),
    remove: [],
  });
}

async function publishDraft(contents: { indicator: string; periods: string[] }[]) {
  const draft = await operator.post('/api/v1/releases', { title: { pl: 'Wydanie', en: 'Release' }, contents });
  expect(draft.statusCode, draft.body).toBe(201);
  const published = await operator.post(`/api/v1/releases/${draft.json().id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as {
    id: number;
    number: number;
    publishedAt: string;
    changes: { added: { values: number }[]; revised: { values: number; previousRelease: number }[] };
  };
}

beforeAll(async () => {
  t = await createTestApp();
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: VARIABLE,
    names: { pl: 'Sprawy', en: 'Cases' },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code: INDICATOR,
    names: { pl: 'Sprawy na 1000', en: 'Cases per 1000' },
    definition: { pl: 'test', en: 'test' },
    formula: `${VARIABLE} * 2`,
    unit: 'szt.',
    decimals: 1,
    polarity: 'higher-is-better',
    type: 'quality',
    area: 'education',
    unitKinds: [KIND],
    source: { pl: 'Dane testowe', en: 'Test data' },
  });
  for (let i = 0; i < 3; i++) units.push(await createUnit(t, { kind: KIND }));
  units.sort();
  await write({ [units[0]!]: 10, [units[1]!]: 20, [units[2]!]: 30.25 });
  operator = (await loginAs(t, [{ role: 'network-operator' }])).client;
  coordinator = (await loginAs(t, [{ role: 'unit-coordinator', unitCode: units[0]! }])).client;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('release 1: the shipped reference data', () => {
  it('first start publishes the BDL indicator periods, once; values of rounds and tests are not in it', async () => {
    // The test template is made as a first start is (tests/global-setup.ts), so release 1 exists once.
    expect((await t.services.openData.ensureFirstRelease(SYSTEM_CONTEXT)).created).toBe(false);
    expect(await t.db.select().from(dataReleases)).toHaveLength(1);
    const [release] = await t.db.select().from(dataReleases).where(eq(dataReleases.number, 1));
    const population = release!.contents.find((c) => c.indicator === 'population_total');
    expect(population?.periods).toEqual([
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
    ]);
    expect(release!.contents.some((c) => c.indicator === INDICATOR)).toBe(false);
    expect(
      release!.changes!.added.find((a) => a.indicator === 'population_total' && a.period === '2019')!.values,
    ).toBeGreaterThan(2000);

    const indicators = (await anonymous('/api/open/v1/indicators')).json() as {
      items: { code: string; source: string; periods: { period: string; release: number }[] }[];
    };
    const listed = indicators.items.find((i) => i.code === 'population_total')!;
    expect(listed.periods.at(-1)).toEqual({ period: '2019', release: 1 });
    expect(indicators.items.some((i) => i.code === INDICATOR)).toBe(false);
  });

  it('a unit of the register reads the same population as the engine, never rounded', async () => {
    const page = await values('indicator=population_total&unit=1261011&period=2019');
    const dashboard = await t.services.benchmarking.indicatorValues('population_total', '2019');
    const engineValue = dashboard!.values[dashboard!.units.findIndex((u) => u.code === '1261011')]!;
    expect(page.items).toEqual([
      expect.objectContaining({ unitCode: '1261011', indicatorCode: 'population_total', period: '2019', release: 1 }),
    ]);
    expect(page.items[0]!.value).toBe(engineValue);
  });
});

describe('what is public is decided by a release', () => {
  let second: Awaited<ReturnType<typeof publishDraft>>;
  let third: Awaited<ReturnType<typeof publishDraft>>;

  it('approved values of an indicator no release holds are not public', async () => {
    expect((await values(`indicator=${INDICATOR}`)).items).toEqual([]);
    // Nor through benchmarking or the unit's indicator values, while a member sees them at once.
    const compare = await anonymous(`/api/v1/benchmarking/indicators/${INDICATOR}?period=2019`);
    expect(compare.statusCode).toBe(404);
    expect(compare.json().error.code).toBe('INDICATOR_NOT_FOUND');
    expect((await coordinator.get(`/api/v1/benchmarking/indicators/${INDICATOR}?period=2019`)).statusCode).toBe(200);
    const own = await anonymous(`/api/v1/units/${units[0]}/indicators`);
    expect(own.statusCode, own.body).toBe(200);
    const unreleased = own.json().items.find((i: { code: string }) => i.code === INDICATOR).values;
    expect(unreleased.length).toBeGreaterThan(0); // the periods release 1 holds
    expect(unreleased.every((v: { value: unknown; noValue: { reason: string } }) => v.value === null)).toBe(true);
    expect(unreleased[0].noValue.reason).toBe('not-released');
    const asMember = (await coordinator.get(`/api/v1/units/${units[0]}/indicators?period=2019`)).json();
    expect(asMember.items.find((i: { code: string }) => i.code === INDICATOR).values[0].value).toBe(20);
    const catalogue = (await anonymous(`/api/v1/indicators/${INDICATOR}`)).json();
    expect(catalogue.coverage).toEqual({ defaultPeriod: null, periods: [] });
  });

  it('a draft release publishes nothing and answers 404 to the public; only operators draft', async () => {
    const byCoordinator = await coordinator.post('/api/v1/releases', {
      title: { pl: 'x', en: 'x' },
      contents: [{ indicator: INDICATOR, periods: ['2019'] }],
    });
    expect(byCoordinator.statusCode).toBe(403);
    const draft = await operator.post('/api/v1/releases', {
      title: { pl: 'Szkic', en: 'Draft' },
      contents: [{ indicator: INDICATOR, periods: ['2019'] }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', number: null });
    expect((await values(`indicator=${INDICATOR}`)).items).toEqual([]);
    const listed = (await anonymous('/api/open/v1/releases')).json() as { items: { id: number }[] };
    expect(listed.items.some((r) => r.id === draft.json().id)).toBe(false);
    const removed = await operator.delete(`/api/v1/releases/${draft.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect(await t.db.select().from(dataReleases).where(eq(dataReleases.id, draft.json().id))).toEqual([]);
  });

  it('bad contents are refused with the place named, and nothing is written', async () => {
    const before = (await t.db.select().from(dataReleases)).length;
    const res = await operator.post('/api/v1/releases', {
      title: { pl: 'Zły', en: 'Bad' },
      contents: [
        { indicator: 'no_such_indicator', periods: ['2019'] },
        { indicator: INDICATOR, periods: ['2019Q3'] },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ path: 'body.contents.1.periods.0', message: expect.stringContaining('2019Q3') }),
    ]);
    const unknown = await operator.post('/api/v1/releases', {
      title: { pl: 'Zły', en: 'Bad' },
      contents: [{ indicator: 'no_such_indicator', periods: ['2019'] }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.contents.0.indicator');
    expect((await t.db.select().from(dataReleases)).length).toBe(before);
  });

  it('publishing makes the values public with the release number; the changelog counts them', async () => {
    second = await publishDraft([{ indicator: INDICATOR, periods: ['2019'] }]);
    expect(second.number).toBe(2);
    expect(second.changes.added).toEqual([{ indicator: INDICATOR, period: '2019', values: 3 }]);
    const page = await values(`indicator=${INDICATOR}`);
    expect(page.items.map((v) => [v.unitCode, v.value, v.release])).toEqual([
      [units[0], 20, 2],
      [units[1], 40, 2],
      [units[2], 60.5, 2],
    ]);
    expect(page.items.every((v) => v.updatedAt === second.publishedAt)).toBe(true);
    // Anonymous benchmarking now answers over the released column, which equals the open API's.
    const compare = await anonymous(`/api/v1/benchmarking/indicators/${INDICATOR}?period=2019`);
    expect(compare.statusCode, compare.body).toBe(200);
    expect(compare.json().stats).toMatchObject({ n: 3, median: 40 });
    const own = (await anonymous(`/api/v1/units/${units[0]}/indicators?period=2019`)).json();
    expect(own.items.find((i: { code: string }) => i.code === INDICATOR).values[0]).toEqual({
      period: '2019',
      value: 20,
      noValue: null,
    });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'release.publish'));
    expect(audit.map((a) => a.entityId)).toContain(String(second.id));
  });

  it('a correction stays private until a release holds it again; vintage reads the old figure', async () => {
    await write({ [units[1]!]: 21 });
    expect((await values(`indicator=${INDICATOR}&unit=${units[1]}`)).items[0]!.value).toBe(40);
    const distribution = async (client: (url: string) => Promise<{ json: () => unknown }>) =>
      (
        (await client(`/api/v1/benchmarking/indicators/${INDICATOR}?period=2019`)).json() as {
          items: { unit: { code: string }; value: number | null }[];
        }
      ).items.find((u) => u.unit.code === units[1])!.value;
    expect(await distribution(anonymous)).toBe(40);
    expect(await distribution(coordinator.get)).toBe(42);
    third = await publishDraft([{ indicator: INDICATOR, periods: ['2019'] }]);
    expect(third.changes.revised).toEqual([{ indicator: INDICATOR, period: '2019', values: 1, previousRelease: 2 }]);
    const now = await values(`indicator=${INDICATOR}`);
    expect(now.items.map((v) => [v.unitCode, v.value, v.release])).toEqual([
      [units[0], 20, 3],
      [units[1], 42, 3],
      [units[2], 60.5, 3],
    ]);
    expect(await distribution(anonymous)).toBe(42);
    const asOf2 = await values(`indicator=${INDICATOR}&vintage=2`);
    expect(asOf2.release).toBe(2);
    expect(asOf2.items.map((v) => v.value)).toEqual([20, 40, 60.5]);
    // The unchanged values have been public since release 2, the corrected one since release 3.
    expect(now.items.map((v) => v.updatedAt)).toEqual([second.publishedAt, third.publishedAt, second.publishedAt]);
  });

  it("a value's public history gives each release's figure and the revisions in between, never who", async () => {
    const res = await anonymous(`/api/open/v1/values/history?unit=${units[1]}&indicator=${INDICATOR}&period=2019`);
    expect(res.statusCode, res.body).toBe(200);
    const history = res.json();
    expect(
      history.releases.map((r: { release: number; value: number; status: string }) => [r.release, r.value, r.status]),
    ).toEqual([
      [2, 40, 'new'],
      [3, 42, 'revised'],
    ]);
    // Release 2 took in the first import; release 3 the one correction written between the two.
    expect(history.releases[1].revisions).toEqual([
      { variable: VARIABLE, at: expect.any(String), reason: null, sourceKind: 'test' },
    ]);
    const at = Date.parse(history.releases[1].revisions[0].at);
    expect(at).toBeGreaterThan(Date.parse(second.publishedAt));
    expect(at).toBeLessThanOrEqual(Date.parse(third.publishedAt));
    expect(res.body).not.toMatch(/changedBy|userId|email/);
    const unchanged = (
      await anonymous(`/api/open/v1/values/history?unit=${units[0]}&indicator=${INDICATOR}&period=2019`)
    ).json();
    expect(unchanged.releases.map((r: { status: string }) => r.status)).toEqual(['new', 'unchanged']);
    expect(unchanged.releases[1].revisions).toEqual([]);
    // Unreleased period, unknown unit, unreleased indicator: 404 with the code.
    const notFound = async (query: string, code: string) => {
      const r = await anonymous(`/api/open/v1/values/history?${query}`);
      expect(r.statusCode, query).toBe(404);
      expect(r.json().error.code).toBe(code);
    };
    await notFound(`unit=${units[1]}&indicator=${INDICATOR}&period=2018`, 'PERIOD_NOT_FOUND');
    await notFound(`unit=9999999&indicator=${INDICATOR}&period=2019`, 'UNIT_NOT_FOUND');
    await notFound(`unit=${units[1]}&indicator=office_cost_per_capita&period=2019`, 'INDICATOR_NOT_FOUND');
  });

  it('each release downloads as a ZIP of its values, dictionary and README, built once and cacheable', async () => {
    const download = async (n: number, headers: Record<string, string> = {}) =>
      anonymous(`/api/open/v1/releases/${n}/download`, headers);
    const rowOf = (zip: Uint8Array, unit: string) => {
      const files = unzipSync(zip);
      expect(Object.keys(files).sort()).toEqual(['CZYTAJ-README.txt', 'indicators.csv', 'units.csv', 'values.csv']);
      const lines = strFromU8(files['values.csv']!)
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(lines[0]).toBe('unit_code,indicator_code,period,value,status,release,source,updated_at');
      expect(strFromU8(files['indicators.csv']!)).toContain(INDICATOR);
      expect(strFromU8(files['CZYTAJ-README.txt']!)).toContain('Źródło: GUS');
      return lines.find((l) => l.startsWith(`${unit},${INDICATOR},2019,`))!.split(',');
    };
    const r2 = await download(2);
    expect(r2.statusCode, r2.body.slice(0, 200)).toBe(200);
    expect(r2.headers['content-type']).toBe('application/zip');
    // As of release 2 the corrected unit still reads 40; release 3 reads 42, each with its release.
    expect(rowOf(r2.rawPayload, units[1]!).slice(3, 6)).toEqual(['40', 'approved', '2']);
    const r3 = await download(3);
    expect(rowOf(r3.rawPayload, units[1]!).slice(3, 6)).toEqual(['42', 'approved', '3']);
    const again = await download(2);
    expect(Buffer.compare(again.rawPayload, r2.rawPayload)).toBe(0);
    expect((await download(2, { 'if-none-match': String(r2.headers.etag) })).statusCode).toBe(304);
    const missing = await download(99);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('RELEASE_NOT_FOUND');
  }, 120_000);

  it('updatedSince returns exactly the values changed after the instant', async () => {
    const between = new Date((Date.parse(second.publishedAt) + Date.parse(third.publishedAt)) / 2).toISOString();
    const changed = await values(`indicator=${INDICATOR}&updatedSince=${encodeURIComponent(between)}`);
    expect(changed.items.map((v) => [v.unitCode, v.value])).toEqual([[units[1], 42]]);
    const before = new Date(Date.parse(second.publishedAt) - 1).toISOString();
    expect((await values(`indicator=${INDICATOR}&updatedSince=${encodeURIComponent(before)}`)).items).toHaveLength(3);
    expect(
      (await values(`indicator=${INDICATOR}&updatedSince=${encodeURIComponent(third.publishedAt)}`)).items,
    ).toEqual([]);
  });

  it('a published release is citable: it cannot be deleted or published again', async () => {
    expect((await operator.delete(`/api/v1/releases/${second.id}`)).statusCode).toBe(409);
    const again = await operator.post(`/api/v1/releases/${second.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RELEASE_STATE');
    const one = await anonymous('/api/open/v1/releases/2');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ number: 2, status: 'published' });
    expect((await anonymous('/api/open/v1/releases/99')).statusCode).toBe(404);
    const numbered = await t.db.select().from(dataReleases).where(isNotNull(dataReleases.number));
    expect(numbered.map((r) => r.number).sort()).toEqual([1, 2, 3]);
  });
});

describe('the open API: paging, formats, caching, bad input', () => {
  it('pages follow next links without overlap, keeping every filter', async () => {
    const first = await values(`indicator=${INDICATOR}&pageSize=2`);
    expect(first.items.map((v) => v.unitCode)).toEqual([units[0], units[1]]);
    const next = new URL(first.next!);
    expect(next.searchParams.get('indicator')).toBe(INDICATOR);
    expect(next.searchParams.get('page')).toBe('2');
    const second = await values(next.search.slice(1));
    expect(second.items.map((v) => v.unitCode)).toEqual([units[2]]);
    expect(second.next).toBeNull();
  });

  it('CSV carries the same values, with status, release and source', async () => {
    const res = await anonymous(`/api/open/v1/values?indicator=${INDICATOR}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('unit_code,indicator_code,period,value,status,release,source,updated_at');
    expect(lines[2]).toMatch(new RegExp(`^${units[1]},${INDICATOR},2019,42,approved,3,Dane testowe,`));
    expect(lines).toHaveLength(4);
  });

  it('SDMX-CSV and JSON-stat carry the same values', async () => {
    const sdmx = await anonymous(`/api/open/v1/values?indicator=${INDICATOR}&format=sdmx-csv`);
    expect(sdmx.statusCode).toBe(200);
    const lines = sdmx.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,RELEASE,SOURCE');
    expect(lines[2]).toBe(`MIERNIK:VALUES(1.0),${units[1]},${INDICATOR},2019,42,A,3,Dane testowe`);
    const res = await anonymous(`/api/open/v1/values?indicator=${INDICATOR}&format=json-stat`);
    expect(res.statusCode).toBe(200);
    const ds = res.json();
    expect(ds).toMatchObject({
      version: '2.0',
      class: 'dataset',
      id: ['indicator', 'unit', 'period'],
      size: [1, 3, 1],
    });
    // One indicator, one period: the flat index is the unit's position.
    expect(ds.value).toEqual({ 0: 20, 1: 42, 2: 60.5 });
    expect(ds.dimension.unit.category.index).toEqual({ [units[0]!]: 0, [units[1]!]: 1, [units[2]!]: 2 });
    expect(ds.dimension.indicator.category.label[INDICATOR]).toBe('Sprawy na 1000');
  });

  it('an unchanged answer is 304 for its ETag, with a cache lifetime', async () => {
    const url = `/api/open/v1/values?indicator=${INDICATOR}`;
    const first = await anonymous(url);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await anonymous(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await anonymous(`${url}&vintage=2`, { 'if-none-match': etag })).statusCode).toBe(200);
  });

  it('bad input names the parameter; unknown codes and releases answer 404 with the code', async () => {
    const big = await anonymous('/api/open/v1/values?pageSize=5001');
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toContain('querystring.pageSize');
    const date = await anonymous('/api/open/v1/values?updatedSince=yesterday');
    expect(date.statusCode).toBe(400);
    expect(date.json().error.message).toContain('querystring.updatedSince');
    const unit = await anonymous('/api/open/v1/values?unit=9999999');
    expect(unit.statusCode).toBe(404);
    expect(unit.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND', message: expect.stringContaining('9999999') });
    const indicator = await anonymous('/api/open/v1/values?indicator=nope');
    expect(indicator.json().error).toMatchObject({
      code: 'INDICATOR_NOT_FOUND',
      message: expect.stringContaining('nope'),
    });
    const vintage = await anonymous('/api/open/v1/values?vintage=99');
    expect(vintage.statusCode).toBe(404);
    expect(vintage.json().error.code).toBe('RELEASE_NOT_FOUND');
  });

  it('the DCAT-AP catalogue lists one dataset per published release, never a draft', async () => {
    await operator.post('/api/v1/releases', {
      title: { pl: 'Szkic katalogu', en: 'Catalogue draft' },
      contents: [{ indicator: INDICATOR, periods: ['2019'] }],
    });
    const res = await anonymous('/api/open/v1/catalog');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/ld+json');
    const catalog = res.json() as {
      '@type': string;
      'dcat:dataset': { 'dct:identifier': string; 'dct:title': { '@value': string }[] }[];
    };
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual([
      'miernik-release-3',
      'miernik-release-2',
      'miernik-release-1',
    ]);
    expect(JSON.stringify(catalog)).not.toContain('Szkic katalogu');
  });

  it('units of the register page by code, filtered by voivodeship', async () => {
    const page = (await anonymous('/api/open/v1/units?voivodeship=12&kind=municipality-urban&pageSize=5')).json() as {
      items: { code: string; voivodeship: string }[];
      total: number;
      next: string | null;
    };
    expect(page.items).toHaveLength(5);
    expect(page.items.every((u) => u.voivodeship === '12')).toBe(true);
    expect(page.total).toBeGreaterThan(5);
    expect(page.next).toContain('page=2');
  });

  it('operators list drafts; anonymous callers and coordinators may not', async () => {
    expect((await anonymous('/api/v1/releases')).statusCode).toBe(401);
    expect((await coordinator.get('/api/v1/releases')).statusCode).toBe(403);
    expect((await operator.get('/api/v1/releases')).statusCode).toBe(200);
  });
});

describe('rate limit per client address', () => {
  it('answers 429 with Retry-After past the limit, and the open API needs no key', async () => {
    const limited = await createTestApp({ config: { openApiRateLimit: 2 } });
    try {
      const ask = () => limited.app.inject({ method: 'GET', url: '/api/open/v1/releases' });
      expect((await ask()).statusCode).toBe(200);
      expect((await ask()).statusCode).toBe(200);
      const third = await ask();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  }, 120_000);
});
