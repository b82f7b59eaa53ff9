/**
 * The public datasets loaded on first start (by this file, on its copy of the template, through the
 * same loaders as `bootstrap`): spot checks against raw cells read by hand from the shipped files, counts per year
 * against the files, idempotency, and a broken file that stops the load naming file and line.
 */
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { loginAs } from '../../../tests/helpers/factories';
import { dataValues, units, valueSources, variables } from '../../db/schema';
import { referenceFiles } from '../../services';
import { SHIPPED_FILES } from './shipped-datasets';
import { DEMO_NETWORK } from '../../bootstrap';

let t: TestApp;
// Members compare every approved value; the data loaded here are newer than release 1 (open-data).
let member: Awaited<ReturnType<typeof loginAs>>['client'];
let loaded: { bdl: { loaded: boolean; files?: string[] }; datasets: { loaded: boolean; files?: string[] } };
beforeAll(async () => {
  t = await createTestApp();
  // The template holds only the 2010–2019 extract; this file loads the rest as a first start does.
  loaded = {
    bdl: await t.app.services.dataImport.ensureBdlExtract(),
    datasets: await t.app.services.dataImport.ensureShippedDatasets(),
  };
  member = (await loginAs(t, [{ role: 'unit-member', unitCode: '1261011' }])).client;
}, 300_000);
afterAll(() => t.close());

const dataFile = (path: string) => readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8');

/** The stored value of (unit code, variable, period); undefined when none. */
async function stored(unitCode: string, variableCode: string, period: string): Promise<number | undefined> {
  const rows = await t.db
    .select({ value: dataValues.value })
    .from(dataValues)
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .innerJoin(variables, eq(variables.id, dataValues.variableId))
    .where(and(eq(units.code, unitCode), eq(variables.code, variableCode), eq(dataValues.period, period)));
  return rows[0]?.value;
}

async function countsPerPeriod(variableCode: string, unitCodeLength?: number) {
  const rows = await t.db
    .select({ period: dataValues.period, n: count() })
    .from(dataValues)
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .innerJoin(variables, eq(variables.id, dataValues.variableId))
    .where(
      and(
        eq(variables.code, variableCode),
        unitCodeLength ? sql`length(${units.code}) = ${unitCodeLength}` : sql`true`,
      ),
    )
    .groupBy(dataValues.period);
  return Object.fromEntries(rows.map((r) => [r.period, r.n]));
}

describe('registered unemployed (BDL P1944, 2003–2024)', () => {
  const lines = dataFile('bdl/RYNE_1944_CTAB_20250616184618.csv').split('\n');
  const cells = (code: string) => lines.find((l) => l.startsWith(`${code};`))!.split(';');

  it('stores the raw cells: Poland is no unit, Kraków 2024 = 10,657 and 2003 = 29,926, powiat Kraków = gmina Kraków', async () => {
    // POLSKA 2024 = 786,179 in the file (column 2 + 22 = the 24th cell); Poland itself is no unit here.
    expect(cells('0000000')[23]).toBe('786179');
    expect(await stored('1261011', 'registered_unemployed', '2024')).toBe(10657);
    expect(await stored('1261011', 'registered_unemployed', '2003')).toBe(29926);
    expect(await stored('1261', 'registered_unemployed', '2024')).toBe(10657);
    expect(await stored('1465011', 'registered_unemployed', '2024')).toBe(18713);
    expect(await stored('02', 'registered_unemployed', '2024')).toBe(55474);
  });

  it('keeps values under the code they were reported with, before and after a change of type or county', async () => {
    // Pieszyce: urban (0202031) until 2015, urban-rural (0202033) from 2016 — both cells from the file.
    expect(await stored('0202031', 'registered_unemployed', '2015')).toBe(365);
    expect(await stored('0202031', 'registered_unemployed', '2016')).toBeUndefined();
    expect(await stored('0202033', 'registered_unemployed', '2016')).toBe(282);
    // Rejowiec: in powiat krasnostawski (0606082) until 2005, then 0603152, urban-rural 0603153 since 2017.
    expect(await stored('0606082', 'registered_unemployed', '2005')).toBe(691);
    expect(await stored('0603152', 'registered_unemployed', '2006')).toBe(813);
    expect(await stored('0603153', 'registered_unemployed', '2024')).toBe(284);
  });

  it('has, for every year, exactly as many values as the file has non-empty cells (no unit left out)', async () => {
    const header = lines[0]!.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const expected: Record<string, number> = {};
    for (const line of lines.slice(1)) {
      const c = line.split(';');
      if (c.length < 24 || c[0] === '0000000') continue;
      for (let y = 0; y < 22; y++)
        if (c[2 + y] !== '') expected[String(2003 + y)] = (expected[String(2003 + y)] ?? 0) + 1;
    }
    expect(header[23]).toContain('2024');
    expect(await countsPerPeriod('registered_unemployed')).toEqual(expected);
  });
});

describe('population 2024 (BDL P2425, comma-separated)', () => {
  it('stores Kraków and Warszawa as in the file, in thousands, never rounded', async () => {
    // 1261011,"Kraków (1)",2475.7,,3.7,809.17,377.91,431.26,100.0,
    expect(await stored('1261011', 'population_per_km2', '2024')).toBe(2475.7);
    expect(await stored('1261011', 'population_change_per_1000', '2024')).toBe(3.7);
    expect(await stored('1261011', 'population_thousands', '2024')).toBe(809.17);
    expect(await stored('1261011', 'population_women_thousands', '2024')).toBe(431.26);
    expect(await stored('1465011', 'population_thousands', '2024')).toBe(1863.85);
    // Built-up density is empty for gminy: no value, not 0.
    expect(await stored('1261011', 'built_up_area_density', '2024')).toBeUndefined();
  });

  it('has a value for every row of the file (gminy 302 + 1,464 + 711, their parts and Warsaw districts, counties, voivodeships)', async () => {
    const rows = dataFile('bdl/LUDN_2425_CTAB_20250611231708.csv')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '' && !l.startsWith('0000000'));
    expect((await countsPerPeriod('population_thousands'))['2024']).toBe(rows.length);
    expect((await countsPerPeriod('population_thousands', 7))['2024']).toBe(
      rows.filter((l) => !l.slice(0, 7).endsWith('000')).length,
    );
  });
});

describe('gmina extracts 2020 and the vaccination ranking', () => {
  it('restores lost leading zeros and stores the raw values', async () => {
    // teryt_pit_per_person.csv: "201011,1044.93" is Bolesławiec (0201011).
    expect(dataFile('elvacc-2020/teryt_pit_per_person.csv').split('\n')[0]).toBe('201011,1044.93');
    expect(await stored('0201011', 'pit_share_per_capita', '2020')).toBe(1044.93);
    expect(await stored('1261011', 'own_revenue_per_capita_reported', '2020')).toBe(4877.14);
    expect(await stored('1261011', 'population_per_km2', '2020')).toBe(2386);
    // {"teryt_code": "1261011", "population": 779966, "full_vaccinated_amount": 508207, "full_vaccinated_percent": 65.1576}
    expect(await stored('1261011', 'covid_fully_vaccinated', '2021')).toBe(508207);
    expect(await stored('1261011', 'covid_vaccination_population', '2021')).toBe(779966);
  });

  it('has every line of every file', async () => {
    const lineCount = (f: string) =>
      dataFile(f)
        .split('\n')
        .filter((l) => l.trim() !== '').length;
    expect((await countsPerPeriod('pit_share_per_capita'))['2020']).toBe(
      lineCount('elvacc-2020/teryt_pit_per_person.csv'),
    );
    expect((await countsPerPeriod('population_per_km2'))['2020']).toBe(lineCount('elvacc-2020/teryt_density.csv'));
    expect((await countsPerPeriod('covid_fully_vaccinated'))['2021']).toBe(
      (JSON.parse(dataFile('elvacc-2020/vaccination.json')) as unknown[]).length,
    );
  });
});

describe('PKW turnout', () => {
  it('Kraków 2023 = ballots from the box ÷ eligible voters, from the file row by hand', async () => {
    // sejm_2023: 126101;"Kraków";…;"Liczba wyborców uprawnionych…" = 613943;…;"Liczba kart wyjętych z urny" = 503364
    expect(await stored('1261011', 'eligible_voters_sejm', '2023')).toBe(613943);
    expect(await stored('1261011', 'voters_sejm', '2023')).toBe(503364);
    const dashboard = (await member.get('/api/v1/benchmarking/units/1261011?period=2023')).json() as {
      items: { indicator: { code: string }; value: number | null }[];
    };
    const turnout = dashboard.items.find((i) => i.indicator.code === 'turnout_sejm')!;
    expect(turnout.value).toBeCloseTo((503364 / 613943) * 100, 10);
  }, 180_000); // builds the benchmarking engine over every value

  it('2015: thousands commas read, and Pieszyce (type changed in 2016) attaches to its code of the day', async () => {
    // 2;020203;m. Pieszyce;8;7,670;…;3,183 (Karty wyjęte z urny)
    expect(await stored('0202031', 'eligible_voters_sejm', '2015')).toBe(7670);
    expect(await stored('0202031', 'voters_sejm', '2015')).toBe(3183);
    expect(await stored('0202033', 'eligible_voters_sejm', '2019')).toBe(7485);
    expect(await stored('0202033', 'voters_sejm', '2019')).toBe(3876);
  });

  it("Warsaw is the sum of its 18 dzielnice; 2025 round 1's city rows without a code are mapped by county", async () => {
    const lines = dataFile('pkw/sejm_2023_by_community.csv').split(/\r?\n/);
    let eligible = 0;
    for (const l of lines) {
      const c = l.split(';');
      if (/^"?1465(0[2-9]|1\d)"?$/.test(c[0]!)) eligible += Number(c[8]!.replace(/"/g, ''));
    }
    expect(eligible).toBeGreaterThan(1_300_000);
    expect(await stored('1465011', 'eligible_voters_sejm', '2023')).toBe(eligible);
    // ;"";"Kraków";"małopolskie";456;456;594147;621058;… → eligible 621058
    expect(await stored('1261011', 'eligible_voters_president_round1', '2025')).toBe(621058);
  });

  it('has one value per gmina of each file (abroad, ships and the two 2025 gminy left out)', async () => {
    const sejm = await countsPerPeriod('voters_sejm');
    // 2,477 gminy of the register of the day (Warsaw once); the 2011 file also has Warsaw as 18 rows.
    for (const period of ['2011', '2015', '2019', '2023']) expect(sejm[period]).toBeGreaterThanOrEqual(2470);
    for (const period of ['2011', '2015', '2019', '2023']) expect(sejm[period]).toBeLessThanOrEqual(2479);
    expect((await countsPerPeriod('voters_president_round2'))['2025']).toBe(2477);
  });
});

describe('loading', () => {
  it('is idempotent: a second run loads nothing and names every file once', async () => {
    expect(loaded.bdl.files?.sort()).toEqual([
      'LUDN_2425_CTAB_20250611231708.csv',
      'RYNE_1944_CTAB_20250616184618.csv',
    ]);
    expect(loaded.datasets.files?.sort()).toEqual(SHIPPED_FILES.map((f) => f.file).sort());
    expect(await t.app.services.dataImport.ensureShippedDatasets()).toEqual({ loaded: false });
    expect(await t.app.services.dataImport.ensureBdlExtract()).toEqual({ loaded: false });
    const sources = await t.db
      .select({ file: sql<string>`${valueSources.detail}->>'file'` })
      .from(valueSources)
      .where(eq(valueSources.kind, 'dataset'));
    expect(sources.map((s) => s.file).sort()).toEqual(SHIPPED_FILES.map((f) => f.file).sort());
  });

  it('a shipped file with a wrong header stops the load naming the file and line, and loads nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'miernik-data-'));
    cpSync(referenceFiles.dataDir, dir, { recursive: true, filter: (src) => !src.includes('/db') });
    const path = join(dir, 'pkw/sejm_2019_by_community.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"Liczba kart wyjętych z urny"', '"Karty"'));
    const broken = SHIPPED_FILES.find((f) => f.file === 'pkw/sejm_2019_by_community.csv')!;
    const register = await t.app.services.units.registerEntries();
    expect(() => broken.read(dir, register)).toThrow(
      /data\/pkw\/sejm_2019_by_community\.csv: .*line 1: the header has no column "Liczba kart wyjętych z urny"/,
    );
    const pit = SHIPPED_FILES.find((f) => f.file === 'elvacc-2020/teryt_pit_per_person.csv')!;
    writeFileSync(join(dir, pit.file), '201011,1044.93\n20101x,12\n');
    expect(() => pit.read(dir, register)).toThrow(/teryt_pit_per_person\.csv: .*line 2: "20101x" is not a 6–7 digit/);
  });
});

describe('coverage after a first start (every shipped dataset loaded)', () => {
  it('the demo network (counties) uses only indicators with real data for counties, each in its default period', async () => {
    const items = (await member.get('/api/v1/indicators?pageSize=100')).json().items as {
      code: string;
      coverage: { defaultPeriod: string | null; periods: { period: string; byKind: Record<string, number> }[] };
    }[];
    expect(DEMO_NETWORK.indicators.length).toBeGreaterThanOrEqual(5);
    for (const { code } of DEMO_NETWORK.indicators) {
      const coverage = items.find((i) => i.code === code)!.coverage;
      expect(coverage.defaultPeriod, code).not.toBeNull();
      const inDefault = coverage.periods.find((p) => p.period === coverage.defaultPeriod)!;
      // Poland has 314 counties (plus 66 cities with county status).
      expect(inDefault.byKind.county ?? 0, code).toBeGreaterThan(300);
      // Every member of the demo network has a value there (real BDL data, nothing demo).
      const res = await member.get(
        `/api/v1/benchmarking/indicators/${code}?period=${coverage.defaultPeriod}&peers=units:${DEMO_NETWORK.unitCodes.join(',')}`,
      );
      expect(res.statusCode, code).toBe(200);
      expect(res.json().stats.n, code).toBe(DEMO_NETWORK.unitCodes.length);
    }
  });

  it('GET /indicators carries coverage: ≥ 30 indicators with values, unemployment reaches 2024 with every gmina of the file', async () => {
    // 80 indicators in pages of at most 100.
    const res = await member.get('/api/v1/indicators?pageSize=100');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeLessThanOrEqual(100);
    const items = res.json().items as {
      code: string;
      coverage: {
        defaultPeriod: string | null;
        periods: { period: string; units: number; byKind: Record<string, number> }[];
      };
    }[];
    const withValues = items.filter((i) => i.coverage.periods.length > 0);
    expect(withValues.length).toBeGreaterThanOrEqual(30);
    const latest = withValues
      .flatMap((i) => i.coverage.periods.map((p) => p.period))
      .sort()
      .at(-1);
    expect(latest).toBe('2025'); // the presidential election 2025
    const unemployed = items.find((i) => i.code === 'registered_unemployed')!.coverage;
    expect(unemployed.defaultPeriod).toBe('2024');
    // Units of 2024 with a value = the values stored for 2024 (each unit once, successors included).
    const stored2024 = (await countsPerPeriod('registered_unemployed'))['2024']!;
    expect(unemployed.periods.find((p) => p.period === '2024')!.units).toBeLessThanOrEqual(stored2024);
    expect(unemployed.periods.find((p) => p.period === '2024')!.units).toBeGreaterThan(2800);
    // Turnout exists only in election years; its own default is the latest election, not a global year.
    const turnout = items.find((i) => i.code === 'turnout_sejm')!.coverage;
    expect(turnout.periods.map((p) => p.period)).toEqual(['2011', '2015', '2019', '2023']);
    expect(turnout.defaultPeriod).toBe('2023');
  });

  it('the picker coverage counts members with a value in the period and gives 0 where an indicator has none', async () => {
    const res = await member.get('/api/v1/benchmarking/coverage?period=2023&peers=voivodeship:12');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { period: string; items: { code: string; units: number; applicable: number }[] };
    expect(body.period).toBe('2023');
    const item = (code: string) => body.items.find((i) => i.code === code)!;
    expect(item('turnout_sejm').units).toBeGreaterThan(150); // 182 gminy of małopolskie
    expect(item('turnout_sejm').units).toBe(item('turnout_sejm').applicable);
    expect(item('turnout_president_round1').units).toBe(0); // no presidential election in 2023
    const unknown = await member.get('/api/v1/benchmarking/coverage?period=1990');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('PERIOD_NOT_FOUND');
  });

  it('the dashboard opens on the period with the most indicators valued (Kraków 2019, not 2024), labelled, with per-period counts', async () => {
    const res = await member.get('/api/v1/benchmarking/units/1261011?peers=kind:municipality-urban');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      period: string;
      periodChoice: string;
      periods: { period: string; indicators: number; of: number }[];
      items: {
        indicator: { code: string; area: string };
        value: number | null;
        defaultPeriod: string | null;
        latestPeriod: string | null;
      }[];
    };
    expect(body.periodChoice).toBe('most-indicators');
    const counts = new Map(body.periods.map((p) => [p.period, p.indicators]));
    // The chosen period has the largest count; 2024 (unemployment, population) has far fewer.
    expect(body.period).toBe('2019');
    expect(Math.max(...counts.values())).toBe(counts.get('2019'));
    expect(counts.get('2024')!).toBeLessThan(counts.get('2019')! / 2);
    // Counted by hand from the items: indicators with a value in 2019 = the 2019 count.
    expect(body.items.filter((i) => i.value !== null).length).toBe(counts.get('2019'));
    expect(body.periods.every((p) => p.of === body.items.length)).toBe(true);
    const item = (code: string) => body.items.find((i) => i.indicator.code === code)!;
    // Each item tells its own latest period and whether the catalogue has data at all.
    expect(item('registered_unemployed').latestPeriod).toBe('2024');
    expect(item('registered_unemployed').value).not.toBeNull(); // 2019 has it too
    expect(item('turnout_sejm').latestPeriod).toBe('2023');
    const roads = body.items.filter((i) => i.indicator.area === 'roads');
    expect(roads.length).toBeGreaterThan(0);
    expect(roads.every((i) => i.defaultPeriod === null && i.latestPeriod === null)).toBe(true);
    // Asked explicitly: 'asked', and the 2024 count is what the items show.
    const asked = (
      await member.get('/api/v1/benchmarking/units/1261011?period=2024&peers=kind:municipality-urban')
    ).json() as typeof body;
    expect(asked.periodChoice).toBe('asked');
    expect(asked.items.filter((i) => i.value !== null).length).toBe(counts.get('2024'));
  });

  it('nearest neighbours default to the latest year with every structural variable (2019), not 2024', async () => {
    const res = await member.get('/api/v1/benchmarking/neighbours/1261011?k=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().period).toBe('2019');
  });
});
