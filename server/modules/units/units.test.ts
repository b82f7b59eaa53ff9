import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, unitLinks, units } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/v1/units', () => {
  it.each([
    ['voivodeship', 16],
    ['county', 314],
    ['city-county', 66],
    ['municipality-urban', 302],
    ['municipality-urban-rural', 711],
    ['municipality-rural', 1464],
  ])('kind=%s → %i units from the 2024 register', async (kind, total) => {
    const res = await get(`/api/v1/units?kind=${kind}&pageSize=1`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total, page: 1, pageSize: 1 });
  });

  it('finds Łódź when searching "lodz", exact matches first', async () => {
    const res = await get('/api/v1/units?q=lodz&pageSize=5');
    const names = (res.json() as { items: { name: string; code: string }[] }).items.map((u) => `${u.name} ${u.code}`);
    expect(names.slice(0, 2)).toEqual(['Łódź 1061', 'Łódź 1061011']);
  });

  it('filters by voivodeship anywhere below it and by direct parent', async () => {
    const within = (await get('/api/v1/units?within=12&kind=municipality-rural&pageSize=100')).json() as {
      total: number;
      items: { code: string }[];
    };
    expect(within.total).toBeGreaterThan(50);
    expect(within.items.every((u) => u.code.startsWith('12'))).toBe(true);
    const children = (await get('/api/v1/units?parent=12&pageSize=100')).json() as {
      total: number;
      items: { kind: string }[];
    };
    expect(children.total).toBe(22); // 19 powiaty + 3 cities with powiat status in małopolskie
    expect(new Set(children.items.map((u) => u.kind))).toEqual(new Set(['county', 'city-county']));
  });

  it('pages with { items, total, page, pageSize }', async () => {
    const p1 = (await get('/api/v1/units?kind=county&pageSize=10&page=1')).json() as { items: { code: string }[] };
    const p2 = (await get('/api/v1/units?kind=county&pageSize=10&page=2')).json() as {
      items: { code: string }[];
      page: number;
    };
    expect(p2.page).toBe(2);
    expect(p1.items).toHaveLength(10);
    expect(p2.items[0]!.code > p1.items[9]!.code).toBe(true);
  });

  it.each([
    ['pageSize=1000', 'querystring.pageSize'],
    ['page=0', 'querystring.page'],
    ['kind=Not%20A%20Kind', 'querystring.kind'],
    ['includeHistorical=yes', 'querystring.includeHistorical'],
  ])('rejects %s with 400 naming %s', async (query, path) => {
    const res = await get(`/api/v1/units?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details[0].path).toBe(path);
  });

  it('hides historical units unless asked', async () => {
    const current = (await get('/api/v1/units?q=ostrowice')).json() as { total: number };
    const all = (await get('/api/v1/units?q=ostrowice&includeHistorical=true')).json() as {
      total: number;
      items: { validTo: string | null }[];
    };
    expect(current.total).toBe(0);
    expect(all.items.map((u) => u.validTo)).toEqual(['2019-01-01']);
  });
});

describe('GET /api/v1/units/{code}', () => {
  it('returns a gmina with its parents, siblings, type and geometry', async () => {
    const res = await get('/api/v1/units/1261011');
    expect(res.statusCode).toBe(200);
    const unit = res.json();
    expect(unit).toMatchObject({
      code: '1261011',
      name: 'Kraków',
      kind: 'municipality-urban',
      parentCode: '1261',
      attributes: { terytType: '1' },
      hasGeometry: true,
    });
    expect(unit.ancestors.map((a: { code: string }) => a.code)).toEqual(['12', '1261']);
    expect(unit.children.map((c: { kind: string }) => c.kind)).toContain('city-district');
  });

  it('returns a voivodeship with its powiaty as children', async () => {
    const unit = (await get('/api/v1/units/12')).json();
    expect(unit.children).toHaveLength(22);
    expect(unit.siblings).toHaveLength(15);
  });

  it('links a gmina that changed type to its successor, both ways', async () => {
    const old = (await get('/api/v1/units/1004062')).json();
    expect(old.validTo).toBe('2020-01-01');
    expect(old.successors).toMatchObject([
      { unit: { code: '1004063', name: 'Piątek' }, kind: 'type-change', date: '2020-01-01' },
    ]);
    const current = (await get('/api/v1/units/1004063')).json();
    expect(current.predecessors.map((p: { unit: { code: string } }) => p.unit.code)).toEqual(['1004062']);
  });

  it('keeps the abolished gmina Ostrowice with the two gminy that took its area', async () => {
    const unit = (await get('/api/v1/units/3203042')).json();
    expect(
      unit.successors.map((s: { unit: { name: string }; kind: string }) => `${s.unit.name}:${s.kind}`).sort(),
    ).toEqual(['Drawsko Pomorskie:split-into', 'Złocieniec:split-into']);
  });

  it('joins 2019 boundaries to gminy whose last TERYT digit changed since (first 6 digits)', async () => {
    // 0201011 kept its code; 1004063 (Piątek, 2020) and every gmina that changed type by 2024 need the 6-digit join.
    const changedBy2024 = await t.db
      .select({ code: units.code })
      .from(unitLinks)
      .innerJoin(units, eq(units.id, unitLinks.toUnitId))
      .where(eq(unitLinks.date, '2024-01-01'));
    expect(changedBy2024.length).toBeGreaterThan(10);
    for (const code of ['1004063', '0201011', ...changedBy2024.map((c) => c.code)]) {
      expect((await get(`/api/v1/units/${code}`)).json().hasGeometry, code).toBe(true);
    }
    const map = (await get('/api/v1/maps?level=municipality')).json() as {
      features: { properties: { code: string } }[];
    };
    expect(map.features).toHaveLength(2477);
    const current = await t.db
      .select({ code: units.code })
      .from(units)
      .where(and(isNull(units.validTo)));
    const currentCodes = new Set(current.map((c) => c.code));
    expect(map.features.every((f) => currentCodes.has(f.properties.code))).toBe(true);
  });

  it('answers 404 UNIT_NOT_FOUND for an unknown code', async () => {
    const res = await get('/api/v1/units/9999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND' });
  });
});

describe('GET /api/v1/maps', () => {
  it('returns the powiaty of one voivodeship', async () => {
    const res = await get('/api/v1/maps?level=county&within=12');
    expect(res.statusCode).toBe(200);
    expect(res.json().features).toHaveLength(22);
  });

  it('rejects an unknown level with 400 and an unknown unit with 404', async () => {
    expect((await get('/api/v1/maps?level=planet')).statusCode).toBe(400);
    expect((await get('/api/v1/maps?level=county&within=99')).json().error.code).toBe('UNIT_NOT_FOUND');
  });
});

describe('POST /api/v1/units/import', () => {
  const csv = { 'content-type': 'text/csv' };

  it("imports another country's municipalities, which then list and search like any unit", async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const file =
      'code,name,kind,parent_code\nSE-AB,Stockholms län,county,\nSE-0114,Upplands Väsby,kommun,SE-AB\nSE-0180,Stockholm,kommun,SE-AB\n';
    const dry = await client.post('/api/v1/units/import?dryRun=true', file, csv);
    expect(dry.json()).toEqual({ dryRun: true, created: 3, updated: 0, total: 3 });
    expect((await get('/api/v1/units/SE-0180')).statusCode).toBe(404);
    const res = await client.post('/api/v1/units/import?fileName=se.csv', file, csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dryRun: false, created: 3, updated: 0, total: 3 });
    const unit = (await get('/api/v1/units/SE-0180')).json();
    expect(unit).toMatchObject({ kind: 'kommun', parentCode: 'SE-AB', source: 'csv' });
    expect((await get('/api/v1/units?kind=kommun&within=SE-AB')).json().total).toBe(2);
    expect((await get('/api/v1/units?q=upplands vasby')).json().items[0].code).toBe('SE-0114');
    const kinds = (await get('/api/v1/units/kinds')).json().items as { kind: string; count: number }[];
    expect(kinds.find((k) => k.kind === 'kommun')?.count).toBe(2);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'units.import'), eq(auditLog.entityId, 'se.csv')));
    expect(audit?.changes).toMatchObject({ created: ['SE-AB', 'SE-0114', 'SE-0180'] });
  });

  it('writes nothing when one line is bad, and lists every bad line', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const before = await t.db.select({ id: units.id }).from(units);
    const file =
      'code,name,kind,parent_code\nNO-01,Oslo,kommune,\nNO-01,Oslo again,kommune,\nNO-02,Bergen,kommune,NOPE\n';
    const res = await client.post('/api/v1/units/import', file, csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details).toEqual([
      { line: 3, field: 'code', reason: 'duplicate code "NO-01" (first on line 2)' },
      { line: 4, field: 'parent_code', reason: 'unknown parent "NOPE"' },
    ]);
    expect(await t.db.select({ id: units.id }).from(units)).toHaveLength(before.length);
  });

  it('updates units imported from CSV before and refuses to touch TERYT codes', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const code = await createUnit(t, { name: 'Before' });
    const update = `code,name,kind,parent_code\n${code},After,test-unit,\n`;
    expect((await client.post('/api/v1/units/import', update, csv)).json()).toMatchObject({ created: 0, updated: 1 });
    expect((await get(`/api/v1/units/${code}`)).json().name).toBe('After');
    const teryt = 'code,name,kind,parent_code\n1261011,Not Kraków,city,\n';
    const res = await client.post('/api/v1/units/import', teryt, csv);
    expect(res.json().error.details).toEqual([
      { line: 2, field: 'code', reason: 'code "1261011" belongs to the TERYT register' },
    ]);
    expect((await get('/api/v1/units/1261011')).json().name).toBe('Kraków');
  });

  it('refuses an oversized file with 413', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const big = `code,name,kind,parent_code\n${'X,Y,z,\n'.repeat(3_500_000)}`;
    const res = await client.post('/api/v1/units/import', big, csv);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized JSON body with 413', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const res = await client.patch('/api/v1/units/1261011', { description: 'x'.repeat(2_000_000) });
    expect(res.statusCode).toBe(413);
  });
});

describe('PATCH /api/v1/units/{code}', () => {
  it('lets a coordinator edit the profile of their unit, with an audit entry', async () => {
    const code = await createUnit(t);
    const { user, client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const res = await client.patch(`/api/v1/units/${code}`, {
      website: 'https://example.pl',
      phone: '+48 12 345 67 89',
      description: 'Urząd <script>alert(1)</script>',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toEqual({
      description: 'Urząd <script>alert(1)</script>',
      website: 'https://example.pl',
      email: null,
      phone: '+48 12 345 67 89',
      officeName: null,
    });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'unit'), eq(auditLog.entityId, code)));
    expect(row).toMatchObject({ actorUserId: user.id, action: 'unit.update' });
  });

  it("stores the office's proper name, audited, and falls back to the generated default when cleared", async () => {
    // Powiat brzeski in Opolskie: a namesake of powiat brzeski in Małopolskie.
    const { user, client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: '1601' }]);
    expect((await get('/api/v1/units/1601')).json().officeName).toBe(
      'Starostwo Powiatowe — powiat brzeski (woj. opolskie)',
    );
    const res = await client.patch('/api/v1/units/1601', { officeName: '  Starostwo Powiatowe w Brzegu ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      officeName: 'Starostwo Powiatowe w Brzegu',
      profile: { officeName: 'Starostwo Powiatowe w Brzegu' },
    });
    const stored = async () =>
      (await t.db.select({ officeName: units.officeName }).from(units).where(eq(units.code, '1601')))[0]?.officeName;
    expect(await stored()).toBe('Starostwo Powiatowe w Brzegu');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'unit'), eq(auditLog.entityId, '1601')));
    expect(entry).toMatchObject({
      actorUserId: user.id,
      action: 'unit.update',
      changes: { officeName: { from: null, to: 'Starostwo Powiatowe w Brzegu' } },
    });

    const cleared = await client.patch('/api/v1/units/1601', { officeName: '' });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().officeName).toBe('Starostwo Powiatowe — powiat brzeski (woj. opolskie)');
    expect(await stored()).toBeNull();
  });

  it('generates office names per kind, qualified only for namesakes', async () => {
    const names = async (...codes: string[]) =>
      Promise.all(codes.map(async (code) => (await get(`/api/v1/units/${code}`)).json().officeName));
    expect(await names('1206162', '1465', '12', '1206', '1803032')).toEqual([
      'Urząd Gminy Zabierzów',
      'Urząd m.st. Warszawy',
      'Urząd Marszałkowski Województwa Małopolskiego',
      'Starostwo Powiatowe — powiat krakowski',
      'Urząd Gminy Czarna (powiat dębicki, woj. podkarpackie)',
    ]);
  });

  it('refuses an office name longer than 200 characters', async () => {
    const code = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const res = await client.patch(`/api/v1/units/${code}`, { officeName: 'U'.repeat(201) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.officeName');
  });

  it('rejects a bad website with 400 naming the field', async () => {
    const code = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const res = await client.patch(`/api/v1/units/${code}`, { website: 'javascript:alert(1)' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.website');
  });

  it('answers 401 to an anonymous caller', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/units/1261011', payload: { phone: '123456' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});
