import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { loginAs } from '../../../tests/helpers/factories';
import { auditLog, indicators, variables } from '../../db/schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

const indicatorBody = {
  code: 'late_share_test',
  names: { pl: 'Udział decyzji po terminie', en: 'Late decisions share' },
  definition: { pl: 'x', en: 'x' },
  formula: 'decisions_after_deadline / decisions_issued * 100',
  unit: '%',
  decimals: 1,
  polarity: 'lower-is-better',
  type: 'quality',
  area: 'administration',
  unitKinds: ['municipality-urban'],
  source: { pl: 'jednostka', en: 'unit' },
};

const variableBody = {
  code: 'library_visits_test',
  names: { pl: 'Odwiedziny w bibliotece', en: 'Library visits' },
  unit: 'osoby',
  source: 'unit',
  periodicity: 'year',
  description: { pl: 'Liczba odwiedzin w roku', en: 'Visits in the year' },
  plausibility: { nonNegative: true, ranges: [{ max: 1_000_000, severity: 'warning' }] },
};

async function auditEntries(entityType: string, entityId: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}

describe('browsing the catalogue', () => {
  it('ships at least 40 indicators, browsable by area and type', async () => {
    const all = (await get('/api/v1/indicators?pageSize=1')).json();
    expect(all.total).toBeGreaterThanOrEqual(40);
    const admin = (await get('/api/v1/indicators?area=administration&pageSize=100')).json();
    expect(admin.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/deadline/), expect.stringMatching(/overturned/)]),
    );
    for (const area of ['education', 'roads', 'health', 'social-assistance', 'administration', 'finance']) {
      expect((await get(`/api/v1/indicators?area=${area}&pageSize=1`)).json().total, area).toBeGreaterThan(0);
    }
    const search = (await get('/api/v1/indicators?q=dochody')).json();
    expect(search.total).toBeGreaterThan(0);
  });

  it('filters combine: every item answers every filter, and the total counts the rows in the table', async () => {
    const page = (await get('/api/v1/indicators?area=finance&type=input&pageSize=100')).json();
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(item).toMatchObject({ area: 'finance', type: 'input' });
    const rows = await t.db
      .select({ code: indicators.code })
      .from(indicators)
      .where(and(eq(indicators.area, 'finance'), eq(indicators.type, 'input')));
    expect(page.total).toBe(rows.length);
  });

  it('pages without overlap: two pages of 5 are the first 10 in the same order', async () => {
    const ten = (await get('/api/v1/indicators?pageSize=10')).json();
    const first = (await get('/api/v1/indicators?pageSize=5&page=1')).json();
    const second = (await get('/api/v1/indicators?pageSize=5&page=2')).json();
    const codes = (p: { items: { code: string }[] }) => p.items.map((i) => i.code);
    expect([...codes(first), ...codes(second)]).toEqual(codes(ten));
    expect(second.page).toBe(2);
  });

  it('one indicator names its variables and carries its coverage; an unknown one is 404 with a code', async () => {
    const one = (await get('/api/v1/indicators/own_revenue_per_capita')).json();
    expect(one.variables.map((v: { code: string }) => v.code)).toContain('own_revenue_total');
    expect(one.coverage.periods.length).toBeGreaterThan(0);
    expect(one.coverage.defaultPeriod).toMatch(/^\d{4}$/);
    const missing = await get('/api/v1/indicators/no_such_indicator');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('INDICATOR_NOT_FOUND');
    expect((await get('/api/v1/variables/no_such_variable')).json().error.code).toBe('VARIABLE_NOT_FOUND');
  });

  it('refuses a filter outside the known lists with 400 naming the field', async () => {
    const res = await get('/api/v1/indicators?area=astrology');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error)).toContain('area');
  });
});

describe('catalogue management', () => {
  it('rejects a formula with a syntax error or an unknown variable, with the position', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const syntax = await client.post('/api/v1/indicators', { ...indicatorBody, formula: 'decisions_issued * / 2' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error).toMatchObject({ code: 'FORMULA_INVALID', details: { position: 19 } });
    const unknown = await client.post('/api/v1/indicators', {
      ...indicatorBody,
      formula: 'decisions_issued / no_such_thing',
    });
    expect(unknown.json().error).toMatchObject({ code: 'FORMULA_INVALID', details: { position: 19 } });
    expect(unknown.json().error.message).toContain('no_such_thing');
    expect(await t.db.select().from(indicators).where(eq(indicators.code, indicatorBody.code))).toHaveLength(0);
  });

  it('creates an indicator that computes from stored values; a second create is 409; changes are audited', async () => {
    const { client, user } = await loginAs(t, [{ role: 'network-operator' }]);
    const res = await client.post('/api/v1/indicators', indicatorBody);
    expect(res.statusCode).toBe(201);
    expect(res.json().variables.map((v: { code: string }) => v.code)).toEqual([
      'decisions_after_deadline',
      'decisions_issued',
    ]);
    expect((await client.post('/api/v1/indicators', indicatorBody)).statusCode).toBe(409);
    const patched = await client.patch('/api/v1/indicators/late_share_test', { decimals: 2 });
    expect(patched.json().decimals).toBe(2);
    const badFormula = await client.patch('/api/v1/indicators/late_share_test', { formula: 'decisions_issued +' });
    expect(badFormula.json().error.code).toBe('FORMULA_INVALID');
    const [row] = await t.db.select().from(indicators).where(eq(indicators.code, 'late_share_test'));
    expect(row).toMatchObject({ decimals: 2, formula: indicatorBody.formula, isShipped: false });
    const entries = await auditEntries('indicator', 'late_share_test');
    expect(entries.map((e) => e.action).sort()).toEqual(['indicator.create', 'indicator.update']);
    expect(entries.every((e) => e.actorUserId === user.id)).toBe(true);
    expect(entries.find((e) => e.action === 'indicator.update')!.changes).toEqual({ decimals: 2 });
  });

  it('a variable is created with its plausibility checks, found by search, updated and audited', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const created = await client.post('/api/v1/variables', variableBody);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: variableBody.code, plausibility: variableBody.plausibility });
    expect((await client.post('/api/v1/variables', variableBody)).statusCode).toBe(409);
    const found = (await get('/api/v1/variables?q=bibliotec')).json();
    expect(found.items.map((v: { code: string }) => v.code)).toContain(variableBody.code);
    const patched = await client.patch(`/api/v1/variables/${variableBody.code}`, { unit: 'wizyty' });
    expect(patched.json().unit).toBe('wizyty');
    const [row] = await t.db.select().from(variables).where(eq(variables.code, variableBody.code));
    expect(row).toMatchObject({ unit: 'wizyty', isShipped: false });
    expect((await auditEntries('variable', variableBody.code)).map((e) => e.action).sort()).toEqual([
      'variable.create',
      'variable.update',
    ]);
    // A formula may use the new variable as soon as it exists.
    const indicator = await client.post('/api/v1/indicators', {
      ...indicatorBody,
      code: 'library_visits_share_test',
      formula: `${variableBody.code} / 10`,
    });
    expect(indicator.statusCode).toBe(201);
  });

  it('refuses a bad code, a range with min above max and an unknown check, naming the field; writes nothing', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const badCode = await client.post('/api/v1/variables', { ...variableBody, code: 'Bad-Code' });
    expect(badCode.statusCode).toBe(400);
    expect(JSON.stringify(badCode.json().error)).toContain('code');
    const badRange = await client.post('/api/v1/variables', {
      ...variableBody,
      code: 'range_test',
      plausibility: { ranges: [{ min: 10, max: 1, severity: 'error' }] },
    });
    expect(badRange.statusCode).toBe(400);
    expect(JSON.stringify(badRange.json().error)).toContain('min is greater than max');
    const unknownCheck = await client.post('/api/v1/variables', {
      ...variableBody,
      code: 'unknown_check_test',
      plausibility: { astrology: true },
    });
    expect(unknownCheck.statusCode).toBe(400);
    const written = await t.db.select().from(variables).where(eq(variables.code, 'range_test'));
    expect(written).toHaveLength(0);
  });

  it('only catalogue managers write: a unit coordinator gets 403, an anonymous caller 401', async () => {
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: '1261011' }]);
    const res = await client.patch('/api/v1/indicators/own_revenue_per_capita', { decimals: 5 });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/variables',
      payload: { ...variableBody, code: 'anonymous_test' },
    });
    expect(anonymous.statusCode).toBe(401);
    const [row] = await t.db.select().from(indicators).where(eq(indicators.code, 'own_revenue_per_capita'));
    expect(row!.decimals).not.toBe(5);
  });
});
