/**
 * GET /api/v1/round-templates and a round opened from a template: the variables, the catalogue's
 * cross-field rules over them (read from data/catalogue/rules.json by hand), Polish instructions,
 * and a template's variables are accepted as they are by POST /rounds, whose form then checks the
 * template's rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Template = {
  id: string;
  area: string;
  unitKinds: string[];
  instructions: { pl: string };
  variables: { code: string; unit: string }[];
  rules: { code: string; message: { pl: string } }[];
};

describe('round templates', () => {
  it('lists education, county roads, health and administration with variables, rules and instructions', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/round-templates' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Template[];
    expect(items.map((i) => i.area)).toEqual(['education', 'roads', 'health', 'administration']);
    const roads = items.find((i) => i.id === 'county-roads')!;
    expect(roads.variables.map((v) => v.code)).toEqual([
      'road_length_km',
      'road_length_good_condition_km',
      'road_maintenance_expenditure',
      'road_capital_expenditure',
      'road_accidents',
    ]);
    expect(roads.variables[0]!.unit).toBe('km');
    // rules.json: roads_good_le_roads is road_length_good_condition_km <= road_length_km.
    expect(roads.rules.map((r) => r.code)).toEqual(['roads_good_le_roads']);
    expect(roads.instructions.pl).toContain('drogach powiatowych');
    expect(items.find((i) => i.id === 'administration')!.rules.map((r) => r.code)).toEqual(
      expect.arrayContaining(['decisions_after_deadline_le_issued', 'electronic_cases_le_cases']),
    );
  });

  it('a round opened with a template’s variables checks the template’s rule in the form', async () => {
    const unit = await createUnit(t, { kind: 'county' });
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    const roads = (
      (await t.app.inject({ method: 'GET', url: '/api/v1/round-templates' })).json().items as Template[]
    ).find((i) => i.id === 'county-roads')!;
    const created = await operator.post('/api/v1/data-collection/rounds', {
      name: 'Drogi powiatowe — 2024',
      period: '2024',
      deadline: '2099-01-31T23:59:00+01:00',
      variableCodes: roads.variables.map((v) => v.code),
      unitCodes: [unit],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const saved = await coordinator.request('PUT', `/api/v1/data-collection/rounds/${id}/units/${unit}/values`, {
      values: [
        { variableCode: 'road_length_km', value: 100 },
        { variableCode: 'road_length_good_condition_km', value: 120 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().findings.map((f: { check: string; severity: string }) => `${f.check}:${f.severity}`)).toContain(
      'rule:error',
    );
  });
});
