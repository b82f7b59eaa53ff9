import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, createUser, login, loginAs } from '../../../tests/helpers/factories';
import { pdfText } from '../../../tests/helpers/pdf';
import {
  assessmentConsensus,
  assessmentMembers,
  assessments,
  assessmentScores,
  auditLog,
  roleAssignments,
  users,
} from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CAF_ITEMS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '8.1',
  '8.2',
  '9.1',
  '9.2',
];
const criterionOf = (itemId: string) => itemId.split('.')[0]!;
type Client = Awaited<ReturnType<typeof login>>;

/** A unit with a coordinator (who starts assessments) and three people for the group. */
async function setUp() {
  const unit = await createUnit(t, { name: 'Urząd Testowy' });
  const coordinator = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
  const people = await Promise.all([0, 1, 2].map(() => createUser(t, [{ role: 'unit-member', unitCode: unit }])));
  const [leader, m1, m2] = await Promise.all(people.map((p) => login(t, p)));
  return { unit, coordinator: coordinator.client, people, leader: leader!, m1: m1!, m2: m2! };
}

async function start(client: Client, unit: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/v1/units/${unit}/assessments`, {
    frameworkId: 'caf-2020',
    round: 1,
    date: '2024-03-15',
    mode: 'classical',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

async function scoreAll(client: Client, id: number, score: (itemId: string) => number | Record<string, number>) {
  for (const itemId of CAF_ITEMS) {
    const res = await client.request('PUT', `/api/v1/assessments/${id}/my-scores/${itemId}`, {
      values: score(itemId),
      strengths: `S ${itemId}`,
      improvements: `I ${itemId}`,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
}

async function storedScores(id: number) {
  return t.db.select().from(assessmentScores).where(eq(assessmentScores.assessmentId, id));
}

describe('frameworks', () => {
  it('lists CAF 2020 (0–900) and EFQM (0–1000)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/self-assessment/frameworks' });
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().items.map((f: { id: string }) => [f.id, f]));
    expect(byId['caf-2020']).toMatchObject({
      maxTotal: 900,
      itemCount: 28,
      modes: [{ id: 'classical' }, { id: 'fine-tuned' }],
    });
    expect(byId['efqm-2025']).toMatchObject({ maxTotal: 1000 });
  });

  it('returns the whole CAF 2020 structure: 9 criteria, 28 subcriteria 1.1…9.2, enablers 1–5 and results 6–9', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/self-assessment/frameworks/caf-2020' });
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.criteria.map((c: { id: string }) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(f.criteria.map((c: { kind: string }) => c.kind)).toEqual([
      'enabler',
      'enabler',
      'enabler',
      'enabler',
      'enabler',
      'result',
      'result',
      'result',
      'result',
    ]);
    const subcriteria = f.criteria.flatMap(
      (c: { id: string; subcriteria: { id: string; title: { pl: string; en: string } }[] }) =>
        c.subcriteria.map((s) => ({ ...s, criterion: c.id })),
    );
    expect(subcriteria.map((s: { id: string }) => s.id)).toEqual(CAF_ITEMS);
    for (const s of subcriteria) {
      expect(criterionOf(s.id)).toBe(s.criterion);
      expect(s.title.pl.length).toBeGreaterThan(3);
      expect(s.title.en.length).toBeGreaterThan(3);
    }
    expect(f.criteria[0].title).toEqual({ pl: 'Przywództwo', en: 'Leadership' });
    expect(f.modes.find((m: { id: string }) => m.id === 'classical').panels.enabler.components[0].bands).toHaveLength(
      6,
    );
  });

  it("lists other units' latest totals only from 5 units on, labelled indicative (runs first: the template has no assessments)", async () => {
    const units = await Promise.all([0, 1, 2, 3, 4].map(() => createUnit(t)));
    expect(await t.db.select().from(assessments)).toEqual([]);
    const { client } = await loginAs(t, [{ role: 'unit-member', unitCode: units[0]! }]);
    for (const [i, unit] of units.slice(0, 4).entries()) await closedRound(unit, 1, () => 10 * (i + 1));
    const few = (await client.get('/api/v1/self-assessment/frameworks/caf-2020/unit-comparison')).json();
    expect(few).toMatchObject({ indicative: true, suppressed: true, items: [] });
    // A later round of the same unit replaces its earlier one; the fifth unit lifts the suppression.
    await closedRound(units[0]!, 2, () => 100);
    await closedRound(units[4]!, 1, () => 50);
    const all = (await client.get('/api/v1/self-assessment/frameworks/caf-2020/unit-comparison')).json();
    expect(all).toMatchObject({ suppressed: false, indicative: true });
    const ours = all.items.filter((i: { unit: { code: string } }) => units.includes(i.unit.code));
    expect(
      ours.map((i: { unit: { code: string }; round: number; total: number }) => [i.unit.code, i.round, i.total]),
    ).toEqual([
      [units[0], 2, 900],
      [units[4], 1, 450],
      [units[3], 1, 360],
      [units[2], 1, 270],
      [units[1], 1, 180],
    ]);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/self-assessment/frameworks/caf-2020/unit-comparison' }))
        .statusCode,
    ).toBe(401);
  });

  it('answers 404 for an unknown framework', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/self-assessment/frameworks/iso-9001' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('FRAMEWORK_NOT_FOUND');
  });
});

describe('a CAF round: individual scores, consensus, results', () => {
  it('runs a group of three from individual scoring to a closed round, with hand-computed totals and a change since round 1', async () => {
    const { unit, coordinator, people, leader, m1, m2 } = await setUp();
    const id = await start(coordinator, unit);
    const group = [
      { userId: people[0]!.id, role: 'leader' },
      { userId: people[1]!.id, role: 'member' },
      { userId: people[2]!.id, role: 'member' },
    ];
    const set = await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, { members: group });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      groupSizeWarning: 'below-recommended',
      members: expect.arrayContaining([expect.objectContaining({ userId: people[0]!.id, role: 'leader' })]),
    });

    // Individual scores: everyone 40 on enablers and 30 on results, except that on 2.1 they disagree (10 / 50 / 90).
    const disagree: Record<string, number> = { [people[0]!.id]: 10, [people[1]!.id]: 50, [people[2]!.id]: 90 };
    for (const [client, person] of [
      [leader, people[0]!],
      [m1, people[1]!],
      [m2, people[2]!],
    ] as const) {
      await scoreAll(client, id, (itemId) =>
        itemId === '2.1' ? disagree[person.id]! : Number(criterionOf(itemId)) <= 5 ? 40 : 30,
      );
    }
    // Nobody sees the others' scores before consensus: my-scores are one's own; the spread is refused.
    const mine = (await m1.get(`/api/v1/assessments/${id}/my-scores`)).json();
    expect(mine.items).toHaveLength(28);
    expect(mine.items.find((i: { itemId: string }) => i.itemId === '2.1')).toMatchObject({ values: 50, score: 50 });
    expect((await m1.get(`/api/v1/assessments/${id}/spread`)).json().error.code).toBe('ASSESSMENT_STATE');
    expect((await leader.get(`/api/v1/assessments/${id}/spread`)).statusCode).toBe(409);

    for (const client of [leader, m1, m2])
      expect((await client.post(`/api/v1/assessments/${id}/my-scores/submit`)).statusCode).toBe(200);
    // A member cannot open consensus; the leader can, now that everyone has submitted.
    expect((await m1.post(`/api/v1/assessments/${id}/consensus`, {})).statusCode).toBe(403);
    const opened = await leader.post(`/api/v1/assessments/${id}/consensus`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'consensus', override: null });

    const spread = (await leader.get(`/api/v1/assessments/${id}/spread`)).json();
    expect(spread.items[0]).toMatchObject({
      itemId: '2.1',
      n: 3,
      min: 10,
      max: 90,
      median: 50,
      spread: 80,
      needsDiscussion: true,
      crossesBands: true,
    });
    expect(spread.items[0].scores.map((s: { userId: string; score: number }) => [s.userId, s.score])).toEqual([
      [people[0]!.id, 10],
      [people[1]!.id, 50],
      [people[2]!.id, 90],
    ]);
    expect(spread.items[0].scores[1]).toMatchObject({ strengths: 'S 2.1', improvements: 'I 2.1' });
    expect(spread.items[1]).toMatchObject({ spread: 0, needsDiscussion: false });
    expect(spread.unscored).toEqual([]);

    // Closing before every item has an agreed score is refused, naming what is missing.
    await leader.request('PUT', `/api/v1/assessments/${id}/consensus/1.1`, {
      values: 40,
      strengths: 'Misja spisana',
      improvements: 'Przegląd wartości',
    });
    const early = await leader.post(`/api/v1/assessments/${id}/close`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'CONSENSUS_INCOMPLETE' });
    expect(early.json().error.details.missing).toHaveLength(27);

    // Agreed: 2.1 = 60 (criterion 2 = (60 + 40 + 40 + 40)/4 = 45), every other enabler 40, results 30.
    for (const itemId of CAF_ITEMS) {
      const values = itemId === '2.1' ? 60 : Number(criterionOf(itemId)) <= 5 ? 40 : 30;
      const res = await leader.request('PUT', `/api/v1/assessments/${id}/consensus/${itemId}`, {
        values,
        strengths: `agreed S ${itemId}`,
        improvements: `agreed I ${itemId}`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await leader.post(`/api/v1/assessments/${id}/close`)).json().status).toBe('closed');

    const results = (await m2.get(`/api/v1/assessments/${id}/results`)).json();
    expect(results.criteria.map((c: { score: number }) => c.score)).toEqual([40, 45, 40, 40, 40, 30, 30, 30, 30]);
    // 40 + 45 + 40 + 40 + 40 + 4 × 30 = 325 on 0–900; the average is 325 / 9.
    expect(results.total).toMatchObject({ value: 325, max: 900 });
    expect(results.average.value).toBeCloseTo(325 / 9, 12);
    expect(results.comparison).toBeNull();
    expect(results.items.find((i: { itemId: string }) => i.itemId === '2.1')).toMatchObject({
      score: 60,
      strengths: 'agreed S 2.1',
    });

    // Round 2, two years later: criterion 1 at 50/60/70/80 (mean 65), other enablers 60, results 50 → 65 + 240 + 200 = 505, +180.
    const id2 = await start(coordinator, unit, { round: 2, date: '2026-03-15' });
    await coordinator.request('PUT', `/api/v1/assessments/${id2}/members`, { members: group });
    const open2 = await leader.post(`/api/v1/assessments/${id2}/consensus`, {
      override: { reason: 'Spotkanie konsensusowe z udziałem całego zespołu' },
    });
    expect(open2.statusCode).toBe(200);
    const c1 = { '1.1': 50, '1.2': 60, '1.3': 70, '1.4': 80 } as Record<string, number>;
    for (const itemId of CAF_ITEMS) {
      const values = c1[itemId] ?? (Number(criterionOf(itemId)) <= 5 ? 60 : 50);
      expect(
        (await leader.request('PUT', `/api/v1/assessments/${id2}/consensus/${itemId}`, { values })).statusCode,
      ).toBe(200);
    }
    await leader.post(`/api/v1/assessments/${id2}/close`);
    const r2 = (await coordinator.get(`/api/v1/assessments/${id2}/results`)).json();
    expect(r2.total.value).toBe(505);
    expect(r2.comparison).toMatchObject({
      previous: { id, round: 1 },
      total: { before: 325, after: 505, change: 180 },
      modeChanged: false,
    });
    expect(r2.comparison.criteria[0]).toMatchObject({ criterionId: '1', before: 40, after: 65, change: 25 });

    const rounds = (await coordinator.get(`/api/v1/units/${unit}/assessments/comparison?framework=caf-2020`)).json();
    expect(rounds.rounds.map((r: { round: number; total: number }) => [r.round, r.total])).toEqual([
      [1, 325],
      [2, 505],
    ]);
    const list = (await m1.get(`/api/v1/units/${unit}/assessments`)).json();
    expect(
      list.items.map((a: { round: number; status: string; total: number }) => [a.round, a.status, a.total]),
    ).toEqual([
      [1, 'closed', 325],
      [2, 'closed', 505],
    ]);
  });

  it('refuses scores outside 0–100 or between bands, naming the subcriterion, and stores nothing', async () => {
    const { unit, coordinator, people, leader } = await setUp();
    const id = await start(coordinator, unit);
    await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [{ userId: people[0]!.id, role: 'leader' }],
    });
    for (const [values, problem] of [
      [101, 'OUT_OF_RANGE'],
      [-1, 'OUT_OF_RANGE'],
      [30.5, 'OFF_STEP'],
      [{ plan: 40 }, 'UNKNOWN_COMPONENT'],
    ] as const) {
      const res = await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/3.2`, { values });
      expect(res.statusCode, JSON.stringify(values)).toBe(400);
      expect(res.json().error.code).toBe('SCORE_INVALID');
      expect(res.json().error.message).toContain('subcriterion 3.2');
      expect(res.json().error.details).toContainEqual(expect.objectContaining({ itemId: '3.2', code: problem }));
    }
    expect(await storedScores(id)).toEqual([]);
    const unknown = await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/10.1`, { values: 50 });
    expect(unknown.json().error.code).toBe('ITEM_NOT_FOUND');
    // Submitting with items unscored lists them; nothing is marked submitted.
    await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/1.1`, { values: 55 });
    const submit = await leader.post(`/api/v1/assessments/${id}/my-scores/submit`);
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error).toMatchObject({ code: 'SCORES_INCOMPLETE' });
    expect(submit.json().error.details.missing).toEqual(CAF_ITEMS.slice(1));
    expect((await leader.get(`/api/v1/assessments/${id}`)).json().me).toMatchObject({
      role: 'leader',
      scored: 1,
      submittedAt: null,
    });
  });

  it('scores fine-tuned enablers as the mean of PLAN, DO, CHECK, ACT and names the failing component', async () => {
    const { unit, coordinator, people, leader } = await setUp();
    const id = await start(coordinator, unit, { mode: 'fine-tuned' });
    await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [{ userId: people[0]!.id, role: 'leader' }],
    });
    const ok = await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/1.1`, {
      values: { plan: 70, do: 50, check: 30, act: 11 },
    });
    expect(ok.json()).toMatchObject({ itemId: '1.1', score: 40.25 });
    const result = await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/6.1`, {
      values: { trend: 40, targets: 61 },
    });
    expect(result.json().score).toBe(50.5);
    const bad = await leader.request('PUT', `/api/v1/assessments/${id}/my-scores/1.2`, {
      values: { plan: 70, do: 50, check: 130, act: 10 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ itemId: '1.2', component: 'check', code: 'OUT_OF_RANGE' }),
    ]);
    const stored = await storedScores(id);
    expect(stored.map((s) => [s.itemId, s.values]).sort()).toEqual([
      ['1.1', { plan: 70, do: 50, check: 30, act: 11 }],
      ['6.1', { trend: 40, targets: 61 }],
    ]);
  });

  it('refuses consensus before everyone submitted (409 naming who) unless the leader gives a reason, which is recorded', async () => {
    const { unit, coordinator, people, leader, m1 } = await setUp();
    const id = await start(coordinator, unit);
    await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [
        { userId: people[0]!.id, role: 'leader' },
        { userId: people[1]!.id, role: 'member' },
        { userId: people[2]!.id, role: 'member' },
      ],
    });
    await scoreAll(m1, id, () => 45);
    await m1.post(`/api/v1/assessments/${id}/my-scores/submit`);
    // A submitted member's scores are final.
    const late = await m1.request('PUT', `/api/v1/assessments/${id}/my-scores/1.1`, { values: 90 });
    expect(late.json().error.code).toBe('SCORES_SUBMITTED');

    const refused = await leader.post(`/api/v1/assessments/${id}/consensus`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CONSENSUS_NOT_READY');
    expect(
      refused
        .json()
        .error.details.missing.map((m: { userId: string }) => m.userId)
        .sort(),
    ).toEqual([people[0]!.id, people[2]!.id].sort());
    const [still] = await t.db.select().from(assessments).where(eq(assessments.id, id));
    expect(still).toMatchObject({ status: 'scoring', consensusOverride: null, consensusOpenedAt: null });

    const reason = 'Członek zespołu na długim zwolnieniu';
    const opened = await leader.post(`/api/v1/assessments/${id}/consensus`, { override: { reason } });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().override).toMatchObject({ reason });
    const [row] = await t.db.select().from(assessments).where(eq(assessments.id, id));
    expect(row!.status).toBe('consensus');
    expect(row!.consensusOverride).toEqual({ reason, missing: expect.arrayContaining([people[0]!.id, people[2]!.id]) });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'assessment'),
          eq(auditLog.entityId, String(id)),
          eq(auditLog.action, 'assessment.consensus.open'),
        ),
      );
    expect(entry!.changes).toMatchObject({ override: { reason } });
    expect(entry!.actorUserId).toBe(people[0]!.id);
    // Only the submitted member's scores appear in the spread.
    const spread = (await leader.get(`/api/v1/assessments/${id}/spread`)).json();
    expect(spread.items.every((i: { n: number }) => i.n === 1)).toBe(true);
  });

  it('changes nothing of a closed assessment (409 ASSESSMENT_CLOSED)', async () => {
    const { unit, coordinator, people, leader } = await setUp();
    const id = await start(coordinator, unit);
    await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [{ userId: people[0]!.id, role: 'leader' }],
    });
    await scoreAll(leader, id, () => 20);
    await leader.post(`/api/v1/assessments/${id}/my-scores/submit`);
    await leader.post(`/api/v1/assessments/${id}/consensus`, {});
    for (const itemId of CAF_ITEMS)
      await leader.request('PUT', `/api/v1/assessments/${id}/consensus/${itemId}`, { values: 20 });
    await leader.post(`/api/v1/assessments/${id}/close`);
    const consensusBefore = await t.db
      .select()
      .from(assessmentConsensus)
      .where(eq(assessmentConsensus.assessmentId, id));

    const attempts = [
      leader.request('PUT', `/api/v1/assessments/${id}/consensus/1.1`, { values: 90 }),
      leader.request('PUT', `/api/v1/assessments/${id}/my-scores/1.1`, { values: 90 }),
      leader.post(`/api/v1/assessments/${id}/my-scores/submit`),
      leader.post(`/api/v1/assessments/${id}/consensus`, { override: { reason: 'again' } }),
      leader.post(`/api/v1/assessments/${id}/close`),
      coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
        members: [{ userId: people[1]!.id, role: 'leader' }],
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('ASSESSMENT_CLOSED');
    }
    expect(await t.db.select().from(assessmentConsensus).where(eq(assessmentConsensus.assessmentId, id))).toEqual(
      consensusBefore,
    );
    expect((await storedScores(id)).every((s) => s.values === 20)).toBe(true);
    expect((await leader.get(`/api/v1/assessments/${id}`)).json().members).toHaveLength(1);
  });

  it("keeps the group to the unit's people, with a leader; only they and the unit's coordinators act", async () => {
    const { unit, coordinator, people, m1 } = await setUp();
    const id = await start(coordinator, unit);
    const outsider = await createUser(t, [{ role: 'unit-member', unitCode: await createUnit(t) }]);
    const res = await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [
        { userId: people[0]!.id, role: 'member' },
        { userId: outsider.id, role: 'member' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.members', 'body.members.1.userId']);
    expect((await coordinator.get(`/api/v1/assessments/${id}`)).json().members).toEqual([]);
    // A unit member who is not in the group reads the assessment but keeps no scores and changes no group.
    expect((await m1.get(`/api/v1/assessments/${id}`)).json()).toMatchObject({
      me: null,
      canManage: false,
      candidates: [],
    });
    expect((await m1.request('PUT', `/api/v1/assessments/${id}/my-scores/1.1`, { values: 50 })).statusCode).toBe(403);
    expect(
      (
        await m1.request('PUT', `/api/v1/assessments/${id}/members`, {
          members: [{ userId: people[1]!.id, role: 'leader' }],
        })
      ).statusCode,
    ).toBe(403);
    // The coordinator sees who may join.
    const detail = (await coordinator.get(`/api/v1/assessments/${id}`)).json();
    expect(detail.candidates.map((c: { userId: string }) => c.userId)).toEqual(
      expect.arrayContaining(people.map((p) => p.id)),
    );
    expect(detail.candidates.map((c: { userId: string }) => c.userId)).not.toContain(outsider.id);
    // Someone of another unit reads nothing.
    const stranger = await loginAs(t, [{ role: 'unit-coordinator', unitCode: await createUnit(t) }]);
    expect((await stranger.client.get(`/api/v1/assessments/${id}`)).statusCode).toBe(403);
    expect((await stranger.client.get(`/api/v1/units/${unit}/assessments`)).statusCode).toBe(403);
  });

  it('invites people into the group from a round of a unit with nobody in it (#19): user, unit role, membership, audit', async () => {
    const unit = await createUnit(t);
    const { client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unit }]);
    const id = await start(coordinator, unit);
    expect((await coordinator.get(`/api/v1/assessments/${id}`)).json().members).toEqual([]);
    const url = `/api/v1/assessments/${id}/team/invitations`;

    const res = await coordinator.post(url, { email: 'Nowa.Osoba@Example.test', name: 'Nowa Osoba', role: 'leader' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.invited).toMatchObject({ email: 'nowa.osoba@example.test', created: true });
    expect(body.invitationUrl).toMatch(/\/invitation\/[\w-]{40,}$/);
    expect(body.assessment.members).toEqual([
      expect.objectContaining({ email: 'nowa.osoba@example.test', role: 'leader' }),
    ]);
    const [user] = await t.db.select().from(users).where(eq(users.email, 'nowa.osoba@example.test'));
    expect(user).toMatchObject({ name: 'Nowa Osoba', status: 'invited' });
    expect(
      (await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, user!.id))).map((r) => r.role),
    ).toEqual(['unit-member']);
    expect(await t.db.select().from(assessmentMembers).where(eq(assessmentMembers.assessmentId, id))).toEqual([
      expect.objectContaining({ userId: user!.id, role: 'leader' }),
    ]);
    const actions = (await t.db.select().from(auditLog)).filter(
      (e) => (e.entityType === 'assessment' && e.entityId === String(id)) || e.entityId === user!.id,
    );
    expect(actions.map((e) => e.action).sort()).toEqual(
      ['assessment.create', 'assessment.members.invite', 'role.assign', 'user.create'].sort(),
    );

    // A known e-mail is reused: no second user; someone who already set a password gets no link.
    const known = await createUser(t);
    const again = await coordinator.post(url, { email: known.email, name: 'Ignored' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ invited: { userId: known.id, created: false }, invitationUrl: null });
    expect((await t.db.select().from(users).where(eq(users.email, known.email))).length).toBe(1);
    // The invited person can be kept when the group is edited as a whole.
    const kept = await coordinator.request('PUT', `/api/v1/assessments/${id}/members`, {
      members: [
        { userId: user!.id, role: 'leader' },
        { userId: known.id, role: 'member' },
      ],
    });
    expect(kept.statusCode, kept.body).toBe(200);

    const twice = await coordinator.post(url, { email: known.email, name: 'Known' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_IN_TEAM');
    const bad = await coordinator.post(url, { email: 'not-an-email', name: 'X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    // A unit member (not a coordinator) may not invite: that would grant roles.
    const { client: member } = await loginAs(t, [{ role: 'unit-member', unitCode: unit }]);
    expect((await member.post(url, { email: 'x@example.test', name: 'X' })).statusCode).toBe(403);
    // A closed round changes no group.
    await t.db.update(assessments).set({ status: 'closed' }).where(eq(assessments.id, id));
    const closed = await coordinator.post(url, { email: 'late@example.test', name: 'Late' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('ASSESSMENT_CLOSED');
    expect((await t.db.select().from(users).where(eq(users.email, 'late@example.test'))).length).toBe(0);
  });

  it('rejects a second round 1, an unknown mode and an unknown framework', async () => {
    const { unit, coordinator } = await setUp();
    await start(coordinator, unit);
    expect(
      (
        await coordinator.post(`/api/v1/units/${unit}/assessments`, {
          frameworkId: 'caf-2020',
          round: 1,
          date: '2025-01-01',
          mode: 'classical',
        })
      ).json().error.code,
    ).toBe('CONFLICT');
    const mode = await coordinator.post(`/api/v1/units/${unit}/assessments`, {
      frameworkId: 'caf-2020',
      round: 2,
      date: '2025-01-01',
      mode: 'radar',
    });
    expect(mode.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.mode' }] });
    expect(
      (
        await coordinator.post(`/api/v1/units/${unit}/assessments`, {
          frameworkId: 'nope',
          round: 2,
          date: '2025-01-01',
          mode: 'classical',
        })
      ).statusCode,
    ).toBe(404);
    expect(await t.db.select().from(assessments).where(eq(assessments.round, 2))).not.toContainEqual(
      expect.objectContaining({ frameworkId: 'nope' }),
    );
  });
});

/** A closed classical CAF round with every item agreed at `score`, written by the system (admin). */
async function closedRound(unit: string, round: number, score: (itemId: string) => number) {
  const a = await t.services.selfAssessment.create(SYSTEM_CONTEXT, unit, {
    frameworkId: 'caf-2020',
    round,
    date: `${2020 + round}-05-01`,
    mode: 'classical',
  });
  await t.services.selfAssessment.openConsensus(SYSTEM_CONTEXT, a.id, { reason: 'test data' });
  for (const itemId of CAF_ITEMS)
    await t.services.selfAssessment.saveConsensus(SYSTEM_CONTEXT, a.id, itemId, { values: score(itemId) });
  await t.services.selfAssessment.close(SYSTEM_CONTEXT, a.id);
  return a.id;
}

describe('comparison with other units and reports', () => {
  it('totals EFQM by its criterion weights on 0–1000', async () => {
    const unit = await createUnit(t);
    const efqm = (await t.app.inject({ method: 'GET', url: '/api/v1/self-assessment/frameworks/efqm-2025' })).json();
    const a = await t.services.selfAssessment.create(SYSTEM_CONTEXT, unit, {
      frameworkId: 'efqm-2025',
      round: 1,
      date: '2025-01-01',
      mode: 'overall',
    });
    await t.services.selfAssessment.openConsensus(SYSTEM_CONTEXT, a.id, { reason: 'test data' });
    const items = efqm.criteria.flatMap((c: { id: string; subcriteria: { id: string }[] }) =>
      c.subcriteria.length === 0 ? [c.id] : c.subcriteria.map((s) => s.id),
    );
    // Every item at 50 → every criterion at 50 % of its points → 500 of 1000, whatever the weights.
    for (const itemId of items)
      await t.services.selfAssessment.saveConsensus(SYSTEM_CONTEXT, a.id, itemId, { values: 50 });
    const r = await t.services.selfAssessment.results(SYSTEM_CONTEXT, a.id);
    expect(r.total).toMatchObject({ value: 500, max: 1000 });
    const points = Object.fromEntries(efqm.criteria.map((c: { id: string; points: number }) => [c.id, c.points]));
    for (const c of r.criteria) expect(c.points).toBeCloseTo(points[c.criterionId] / 2, 12);
  });

  it('downloads the report as PDF (Polish text, totals) and XLSX (unrounded criterion scores)', async () => {
    const unit = await createUnit(t, { name: 'Gmina Źródłowa' });
    const { client } = await loginAs(t, [{ role: 'unit-member', unitCode: unit }]);
    await closedRound(unit, 1, (itemId) => (itemId === '1.1' ? 41 : 40));
    const id = await closedRound(unit, 2, (itemId) => (itemId === '1.1' ? 61 : 60));
    const pdf = await client.get(`/api/v1/assessments/${id}/report?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('Raport z samooceny');
    expect(text).toContain('Gmina Źródłowa');
    expect(text).toContain('Przywództwo');
    // Criterion 1 = (61 + 60 + 60 + 60)/4 = 60.25; total = 60.25 + 8 × 60 = 540.25, shown to one decimal; +180 since round 1 (360.25).
    expect(text).toContain('540,3');
    expect(text).toContain('Zmiana od rundy 1: +180');

    const xlsx = await client.get(`/api/v1/assessments/${id}/report?format=xlsx&lang=en`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const criteria = workbook.getWorksheet('Criteria')!;
    expect(criteria.getRow(2).values).toEqual(expect.arrayContaining(['1', 'Leadership', 60.25]));
    const summary = workbook.getWorksheet('Result')!;
    expect(summary.getRow(7).getCell(2).value).toBe(540.25);

    const stranger = await loginAs(t, [{ role: 'unit-member', unitCode: await createUnit(t) }]);
    expect((await stranger.client.get(`/api/v1/assessments/${id}/report?format=pdf`)).statusCode).toBe(403);
  });
});

describe('demo data on first start', () => {
  it('creates two closed, labelled rounds once: 295 → 445 of 900 (+150)', async () => {
    const demo = {
      unitCode: '1261',
      title: 'DEMO — samoocena CAF',
      evidence: 'Dane demonstracyjne',
      reason: 'demo',
      rounds: [
        { round: 1, date: '2022-04-20', scores: { enabler: 35, result: 30 } },
        { round: 2, date: '2024-04-18', scores: { enabler: 53, result: 45 } },
      ],
    };
    expect(await t.services.selfAssessment.ensureDemo(SYSTEM_CONTEXT, demo)).toBe(true);
    expect(await t.services.selfAssessment.ensureDemo(SYSTEM_CONTEXT, demo)).toBe(false);
    const list = await t.services.selfAssessment.list(SYSTEM_CONTEXT, '1261');
    expect(list.items.map((a) => [a.round, a.status, a.isDemo, a.title, a.total])).toEqual([
      [1, 'closed', true, 'DEMO — samoocena CAF', 295],
      [2, 'closed', true, 'DEMO — samoocena CAF', 445],
    ]);
    const r2 = await t.services.selfAssessment.results(SYSTEM_CONTEXT, list.items[1]!.id);
    expect(r2.comparison!.total.change).toBe(150);
    // Items vary around the criterion score: 1.1 and 1.2 are 48 and 58, criterion 1 stays 53.
    expect(r2.items.slice(0, 2).map((i) => i.score)).toEqual([48, 58]);
    expect(r2.criteria[0]!.score).toBe(53);
  });
});
