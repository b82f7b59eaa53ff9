/**
 * A whole competition edition through the API: setup, applications with the deadline and
 * eligibility, the formal check, jurors with automatic and declared conflicts, the solved
 * assignment, blind scoring with an extra juror after a large spread, raw and calibrated rankings
 * with rank intervals, consensus, awards and the published results — with the database state and
 * the audit log checked at each step.
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createGroup, createUnit, createUser, login, loginAs } from '../../../tests/helpers/factories';
import {
  auditLog,
  competitionApplications,
  competitionAssignments,
  competitionAwards,
  competitionScores,
  competitionEditions,
  goodPractices,
} from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

/** The test's clock, inside the call (1 February – 30 April 2026). */
const today = new Date('2026-03-01T10:00:00Z');
const suffix = randomBytes(3).toString('hex');
const VARIABLE = `slz_cases_${suffix}`;
const INDICATOR = `slz_cases_ind_${suffix}`;

let t: TestApp;
type Client = Awaited<ReturnType<typeof login>>;
let operator: Client;
let outsider: Client;
let editionId: number;
const unitsByName: Record<string, string> = {};
const coordinators: Record<string, Client> = {};
const jurors: { id: string; client: Client }[] = [];
const appIds: Record<string, number> = {};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

const criteria = [
  {
    id: 'strategy',
    names: { pl: 'Zarządzanie strategiczne', en: 'Strategic management' },
    weight: 40,
    min: 0,
    max: 10,
  },
  { id: 'participation', names: { pl: 'Partycypacja', en: 'Participation' }, weight: 35, min: 0, max: 10 },
  { id: 'sustainability', names: { pl: 'Trwałość', en: 'Sustainability' }, weight: 25, min: 0, max: 10 },
];

function editionBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `SLZ ${suffix}`,
    theme: 'Usługi społeczne',
    year: 2026,
    rules: 'Regulamin',
    categories: [
      { id: 'gminy', names: { pl: 'Gminy', en: 'Municipalities' }, unitKinds: ['test-unit'] },
      { id: 'powiaty', names: { pl: 'Powiaty', en: 'Counties' }, unitKinds: ['test-powiat'] },
    ],
    criteria,
    formFields: [
      { id: 'summary', labels: { pl: 'Opis', en: 'Summary' }, type: 'textarea', required: true },
      { id: 'budget', labels: { pl: 'Budżet', en: 'Budget' }, type: 'number', required: false },
    ],
    eligibility: {
      unitKinds: ['test-unit', 'test-powiat'],
      minMonthsInOperation: 6,
      requiredAttachments: [{ id: 'letter', labels: { pl: 'List intencyjny', en: 'Letter of intent' } }],
    },
    timeline: { callOpensAt: '2026-02-01T00:00:00Z', applicationsCloseAt: '2026-04-30T22:00:00Z' },
    jurorsPerApplication: 3,
    spreadThreshold: 3,
    ...overrides,
  };
}

async function auditCount(action: string) {
  const [row] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action));
  return row!.n;
}

async function apply(name: string, extra: Record<string, unknown> = {}) {
  const res = await coordinators[name]!.post(`/api/v1/competition-editions/${editionId}/applications`, {
    unitCode: unitsByName[name],
    categoryId: 'gminy',
    title: `Rozwiązanie ${name}`,
    answers: { summary: `Opis rozwiązania ${name}` },
    inOperationSince: '2025-06-01',
    ...extra,
  });
  return res;
}

/**
 * Units: region W ⊃ powiat P with gminy g1 (applicant) and g2 (juror J1's unit: same powiat → conflict with
 * g1); g3, g4, g5 (applicants) elsewhere; g3 in a group whose operator is juror J2 (→ conflict);
 * peers p1–p5 with data for the claim check; a school (another kind) which may not apply.
 */
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => today } });
  const voivodeship = await createUnit(t, { kind: 'test-region' });
  const powiat = await createUnit(t, { kind: 'test-powiat', parentCode: voivodeship });
  unitsByName.g1 = await createUnit(t, { parentCode: powiat });
  unitsByName.g2 = await createUnit(t, { parentCode: powiat });
  for (const n of ['g3', 'g4', 'g5', 'p1', 'p2', 'p3', 'p4', 'p5']) unitsByName[n] = await createUnit(t);
  unitsByName.school = await createUnit(t, { kind: 'school' });
  const group = await createGroup(t, { unitCodes: [unitsByName.g3!] });
  for (const n of ['g1', 'g3', 'g4', 'g5', 'school'])
    coordinators[n] = (await loginAs(t, [{ role: 'unit-coordinator', unitCode: unitsByName[n]! }])).client;
  operator = (await loginAs(t, [{ role: 'network-operator' }])).client;
  outsider = (await loginAs(t, [{ role: 'unit-member', unitCode: unitsByName.g4! }])).client;
  const jurorRoles = [
    [{ role: 'juror' as const }, { role: 'unit-member' as const, unitCode: unitsByName.g2! }],
    [{ role: 'juror' as const }, { role: 'network-operator' as const, groupId: group }],
    [{ role: 'juror' as const }],
    [{ role: 'juror' as const }],
    [{ role: 'juror' as const }],
  ];
  for (const roles of jurorRoles) {
    const user = await createUser(t, roles);
    jurors.push({ id: user.id, client: await login(t, user) });
  }

  // Claim data: the peers grow by 2 a year; g1 falls from 2019 on (its claim is contradicted), g3 climbs fast (supported).
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: VARIABLE,
    names: { pl: 'Sprawy', en: 'Cases' },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code: INDICATOR,
    names: { pl: 'Sprawy załatwione', en: 'Cases settled' },
    definition: { pl: 'test', en: 'test' },
    formula: VARIABLE,
    unit: 'szt.',
    decimals: 0,
    polarity: 'higher-is-better',
    type: 'quality',
    area: 'administration',
    unitKinds: ['test-unit'],
    source: { pl: 'test', en: 'test' },
  });
  const ids = await t.services.units.findUnitIds(Object.values(unitsByName));
  const write: { unitId: number; variableCode: string; period: string; value: number }[] = [];
  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022];
  years.forEach((y, i) => {
    ['p1', 'p2', 'p3', 'p4', 'p5'].forEach((p, j) =>
      write.push({
        unitId: ids.get(unitsByName[p]!)!,
        variableCode: VARIABLE,
        period: String(y),
        value: 100 + j + 2 * i,
      }),
    );
    write.push({
      unitId: ids.get(unitsByName.g1!)!,
      variableCode: VARIABLE,
      period: String(y),
      value: y < 2019 ? 100 : 90,
    });
    write.push({
      unitId: ids.get(unitsByName.g3!)!,
      variableCode: VARIABLE,
      period: String(y),
      value: y < 2019 ? 100 : 150,
    });
  });
  await t.services.dataImport.writeDerivedValues(null, {
    sourceKind: 'test',
    detail: {},
    audit: { action: 'values.import', entityType: 'import', entityId: suffix },
    write,
    remove: [],
  });
});
afterAll(() => t.close());

describe('a whole edition', () => {
  it('only an operator creates an edition; weights must sum to 100', async () => {
    expect((await coordinators.g1!.post('/api/v1/competition-editions', editionBody())).statusCode).toBe(403);
    const bad = await operator.post(
      '/api/v1/competition-editions',
      editionBody({ criteria: criteria.map((c, i) => (i === 0 ? { ...c, weight: 30 } : c)) }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual({
      path: 'body.criteria',
      message: 'the weights sum to 90, not 100',
    });
    const res = await operator.post('/api/v1/competition-editions', editionBody());
    expect(res.statusCode, res.body).toBe(201);
    editionId = res.json().id;
    expect(res.json()).toMatchObject({ phase: 'call', jurorsPerApplication: 3, me: { canManage: true } });
    const put = await operator.request('PUT', `/api/v1/competition-editions/${editionId}/criteria`, {
      criteria: criteria.map((c) => ({ ...c, weight: 50 })),
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.details[0]).toMatchObject({
      path: 'body.criteria',
      message: 'the weights sum to 150, not 100',
    });
    expect(await auditCount('competition.edition.create')).toBeGreaterThanOrEqual(1);
  });

  it('applications: ineligible unit kind and missing fields are named; claims show what the data say', async () => {
    const school = await coordinators.school!.post(`/api/v1/competition-editions/${editionId}/applications`, {
      unitCode: unitsByName.school,
      categoryId: 'gminy',
      title: 'Szkoła',
      answers: {},
    });
    expect(school.statusCode).toBe(400);
    expect(school.json().error.details[0].path).toBe('body.unitCode');
    // A coordinator of another unit may not apply for g1.
    const foreign = await coordinators.g4!.post(`/api/v1/competition-editions/${editionId}/applications`, {
      unitCode: unitsByName.g1,
      categoryId: 'gminy',
      title: 'X',
      answers: {},
    });
    expect(foreign.statusCode).toBe(403);

    const peers = `units:${['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => unitsByName[p]).join(',')}`;
    const claim = (statement: string) => ({ claims: [{ indicatorCode: INDICATOR, statement, since: '2019', peers }] });
    const g1 = await apply('g1', { answers: {}, ...claim('Załatwiamy więcej spraw') });
    expect(g1.statusCode, g1.body).toBe(201);
    appIds.g1 = g1.json().id;
    expect(g1.json().claims[0]).toMatchObject({
      verdict: 'contradicted',
      contradicted: true,
      unitChange: -10,
      peerCount: 5,
    });
    // Submitting with the summary missing and no letter: 400 naming both.
    const early = await coordinators.g1!.post(`/api/v1/competition-applications/${appIds.g1}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'answers.summary',
      'attachments.letter',
    ]);
    await coordinators.g1!.patch(`/api/v1/competition-applications/${appIds.g1}`, { answers: { summary: 'Opis' } });

    const g3 = await apply('g3', claim('Sprawy szybciej'));
    appIds.g3 = g3.json().id;
    expect(g3.json().claims[0]).toMatchObject({ verdict: 'supported', contradicted: false, unitChange: 50 });
    appIds.g4 = (await apply('g4')).json().id;
    // g5 started too recently: 2026-01-15 is under 6 months before the close (2026-04-30).
    appIds.g5 = (await apply('g5', { inOperationSince: '2026-01-15' })).json().id;
    expect((await apply('g4')).statusCode).toBe(409);
  });

  it('attachments are checked by content', async () => {
    const url = (id: number) => `/api/v1/competition-applications/${id}/attachments/letter?fileName=list.pdf`;
    const fake = await coordinators.g1!.request('PUT', url(appIds.g1!), Buffer.from('<html>not a pdf</html>'), {
      'content-type': 'application/pdf',
    });
    expect(fake.statusCode).toBe(415);
    for (const n of ['g1', 'g3', 'g4', 'g5']) {
      const ok = await coordinators[n]!.request('PUT', url(appIds[n]!), PDF, { 'content-type': 'application/pdf' });
      expect(ok.statusCode, ok.body).toBe(200);
    }
    const down = await coordinators.g1!.get(`/api/v1/competition-applications/${appIds.g1}/attachments/letter`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect((await outsider.get(`/api/v1/competition-applications/${appIds.g1}/attachments/letter`)).statusCode).toBe(
      403,
    );
  });

  it('submission before the deadline, the months-in-operation rule named; after the deadline 409', async () => {
    for (const n of ['g1', 'g3', 'g4']) {
      const res = await coordinators[n]!.post(`/api/v1/competition-applications/${appIds[n]}/submit`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('submitted');
    }
    const young = await coordinators.g5!.post(`/api/v1/competition-applications/${appIds.g5}/submit`);
    expect(young.statusCode).toBe(400);
    expect(young.json().error.details).toEqual([
      {
        path: 'inOperationSince',
        message: 'the solution has operated 3 month(s) by 2026-05-01; at least 6 are required',
      },
    ]);
    const fixed = await coordinators.g5!.patch(`/api/v1/competition-applications/${appIds.g5}`, {
      inOperationSince: '2025-09-01',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const resubmitted = await coordinators.g5!.post(`/api/v1/competition-applications/${appIds.g5}/submit`);
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    // Past the deadline nothing new is accepted.
    // The operator closes the call early (moving the clock months ahead would end every session).
    const closed = await operator.patch(`/api/v1/competition-editions/${editionId}`, {
      timeline: { callOpensAt: '2026-02-01T00:00:00Z', applicationsCloseAt: '2026-03-01T09:00:00Z' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ phase: 'review', formFields: [{ id: 'summary' }, { id: 'budget' }] });
    const late = await apply('school');
    expect([400, 409]).toContain(late.statusCode);
    const lateEdit = await coordinators.g1!.patch(`/api/v1/competition-applications/${appIds.g1}`, { title: 'Late' });
    expect(lateEdit.statusCode).toBe(409);
    expect(lateEdit.json().error.code).toBe('APPLICATION_DEADLINE_PASSED');
    expect(await auditCount('competition.application.submit')).toBe(4);
  });

  it('the formal check: a reason is required to refuse; the unit sees it', async () => {
    expect(
      (await coordinators.g1!.post(`/api/v1/competition-applications/${appIds.g1}/formal-check`, { eligible: true }))
        .statusCode,
    ).toBe(403);
    const noReason = await operator.post(`/api/v1/competition-applications/${appIds.g5}/formal-check`, {
      eligible: false,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    for (const n of ['g1', 'g3', 'g4'])
      expect(
        (await operator.post(`/api/v1/competition-applications/${appIds[n]}/formal-check`, { eligible: true }))
          .statusCode,
      ).toBe(200);
    await operator.post(`/api/v1/competition-applications/${appIds.g5}/formal-check`, {
      eligible: false,
      reason: 'Brak wymaganych wyników',
    });
    const seen = (await coordinators.g5!.get(`/api/v1/competition-applications/${appIds.g5}`)).json();
    expect(seen).toMatchObject({ status: 'ineligible', formalCheck: { reason: 'Brak wymaganych wyników' } });
  });

  it('jurors: only users with the juror role; conflicts by hierarchy, group and declaration', async () => {
    const notJuror = await operator.request(
      'PUT',
      `/api/v1/competition-editions/${editionId}/jurors/${(await createUser(t)).id}`,
      { categories: [] },
    );
    expect(notJuror.statusCode).toBe(400);
    // Only three jurors first: with J1 conflicted with g1 and J2 with g3, k = 3 is infeasible.
    for (const j of jurors.slice(0, 3))
      expect(
        (
          await operator.request('PUT', `/api/v1/competition-editions/${editionId}/jurors/${j.id}`, {
            categories: ['gminy'],
          })
        ).statusCode,
      ).toBe(200);
    const conflicts = (await operator.get(`/api/v1/competition-editions/${editionId}/conflicts`)).json().items;
    expect(conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: jurors[0]!.id, applicationId: appIds.g1, reasons: ['same-hierarchy'] }),
        expect.objectContaining({ userId: jurors[1]!.id, applicationId: appIds.g3, reasons: ['same-group'] }),
      ]),
    );
    expect(conflicts).toHaveLength(2);
    const infeasible = await operator.post(`/api/v1/competition-editions/${editionId}/assignment`);
    expect(infeasible.statusCode).toBe(409);
    expect(infeasible.json().error).toMatchObject({
      code: 'ASSIGNMENT_INFEASIBLE',
      details: { code: 'TOO_FEW_JURORS' },
    });
    for (const j of jurors.slice(3))
      await operator.request('PUT', `/api/v1/competition-editions/${editionId}/jurors/${j.id}`, { categories: [] });
    // J3 declares a conflict with g4 before the assignment.
    const declared = await jurors[2]!.client.post(`/api/v1/competition-applications/${appIds.g4}/conflicts`, {
      reason: 'Pracowałem tam',
    });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(await auditCount('competition.conflict.declare')).toBe(1);
  });

  it('the assignment: 3 jurors each, loads within ±1, never a conflicted pair', async () => {
    expect((await coordinators.g1!.post(`/api/v1/competition-editions/${editionId}/assignment`)).statusCode).toBe(403);
    const res = await operator.post(`/api/v1/competition-editions/${editionId}/assignment`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.db.select().from(competitionAssignments);
    const ours = rows.filter((r) => Object.values(appIds).includes(r.applicationId));
    expect(ours).toHaveLength(9);
    for (const n of ['g1', 'g3', 'g4']) expect(ours.filter((r) => r.applicationId === appIds[n]).length).toBe(3);
    expect(ours.some((r) => r.applicationId === appIds.g5)).toBe(false);
    const forbidden = [
      [jurors[0]!.id, appIds.g1],
      [jurors[1]!.id, appIds.g3],
      [jurors[2]!.id, appIds.g4],
    ];
    for (const [u, a] of forbidden) expect(ours.some((r) => r.userId === u && r.applicationId === a)).toBe(false);
    const loads = jurors.map((j) => ours.filter((r) => r.userId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((s, v) => s + v, 0)).toBe(9);
  });

  it('scoring: blind, per criterion, justified; 403 for unassigned or conflicted jurors', async () => {
    const board = (await operator.get(`/api/v1/competition-editions/${editionId}/board`)).json();
    const jurorsOf = (n: string) =>
      board.applications
        .find((a: { id: number }) => a.id === appIds[n])
        .jurors.map((j: { userId: string }) => j.userId);
    const clientOf = (id: string) => jurors.find((j) => j.id === id)!.client;
    const unassigned = jurors.find((j) => !jurorsOf('g3').includes(j.id) && j.id !== jurors[1]!.id)!;
    const put = (c: Client, app: number, crit: string, score: number, justification = 'Uzasadnienie') =>
      c.request('PUT', `/api/v1/competition-applications/${app}/my-scores/${crit}`, { score, justification });

    expect((await put(jurors[0]!.client, appIds.g1!, 'strategy', 5)).statusCode).toBe(403);
    expect((await put(jurors[1]!.client, appIds.g3!, 'strategy', 5)).statusCode).toBe(403);
    if (unassigned) expect((await put(unassigned.client, appIds.g3!, 'strategy', 5)).statusCode).toBe(403);
    expect((await jurors[0]!.client.get(`/api/v1/competition-applications/${appIds.g1}`)).statusCode).toBe(403);

    const first = clientOf(jurorsOf('g1')[0]);
    const out = await put(first, appIds.g1!, 'strategy', 11);
    expect(out.statusCode).toBe(400);
    expect(out.json().error).toMatchObject({ code: 'SCORE_INVALID', details: [{ path: 'scores.strategy.score' }] });
    const unjustified = await put(first, appIds.g1!, 'participation', 5, ' ');
    expect(unjustified.json().error.details[0].path).toBe('scores.participation.justification');
    const incomplete = await first.post(`/api/v1/competition-applications/${appIds.g1}/my-scores/submit`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('SCORES_INCOMPLETE');

    // g3 best, g4 middle, g1 last, for every juror; on g1 jurors disagree by 5 points → an extra juror.
    const plan: Record<string, number[]> = { g3: [9, 8, 9], g4: [6, 6, 5], g1: [2, 7, 3] };
    for (const [n, scores] of Object.entries(plan)) {
      const ids = jurorsOf(n);
      for (let i = 0; i < ids.length; i++) {
        const c = clientOf(ids[i]);
        for (const crit of criteria) expect((await put(c, appIds[n]!, crit.id, scores[i]!)).statusCode).toBe(200);
        const sub = await c.post(`/api/v1/competition-applications/${appIds[n]}/my-scores/submit`);
        expect(sub.statusCode, sub.body).toBe(200);
        expect(sub.json().extraJurorAssigned).toBe(n === 'g1' && i === ids.length - 1);
      }
    }
    // A submitted score cannot change.
    expect((await put(clientOf(jurorsOf('g3')[0]), appIds.g3!, 'strategy', 1)).statusCode).toBe(409);
    const extra = (await t.db.select().from(competitionAssignments)).filter(
      (r) => r.applicationId === appIds.g1 && r.kind === 'extra',
    );
    expect(extra).toHaveLength(1);
    expect(extra[0]!.userId).not.toBe(jurors[0]!.id);
    const extraClient = clientOf(extra[0]!.userId);
    const queue = (await extraClient.get(`/api/v1/competition-editions/${editionId}/my-queue`)).json();
    expect(
      queue.items.some(
        (i: { applicationId: number; kind: string }) => i.applicationId === appIds.g1 && i.kind === 'extra',
      ),
    ).toBe(true);
    // The juror sees the application and only their own scores.
    const view = (await extraClient.get(`/api/v1/competition-applications/${appIds.g1}`)).json();
    expect(view.myScores).toEqual({ submittedAt: null, items: [] });
    for (const crit of criteria) await put(extraClient, appIds.g1!, crit.id, 4);
    await extraClient.post(`/api/v1/competition-applications/${appIds.g1}/my-scores/submit`);
    const [scored] = await t.db
      .select({ n: count() })
      .from(competitionScores)
      .where(and(eq(competitionScores.applicationId, appIds.g1!)));
    expect(scored!.n).toBe(12);
  });

  it('ranking raw and calibrated with rank intervals; jurors and units may not see it', async () => {
    expect((await jurors[2]!.client.get(`/api/v1/competition-editions/${editionId}/ranking`)).statusCode).toBe(403);
    const raw = (await operator.get(`/api/v1/competition-editions/${editionId}/ranking?method=raw&seed=7`)).json();
    expect(raw.items.map((i: { applicationId: number }) => i.applicationId)).toEqual([appIds.g3, appIds.g4, appIds.g1]);
    expect(raw.items[0]).toMatchObject({ rank: 1, jurors: 3, score: 26 / 3 });
    expect(raw.items[2]).toMatchObject({ rank: 3, jurors: 4, score: 4, spread: 5 });
    for (const i of raw.items) {
      expect(i.rankInterval[0]).toBeLessThanOrEqual(i.rank);
      expect(i.rankInterval[1]).toBeGreaterThanOrEqual(i.rank);
    }
    const cal = (
      await operator.get(`/api/v1/competition-editions/${editionId}/ranking?method=calibrated&seed=7`)
    ).json();
    expect(cal.items.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3]);
    const again = (
      await operator.get(`/api/v1/competition-editions/${editionId}/ranking?method=calibrated&seed=7`)
    ).json();
    expect(again.items.map((i: { rankInterval: number[] }) => i.rankInterval)).toEqual(
      cal.items.map((i: { rankInterval: number[] }) => i.rankInterval),
    );
  });

  it('consensus needs a reason where it departs from the calibrated score; awards; publishing', async () => {
    const cal = (await operator.get(`/api/v1/competition-editions/${editionId}/ranking`)).json();
    const g3 = cal.items.find((i: { applicationId: number }) => i.applicationId === appIds.g3);
    const noReason = await operator.request('PUT', `/api/v1/competition-applications/${appIds.g3}/consensus`, {
      score: 9.9,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const same = await operator.request('PUT', `/api/v1/competition-applications/${appIds.g3}/consensus`, {
      score: g3.calibratedOnScale,
    });
    expect(same.statusCode, same.body).toBe(200);
    const withReason = await operator.request('PUT', `/api/v1/competition-applications/${appIds.g4}/consensus`, {
      score: 6.5,
      reason: 'Wizyta studyjna potwierdziła wyniki',
    });
    expect(withReason.statusCode).toBe(200);

    expect((await outsider.get(`/api/v1/public/competition-editions/${editionId}/results`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/public/competition-editions/${editionId}/results` })).statusCode).toBe(
      404,
    );
    expect((await operator.post(`/api/v1/competition-editions/${editionId}/publish`)).statusCode).toBe(409);
    expect(
      (
        await operator.request('PUT', `/api/v1/competition-applications/${appIds.g5}/award`, {
          award: 'laureate',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
    await operator.request('PUT', `/api/v1/competition-applications/${appIds.g3}/award`, {
      award: 'laureate',
      reason: 'Spójne zarządzanie strategiczne i potwierdzone wyniki',
    });
    await operator.request('PUT', `/api/v1/competition-applications/${appIds.g4}/award`, {
      award: 'distinction',
      reason: 'Szeroka partycypacja mieszkańców',
    });
    const published = await operator.post(`/api/v1/competition-editions/${editionId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().phase).toBe('published');
    const [row] = await t.db.select().from(competitionEditions).where(eq(competitionEditions.id, editionId));
    expect(row!.resultsPublishedAt).not.toBeNull();

    // Each winner is now a draft of the good-practice bank that keeps its link to the application.
    const drafts = await t.db
      .select()
      .from(goodPractices)
      .where(
        and(
          eq(goodPractices.sourceKind, 'competition-application'),
          inArray(goodPractices.sourceId, [String(appIds.g3), String(appIds.g4)]),
        ),
      );
    expect(drafts.map((d) => [d.sourceId, d.status]).sort()).toEqual(
      [
        [String(appIds.g3), 'draft'],
        [String(appIds.g4), 'draft'],
      ].sort(),
    );
    expect(drafts[0]!.sourceUrl).toMatch(new RegExp(`/competition/${editionId}/results$`));
    const awardRows = await t.db
      .select()
      .from(competitionAwards)
      .where(inArray(competitionAwards.applicationId, [appIds.g3!, appIds.g4!]));
    for (const aw of awardRows)
      expect(aw.goodPracticeId).toBe(drafts.find((d) => d.sourceId === String(aw.applicationId))!.id);
    // A draft is not public: the bank answers 404 to the anonymous.
    expect((await t.app.inject({ url: `/api/v1/practices/${drafts[0]!.id}` })).statusCode).toBe(404);
    // The unit sees its draft with the source.
    const own = await coordinators.g3!.get(
      `/api/v1/practices/${awardRows.find((a) => a.applicationId === appIds.g3)!.goodPracticeId}`,
    );
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().source).toMatchObject({ kind: 'competition-application', id: String(appIds.g3) });

    const pub = await t.app.inject({ url: `/api/v1/public/competition-editions/${editionId}/results` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().winners).toMatchObject([
      { applicationId: appIds.g3, award: 'laureate', unit: { code: unitsByName.g3 } },
      { applicationId: appIds.g4, award: 'distinction' },
    ]);
    expect(JSON.stringify(pub.json())).not.toContain('Brak wymaganych');
    const list = (await t.app.inject({ url: '/api/v1/public/competition-editions' })).json();
    expect(list.items.map((e: { id: number }) => e.id)).toContain(editionId);
    // Published results are final.
    expect(
      (
        await operator.request('PUT', `/api/v1/competition-applications/${appIds.g1}/consensus`, {
          score: 1,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('an unpublished edition stays hidden from the public', async () => {
    const other = await operator.post(
      '/api/v1/competition-editions',
      editionBody({
        name: 'Draft edition',
        timeline: { callOpensAt: '2026-06-01T00:00:00Z', applicationsCloseAt: '2026-07-01T00:00:00Z' },
      }),
    );
    const id = other.json().id;
    expect((await t.app.inject({ url: `/api/v1/public/competition-editions/${id}/results` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/public/competition-editions/999999/results' })).statusCode).toBe(404);
    const list = (await t.app.inject({ url: '/api/v1/public/competition-editions' })).json();
    expect(list.items.map((e: { id: number }) => e.id)).not.toContain(id);
    // Before the call opens: 409.
    const early = await apply('g1');
    void early;
    const res = await coordinators.g1!.post(`/api/v1/competition-editions/${id}/applications`, {
      unitCode: unitsByName.g1,
      categoryId: 'gminy',
      title: 'Za wcześnie',
      answers: {},
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CALL_NOT_OPEN');
    const [apps] = await t.db
      .select({ n: count() })
      .from(competitionApplications)
      .where(eq(competitionApplications.editionId, id));
    expect(apps!.n).toBe(0);
  });
});
