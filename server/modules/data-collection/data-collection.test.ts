import { readFileSync } from 'node:fs';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';
import {
  auditLog,
  collectionRounds,
  dataValueRevisions,
  dataValues,
  outbox,
  roundEvents,
  unitLinks,
  units,
  variables,
} from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';
import * as repo from './data-collection.repository';

let t: TestApp;
// Reads of indicator values as a member: every approved value counts (the public reads releases only).
let member: Awaited<ReturnType<typeof loginAs>>['client'];
beforeAll(async () => {
  t = await createTestApp();
  member = (await loginAs(t, [{ role: 'unit-member', unitCode: '1261011' }])).client;
});
afterAll(() => t.close());

const CSV = { 'content-type': 'text/csv' };
const base = '/api/v1/data-collection';

async function valueCount() {
  const [row] = await t.db.select({ n: count() }).from(dataValues);
  return row!.n;
}

async function variableId(code: string) {
  const [row] = await t.db.select({ id: variables.id }).from(variables).where(eq(variables.code, code));
  return row!.id;
}

/** Reads one cell of the raw BDL export by hand (independent of our parser): the row of `code`, the column whose header has `labels` and `year`. */
function rawCell(file: string, code: string, header: (h: string) => boolean): number {
  const lines = readFileSync(new URL(`../../../data/bdl/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  const split = (line: string) => line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''));
  const headers = split(lines[0]!);
  const column = headers.findIndex(header);
  const row = lines.map(split).find((cells) => cells[0]!.padStart(7, '0') === code)!;
  return Number(row[column]!.replace(',', '.'));
}

describe('catalogue and values on first start', () => {
  it.each([
    ['Kraków', '1261011', 4920.15],
    ['Kleszczów', '1001042', 40797.21],
    ['Bolesławiec (gmina miejska)', '0201011', 2850.34],
  ])('own revenue per capita 2019 of %s matches the source file', async (_name, code, rounded) => {
    const res = await member.get(`/api/v1/units/${code}/indicators?period=2019`);
    expect(res.statusCode).toBe(200);
    const indicator = res.json().items.find((i: { code: string }) => i.code === 'own_revenue_per_capita');
    const own = rawCell('dochody_gmin_2010-2019.csv', code, (h) => h.includes(';razem;2019;'));
    const population = ['w wieku przedprodukcyjnym', 'w wieku produkcyjnym;', 'w wieku poprodukcyjnym']
      .map((group) =>
        rawCell(
          'ludnosc_wg_ekonomicznych_grup_wieku_2010-2019.csv',
          code,
          (h) => h.startsWith(group) && h.includes(';2019;'),
        ),
      )
      .reduce((a, b) => a + b, 0);
    expect(indicator.values[0].value).toBeCloseTo(own / population, 9);
    expect(indicator.values[0].value).toBeCloseTo(rounded, 2);
  });

  it('holds values for every gmina in every year 2010–2019 (under the code each was reported with)', async () => {
    const own = await variableId('own_revenue_total');
    const successors = new Map((await t.db.select().from(unitLinks)).map((l) => [l.fromUnitId, l.toUnitId]));
    const currentOf = (id: number): number => (successors.has(id) ? currentOf(successors.get(id)!) : id);
    for (const year of ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']) {
      const rows = await t.db
        .select({ id: units.id })
        .from(dataValues)
        .innerJoin(units, eq(units.id, dataValues.unitId))
        .where(
          and(
            eq(dataValues.variableId, own),
            eq(dataValues.period, year),
            inArray(units.kind, ['municipality-urban', 'municipality-rural', 'municipality-urban-rural']),
          ),
        );
      // Data reported under an old code reaches today's gmina through the history links.
      const reached = new Set(rows.map((r) => currentOf(r.id)));
      expect(reached.size, year).toBe(2477);
    }
    const [current] = await t.db
      .select({ n: count() })
      .from(units)
      .where(
        and(
          isNull(units.validTo),
          inArray(units.kind, ['municipality-urban', 'municipality-rural', 'municipality-urban-rural']),
        ),
      );
    expect(current!.n).toBe(2477);
  });

  it('says why there is no value instead of giving 0', async () => {
    const res = (await member.get('/api/v1/units/1261011/indicators?period=2019')).json();
    const late = res.items.find((i: { code: string }) => /after_deadline/.test(i.code));
    expect(late.values[0]).toMatchObject({ value: null, noValue: { reason: 'missing-input' } });
    expect((await member.get('/api/v1/units/1261011/indicators?period=1990')).json().error.code).toBe(
      'PERIOD_NOT_FOUND',
    );
  });
});

describe('a collection round end to end', () => {
  it('open → enter with a warning explained → submit → return → resubmit → approve; board and history show each step', async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { user: coordinatorUser, client: coordinator } = await loginAs(t, [
      { role: 'unit-coordinator', unitCode: unit },
    ]);
    // Last year's figure, so that this year's doubling is a year-on-year warning (limit ±50 %).
    const seed = `unit_code,variable_code,period,value\n${unit},decisions_issued,2023,100\n`;
    expect((await operator.post(`${base}/imports?fileName=seed.csv`, seed, CSV)).statusCode).toBe(200);

    const created = await operator.post(`${base}/rounds`, {
      name: 'Decyzje 2024',
      period: '2024',
      deadline: '2099-01-31T23:59:00+01:00',
      variableCodes: ['decisions_issued', 'decisions_after_deadline'],
      unitCodes: [unit],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const form = `${base}/rounds/${id}/units/${unit}`;

    // A rule error: more late decisions than decisions.
    let res = await coordinator.request('PUT', `${form}/values`, {
      values: [
        { variableCode: 'decisions_issued', value: 200 },
        { variableCode: 'decisions_after_deadline', value: 250 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings.map((f: { check: string; severity: string }) => `${f.check}:${f.severity}`)).toEqual(
      expect.arrayContaining(['rule:error', 'year-on-year:warning']),
    );
    res = await coordinator.post(`${form}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PLAUSIBILITY_ERRORS');
    // The warning still to explain comes with the error, so the form can list both at once.
    expect(res.json().error.details.findings.map((f: { check: string }) => f.check)).toEqual(['rule']);
    expect(res.json().error.details.unexplained).toEqual([
      expect.objectContaining({ check: 'year-on-year', severity: 'warning', variableCode: 'decisions_issued' }),
    ]);

    await coordinator.request('PUT', `${form}/values`, {
      values: [{ variableCode: 'decisions_after_deadline', value: 12 }],
    });
    res = await coordinator.post(`${form}/submit`);
    expect(res.json().error.code).toBe('WARNINGS_UNEXPLAINED');
    expect(res.json().error.details.findings[0]).toMatchObject({
      check: 'year-on-year',
      variableCode: 'decisions_issued',
    });

    await coordinator.request('PUT', `${form}/values`, {
      values: [{ variableCode: 'decisions_issued', value: 200, comment: 'Nowe zadania z ustawy od 1 lipca' }],
    });
    res = await coordinator.post(`${form}/submit`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('submitted');
    expect(
      (
        await coordinator.request('PUT', `${form}/values`, { values: [{ variableCode: 'decisions_issued', value: 1 }] })
      ).json().error.code,
    ).toBe('ROUND_STATE');

    res = await operator.post(`${form}/return`, { comment: 'Proszę sprawdzić liczbę decyzji po terminie' });
    expect(res.json().status).toBe('returned');
    res = await coordinator.request('PUT', `${form}/values`, {
      values: [{ variableCode: 'decisions_after_deadline', value: 14 }],
    });
    expect(res.json().history.at(-2)).toMatchObject({
      action: 'return',
      comment: 'Proszę sprawdzić liczbę decyzji po terminie',
    });
    expect((await coordinator.post(`${form}/submit`)).json().status).toBe('submitted');
    expect((await coordinator.post(`${form}/approve`)).statusCode).toBe(403);
    res = await operator.post(`${form}/approve`);
    expect(res.json().status).toBe('approved');
    expect(res.json().history.map((h: { action: string }) => h.action)).toEqual([
      'save',
      'save',
      'save',
      'submit',
      'return',
      'save',
      'submit',
      'approve',
    ]);

    const stored = await t.db
      .select()
      .from(dataValues)
      .where(and(eq(dataValues.period, '2024'), eq(dataValues.roundId, id)));
    expect(stored.map((v) => [v.value, v.status]).sort()).toEqual([
      [14, 'approved'],
      [200, 'approved'],
    ]);
    expect(stored.find((v) => v.value === 200)!.comment).toBe('Nowe zadania z ustawy od 1 lipca');

    const board = (await operator.get(`${base}/rounds/${id}/board`)).json();
    expect(board.items).toEqual([expect.objectContaining({ status: 'approved', filled: 2, total: 2, overdue: false })]);
    const csv = await operator.get(`${base}/rounds/${id}/board/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`${unit},`);
    const xlsx = await operator.get(`${base}/rounds/${id}/board/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe(unit);

    const history = (
      await coordinator.get(`/api/v1/units/${unit}/values/history?variable=decisions_after_deadline`)
    ).json();
    expect(history.items.map((h: { value: number | null }) => h.value)).toEqual([14, 12, 250]);
    expect(history.items[0]).toMatchObject({
      changedBy: { id: coordinatorUser.id },
      provenance: { kind: 'manual', roundId: id },
    });
  });

  it('refuses edits after the deadline until the operator reopens the form, and reminds those who have not submitted', async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { user, client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    const id = (
      await operator.post(`${base}/rounds`, {
        name: 'Past',
        period: '2023',
        deadline: '2020-01-01T00:00:00Z',
        variableCodes: ['pupils'],
        unitCodes: [unit],
      })
    ).json().id;
    const form = `${base}/rounds/${id}/units/${unit}`;
    const late = await coordinator.request('PUT', `${form}/values`, {
      values: [{ variableCode: 'pupils', value: 120 }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ROUND_DEADLINE_PASSED');
    expect((await operator.get(`${base}/rounds/${id}/board`)).json().items[0].overdue).toBe(true);
    const reminders = await operator.post(`${base}/rounds/${id}/reminders`);
    expect(reminders.json()).toEqual({ queued: 1, sent: 0, withoutRecipient: [] });
    const [message] = await t.db.select().from(outbox).where(eq(outbox.recipient, user.email));
    expect(message?.subject).toContain('Past');
    await operator.post(`${form}/reopen`, { until: '2099-01-01T00:00:00Z' });
    expect(
      (await coordinator.request('PUT', `${form}/values`, { values: [{ variableCode: 'pupils', value: 120 }] }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await coordinator.request('PUT', `${form}/values`, {
          values: [{ variableCode: 'own_revenue_total', value: 1 }],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('validates the round itself', async () => {
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const bad = await operator.post(`${base}/rounds`, {
      name: 'X',
      period: '2024-Q5',
      deadline: '2099-01-01T00:00:00Z',
      variableCodes: ['pupils'],
      unitCodes: ['1261011'],
    });
    expect(bad.json().error.details[0].path).toBe('body.period');
    expect(
      (
        await operator.post(`${base}/rounds`, {
          name: 'X',
          period: '2024',
          deadline: '2099-01-01T00:00:00Z',
          variableCodes: ['nope'],
          unitCodes: ['1261011'],
        })
      ).json().error.code,
    ).toBe('VARIABLE_NOT_FOUND');
    expect(
      (
        await operator.post(`${base}/rounds`, {
          name: 'X',
          period: '2024',
          deadline: 'tomorrow',
          variableCodes: ['pupils'],
          unitCodes: ['1261011'],
        })
      ).statusCode,
    ).toBe(400);
    const [rounds] = await t.db.select({ n: count() }).from(collectionRounds).where(eq(collectionRounds.name, 'X'));
    expect(rounds!.n).toBe(0);
  });
});

describe('importing values', () => {
  it('reads a Polish CSV: BOM, ";", decimal commas, quoted headers, lost leading zeros, empty cells', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const file =
      '\uFEFF"kod";"zmienna";"rok";"wartość"\r\n201011;road_length_km;2023;"1 234,5"\r\n201011;pupils;2023;\r\n201022;road_length_km;2023;17,25\r\n';
    const dry = await client.post(`${base}/imports?dryRun=true&fileName=drogi.csv`, file, CSV);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      layout: 'long',
      values: 2,
      emptyCells: 1,
      units: 2,
      periods: ['2023'],
    });
    expect(dry.json().preview[0]).toMatchObject({ unitCode: '0201011', value: 1234.5, row: 2 });
    const before = await valueCount();
    expect(before).toBe(await valueCount());
    const res = await client.post(`${base}/imports?fileName=drogi.csv`, file, CSV);
    expect(res.statusCode).toBe(200);
    expect(await valueCount()).toBe(before + 2);
    const road = await variableId('road_length_km');
    const [row] = await t.db
      .select()
      .from(dataValues)
      .innerJoin(units, eq(units.id, dataValues.unitId))
      .where(and(eq(units.code, '0201022'), eq(dataValues.variableId, road), eq(dataValues.period, '2023')));
    expect(row!.data_values).toMatchObject({ value: 17.25, status: 'draft', sourceRow: 4 });
    const revisions = await t.db
      .select()
      .from(dataValueRevisions)
      .where(and(eq(dataValueRevisions.variableId, road), eq(dataValueRevisions.period, '2023')));
    expect(revisions).toHaveLength(2);
  });

  it('reads an XLSX with a column per variable', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('dane');
    sheet.addRow(['unit_code', 'period', 'pupils', 'teacher_fte']);
    sheet.addRow(['1261011', '2023', 61234, 5123.5]);
    sheet.addRow(['1201011', '2023', 3120, null]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const res = await client.post(`${base}/imports?fileName=szkoly.xlsx`, bytes, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ layout: 'column-per-variable', values: 3, emptyCells: 1 });
  });

  it.each([
    ['an unknown unit', 'unit_code,variable_code,period,value\nNOPE,pupils,2023,5\n', { row: 2, column: 'unit_code' }],
    [
      'an unknown variable',
      'unit_code,variable_code,period,value\n1261011,nope,2023,5\n',
      { row: 2, column: 'variable_code' },
    ],
    ['a non-number', 'unit_code,variable_code,period,value\n1261011,pupils,2023,dużo\n', { row: 2, column: 'value' }],
    ['a bad period', 'unit_code,variable_code,period,value\n1261011,pupils,2023-Q9,5\n', { row: 2, column: 'period' }],
    [
      'a duplicate row',
      'unit_code,variable_code,period,value\n1261011,pupils,2023,5\n1261011,pupils,2023,6\n',
      { row: 3 },
    ],
    ['a missing column', 'unit_code,variable_code,value\n1261011,pupils,5\n', { row: 1 }],
  ])('reports %s with row and column, and writes nothing', async (_label, file, where) => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const before = await valueCount();
    const good = 'unit_code,variable_code,period,value\n1201011,pupils,2022,3000\n';
    const res = await client.post(`${base}/imports`, file + good.split('\n')[1] + '\n', CSV);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining(where)]));
    expect(await valueCount()).toBe(before);
  });

  it('refuses a file that is not UTF-8 text or XLSX', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const res = await client.post(
      `${base}/imports`,
      Buffer.from([0x75, 0x6e, 0x69, 0x74, 0x0a, 0xa3, 0xf3, 0x64, 0x9f]),
      CSV,
    );
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ row: 1 }] });
  });

  it('blocks a value that fails a hard check (negative count) and writes nothing', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const before = await valueCount();
    const res = await client.post(
      `${base}/imports`,
      'unit_code,variable_code,period,value\n1201011,pupils,2021,3000\n1201011,decisions_issued,2021,-4\n',
      CSV,
    );
    expect(res.json().error).toMatchObject({
      code: 'PLAUSIBILITY_ERRORS',
      details: [{ row: 3, column: 'decisions_issued', check: 'non-negative' }],
    });
    expect(await valueCount()).toBe(before);
  });

  it('refuses a coordinator of A writing B with 403 naming the rows; a period outside the round too', async () => {
    const a = await createUnit(t);
    const b = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: a }]);
    const before = await valueCount();
    const res = await client.post(
      `${base}/imports`,
      `unit_code,variable_code,period,value\n${a},pupils,2023,5\n${b},pupils,2023,6\n`,
      CSV,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details).toEqual([
      { row: 3, column: 'unit_code', reason: `you do not coordinate unit ${b}` },
    ]);
    expect(await valueCount()).toBe(before);
    const round = await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
      name: 'R',
      period: '2024',
      deadline: new Date('2099-01-01'),
      variableCodes: ['pupils'],
      unitCodes: [a],
    });
    const outside = await client.post(
      `${base}/imports?roundId=${round.id}`,
      `unit_code,variable_code,period,value\n${a},pupils,2023,5\n`,
      CSV,
    );
    expect(outside.json().error.details[0]).toMatchObject({ row: 2, column: 'period' });
  });
});

describe('GUS BDL import', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../integrations/bdl/fixtures/${name}`, import.meta.url), 'utf8');

  it('imports a variable through the API client with BDL provenance', async () => {
    const requests: string[] = [];
    const bdl = await createTestApp({
      bdlFetch: async (url) => {
        requests.push(url);
        const u = new URL(url);
        const body = u.pathname.startsWith('/api/v1/variables/')
          ? fixture('variable-72305.json')
          : fixture(`data-by-variable-72305-malopolskie-page-${u.searchParams.get('page')}.json`);
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const { client } = await loginAs(bdl, [{ role: 'network-operator' }]);
    const res = await client.post(`${base}/bdl-imports`, {
      variableId: 72305,
      years: [2018, 2019],
      level: 'municipality',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ variableCode: 'bdl_72305', lastUpdate: '2020-06-30T07:41:12' });
    // Koszyce reported 2018 under its rural code 1214022 (urban-rural from 2019): the value attaches to that historical unit.
    expect(res.json().unknownUnits).toEqual([]);
    const koszyce = (await client.get('/api/v1/units/1214022/values/history?variable=bdl_72305')).json();
    expect(koszyce.items.map((i: { period: string }) => i.period)).toEqual(['2018']);
    const history = (await client.get('/api/v1/units/1261011/values/history?variable=bdl_72305&period=2019')).json();
    expect(history.items[0]).toMatchObject({
      value: 779115,
      provenance: { kind: 'bdl', variableId: 72305, lastUpdate: '2020-06-30T07:41:12' },
    });
    expect(requests.length).toBe(4);
    await bdl.close();
  });

  it('answers 502 when BDL is unreachable, writing nothing', async () => {
    const bdl = await createTestApp({
      bdlFetch: async () => {
        throw new Error('getaddrinfo ENOTFOUND bdl.stat.gov.pl');
      },
    });
    const { client } = await loginAs(bdl, [{ role: 'network-operator' }]);
    const res = await client.post(`${base}/bdl-imports`, { variableId: 72305, years: [2019], level: 'municipality' });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('UPSTREAM_UNAVAILABLE');
    const [events] = await bdl.db.select({ n: count() }).from(roundEvents);
    expect(events!.n).toBe(0);
    await bdl.close();
  });
});

describe('rounds sharing a period', () => {
  it("returning or reopening one round leaves another round's approved values approved; an unchanged save adds no revision", async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    const open = async (name: string, codes: string[]) =>
      (
        await operator.post(`${base}/rounds`, {
          name,
          period: '2022',
          deadline: '2099-01-01T00:00:00Z',
          variableCodes: codes,
          unitCodes: [unit],
        })
      ).json().id as number;
    const first = await open('Pierwsza', ['pupils', 'teacher_fte']);
    const second = await open('Druga', ['pupils']);
    await coordinator.request('PUT', `${base}/rounds/${first}/units/${unit}/values`, {
      values: [
        { variableCode: 'pupils', value: 300 },
        { variableCode: 'teacher_fte', value: 25 },
      ],
    });
    await coordinator.request('PUT', `${base}/rounds/${first}/units/${unit}/values`, {
      values: [
        { variableCode: 'pupils', value: 300 },
        { variableCode: 'teacher_fte', value: 25 },
      ],
    });
    await coordinator.post(`${base}/rounds/${first}/units/${unit}/submit`);
    await operator.post(`${base}/rounds/${first}/units/${unit}/approve`);
    await operator.post(`${base}/rounds/${second}/units/${unit}/reopen`, { until: '2099-01-01T00:00:00Z' });
    const pupils = await variableId('pupils');
    const [value] = await t.db
      .select()
      .from(dataValues)
      .innerJoin(units, eq(units.id, dataValues.unitId))
      .where(and(eq(units.code, unit), eq(dataValues.variableId, pupils), eq(dataValues.period, '2022')));
    expect(value!.data_values.status).toBe('approved');
    const history = (await coordinator.get(`/api/v1/units/${unit}/values/history?variable=pupils&period=2022`)).json();
    // draft 300 (first save), then submitted and approved status changes do not write values: one revision.
    expect(history.items.map((h: { value: number; status: string }) => `${h.value}:${h.status}`)).toEqual([
      '300:draft',
    ]);
  });
});

describe('rule findings speak Polish too', () => {
  it("carry the rule's message in both languages", async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const id = (
      await operator.post(`${base}/rounds`, {
        name: 'Reguły',
        period: '2021',
        deadline: '2099-01-01T00:00:00Z',
        variableCodes: ['decisions_issued', 'decisions_after_deadline'],
        unitCodes: [unit],
      })
    ).json().id;
    const form = (
      await operator.request('PUT', `${base}/rounds/${id}/units/${unit}/values`, {
        values: [
          { variableCode: 'decisions_issued', value: 10 },
          { variableCode: 'decisions_after_deadline', value: 11 },
        ],
      })
    ).json();
    const rule = form.findings.find((f: { check: string }) => f.check === 'rule');
    expect(rule.ruleMessage.pl).toContain('po terminie');
    expect(rule.ruleMessage.en.length).toBeGreaterThan(0);
  });
});

/** The per-capita own revenue of a unit in a period, as a member's indicator read gives it (null: no value). */
async function ownRevenuePerCapita(code: string, period: string): Promise<number | null> {
  const res = await member.get(`/api/v1/units/${code}/indicators?period=${period}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.find((i: { code: string }) => i.code === 'own_revenue_per_capita').values[0].value;
}

async function auditActions(action: string) {
  return t.db.select().from(auditLog).where(eq(auditLog.action, action));
}

describe('imports and the round workflow (#17 defect 4)', () => {
  it('an import into a round follows the form: 409 ROUND_STATE on a submitted or approved form, ROUND_DEADLINE_PASSED after the deadline; nothing written', async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    const open = async (deadline: string) =>
      (
        await operator.post(`${base}/rounds`, {
          name: 'Import w rundzie',
          period: '2023',
          deadline,
          variableCodes: ['pupils'],
          unitCodes: [unit],
        })
      ).json().id as number;
    const id = await open('2099-01-01T00:00:00Z');
    const form = `${base}/rounds/${id}/units/${unit}`;
    const file = (value: number) => `unit_code,variable_code,period,value\n${unit},pupils,2023,${value}\n`;

    // Into a form not started: as a save — the form shows the value and becomes a draft.
    let res = await coordinator.post(`${base}/imports?roundId=${id}&fileName=szkoly.csv`, file(300), CSV);
    expect(res.statusCode, res.body).toBe(200);
    const shown = (await coordinator.get(`${form}/form`)).json();
    expect(shown.status).toBe('draft');
    expect(shown.fields[0].value).toBe(300);
    expect(shown.history.map((h: { action: string; comment: string }) => `${h.action}:${h.comment}`)).toEqual([
      'save:import szkoly.csv',
    ]);

    expect((await coordinator.post(`${form}/submit`)).json().status).toBe('submitted');
    for (const who of [coordinator, operator]) {
      res = await who.post(`${base}/imports?roundId=${id}`, file(999), CSV);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('ROUND_STATE');
      expect(res.json().error.details[0]).toMatchObject({ row: 2, column: 'unit_code' });
    }
    expect((await operator.post(`${form}/approve`)).json().status).toBe('approved');
    res = await coordinator.post(`${base}/imports?roundId=${id}`, file(999), CSV);
    expect(res.json().error.code).toBe('ROUND_STATE');
    // The dry run says the same as the commit.
    res = await coordinator.post(`${base}/imports?roundId=${id}&dryRun=true`, file(999), CSV);
    expect(res.json().error.code).toBe('ROUND_STATE');
    const [stored] = await t.db
      .select()
      .from(dataValues)
      .innerJoin(units, eq(units.id, dataValues.unitId))
      .where(and(eq(units.code, unit), eq(dataValues.period, '2023')));
    expect([stored!.data_values.value, stored!.data_values.status, stored!.data_values.roundId]).toEqual([
      300,
      'approved',
      id,
    ]);
    const board = (await operator.get(`${base}/rounds/${id}/board`)).json();
    expect(board.items[0]).toMatchObject({ status: 'approved', filled: 1 });

    const late = await open('2001-01-01T00:00:00Z');
    res = await coordinator.post(`${base}/imports?roundId=${late}`, file(5), CSV);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ROUND_DEADLINE_PASSED');
    await operator.post(`${base}/rounds/${late}/units/${unit}/reopen`, { until: '2099-01-01T00:00:00Z' });
    expect((await coordinator.post(`${base}/imports?roundId=${late}`, file(301), CSV)).statusCode).toBe(200);
  });

  it('a draft never hides the approved GUS BDL value; replacing it needs replaceOfficial=true and is audited; the approved draft then counts', async () => {
    // Bolesławiec (gmina wiejska): own revenue 2019 from the shipped BDL extract.
    const code = '0201022';
    const official = rawCell('dochody_gmin_2010-2019.csv', code, (h) => h.includes(';razem;2019;'));
    const before = (await ownRevenuePerCapita(code, '2019'))!;
    expect(before).toBeGreaterThan(0);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const replacement = official * 2;
    const file = `unit_code,variable_code,period,value\n${code},own_revenue_total,2019,${replacement}\n`;

    let res = await coordinator.post(`${base}/imports?fileName=korekta.csv`, file, CSV);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('OFFICIAL_VALUE');
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ row: 2, column: 'own_revenue_total', reason: expect.stringContaining(`${official}`) }),
    ]);
    expect((await coordinator.post(`${base}/imports?dryRun=true`, file, CSV)).json().error.code).toBe('OFFICIAL_VALUE');
    expect(await ownRevenuePerCapita(code, '2019')).toBe(before);

    res = await coordinator.post(`${base}/imports?fileName=korekta.csv&replaceOfficial=true`, file, CSV);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', replacesOfficial: 1 });
    // The draft is stored, yet benchmarking and indicators keep the approved BDL value.
    expect(await ownRevenuePerCapita(code, '2019')).toBe(before);
    const series = (await t.services.dataCollection.indicatorSeries(code, 'own_revenue_per_capita')).find(
      (p) => p.period === '2019',
    )!;
    expect(series.sources.find((s) => s.variableCode === 'own_revenue_total')).toMatchObject({
      value: official,
      provenance: { kind: 'bdl-extract', file: 'dochody_gmin_2010-2019.csv' },
    });
    const replaced = (await auditActions('values.replace-official')).at(-1)!;
    expect(replaced.changes).toMatchObject({
      status: 'draft',
      values: [{ unitCode: code, variableCode: 'own_revenue_total', previous: official, value: replacement }],
    });

    // An operator approves the import's drafts in bulk: now the new value counts (same population, so ×2).
    const drafts = (await operator.get(`${base}/drafts`)).json();
    const line = drafts.items.find(
      (i: { sourceId: number }) => i.sourceId === (replaced.changes as { sourceId: number }).sourceId,
    );
    expect(line).toMatchObject({ fileName: 'korekta.csv', values: 1, units: 1, replacingApproved: 1 });
    expect((await coordinator.post(`${base}/drafts/approve`, { sourceIds: [line.sourceId] })).statusCode).toBe(403);
    res = await operator.post(`${base}/drafts/approve`, { sourceIds: [line.sourceId] });
    expect(res.json()).toEqual({ approved: 1, units: 1 });
    expect(await ownRevenuePerCapita(code, '2019')).toBeCloseTo(before * 2, 6);
    expect((await auditActions('values.approve-drafts')).at(-1)!.changes).toMatchObject({ values: 1 });
    expect(
      (await operator.get(`${base}/drafts`))
        .json()
        .items.some((i: { sourceId: number }) => i.sourceId === line.sourceId),
    ).toBe(false);
  });

  it("another country's units and values: an operator's import lands approved with approve=true (audited); a coordinator may not; drafts wait for bulk approval", async () => {
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const kommuner = [await createUnit(t, { kind: 'kommun' }), await createUnit(t, { kind: 'kommun' })];
    const [first, second] = kommuner as [string, string];
    const values = (unit: string) =>
      `unit_code,variable_code,period,value\n${unit},own_revenue_total,2030,1000000\n${unit},population_working_age,2030,2000\n`;
    // As drafts (the default), benchmarking has nothing for 2030 yet.
    expect((await operator.post(`${base}/imports?fileName=se-1.csv`, values(first), CSV)).json().status).toBe('draft');
    let res = await member.get(`/api/v1/units/${first}/indicators?period=2030`);
    expect(res.json().error.code).toBe('PERIOD_NOT_FOUND');

    res = await operator.post(`${base}/imports?fileName=se-2.csv&approve=true`, values(second), CSV);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('approved');
    expect((await auditActions('values.import')).at(-1)!.changes).toMatchObject({ status: 'approved' });
    res = await member.get(`/api/v1/units/${second}/indicators?period=2030`);
    expect(res.statusCode).toBe(200);

    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: first }]);
    res = await coordinator.post(`${base}/imports?approve=true`, values(first), CSV);
    expect(res.statusCode).toBe(403);
    res = await operator.post(`${base}/imports?approve=true&roundId=1`, values(first), CSV);
    expect(res.json().error.details[0].path).toBe('querystring.approve');

    const line = (await operator.get(`${base}/drafts`))
      .json()
      .items.find((i: { fileName: string | null }) => i.fileName === 'se-1.csv');
    expect(line).toMatchObject({ values: 2, units: 1, periods: ['2030'], replacingApproved: 0 });
    await operator.post(`${base}/drafts/approve`, { sourceIds: [line.sourceId] });
    res = await member.get(`/api/v1/units/${first}/indicators?period=2030`);
    expect(res.statusCode).toBe(200);
  });

  it('the round form never shows values its approval does not touch (round_id null for the same key)', async () => {
    const unit = await createUnit(t, { kind: 'municipality-rural' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    await operator.post(
      `${base}/imports?approve=true`,
      `unit_code,variable_code,period,value\n${unit},pupils,2026,500\n`,
      CSV,
    );
    const id = (
      await operator.post(`${base}/rounds`, {
        name: 'Uczniowie 2026',
        period: '2026',
        deadline: '2099-01-01T00:00:00Z',
        variableCodes: ['pupils'],
        unitCodes: [unit],
      })
    ).json().id as number;
    const form = `${base}/rounds/${id}/units/${unit}`;
    expect((await coordinator.get(`${form}/form`)).json().fields[0].value).toBeNull();
    expect((await operator.get(`${base}/rounds/${id}/board`)).json().items[0].filled).toBe(0);
    const submit = await coordinator.post(`${form}/submit`);
    expect(submit.json().error).toMatchObject({ code: 'PLAUSIBILITY_ERRORS', details: { missing: ['pupils'] } });

    await coordinator.request('PUT', `${form}/values`, { values: [{ variableCode: 'pupils', value: 510 }] });
    // Until the form is approved the approved 500 still counts; after, the form's 510.
    const pupils = await variableId('pupils');
    const [row] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, unit));
    // The approved read behind indicators and benchmarking, for this one unit.
    const read = async () =>
      (await repo.approvedValuesOfUnit(t.db, row!.id)).find((v) => v.variableId === pupils && v.period === '2026')
        ?.value;
    expect(await read()).toBe(500);
    await coordinator.post(`${form}/submit`);
    expect(await read()).toBe(500);
    await operator.post(`${form}/approve`);
    expect(await read()).toBe(510);
    // Returning the approved form keeps 510 counting until it is approved again.
    await operator.post(`${form}/return`, { comment: 'Proszę sprawdzić' });
    await coordinator.request('PUT', `${form}/values`, { values: [{ variableCode: 'pupils', value: 520 }] });
    expect(await read()).toBe(510);
    // Clearing the draft brings back the value it replaced.
    await coordinator.request('PUT', `${form}/values`, { values: [{ variableCode: 'pupils', value: null }] });
    expect(await read()).toBe(510);
  });

  it("the round form's peer median reads approved values only (other units' drafts stay hidden, even in aggregate)", async () => {
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const code = `peer_${Math.random().toString(36).slice(2, 8)}`;
    const created = await operator.post('/api/v1/variables', {
      code,
      names: { pl: 'Zmienna testowa', en: 'Test variable' },
      unit: 'szt.',
      source: 'test',
      periodicity: 'year',
      description: { pl: 'Test', en: 'Test' },
      plausibility: { peerOutlier: { threshold: 3.5, severity: 'warning' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const kind = `peerkind-${Math.random().toString(36).slice(2, 8)}`;
    const rows = async (values: number[], approve: boolean) => {
      const lines = [];
      for (const v of values) lines.push(`${await createUnit(t, { kind })},${code},2027,${v}`);
      const res = await operator.post(
        `${base}/imports?approve=${approve}`,
        `unit_code,variable_code,period,value\n${lines.join('\n')}\n`,
        CSV,
      );
      expect(res.statusCode, res.body).toBe(200);
    };
    await rows([100, 101, 99, 100, 102], true);
    await rows([1000, 1001, 999, 1000, 1002, 1003], false);
    const unit = await createUnit(t, { kind });
    const id = (
      await operator.post(`${base}/rounds`, {
        name: 'Mediana',
        period: '2027',
        deadline: '2099-01-01T00:00:00Z',
        variableCodes: [code],
        unitCodes: [unit],
      })
    ).json().id as number;
    const save = async (value: number) =>
      (
        await operator.request('PUT', `${base}/rounds/${id}/units/${unit}/values`, {
          values: [{ variableCode: code, value }],
        })
      )
        .json()
        .findings.map((f: { check: string }) => f.check);
    // Against the approved peers (median 100) 100 is ordinary and 1000 an outlier; with the drafts
    // counted (median 1000) it would be the other way round.
    expect(await save(100)).toEqual([]);
    expect(await save(1000)).toEqual(['peer-outlier']);
  });
});
