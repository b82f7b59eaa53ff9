import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createGroup, createUnit, loginAs } from '../../../tests/helpers/factories';
import { auditLog, improvementActions, improvementActionUpdates, improvementPlans } from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

/** "Today" for schedules: 15 June 2025 (Warsaw). */
const TODAY = new Date('2025-06-15T10:00:00Z');
const suffix = randomBytes(3).toString('hex');
const VARIABLE = `fx_cases_${suffix}`;
const HIGHER = `fx_higher_${suffix}`;
const LOWER = `fx_lower_${suffix}`;
const NEUTRAL = `fx_neutral_${suffix}`;
const YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022'];

let t: TestApp;
let peers: string[];
const scenario: Record<'better' | 'inLine' | 'worse' | 'noFollowUp', string> = {
  better: '',
  inLine: '',
  worse: '',
  noFollowUp: '',
};

async function indicator(code: string, polarity: 'higher-is-better' | 'lower-is-better' | 'neutral') {
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code,
    names: { pl: `Wskaźnik ${code}`, en: `Indicator ${code}` },
    definition: { pl: 'test', en: 'test' },
    formula: VARIABLE,
    unit: 'szt.',
    decimals: 1,
    polarity,
    type: 'quality',
    area: 'administration',
    unitKinds: ['test-unit'],
    source: { pl: 'test', en: 'test' },
  });
}

/** Writes approved values the way units do: one collection round per year, each unit's form saved, submitted and approved. */
async function approvedValues(values: Map<string, Record<string, number>>) {
  for (const year of YEARS) {
    const codes = [...values.keys()].filter((code) => values.get(code)![year] !== undefined);
    const round = await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
      name: `Effect ${year}`,
      period: year,
      deadline: new Date('2099-01-01T00:00:00Z'),
      variableCodes: [VARIABLE],
      unitCodes: codes,
    });
    for (const code of codes) {
      await t.services.dataCollection.saveValues(SYSTEM_CONTEXT, round.id, code, [
        { variableCode: VARIABLE, value: values.get(code)![year]! },
      ]);
      await t.services.dataCollection.submit(SYSTEM_CONTEXT, round.id, code);
      await t.services.dataCollection.approve(SYSTEM_CONTEXT, round.id, code);
    }
  }
}

/**
 * Six peers growing steadily at 1, 1.5, …, 3.5 a year: between the baseline 2016–2018 and the
 * follow-up 2020–2022 (an action during 2019) each changes by 4 × its slope → 4, 6, 8, 10, 12, 14:
 * median 9, Q1 6.5, Q3 11.5 (type 7), IQR 5 = the tolerance. Each unit starts 100, 102, 104; after
 * the action: better 130–134 (Δ 30, DiD +21), in line 110–114 (Δ 10, DiD +1), worse 98–102 (Δ −2,
 * DiD −11); the fourth has no value after the action.
 */
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => TODAY } });
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: VARIABLE,
    names: { pl: 'Sprawy', en: 'Cases' },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await indicator(HIGHER, 'higher-is-better');
  await indicator(LOWER, 'lower-is-better');
  await indicator(NEUTRAL, 'neutral');
  peers = await Promise.all([0, 1, 2, 3, 4, 5].map(() => createUnit(t)));
  for (const key of Object.keys(scenario) as (keyof typeof scenario)[]) scenario[key] = await createUnit(t);
  const values = new Map<string, Record<string, number>>();
  peers.forEach((code, i) =>
    values.set(code, Object.fromEntries(YEARS.map((y) => [y, 50 + 10 * i + (1 + 0.5 * i) * (Number(y) - 2016)]))),
  );
  const before = { 2016: 100, 2017: 102, 2018: 104, 2019: 107 };
  values.set(scenario.better, { ...before, 2020: 130, 2021: 132, 2022: 134 });
  values.set(scenario.inLine, { ...before, 2020: 110, 2021: 112, 2022: 114 });
  values.set(scenario.worse, { ...before, 2020: 98, 2021: 100, 2022: 102 });
  values.set(scenario.noFollowUp, before);
  await approvedValues(values);
  t.services.benchmarking.invalidate();
});
afterAll(() => t.close());

async function planFor(unit: string) {
  const { client } = await loginAs(t, [{ role: 'unit-member', unitCode: unit }]);
  const res = await client.post('/api/v1/improvement-plans', {
    unitCode: unit,
    period: '2019-2020',
    title: 'Plan doskonalenia',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { client, planId: res.json().id as number };
}

const gapAction = (indicatorCode: string, extra: Record<string, unknown> = {}) => ({
  title: 'Skrócenie czasu obsługi',
  source: { type: 'benchmark-gap', indicatorCode },
  startDate: '2019-01-01',
  endDate: '2019-12-31',
  status: 'done',
  impact: 'high',
  feasibility: 'medium',
  indicator: { code: indicatorCode, baseline: 104, target: 120, peers: `units:${peers.join(',')}` },
  ...extra,
});

describe('effect check: an action from a benchmark gap against its peers', () => {
  it.each([
    ['better', HIGHER, 'improved-more-than-peers', 21],
    ['inLine', HIGHER, 'in-line-with-peers', 1],
    ['worse', HIGHER, 'worse-than-peers', -11],
    // Lower is better: the same rise that beat the peers is now the worst change of all.
    ['better', LOWER, 'worse-than-peers', -21],
  ] as const)('%s unit, indicator %s → %s', async (key, code, verdict, beyondPeers) => {
    const { client, planId } = await planFor(scenario[key]);
    const created = await client.post(`/api/v1/improvement-plans/${planId}/actions`, gapAction(code));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().source).toEqual({ type: 'benchmark-gap', indicatorCode: code, note: null });
    const res = await client.get(`/api/v1/improvement-actions/${created.json().id}/effect`);
    expect(res.statusCode, res.body).toBe(200);
    const effect = res.json();
    expect(effect.verdict).toBe(verdict);
    expect(effect.peers).toEqual({ spec: `units:${peers.join(',')}`, count: 6 });
    expect(effect.check.baselinePeriods).toEqual(['2016', '2017', '2018']);
    expect(effect.check.followUpPeriods).toEqual(['2020', '2021', '2022']);
    expect(effect.check.peers).toMatchObject({ medianChange: 9, q1: 6.5, q3: 11.5, iqr: 5 });
    expect(effect.check.tolerance).toBe(5);
    expect(effect.check.improvementBeyondPeers).toBeCloseTo(beyondPeers, 9);
    expect(effect.unitSeries.find((p: { period: string }) => p.period === '2021').value).toBe(
      key === 'better' ? 132 : key === 'inLine' ? 112 : 100,
    );
    // Peer median per year, by hand: the peers' values at 2016 are 50, 60, …, 100 → median 75.
    expect(effect.peerMedianSeries.find((p: { period: string }) => p.period === '2016')).toMatchObject({
      value: 75,
      n: 6,
    });
  });

  it('says "not enough data yet" when the unit has no value after the action', async () => {
    const { client, planId } = await planFor(scenario.noFollowUp);
    const action = (await client.post(`/api/v1/improvement-plans/${planId}/actions`, gapAction(HIGHER))).json();
    const effect = (await client.get(`/api/v1/improvement-actions/${action.id}/effect`)).json();
    expect(effect.verdict).toBe('not-enough-data');
    expect(effect.reasons.map((r: { code: string }) => r.code)).toEqual(['NO_FOLLOW_UP']);
  });

  it("makes no effect check for a neutral indicator, and none without the action's dates", async () => {
    const { client, planId } = await planFor(scenario.better);
    const neutral = (await client.post(`/api/v1/improvement-plans/${planId}/actions`, gapAction(NEUTRAL))).json();
    const n = (await client.get(`/api/v1/improvement-actions/${neutral.id}/effect`)).json();
    expect(n).toMatchObject({ verdict: 'not-applicable', reasons: [{ code: 'NEUTRAL_INDICATOR' }], check: null });
    const undated = (
      await client.post(
        `/api/v1/improvement-plans/${planId}/actions`,
        gapAction(HIGHER, { startDate: null, endDate: null }),
      )
    ).json();
    expect((await client.get(`/api/v1/improvement-actions/${undated.id}/effect`)).json()).toMatchObject({
      verdict: 'not-enough-data',
      reasons: [{ code: 'NO_DATES' }],
    });
    const free = (
      await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
        title: 'Szkolenie',
        source: { type: 'free' },
        impact: 2,
        feasibility: 5,
      })
    ).json();
    expect((await client.get(`/api/v1/improvement-actions/${free.id}/effect`)).json().error.code).toBe('BAD_REQUEST');
  });
});

describe('plans and actions', () => {
  it('creates a plan with prioritised, scheduled actions; progress updates, changes and removal are kept and audited', async () => {
    const unit = await createUnit(t);
    const { client, planId } = await planFor(unit);
    const quick = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'Formularz online',
      source: { type: 'free', note: 'z warsztatu' },
      owner: 'Wydział Organizacyjny',
      startDate: '2025-01-01',
      endDate: '2025-05-31',
      status: 'in-progress',
      impact: 4,
      feasibility: 'high',
      budget: '12500.50',
    });
    expect(quick.statusCode, quick.body).toBe(201);
    expect(quick.json()).toMatchObject({
      priority: { impact: 4, feasibility: 5, score: 20, class: 'high', quadrant: 'quick-win' },
      // Due 31 May, "today" 15 June: 15 days overdue.
      schedule: { timeliness: 'overdue', daysLate: 15, overdue: true },
      budget: '12500.50',
      indicator: null,
    });
    const minor = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'Tablica informacyjna',
      source: { type: 'free' },
      endDate: '2025-12-31',
      impact: 'low',
      feasibility: 'low',
    });
    expect(minor.json()).toMatchObject({
      priority: { score: 1, class: 'low', quadrant: 'reconsider' },
      schedule: { timeliness: 'on-track', overdue: false },
      status: 'planned',
    });
    const [stored] = await t.db.select().from(improvementActions).where(eq(improvementActions.id, quick.json().id));
    expect(stored).toMatchObject({
      budget: '12500.50',
      impact: 4,
      feasibility: 5,
      sourceType: 'free',
      source: { note: 'z warsztatu' },
    });

    const update = await client.post(`/api/v1/improvement-actions/${quick.json().id}/updates`, {
      date: '2025-06-10',
      comment: 'Formularz działa',
      status: 'done',
      progress: 100,
    });
    expect(update.statusCode, update.body).toBe(201);
    expect(update.json().action).toMatchObject({
      status: 'done',
      progress: 100,
      schedule: { timeliness: 'closed', overdue: false },
    });
    expect(update.json().update).toMatchObject({
      date: '2025-06-10',
      comment: 'Formularz działa',
      status: 'done',
      progress: 100,
    });
    expect(
      await t.db.select().from(improvementActionUpdates).where(eq(improvementActionUpdates.actionId, quick.json().id)),
    ).toHaveLength(1);

    const plan = (await client.get(`/api/v1/improvement-plans/${planId}`)).json();
    expect(plan.actions.map((a: { title: string }) => a.title)).toEqual(['Formularz online', 'Tablica informacyjna']);
    expect(plan).toMatchObject({
      canManage: true,
      byStatus: { planned: 1, 'in-progress': 0, done: 1, cancelled: 0 },
      overdue: 0,
      period: '2019-2020',
    });
    expect(plan.actions[0].updates).toHaveLength(1);

    const patched = await client.patch(`/api/v1/improvement-actions/${minor.json().id}`, {
      status: 'cancelled',
      owner: 'Sekretarz',
    });
    expect(patched.json()).toMatchObject({ status: 'cancelled', owner: 'Sekretarz', title: 'Tablica informacyjna' });
    const backwards = await client.patch(`/api/v1/improvement-actions/${minor.json().id}`, { startDate: '2026-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toEqual([expect.objectContaining({ path: 'body.endDate' })]);

    expect((await client.delete(`/api/v1/improvement-actions/${minor.json().id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(improvementActions).where(eq(improvementActions.id, minor.json().id))).toEqual([]);
    const trail = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'improvement-action'), eq(auditLog.entityId, String(minor.json().id))));
    expect(trail.map((e) => e.action)).toEqual(['plan.action.create', 'plan.action.update', 'plan.action.delete']);

    const csv = await client.get(`/api/v1/improvement-plans/${planId}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(
      'Formularz online,done,20,high,quick-win,4,5,Wydział Organizacyjny,2025-01-01,2025-05-31,closed,0,100,12500.50,free,note=z warsztatu',
    );
    const xlsx = await client.get(`/api/v1/improvement-plans/${planId}/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Plan')!.getRow(2).getCell(2).value).toBe('Formularz online');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const unit = await createUnit(t);
    const { client, planId } = await planFor(unit);
    const count = async () =>
      (await t.db.select().from(improvementActions).where(eq(improvementActions.planId, planId))).length;

    const bad = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'X',
      source: { type: 'free' },
      impact: 6,
      feasibility: 'huge',
      budget: '10.005',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.budget', 'body.feasibility']);
    const ratings = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'X',
      source: { type: 'free' },
      impact: 6,
      feasibility: 2.5,
    });
    expect(ratings.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.impact',
      'body.feasibility',
    ]);

    // An indicator for gminy does not apply to this unit's kind.
    const notApplicable = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      ...gapAction('own_revenue_per_capita'),
    });
    expect(notApplicable.statusCode).toBe(400);
    expect(notApplicable.json().error).toMatchObject({
      code: 'INDICATOR_NOT_APPLICABLE',
      details: [{ path: 'body.indicator.code' }],
    });
    expect(
      (await client.post(`/api/v1/improvement-plans/${planId}/actions`, gapAction('no_such_indicator'))).json().error
        .code,
    ).toBe('INDICATOR_NOT_FOUND');
    const spec = await client.post(
      `/api/v1/improvement-plans/${planId}/actions`,
      gapAction(HIGHER, { indicator: { code: HIGHER, peers: 'kind:' } }),
    );
    expect(spec.json().error.details).toEqual([expect.objectContaining({ path: 'body.indicator.peers' })]);

    // A CAF area for improvement must come from an assessment of this unit, and name one of its subcriteria.
    const own = await t.services.selfAssessment.create(SYSTEM_CONTEXT, unit, {
      frameworkId: 'caf-2020',
      round: 1,
      date: '2025-03-01',
      mode: 'classical',
    });
    const other = await t.services.selfAssessment.create(SYSTEM_CONTEXT, await createUnit(t), {
      frameworkId: 'caf-2020',
      round: 1,
      date: '2025-03-01',
      mode: 'classical',
    });
    const foreign = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'X',
      source: { type: 'caf-improvement', assessmentId: other.id, itemId: '3.2' },
      impact: 3,
      feasibility: 3,
    });
    expect(foreign.json().error.details).toEqual([expect.objectContaining({ path: 'body.source.assessmentId' })]);
    const item = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'X',
      source: { type: 'caf-improvement', assessmentId: own.id, itemId: '10.1' },
      impact: 3,
      feasibility: 3,
    });
    expect(item.json().error.details).toEqual([expect.objectContaining({ path: 'body.source.itemId' })]);
    expect(await count()).toBe(0);

    const fromCaf = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'Przegląd misji',
      source: { type: 'caf-improvement', assessmentId: own.id, itemId: '1.1' },
      impact: 3,
      feasibility: 3,
    });
    expect(fromCaf.json().source).toEqual({ type: 'caf-improvement', assessmentId: own.id, itemId: '1.1', note: null });
    // From a benchmark gap without an explicit link, the action is linked to the gap's indicator.
    const fromGap = await client.post(`/api/v1/improvement-plans/${planId}/actions`, {
      title: 'Luka',
      source: { type: 'benchmark-gap', indicatorCode: HIGHER },
      impact: 3,
      feasibility: 3,
    });
    expect(fromGap.json().indicator).toMatchObject({
      code: HIGHER,
      polarity: 'higher-is-better',
      baseline: null,
      peers: null,
    });
    expect(await count()).toBe(2);

    expect(
      (await client.post('/api/v1/improvement-plans', { unitCode: unit, period: '2027-2026', title: 'X' })).json().error
        .details,
    ).toEqual([expect.objectContaining({ path: 'body.period' })]);
    expect(
      (
        await client.post('/api/v1/improvement-plans', { unitCode: unit, groupId: 1, period: '2026', title: 'X' })
      ).json().error.code,
    ).toBe('VALIDATION_FAILED');
  });

  it("a group's plan is kept by its operators and read by the group; a unit's plan by the unit and the group overseeing it", async () => {
    const member = await createUnit(t);
    const outside = await createUnit(t);
    const group = await createGroup(t, { unitCodes: [member] });
    const operator = await loginAs(t, [{ role: 'network-operator', groupId: group }]);
    const created = await operator.client.post('/api/v1/improvement-plans', {
      groupId: group,
      period: '2026',
      title: 'Plan sieci',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ unit: null, group: { id: group }, canManage: true });
    const groupPlan = created.json().id;
    const memberUser = await loginAs(t, [{ role: 'unit-member', unitCode: member }]);
    expect((await memberUser.client.get(`/api/v1/improvement-plans/${groupPlan}`)).json()).toMatchObject({
      title: 'Plan sieci',
      canManage: false,
    });
    expect(
      (
        await memberUser.client.post(`/api/v1/improvement-plans/${groupPlan}/actions`, {
          title: 'X',
          source: { type: 'free' },
          impact: 1,
          feasibility: 1,
        })
      ).statusCode,
    ).toBe(403);
    const outsider = await loginAs(t, [{ role: 'unit-member', unitCode: outside }]);
    expect((await outsider.client.get(`/api/v1/improvement-plans/${groupPlan}`)).statusCode).toBe(403);

    const { planId } = await planFor(member);
    const moderator = await loginAs(t, [{ role: 'group-moderator', groupId: group }]);
    expect((await moderator.client.get(`/api/v1/improvement-plans/${planId}`)).statusCode).toBe(200);
    expect(
      (await moderator.client.get(`/api/v1/improvement-plans?unit=${member}`))
        .json()
        .items.map((p: { id: number }) => p.id),
    ).toEqual([planId]);
    expect(
      (await moderator.client.patch(`/api/v1/improvement-plans/${planId}`, { title: 'hijacked' })).statusCode,
    ).toBe(403);
    expect((await outsider.client.get(`/api/v1/improvement-plans?unit=${member}`)).statusCode).toBe(403);
    const mine = (await memberUser.client.get('/api/v1/improvement-plans'))
      .json()
      .items.map((p: { id: number }) => p.id);
    expect(mine).toContain(planId);
    const [row] = await t.db.select().from(improvementPlans).where(eq(improvementPlans.id, planId));
    expect(row!.title).toBe('Plan doskonalenia');
  });
});
