/**
 * `miernik sync bdl` / the administrators' button against a fake BDL (injected fetch answering in
 * BDL's documented JSON shapes; metadata fixtures in server/integrations/bdl/fixtures, data cells
 * read by hand from the shipped BDL exports): mapping through BDL's metadata, refusal of a
 * mismatched unit of measure or level, all or nothing per variable, a BDL error that names the
 * variable and keeps what was committed, resume after the interruption, quota back-off on 429,
 * and the API with its authorization.
 */
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { loginAs } from '../../../tests/helpers/factories';
import { auditLog, dataValues, units, valueSources, variables } from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';
import { AppError } from '../../http/errors';
import { createBdlClient, type BdlFetch } from '../../integrations/bdl/bdl-client';
import { referenceFiles } from '../../services';
import { createBdlSyncService } from './bdl-sync.service';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../integrations/bdl/fixtures/${name}`, import.meta.url), 'utf8')) as {
    results: Record<string, unknown>[];
  };

const MALOPOLSKIE = '011200000000';
const POWIAT_BOCHENSKI = '011212001000';
const POWIAT_KRAKOW = '011212161000';
const BOCHNIA = '011212001011';
const KRAKOW = '011212161011';
/**
 * Cells read by hand from data/bdl/RYNE_1944_CTAB_20250616184618.csv (columns 2022, 2023, 2024)
 * and LUDN_2425_CTAB_20250611231708.csv (2024), per fixture variable id, level and BDL unit id.
 */
const CELLS: Record<number, Record<number, Record<string, Record<number, number>>>> = {
  990101: {
    2: { [MALOPOLSKIE]: { 2022: 64379, 2023: 60947, 2024: 60654 } },
    5: {
      [POWIAT_BOCHENSKI]: { 2022: 1130, 2023: 867, 2024: 897 },
      [POWIAT_KRAKOW]: { 2022: 12112, 2023: 9963, 2024: 10657 },
    },
    6: { [BOCHNIA]: { 2022: 387, 2023: 297, 2024: 321 }, [KRAKOW]: { 2022: 12112, 2023: 9963, 2024: 10657 } },
  },
  990201: {
    2: { [MALOPOLSKIE]: { 2024: 225.8 } },
    5: { [POWIAT_KRAKOW]: { 2024: 2475.7 } },
    6: { [KRAKOW]: { 2024: 2475.7 } },
  },
  990202: {
    2: { [MALOPOLSKIE]: { 2024: -0.2 } },
    5: { [POWIAT_KRAKOW]: { 2024: 3.7 } },
    6: { [KRAKOW]: { 2024: 3.7 } },
  },
  990203: { 2: { [MALOPOLSKIE]: { 2024: 3429.08 } }, 6: { [KRAKOW]: { 2024: 809.17 } } },
};
const NAMES: Record<string, string> = {
  [MALOPOLSKIE]: 'MAŁOPOLSKIE',
  [POWIAT_BOCHENSKI]: 'Powiat bocheński',
  [POWIAT_KRAKOW]: 'Powiat m. Kraków',
  [BOCHNIA]: 'Bochnia',
  [KRAKOW]: 'Kraków',
};

/** How the fake BDL behaves; tests change it. */
const fake = {
  /** `${variableId}|${level}` answered with HTTP 500. */
  failing: null as string | null,
  /** Replaces fields of a metadata variable by id. */
  patchMeta: {} as Record<number, Record<string, unknown>>,
  /** Answer the next data request with 429 and this Retry-After (seconds). */
  rateLimitOnce: null as number | null,
  requests: [] as { url: URL; headers: Record<string, string> }[],
  /** While set, every request waits for it (keeps a background run running for the 409 check). */
  gate: null as Promise<void> | null,
};

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const bdlFetch: BdlFetch = async (raw, init) => {
  const url = new URL(raw);
  fake.requests.push({ url, headers: init.headers });
  if (fake.gate) await fake.gate;
  if (url.pathname === '/api/v1/variables') {
    const subject = url.searchParams.get('subject-id')!;
    const list = fixture(`variables-subject-${subject}.json`);
    list.results = list.results.map((v) => ({ ...v, ...(fake.patchMeta[v.id as number] ?? {}) }));
    return json(list);
  }
  const data = /^\/api\/v1\/data\/by-variable\/(\d+)$/.exec(url.pathname);
  if (data) {
    if (fake.rateLimitOnce !== null) {
      const wait = fake.rateLimitOnce;
      fake.rateLimitOnce = null;
      return json({ errorResult: 'Limit exceeded', errorReason: 'too many requests' }, 429, {
        'retry-after': String(wait),
      });
    }
    const id = Number(data[1]);
    const level = Number(url.searchParams.get('unit-level'));
    if (fake.failing === `${id}|${level}`) return json({ errorResult: 'Internal error' }, 500);
    const years = url.searchParams.getAll('year').map(Number);
    const byUnit = CELLS[id]?.[level] ?? {};
    const results = Object.entries(byUnit).map(([unit, values]) => ({
      id: unit,
      name: NAMES[unit]!,
      values: years.map((y) => ({ year: String(y), val: values[y] ?? null, attrId: values[y] === undefined ? 2 : 1 })),
    }));
    return json({
      totalRecords: results.length,
      page: 0,
      pageSize: 100,
      links: {},
      variableId: id,
      measureUnitId: [
        ...fixture('variables-subject-P1944.json').results,
        ...fixture('variables-subject-P2425.json').results,
      ].find((v) => v.id === id)?.measureUnitId,
      aggregateId: 1,
      lastUpdate: '2025-06-10T09:00:00',
      results,
    });
  }
  return json({ errorResult: 'not found' }, 404);
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bdlFetch });
}, 300_000);
afterAll(() => t.close());

async function stored(unitCode: string, variableCode: string, period: string) {
  const rows = await t.db
    .select({ value: dataValues.value, sourceId: dataValues.sourceId })
    .from(dataValues)
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .innerJoin(variables, eq(variables.id, dataValues.variableId))
    .where(and(eq(units.code, unitCode), eq(variables.code, variableCode), eq(dataValues.period, period)));
  return rows[0];
}
const dataRequests = () =>
  fake.requests.filter((r) => r.url.pathname.startsWith('/api/v1/data/')).map((r) => r.url.pathname.split('/').at(-1)!);

describe('BDL sync', () => {
  it('lists the mapped catalogue variables with their service areas, for administrators only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/bdl-sync' })).statusCode).toBe(401);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: '1261011' }]);
    expect((await coordinator.get('/api/v1/admin/bdl-sync')).statusCode).toBe(403);
    expect((await coordinator.post('/api/v1/admin/bdl-sync', {})).json().error.code).toBe('FORBIDDEN');
    const { client: admin } = await loginAs(t, [{ role: 'admin' }]);
    const res = await admin.get('/api/v1/admin/bdl-sync');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.state).toBeNull();
    expect(body.running).toBe(false);
    const unemployed = body.mapped.find((m: { code: string }) => m.code === 'registered_unemployed');
    expect(unemployed).toMatchObject({
      subjectId: 'P1944',
      labels: ['ogółem'],
      measure: 'osoba',
      levels: [2, 5, 6],
      areas: ['social-assistance'],
      verified: null,
    });
    expect(body.mapped).toHaveLength(8);
  });

  it('a BDL error stops the run naming the variable; variables committed before stay, the failing one writes nothing', async () => {
    fake.failing = '990202|6'; // population_change_per_1000, after its levels 2 and 5 were read
    fake.requests = [];
    const run = t.services.bdlSync.run(SYSTEM_CONTEXT, { years: [2023, 2024] });
    const error = (await run.catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('population_change_per_1000 (BDL 990202)');
    expect(error.message).toContain('2 variable(s) committed before are kept');
    // Committed: registered unemployed at every level (hand-read cells) and density.
    expect((await stored('1261011', 'registered_unemployed', '2024'))?.value).toBe(10657);
    expect((await stored('1261011', 'registered_unemployed', '2023'))?.value).toBe(9963);
    expect((await stored('1201011', 'registered_unemployed', '2024'))?.value).toBe(321);
    expect((await stored('1201', 'registered_unemployed', '2023'))?.value).toBe(867);
    expect((await stored('12', 'registered_unemployed', '2024'))?.value).toBe(60654);
    expect((await stored('1261011', 'population_per_km2', '2024'))?.value).toBe(2475.7);
    // All or nothing: its voivodeship and county levels were read but not one value is stored.
    expect(await stored('12', 'population_change_per_1000', '2024')).toBeUndefined();
    expect(await stored('1261', 'population_change_per_1000', '2024')).toBeUndefined();
    const status = await t.services.bdlSync.status(SYSTEM_CONTEXT);
    expect(status.state!.status).toBe('failed');
    expect(status.state!.error).toMatchObject({ variable: 'population_change_per_1000', code: 'BDL_UNAVAILABLE' });
    expect(status.state!.variables.slice(0, 3).map((v) => v.state)).toEqual(['done', 'done', 'failed']);
    // Provenance: BDL id, subject, lastUpdate and the run on the source row.
    const source = await t.db
      .select({ kind: valueSources.kind, detail: valueSources.detail })
      .from(valueSources)
      .where(eq(valueSources.id, (await stored('1261011', 'registered_unemployed', '2024'))!.sourceId));
    expect(source[0]).toMatchObject({
      kind: 'bdl',
      detail: { variableId: 990101, subjectId: 'P1944', lastUpdate: '2025-06-10T09:00:00', runId: status.state!.id },
    });
  });

  it('the next run with the same years resumes after the committed variables and finishes', async () => {
    fake.failing = null;
    fake.requests = [];
    const final = await t.services.bdlSync.run(SYSTEM_CONTEXT, { years: [2023, 2024] });
    expect(final.status).toBe('done');
    expect(final.resumed).toBe(1);
    // Nothing of the two committed variables was asked again.
    expect(dataRequests()).not.toContain('990101');
    expect(dataRequests()).not.toContain('990201');
    expect(dataRequests()).toContain('990202');
    expect((await stored('1261011', 'population_change_per_1000', '2024'))?.value).toBe(3.7);
    expect((await stored('12', 'population_change_per_1000', '2024'))?.value).toBe(-0.2);
    expect((await stored('1261011', 'population_thousands', '2024'))?.value).toBe(809.17);
    expect(final.variables.every((v) => v.state === 'done')).toBe(true);
    // The catalogue now knows each variable's verified BDL id and levels.
    const [row] = await t.db
      .select({ bdl: variables.bdl })
      .from(variables)
      .where(eq(variables.code, 'registered_unemployed'));
    expect(row!.bdl).toMatchObject({
      file: 'RYNE_1944_CTAB_20250616184618.csv',
      api: { variableId: 990101, subjectId: 'P1944', levels: [2, 5, 6], measure: 'osoba' },
    });
    const audits = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, 'values.sync-bdl'));
    expect(audits[0]!.n).toBe(8);
  });

  it('refuses a variable whose unit of measure or level does not match, loading nothing for it', async () => {
    fake.patchMeta = { 990101: { measureUnitName: 'tys. osób' }, 990206: { level: 5 } };
    fake.requests = [];
    const final = await t.services.bdlSync.run(SYSTEM_CONTEXT, { years: [2022] });
    fake.patchMeta = {};
    const byCode = new Map(final.variables.map((v) => [v.code, v]));
    expect(byCode.get('registered_unemployed')).toMatchObject({ state: 'refused' });
    expect(byCode.get('registered_unemployed')!.message).toContain(
      'measured in "tys. osób", the catalogue stores "osoba"',
    );
    expect(byCode.get('urbanisation_rate')!.state).toBe('refused');
    expect(byCode.get('urbanisation_rate')!.message).toContain(
      'published down to level 5, the catalogue needs level 6',
    );
    expect(dataRequests()).not.toContain('990101');
    expect(dataRequests()).not.toContain('990206');
    expect(await stored('1261011', 'registered_unemployed', '2022')).toBeUndefined();
    expect(byCode.get('population_per_km2')!.state).toBe('done');
  });

  it('waits out a 429 (Retry-After) and sends the key only as X-ClientId', async () => {
    const sleeps: number[] = [];
    let clock = Date.parse('2026-01-05T10:00:00Z');
    const sync = createBdlSyncService({
      db: t.db,
      audit: t.services.audit,
      units: t.services.units,
      indicators: t.services.indicators,
      catalogueDir: referenceFiles.catalogueDir,
      createBdlClient: () =>
        createBdlClient({
          fetch: bdlFetch,
          clientId: 'test-key-123',
          now: () => clock,
          sleep: async (ms) => {
            sleeps.push(ms);
            clock += ms;
          },
        }),
      valuesChanged: () => {},
    });
    fake.requests = [];
    fake.rateLimitOnce = 7;
    const final = await sync.run(SYSTEM_CONTEXT, { years: [2022], areas: ['social-assistance'] });
    expect(final.status).toBe('done');
    expect(final.variables.map((v) => v.code)).toEqual(['registered_unemployed', 'population_thousands']);
    expect(sleeps).toContain(7000);
    expect((await stored('1261011', 'registered_unemployed', '2022'))?.value).toBe(12112);
    for (const r of fake.requests) {
      expect(r.headers['X-ClientId']).toBe('test-key-123');
      expect(r.url.toString()).not.toContain('test-key-123');
    }
  });

  it('POST /admin/bdl-sync starts in the background (202), 409 while running, 400 naming a bad area; GET shows the end', async () => {
    const { client: admin } = await loginAs(t, [{ role: 'admin' }]);
    const bad = await admin.post('/api/v1/admin/bdl-sync', { areas: ['astrology'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.areas');
    let release = () => {};
    fake.gate = new Promise<void>((resolve) => (release = resolve));
    const started = await admin.post('/api/v1/admin/bdl-sync', { years: [2021], areas: ['other'] });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({
      running: true,
      state: { status: 'running', years: [2021], areas: ['other'] },
    });
    const again = await admin.post('/api/v1/admin/bdl-sync', { years: [2021], areas: ['other'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    const during = (await admin.get('/api/v1/admin/bdl-sync')).json();
    expect(during).toMatchObject({ running: true, state: { status: 'running' } });
    fake.gate = null;
    release();
    await t.services.bdlSync.settled();
    const done = (await admin.get('/api/v1/admin/bdl-sync')).json();
    expect(done.running).toBe(false);
    expect(done.state.status).toBe('done');
    expect(done.state.variables).toHaveLength(7);
    expect(done.mapped.find((m: { code: string }) => m.code === 'population_per_km2').verified).toMatchObject({
      variableId: 990201,
      levels: [2, 5, 6],
    });
  });
});
