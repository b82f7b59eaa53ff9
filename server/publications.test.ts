/**
 * What a unit publishes, and only that, is public (#15 item 1). Unit B holds a published and an
 * unpublished object of every kind a unit publishes itself — survey results, a self-assessment, an
 * improvement plan, a strategy report — plus a draft good practice. An anonymous caller then calls
 * every GET route of the OpenAPI document with each fixture's id and B's code, and B's portal
 * pages: no unpublished object's marker may appear anywhere, every published one must appear
 * somewhere (so the sweep reaches them), and what stays internal of a published object (free
 * text, owners, budgets, progress notes) appears nowhere. Withdrawing answers 404 again at once.
 */
import { and, eq } from 'drizzle-orm';
import { publishedAnchor, publishedHref } from '../domain/portal/published';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentItems } from '../domain/self-assessment/framework';
import { createTestApp, type TestApp } from '../tests/helpers/app';
import { createUnit, loginAs } from '../tests/helpers/factories';
import { auditLog, improvementPlans, surveyWaves } from './db/schema';
import { SYSTEM_CONTEXT } from './http/context';

let t: TestApp;
let unitB: string;
let coordinator: Awaited<ReturnType<typeof loginAs>>['client'];
const ids: Record<string, number> = {};

/** Markers of objects B did not publish: never public. */
const HIDDEN = {
  wave: 'ukryta-fala-4c1e',
  assessment: 'ukryta-samoocena-9b2d',
  plan: 'ukryty-plan-77af',
  action: 'ukryte-dzialanie-0d3c',
  strategy: 'ukryta-strategia-5e8b',
  practice: 'ukryta-praktyka-a61f',
};
/** Markers of objects B published: public somewhere. */
const SHOWN = {
  wave: 'jawna-fala-31c7',
  assessment: 'jawna-samoocena-c2e4',
  plan: 'jawny-plan-8d90',
  action: 'jawne-dzialanie-f4a2',
  strategy: 'jawna-strategia-6b15',
};
/** Parts of published objects that stay internal. */
const INTERNAL = {
  freeText: 'tekst-respondenta-e93b',
  owner: 'wlasciciel-dzialania-1a7c',
  budget: '4321987.65',
  note: 'notatka-postepu-b58e',
};

async function wave(title: string, answers: number) {
  const w = await t.services.surveys.create(SYSTEM_CONTEXT, {
    unitCode: unitB,
    templateId: 'customer-office',
    title,
    opensAt: new Date(Date.now() - 86_400_000),
    closesAt: new Date(Date.now() + 86_400_000),
  });
  for (let i = 0; i < answers; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${w.publicToken}/responses`,
      payload: { answers: { channel: 'phone', overall: 4, improvement: `${INTERNAL.freeText} ${i}` } },
      remoteAddress: `10.7.${answers}.${i}`,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return w.id;
}

async function closedAssessment(title: string, round: number) {
  const sa = t.services.selfAssessment;
  const { id } = await sa.create(SYSTEM_CONTEXT, unitB, {
    frameworkId: 'caf-2020',
    round,
    date: `202${round}-03-01`,
    mode: 'classical',
    title,
  });
  await sa.openConsensus(SYSTEM_CONTEXT, id, { reason: 'publications test' });
  for (const item of assessmentItems(sa.framework('caf-2020')))
    await sa.saveConsensus(SYSTEM_CONTEXT, id, item.id, { values: 40 + round * 10 });
  await sa.close(SYSTEM_CONTEXT, id);
  return id;
}

async function plan(title: string, action: string) {
  const ip = t.services.improvementPlans;
  const { id } = await ip.create(SYSTEM_CONTEXT, { unitCode: unitB, period: '2025', title });
  const a = await ip.addAction(SYSTEM_CONTEXT, id, {
    title: action,
    source: { type: 'free' },
    owner: INTERNAL.owner,
    budget: INTERNAL.budget,
    status: 'in-progress',
    impact: 4,
    feasibility: 3,
  });
  await ip.addUpdate(SYSTEM_CONTEXT, a.id, { date: '2025-02-01', comment: INTERNAL.note, progress: 40 });
  return id;
}

async function strategy(name: string) {
  const { id } = await t.services.strategyMonitoring.create(SYSTEM_CONTEXT, unitB, {
    name,
    periodFrom: 2021,
    periodTo: 2030,
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ config: { surveyRateLimit: 1_000_000 } });
  unitB = await createUnit(t);
  coordinator = (await loginAs(t, [{ role: 'unit-coordinator', unitCode: unitB }])).client;
  ids.hiddenWave = await wave(HIDDEN.wave, 6);
  ids.shownWave = await wave(SHOWN.wave, 6);
  // Both waves close (early), so only the decision to publish differs.
  for (const id of [ids.hiddenWave, ids.shownWave])
    await t.services.surveys.update(SYSTEM_CONTEXT, id, { closesAt: new Date() });
  ids.hiddenAssessment = await closedAssessment(HIDDEN.assessment, 1);
  ids.shownAssessment = await closedAssessment(SHOWN.assessment, 2);
  ids.hiddenPlan = await plan(HIDDEN.plan, HIDDEN.action);
  ids.shownPlan = await plan(SHOWN.plan, SHOWN.action);
  ids.hiddenStrategy = await strategy(HIDDEN.strategy);
  ids.shownStrategy = await strategy(SHOWN.strategy);
  ids.practice = (
    await t.services.goodPractices.create(SYSTEM_CONTEXT, {
      title: HIDDEN.practice,
      unitCode: unitB,
      otherUnitCodes: [],
      serviceArea: 'education',
      unitKinds: [],
      problem: 'Problem',
      solution: 'Rozwiązanie',
      indicators: [],
      tags: [],
      source: { kind: 'free' },
    })
  ).id;
  for (const [path, body] of [
    [`/api/v1/survey-waves/${ids.shownWave}/publication`, { published: true }],
    [`/api/v1/assessments/${ids.shownAssessment}/publication`, { published: true }],
    [`/api/v1/improvement-plans/${ids.shownPlan}/publication`, { published: true }],
    [`/api/v1/strategies/${ids.shownStrategy}/publications`, { period: '2024', published: true }],
  ] as const) {
    const res = await coordinator.post(path, body);
    expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
  }
}, 180_000);
afterAll(() => t.close());

/** Every GET route with each fixture's id in its id parameters and B's code in the others, and B's portal pages. */
function sweepUrls(): string[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const urls = new Set<string>([`/jst/${unitB}`, `/jst/${unitB}?lang=en`, '/portal', '/sitemap.xml']);
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!('get' in item) || path.includes('/public/surveys/')) continue;
    for (const id of new Set(Object.values(ids))) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (/code|unit/i.test(name) ? unitB : String(id)));
      urls.add(url);
      urls.add(`${url}?unitCode=${unitB}&unit=${unitB}&period=2024`);
    }
  }
  return [...urls];
}

async function anonymousSweep() {
  const seen = new Map<string, string[]>();
  const markers = [...Object.values(HIDDEN), ...Object.values(SHOWN), ...Object.values(INTERNAL)];
  for (const url of sweepUrls()) {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    for (const m of markers) if (res.body.includes(m)) seen.set(m, [...(seen.get(m) ?? []), url]);
  }
  return seen;
}

describe('a unit publishes its survey results, self-assessments, plans and reports; nothing else is public', () => {
  it('anonymous callers reach every published object and no unpublished one, by any GET route', async () => {
    const seen = await anonymousSweep();
    for (const m of [...Object.values(HIDDEN), ...Object.values(INTERNAL)])
      expect(seen.get(m) ?? [], `${m} must not be public`).toEqual([]);
    for (const m of Object.values(SHOWN)) expect(seen.has(m), `${m} is published`).toBe(true);
  }, 240_000);

  it('the public routes answer 404 with the code for what is not published, 200 for what is', async () => {
    for (const [path, code] of [
      [`/api/v1/public/survey-waves/${ids.hiddenWave}/results`, 'WAVE_NOT_FOUND'],
      [`/api/v1/public/assessments/${ids.hiddenAssessment}`, 'ASSESSMENT_NOT_FOUND'],
      [`/api/v1/public/improvement-plans/${ids.hiddenPlan}`, 'PLAN_NOT_FOUND'],
      ['/api/v1/public/survey-waves/999999/results', 'WAVE_NOT_FOUND'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(404);
      expect(res.json().error.code).toBe(code);
    }
    const results = await t.app.inject({ method: 'GET', url: `/api/v1/public/survey-waves/${ids.shownWave}/results` });
    expect(results.statusCode).toBe(200);
    expect(results.json().n).toBe(6);
    const text = results.json().questions.find((q: { kind: string }) => q.kind === 'text');
    expect(text.result.figures).toMatchObject({ texts: [], withheld: true });
    const assessment = (
      await t.app.inject({ method: 'GET', url: `/api/v1/public/assessments/${ids.shownAssessment}` })
    ).json();
    expect(assessment.unit.code).toBe(unitB);
    // Round 1 is not published: the public round 2 is not compared with it.
    expect(assessment.comparison).toBeNull();
    const planBody = (
      await t.app.inject({ method: 'GET', url: `/api/v1/public/improvement-plans/${ids.shownPlan}` })
    ).json();
    expect(planBody.actions).toHaveLength(1);
    expect(planBody.actions[0]).toMatchObject({ title: SHOWN.action, status: 'in-progress', progress: 40 });
    expect(planBody.actions[0]).not.toHaveProperty('owner');
    expect(planBody.actions[0]).not.toHaveProperty('budget');
  });

  it('each published object has its anchor on the unit profile (where the staff pages link), with its open read beside it', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `/jst/${unitB}` })).body;
    for (const [kind, id, json] of [
      ['survey', ids.shownWave!, `/api/v1/public/survey-waves/${ids.shownWave}/results`],
      ['assessment', ids.shownAssessment!, `/api/v1/public/assessments/${ids.shownAssessment}`],
      ['plan', ids.shownPlan!, `/api/v1/public/improvement-plans/${ids.shownPlan}`],
    ] as const) {
      expect(publishedHref(unitB, kind, id)).toBe(`/jst/${unitB}#${publishedAnchor(kind, id)}`);
      expect(page).toContain(`id="${publishedAnchor(kind, id)}"`);
      expect(page).toContain(`href="${json}"`);
    }
    for (const [kind, id] of [
      ['survey', ids.hiddenWave!],
      ['assessment', ids.hiddenAssessment!],
      ['plan', ids.hiddenPlan!],
    ] as const)
      expect(page).not.toContain(`id="${publishedAnchor(kind, id)}"`);
  });

  it('publishing is recorded, refused for an open wave and for people of other units', async () => {
    const rows = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'survey-wave'), eq(auditLog.entityId, String(ids.shownWave))));
    expect(rows.map((r) => r.action)).toContain('survey.wave.publish');
    const open = await t.services.surveys.create(SYSTEM_CONTEXT, {
      unitCode: unitB,
      templateId: 'customer-office',
      opensAt: new Date(Date.now() - 1000),
      closesAt: new Date(Date.now() + 86_400_000),
    });
    const early = await coordinator.post(`/api/v1/survey-waves/${open.id}/publication`, { published: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('WAVE_NOT_CLOSED');
    const [row] = await t.db.select().from(surveyWaves).where(eq(surveyWaves.id, open.id));
    expect(row!.publishedAt).toBeNull();
    const stranger = (await loginAs(t, [{ role: 'unit-coordinator', unitCode: await createUnit(t) }])).client;
    const refused = await stranger.post(`/api/v1/improvement-plans/${ids.hiddenPlan}/publication`, {
      published: true,
    });
    expect(refused.statusCode).toBe(403);
    const [p] = await t.db.select().from(improvementPlans).where(eq(improvementPlans.id, ids.hiddenPlan!));
    expect(p!.publishedAt).toBeNull();
  });

  it('a withdrawal is 404 at once, also on the cached portal page', async () => {
    const page = async () => (await t.app.inject({ method: 'GET', url: `/jst/${unitB}` })).body;
    expect(await page()).toContain(SHOWN.wave);
    const res = await coordinator.post(`/api/v1/survey-waves/${ids.shownWave}/publication`, { published: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().publishedAt).toBeNull();
    const gone = await t.app.inject({ method: 'GET', url: `/api/v1/public/survey-waves/${ids.shownWave}/results` });
    expect(gone.statusCode).toBe(404);
    expect(await page()).not.toContain(SHOWN.wave);
    expect(await page()).toContain(SHOWN.plan);
  });
});
