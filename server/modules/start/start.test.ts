import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CONTEXT } from '../../http/context';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, createUser, login, loginAs } from '../../../tests/helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 600_000);
afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/start', () => {
  it('refuses an anonymous visitor', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/start' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('gives an administrator the setup checklist from the real state, next step first', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const before = (await client.get('/api/v1/start')).json();
    expect(before.myUnits).toEqual([]);
    const step = (body: typeof before, id: string) => body.checklist.items.find((i: { step: string }) => i.step === id);
    // The template database has the TERYT register: units are there from the first start.
    expect(step(before, 'units').done).toBe(true);
    expect(step(before, 'units').count).toBeGreaterThan(2000);

    const code = await createUnit(t);
    await createUser(t, [{ role: 'unit-coordinator', unitCode: code }]);
    await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
      name: 'Runda startowa',
      period: '2024',
      deadline: new Date('2099-01-01'),
      variableCodes: ['pupils'],
      unitCodes: [code],
    });
    const after = (await client.get('/api/v1/start')).json();
    expect(step(after, 'people')).toEqual({ step: 'people', done: true, count: step(before, 'people').count + 1 });
    expect(step(after, 'round')).toEqual({ step: 'round', done: true, count: step(before, 'round').count + 1 });
    expect(after.checklist.done).toBeGreaterThanOrEqual(3);
    expect(after.checklist.next).toBe(after.checklist.items.find((i: { done: boolean }) => !i.done)?.step ?? null);
  });

  it("gives a unit coordinator 'my unit' with the open form and no checklist", async () => {
    const code = await createUnit(t, { name: 'Gmina Startowa' });
    const coordinator = await createUser(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const round = await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
      name: 'Dane 2024',
      period: '2024',
      deadline: new Date('2099-03-31T21:59:59Z'),
      variableCodes: ['pupils'],
      unitCodes: [code],
    });
    const client = await login(t, coordinator);
    const res = await client.get('/api/v1/start');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.checklist).toBeNull();
    expect(body.myUnits).toHaveLength(1);
    expect(body.myUnits[0]).toMatchObject({
      unit: { code, name: 'Gmina Startowa' },
      role: 'unit-coordinator',
      openForms: [
        {
          roundId: round.id,
          name: 'Dane 2024',
          period: '2024',
          deadline: '2099-03-31T21:59:59.000Z',
          status: 'not-started',
          overdue: false,
        },
      ],
      openWaves: [],
      assessments: [],
      overdueActions: [],
      // A unit of an imported kind has no catalogue indicators to compare yet.
      position: null,
    });

    // A submitted form is no longer open for the coordinator.
    await t.services.dataCollection.saveValues(SYSTEM_CONTEXT, round.id, code, [{ variableCode: 'pupils', value: 10 }]);
    await t.services.dataCollection.submit(SYSTEM_CONTEXT, round.id, code);
    expect((await client.get('/api/v1/start')).json().myUnits[0].openForms).toEqual([]);
    // The first dashboard builds the benchmarking engine over every approved value of the template.
  }, 120_000);
});
