/**
 * A user with roles in unit A may write nothing of unit B. The list of write routes is read from
 * the app's own OpenAPI document, so a new write route without a case here fails this test.
 */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema';
import { createTestApp, type TestApp } from '../tests/helpers/app';
import { createGroup, createUnit, createUser, loginAs } from '../tests/helpers/factories';
import { SYSTEM_CONTEXT } from './http/context';
import { assessmentItems } from '../domain/self-assessment/framework';

let t: TestApp;
let unitA: string;
let unitB: string;
let groupOfB: number;
let victimId: string;
let victimRoleId: number;
let roundId: number;
let draftSourceOfB: number;
/** B's assessments: one in individual scoring, one in consensus with every item agreed (so closing would be valid). */
let scoringOfB: number;
let consensusOfB: number;
let planOfB: number;
let actionOfB: number;
let waveOfB: number;
let strategyOfB: number;
let goalOfB: number;
let measureOfB: number;
let ngoOfB: number;
/** A network (group of B) with a programme, a delegate of B, a cycle, a meeting, an agreed action for B and a comment. */
let programmeId: number;
let delegateOfB: number;
let cycleOfB: number;
let meetingOfB: number;
let meetingActionOfB: number;
let commentOfB: number;
let draftPracticeOfB: number;
let submittedPracticeOfB: number;
let publishedPracticeOfB: number;
let attachmentOfB: number;
let editionId: number;
let draftReleaseId: number;
let applicationOfB: number;
let client: Awaited<ReturnType<typeof loginAs>>['client'];

beforeAll(async () => {
  t = await createTestApp();
  unitA = await createUnit(t);
  unitB = await createUnit(t);
  groupOfB = await createGroup(t, { unitCodes: [unitB] });
  const victim = await createUser(t, [{ role: 'unit-member', unitCode: unitB }]);
  victimId = victim.id;
  const admin = await loginAs(t, [{ role: 'admin' }]);
  victimRoleId = (await admin.client.get(`/api/v1/users?q=${encodeURIComponent(victim.email)}`)).json().items[0]
    .roles[0].id;
  const round = await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
    name: 'Access round',
    period: '2024',
    deadline: new Date('2099-01-01T00:00:00Z'),
    variableCodes: ['decisions_issued'],
    unitCodes: [unitA, unitB],
  });
  roundId = round.id;
  // B's form is submitted, so return/approve would be valid transitions were the caller allowed.
  await t.services.dataCollection.saveValues(SYSTEM_CONTEXT, roundId, unitB, [
    { variableCode: 'decisions_issued', value: 10 },
  ]);
  await t.services.dataCollection.submit(SYSTEM_CONTEXT, roundId, unitB);
  // A draft of B imported outside rounds, waiting for an operator's approval.
  await t.services.dataImport.importFile(
    SYSTEM_CONTEXT,
    new TextEncoder().encode(`unit_code,variable_code,period,value\n${unitB},decisions_issued,2021,7\n`),
    { fileName: 'b.csv', dryRun: false },
  );
  draftSourceOfB = (await t.services.dataImport.listDrafts(SYSTEM_CONTEXT)).items[0]!.sourceId;
  const sa = t.services.selfAssessment;
  scoringOfB = (
    await sa.create(SYSTEM_CONTEXT, unitB, { frameworkId: 'caf-2020', round: 1, date: '2024-01-15', mode: 'classical' })
  ).id;
  await sa.setMembers(SYSTEM_CONTEXT, scoringOfB, [{ userId: victimId, role: 'leader' }]);
  consensusOfB = (
    await sa.create(SYSTEM_CONTEXT, unitB, { frameworkId: 'caf-2020', round: 2, date: '2024-06-15', mode: 'classical' })
  ).id;
  await sa.openConsensus(SYSTEM_CONTEXT, consensusOfB, { reason: 'access test' });
  for (const item of assessmentItems(sa.framework('caf-2020')))
    await sa.saveConsensus(SYSTEM_CONTEXT, consensusOfB, item.id, { values: 50 });
  planOfB = (
    await t.services.improvementPlans.create(SYSTEM_CONTEXT, { unitCode: unitB, period: '2024', title: 'Plan of B' })
  ).id;
  actionOfB = (
    await t.services.improvementPlans.addAction(SYSTEM_CONTEXT, planOfB, {
      title: 'Action of B',
      source: { type: 'free' },
      status: 'planned',
      impact: 3,
      feasibility: 3,
    })
  ).id;
  waveOfB = (
    await t.services.surveys.create(SYSTEM_CONTEXT, {
      unitCode: unitB,
      templateId: 'customer-office',
      opensAt: new Date('2024-01-01T00:00:00Z'),
      closesAt: new Date('2099-01-01T00:00:00Z'),
      repeatEveryMonths: 6,
    })
  ).id;
  const sm = t.services.strategyMonitoring;
  strategyOfB = (await sm.create(SYSTEM_CONTEXT, unitB, { name: 'Strategy of B', periodFrom: 2021, periodTo: 2030 }))
    .id;
  goalOfB = (await sm.addGoal(SYSTEM_CONTEXT, strategyOfB, { title: 'Goal of B' })).id;
  measureOfB = (
    await sm.addMeasure(SYSTEM_CONTEXT, strategyOfB, {
      goalId: goalOfB,
      own: { name: 'Own of B', unit: 'szt.', polarity: 'higher-is-better', source: 'urząd' },
      baseline: { period: '2020', value: 1 },
      target: { period: '2030', value: 2 },
    })
  ).id;
  ngoOfB = (await sm.addOrganisation(SYSTEM_CONTEXT, unitB, { name: 'NGO of B', fields: ['sport'] })).id;
  const n = t.services.networks;
  programmeId = (
    await n.createProgramme(SYSTEM_CONTEXT, {
      name: 'Access programme',
      operator: 'Test',
      startsOn: '2024-01-01',
      endsOn: '2026-12-31',
    })
  ).id;
  await n.addGroup(SYSTEM_CONTEXT, programmeId, { groupId: groupOfB });
  await n.setIndicatorSet(SYSTEM_CONTEXT, groupOfB, [{ code: 'decisions_after_deadline_share' }]);
  delegateOfB = (
    await n.addDelegate(SYSTEM_CONTEXT, groupOfB, { unitCode: unitB, name: 'Delegate', level: 'strategic' })
  ).id;
  cycleOfB = (
    await n.createCycle(SYSTEM_CONTEXT, groupOfB, {
      number: 1,
      title: 'Cycle',
      focus: 'diagnosis',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      planPeriod: '2024',
    })
  ).id;
  meetingOfB = (
    await n.createMeetings(SYSTEM_CONTEXT, groupOfB, { meetings: [{ date: '2024-03-11', hostUnitCode: unitB }] })
  ).items[0]!.id;
  meetingActionOfB = (await n.addMeetingAction(SYSTEM_CONTEXT, meetingOfB, { unitCode: unitB, title: 'Agreed' })).id;
  commentOfB = (
    await n.addComment(SYSTEM_CONTEXT, groupOfB, {
      indicatorCode: 'decisions_after_deadline_share',
      period: '2024',
      body: 'Why?',
    })
  ).id;
  const gp = t.services.goodPractices;
  const practice = (title: string) =>
    gp.create(SYSTEM_CONTEXT, {
      title,
      unitCode: unitB,
      otherUnitCodes: [],
      serviceArea: 'education',
      unitKinds: [],
      problem: 'Problem',
      solution: 'Rozwiązanie',
      indicators: [],
      tags: [],
      source: { kind: 'free' },
    });
  draftPracticeOfB = (await practice('Draft of B')).id;
  submittedPracticeOfB = (await practice('Submitted of B')).id;
  await gp.submit(SYSTEM_CONTEXT, submittedPracticeOfB);
  publishedPracticeOfB = (await practice('Published of B')).id;
  await gp.submit(SYSTEM_CONTEXT, publishedPracticeOfB);
  await gp.publish(SYSTEM_CONTEXT, publishedPracticeOfB);
  attachmentOfB = (
    await gp.addAttachment(SYSTEM_CONTEXT, draftPracticeOfB, 'a.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))
  ).id;
  const edition = await t.services.competition.create(SYSTEM_CONTEXT, {
    name: 'Access edition',
    theme: 'x',
    year: 2026,
    categories: [{ id: 'all', names: { pl: 'Wszyscy', en: 'All' }, unitKinds: [] }],
    criteria: [
      { id: 'impact', names: { pl: 'Wpływ', en: 'Impact' }, descriptions: null, weight: 100, min: 0, max: 10 },
    ],
    formFields: [],
    eligibility: {
      unitKinds: [],
      minMonthsInOperation: 0,
      requiredAttachments: [{ id: 'letter', labels: { pl: 'List', en: 'Letter' } }],
    },
    timeline: { callOpensAt: new Date('2024-01-01T00:00:00Z'), applicationsCloseAt: new Date('2099-01-01T00:00:00Z') },
  });
  editionId = edition.id;
  draftReleaseId = (
    await t.services.openData.createRelease(SYSTEM_CONTEXT, {
      title: { pl: 'Szkic', en: 'Draft' },
      contents: [{ indicator: 'population_total', periods: ['2019'] }],
    })
  ).id;
  applicationOfB = (
    await t.services.competition.createApplication(SYSTEM_CONTEXT, editionId, {
      unitCode: unitB,
      categoryId: 'all',
      title: 'Application of B',
      answers: {},
    })
  ).id;
  ({ client } = await loginAs(t, [
    { role: 'unit-coordinator', unitCode: unitA },
    { role: 'unit-member', unitCode: unitA },
  ]));
});
afterAll(() => t.close());

/** Routes that write nothing of any unit: they act on the caller's own session. */
const NOT_UNIT_WRITES = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/invitations/accept',
  // Anonymous answers to a public survey link: anyone holding the link may answer (surveys.test.ts covers its refusals).
  'POST /api/v1/public/surveys/{token}/responses',
  // Read-only computations over public data sent as a body (benchmarking.test.ts): they write nothing.
  'POST /api/v1/benchmarking/dea',
  'POST /api/v1/benchmarking/composite',
]);

type Attempt = () => ReturnType<typeof client.request>;
const attempts: Record<string, Attempt> = {
  'PATCH /api/v1/units/{code}': () =>
    client.patch(`/api/v1/units/${unitB}`, { description: 'hijacked', officeName: 'Hijacked' }),
  'POST /api/v1/units/import': () =>
    client.post('/api/v1/units/import', `code,name,kind,parent_code\n${unitB},Hijacked,test-unit,\n`, {
      'content-type': 'text/csv',
    }),
  'POST /api/v1/groups': () => client.post('/api/v1/groups', { name: 'Mine', serviceArea: 'roads', kind: 'network' }),
  'PATCH /api/v1/groups/{id}': () => client.patch(`/api/v1/groups/${groupOfB}`, { name: 'hijacked' }),
  'DELETE /api/v1/groups/{id}': () => client.delete(`/api/v1/groups/${groupOfB}`),
  'PUT /api/v1/groups/{id}/members/{unitCode}': () => client.put(`/api/v1/groups/${groupOfB}/members/${unitA}`),
  'DELETE /api/v1/groups/{id}/members/{unitCode}': () => client.delete(`/api/v1/groups/${groupOfB}/members/${unitB}`),
  'POST /api/v1/users': () =>
    client.post('/api/v1/users', { email: 'intruder@example.test', name: 'Intruder', password: 'intruder-password-1' }),
  'POST /api/v1/users/{id}/roles': () =>
    client.post(`/api/v1/users/${victimId}/roles`, { role: 'unit-member', unitCode: unitB }),
  'DELETE /api/v1/users/{id}/roles/{roleId}': () => client.delete(`/api/v1/users/${victimId}/roles/${victimRoleId}`),
  'POST /api/v1/indicators': () =>
    client.post('/api/v1/indicators', {
      code: 'x_mine',
      names: { pl: 'X', en: 'X' },
      definition: { pl: 'X', en: 'X' },
      formula: 'decisions_issued',
      unit: 'szt.',
      decimals: 0,
      polarity: 'neutral',
      type: 'output',
      area: 'administration',
      unitKinds: ['test-unit'],
      source: { pl: 'X', en: 'X' },
    }),
  'PATCH /api/v1/indicators/{code}': () =>
    client.patch('/api/v1/indicators/own_revenue_per_capita', { unit: 'hijacked' }),
  'POST /api/v1/variables': () =>
    client.post('/api/v1/variables', {
      code: 'x_var',
      names: { pl: 'X', en: 'X' },
      unit: 'szt.',
      source: 'x',
      periodicity: 'year',
      description: { pl: 'X', en: 'X' },
    }),
  'PATCH /api/v1/variables/{code}': () => client.patch('/api/v1/variables/decisions_issued', { unit: 'hijacked' }),
  'POST /api/v1/data-collection/rounds': () =>
    client.post('/api/v1/data-collection/rounds', {
      name: 'Mine',
      period: '2024',
      deadline: '2099-01-01T00:00:00Z',
      variableCodes: ['decisions_issued'],
      unitCodes: [unitB],
    }),
  'PUT /api/v1/data-collection/rounds/{id}/units/{unitCode}/values': () =>
    client.request('PUT', `/api/v1/data-collection/rounds/${roundId}/units/${unitB}/values`, {
      values: [{ variableCode: 'decisions_issued', value: 1 }],
    }),
  'POST /api/v1/data-collection/rounds/{id}/units/{unitCode}/submit': () =>
    client.post(`/api/v1/data-collection/rounds/${roundId}/units/${unitB}/submit`),
  'POST /api/v1/data-collection/rounds/{id}/units/{unitCode}/return': () =>
    client.post(`/api/v1/data-collection/rounds/${roundId}/units/${unitB}/return`, { comment: 'no' }),
  'POST /api/v1/data-collection/rounds/{id}/units/{unitCode}/approve': () =>
    client.post(`/api/v1/data-collection/rounds/${roundId}/units/${unitB}/approve`),
  'POST /api/v1/data-collection/rounds/{id}/units/{unitCode}/reopen': () =>
    client.post(`/api/v1/data-collection/rounds/${roundId}/units/${unitB}/reopen`, { until: '2099-01-01T00:00:00Z' }),
  'POST /api/v1/data-collection/rounds/{id}/reminders': () =>
    client.post(`/api/v1/data-collection/rounds/${roundId}/reminders`),
  'POST /api/v1/data-collection/imports': () =>
    client.post(
      '/api/v1/data-collection/imports',
      `unit_code,variable_code,period,value\n${unitB},decisions_issued,2023,5\n`,
      { 'content-type': 'text/csv' },
    ),
  // Approving drafts outside rounds is the operators' (B's import of the beforeAll is among them).
  'POST /api/v1/data-collection/drafts/approve': () =>
    client.post('/api/v1/data-collection/drafts/approve', { sourceIds: [draftSourceOfB] }),
  'POST /api/v1/data-collection/bdl-imports': () =>
    client.post('/api/v1/data-collection/bdl-imports', { variableId: 72305, years: [2019], level: 'municipality' }),
  'POST /api/v1/admin/bdl-sync': () => client.post('/api/v1/admin/bdl-sync', { years: [2019] }),
  'POST /api/v1/units/{code}/assessments': () =>
    client.post(`/api/v1/units/${unitB}/assessments`, {
      frameworkId: 'caf-2020',
      round: 3,
      date: '2025-01-01',
      mode: 'classical',
    }),
  'PUT /api/v1/assessments/{id}/members': () =>
    client.request('PUT', `/api/v1/assessments/${scoringOfB}/members`, {
      members: [{ userId: victimId, role: 'member' }],
    }),
  'POST /api/v1/assessments/{id}/team/invitations': () =>
    client.post(`/api/v1/assessments/${scoringOfB}/team/invitations`, {
      email: 'hijack-invite@example.test',
      name: 'Hijack',
    }),
  'PUT /api/v1/assessments/{id}/my-scores/{itemId}': () =>
    client.request('PUT', `/api/v1/assessments/${scoringOfB}/my-scores/1.1`, { values: 50 }),
  'POST /api/v1/assessments/{id}/my-scores/submit': () =>
    client.post(`/api/v1/assessments/${scoringOfB}/my-scores/submit`),
  'POST /api/v1/assessments/{id}/consensus': () =>
    client.post(`/api/v1/assessments/${scoringOfB}/consensus`, { override: { reason: 'hijack' } }),
  'PUT /api/v1/assessments/{id}/consensus/{itemId}': () =>
    client.request('PUT', `/api/v1/assessments/${consensusOfB}/consensus/1.1`, { values: 90 }),
  'POST /api/v1/assessments/{id}/close': () => client.post(`/api/v1/assessments/${consensusOfB}/close`),
  'POST /api/v1/assessments/{id}/publication': () =>
    client.post(`/api/v1/assessments/${consensusOfB}/publication`, { published: true }),
  'POST /api/v1/improvement-plans': () =>
    client.post('/api/v1/improvement-plans', { unitCode: unitB, period: '2025', title: 'Mine' }),
  'PATCH /api/v1/improvement-plans/{id}': () =>
    client.patch(`/api/v1/improvement-plans/${planOfB}`, { title: 'hijacked' }),
  'POST /api/v1/improvement-plans/{id}/publication': () =>
    client.post(`/api/v1/improvement-plans/${planOfB}/publication`, { published: true }),
  'POST /api/v1/improvement-plans/{id}/actions': () =>
    client.post(`/api/v1/improvement-plans/${planOfB}/actions`, {
      title: 'X',
      source: { type: 'free' },
      impact: 1,
      feasibility: 1,
    }),
  'PATCH /api/v1/improvement-actions/{id}': () =>
    client.patch(`/api/v1/improvement-actions/${actionOfB}`, { title: 'hijacked' }),
  'DELETE /api/v1/improvement-actions/{id}': () => client.delete(`/api/v1/improvement-actions/${actionOfB}`),
  'POST /api/v1/improvement-actions/{id}/updates': () =>
    client.post(`/api/v1/improvement-actions/${actionOfB}/updates`, {
      date: '2025-01-01',
      comment: 'hijacked',
      status: 'done',
    }),
  'POST /api/v1/survey-templates/validate': () => client.post('/api/v1/survey-templates/validate', { template: {} }),
  'POST /api/v1/survey-templates': () => client.post('/api/v1/survey-templates', { template: { id: 'mine' } }),
  'PUT /api/v1/survey-templates/{id}': () =>
    client.request('PUT', '/api/v1/survey-templates/customer-office', { template: { id: 'customer-office' } }),
  'POST /api/v1/survey-waves': () =>
    client.post('/api/v1/survey-waves', {
      unitCode: unitB,
      templateId: 'customer-office',
      opensAt: '2024-01-01T00:00:00Z',
      closesAt: '2099-01-01T00:00:00Z',
    }),
  'PATCH /api/v1/survey-waves/{id}': () =>
    client.patch(`/api/v1/survey-waves/${waveOfB}`, { closesAt: '2024-06-01T00:00:00Z' }),
  'POST /api/v1/survey-waves/{id}/next': () => client.post(`/api/v1/survey-waves/${waveOfB}/next`),
  'POST /api/v1/survey-waves/{id}/publication': () =>
    client.post(`/api/v1/survey-waves/${waveOfB}/publication`, { published: true }),
  'POST /api/v1/survey-waves/{id}/invitation-codes': () =>
    client.post(`/api/v1/survey-waves/${waveOfB}/invitation-codes`, { count: 5 }),
  'PATCH /api/v1/survey-waves/{id}/free-text/{answerId}': () =>
    client.patch(`/api/v1/survey-waves/${waveOfB}/free-text/00000000-0000-4000-8000-000000000000.comments`, {
      hidden: true,
    }),
  'POST /api/v1/units/{code}/strategies': () =>
    client.post(`/api/v1/units/${unitB}/strategies`, { name: 'Mine', periodFrom: 2021, periodTo: 2030 }),
  'PATCH /api/v1/strategies/{id}': () => client.patch(`/api/v1/strategies/${strategyOfB}`, { name: 'hijacked' }),
  'POST /api/v1/strategies/{id}/goals': () => client.post(`/api/v1/strategies/${strategyOfB}/goals`, { title: 'x' }),
  'POST /api/v1/strategies/{id}/measures': () =>
    client.post(`/api/v1/strategies/${strategyOfB}/measures`, {
      goalId: goalOfB,
      indicatorCode: 'population_total',
      baseline: { period: '2020', value: 1 },
      target: { period: '2030', value: 2 },
    }),
  'POST /api/v1/strategies/{id}/publications': () =>
    client.post(`/api/v1/strategies/${strategyOfB}/publications`, { period: '2024', published: true }),
  'PATCH /api/v1/strategy-measures/{id}': () =>
    client.patch(`/api/v1/strategy-measures/${measureOfB}`, { responsible: 'hijacked' }),
  'PUT /api/v1/strategy-measures/{id}/values': () =>
    client.request('PUT', `/api/v1/strategy-measures/${measureOfB}/values`, { period: '2024', value: 5 }),
  'PUT /api/v1/strategy-measures/{id}/comment': () =>
    client.request('PUT', `/api/v1/strategy-measures/${measureOfB}/comment`, { period: '2024', comment: 'x' }),
  'PUT /api/v1/strategies/{id}/evaluations/{year}': () =>
    client.request('PUT', `/api/v1/strategies/${strategyOfB}/evaluations/2024`, {
      answers: { 'baselines-set': { answer: 'yes' } },
    }),
  'POST /api/v1/units/{code}/ngos': () => client.post(`/api/v1/units/${unitB}/ngos`, { name: 'x', fields: ['sport'] }),
  'POST /api/v1/units/{code}/ngos/import': () =>
    client.post(`/api/v1/units/${unitB}/ngos/import`, { csv: 'name,fields\nX,sport\n' }),
  'PATCH /api/v1/ngos/{id}': () => client.patch(`/api/v1/ngos/${ngoOfB}`, { published: true }),
  'DELETE /api/v1/ngos/{id}': () => client.delete(`/api/v1/ngos/${ngoOfB}`),
  'POST /api/v1/network-programmes': () =>
    client.post('/api/v1/network-programmes', {
      name: 'Mine',
      operator: 'Me',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
    }),
  'PATCH /api/v1/network-programmes/{id}': () =>
    client.patch(`/api/v1/network-programmes/${programmeId}`, { name: 'hijacked' }),
  'POST /api/v1/network-programmes/{id}/groups': () =>
    client.post(`/api/v1/network-programmes/${programmeId}/groups`, { name: 'Mine', serviceArea: 'roads' }),
  'PUT /api/v1/groups/{id}/indicator-set': () =>
    client.request('PUT', `/api/v1/groups/${groupOfB}/indicator-set`, { items: [] }),
  'POST /api/v1/groups/{id}/delegates': () =>
    client.post(`/api/v1/groups/${groupOfB}/delegates`, { unitCode: unitB, name: 'Intruder', level: 'middle' }),
  'DELETE /api/v1/network-delegates/{id}': () => client.delete(`/api/v1/network-delegates/${delegateOfB}`),
  'POST /api/v1/groups/{id}/cycles': () =>
    client.post(`/api/v1/groups/${groupOfB}/cycles`, {
      number: 2,
      title: 'X',
      focus: 'implementation',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      planPeriod: '2025',
    }),
  'PATCH /api/v1/network-cycles/{id}': () => client.patch(`/api/v1/network-cycles/${cycleOfB}`, { title: 'hijacked' }),
  // Saves nothing, but only a group's operators and moderators may plan its meetings.
  'POST /api/v1/groups/{id}/meetings/schedule': () =>
    client.post(`/api/v1/groups/${groupOfB}/meetings/schedule`, { from: '2024-06-03', count: 2 }),
  'POST /api/v1/groups/{id}/meetings': () =>
    client.post(`/api/v1/groups/${groupOfB}/meetings`, { meetings: [{ date: '2024-06-03', hostUnitCode: unitB }] }),
  'PATCH /api/v1/meetings/{id}': () => client.patch(`/api/v1/meetings/${meetingOfB}`, { minutes: 'hijacked' }),
  'DELETE /api/v1/meetings/{id}': () => client.delete(`/api/v1/meetings/${meetingOfB}`),
  'PUT /api/v1/meetings/{id}/attendance': () =>
    client.request('PUT', `/api/v1/meetings/${meetingOfB}/attendance`, {
      attendees: [{ delegateId: delegateOfB, present: false }],
    }),
  'POST /api/v1/meetings/{id}/actions': () =>
    client.post(`/api/v1/meetings/${meetingOfB}/actions`, { unitCode: unitB, title: 'hijacked' }),
  'PATCH /api/v1/meeting-actions/{id}': () =>
    client.patch(`/api/v1/meeting-actions/${meetingActionOfB}`, { status: 'cancelled' }),
  'POST /api/v1/meeting-actions/{id}/to-plan': () =>
    client.post(`/api/v1/meeting-actions/${meetingActionOfB}/to-plan`, {}),
  'POST /api/v1/units/{code}/decision-cases': () =>
    client.post(
      `/api/v1/units/${unitB}/decision-cases?period=2024`,
      'category,initiated_on,decided_on,term\nroads,2024-01-02,2024-01-10,1m\n',
      { 'content-type': 'text/csv' },
    ),
  'POST /api/v1/groups/{id}/decision-quality/rounds': () =>
    client.post(`/api/v1/groups/${groupOfB}/decision-quality/rounds`, {
      period: '2024',
      deadline: '2099-01-01T00:00:00Z',
    }),
  'POST /api/v1/groups/{id}/comments': () =>
    client.post(`/api/v1/groups/${groupOfB}/comments`, {
      indicatorCode: 'decisions_after_deadline_share',
      period: '2024',
      body: 'hijacked',
    }),
  'POST /api/v1/network-comments/{id}/pin': () => client.post(`/api/v1/network-comments/${commentOfB}/pin`, {}),
  'POST /api/v1/practices': () =>
    client.post('/api/v1/practices', {
      title: 'Mine',
      unitCode: unitB,
      serviceArea: 'education',
      problem: 'P',
      solution: 'S',
    }),
  'POST /api/v1/practices/proposals': () =>
    client.post('/api/v1/practices/proposals', { source: { kind: 'improvement-action', id: actionOfB } }),
  'POST /api/v1/practices/import': () =>
    client.post('/api/v1/practices/import', `title,unit,service_area,problem,solution\nMine,${unitB},education,P,S\n`, {
      'content-type': 'text/csv',
    }),
  'PATCH /api/v1/practices/{id}': () => client.patch(`/api/v1/practices/${draftPracticeOfB}`, { title: 'hijacked' }),
  'POST /api/v1/practices/{id}/submit': () => client.post(`/api/v1/practices/${draftPracticeOfB}/submit`),
  'POST /api/v1/practices/{id}/return': () =>
    client.post(`/api/v1/practices/${submittedPracticeOfB}/return`, { comment: 'no' }),
  'POST /api/v1/practices/{id}/publish': () => client.post(`/api/v1/practices/${submittedPracticeOfB}/publish`),
  'POST /api/v1/practices/{id}/confirm': () => client.post(`/api/v1/practices/${publishedPracticeOfB}/confirm`),
  'POST /api/v1/practices/{id}/adoptions': () =>
    client.post(`/api/v1/practices/${publishedPracticeOfB}/adoptions`, { unitCode: unitB, adoptedOn: '2025-01-01' }),
  'POST /api/v1/practices/{id}/attachments': () =>
    client.post(`/api/v1/practices/${draftPracticeOfB}/attachments?fileName=x.pdf`, Buffer.from('%PDF-1.4\n%%EOF\n'), {
      'content-type': 'application/octet-stream',
    }),
  'DELETE /api/v1/practices/{id}/attachments/{attachmentId}': () =>
    client.delete(`/api/v1/practices/${draftPracticeOfB}/attachments/${attachmentOfB}`),
  'POST /api/v1/competition-editions': () =>
    client.post('/api/v1/competition-editions', {
      name: 'Mine',
      theme: 'x',
      year: 2026,
      categories: [{ id: 'all', names: { pl: 'W', en: 'A' } }],
      criteria: [{ id: 'impact', names: { pl: 'W', en: 'I' }, weight: 100 }],
      timeline: { callOpensAt: '2024-01-01T00:00:00Z', applicationsCloseAt: '2099-01-01T00:00:00Z' },
    }),
  'PATCH /api/v1/competition-editions/{id}': () =>
    client.patch(`/api/v1/competition-editions/${editionId}`, { name: 'hijacked' }),
  'PUT /api/v1/competition-editions/{id}/criteria': () =>
    client.request('PUT', `/api/v1/competition-editions/${editionId}/criteria`, {
      criteria: [{ id: 'mine', names: { pl: 'W', en: 'I' }, weight: 100 }],
    }),
  'POST /api/v1/competition-editions/{id}/applications': () =>
    client.post(`/api/v1/competition-editions/${editionId}/applications`, {
      unitCode: unitB,
      categoryId: 'all',
      title: 'In the name of B',
    }),
  'PATCH /api/v1/competition-applications/{id}': () =>
    client.patch(`/api/v1/competition-applications/${applicationOfB}`, { title: 'hijacked' }),
  'PUT /api/v1/competition-applications/{id}/attachments/{requirementId}': () =>
    client.request(
      'PUT',
      `/api/v1/competition-applications/${applicationOfB}/attachments/letter`,
      Buffer.from('%PDF-1.4\n'),
      {
        'content-type': 'application/pdf',
      },
    ),
  'POST /api/v1/competition-applications/{id}/submit': () =>
    client.post(`/api/v1/competition-applications/${applicationOfB}/submit`),
  'POST /api/v1/competition-applications/{id}/formal-check': () =>
    client.post(`/api/v1/competition-applications/${applicationOfB}/formal-check`, { eligible: true }),
  'PUT /api/v1/competition-editions/{id}/jurors/{userId}': () =>
    client.request('PUT', `/api/v1/competition-editions/${editionId}/jurors/${victimId}`, { categories: [] }),
  'DELETE /api/v1/competition-editions/{id}/jurors/{userId}': () =>
    client.delete(`/api/v1/competition-editions/${editionId}/jurors/${victimId}`),
  'POST /api/v1/competition-applications/{id}/conflicts': () =>
    client.post(`/api/v1/competition-applications/${applicationOfB}/conflicts`, { reason: 'hijack' }),
  'POST /api/v1/competition-editions/{id}/assignment': () =>
    client.post(`/api/v1/competition-editions/${editionId}/assignment`),
  'PUT /api/v1/competition-applications/{id}/my-scores/{criterionId}': () =>
    client.request('PUT', `/api/v1/competition-applications/${applicationOfB}/my-scores/impact`, {
      score: 10,
      justification: 'hijack',
    }),
  'POST /api/v1/competition-applications/{id}/my-scores/submit': () =>
    client.post(`/api/v1/competition-applications/${applicationOfB}/my-scores/submit`),
  'PUT /api/v1/competition-applications/{id}/consensus': () =>
    client.request('PUT', `/api/v1/competition-applications/${applicationOfB}/consensus`, { score: 10, reason: 'x' }),
  'PUT /api/v1/competition-applications/{id}/award': () =>
    client.request('PUT', `/api/v1/competition-applications/${applicationOfB}/award`, {
      award: 'laureate',
      reason: 'hijack',
    }),
  'DELETE /api/v1/competition-applications/{id}/award': () =>
    client.delete(`/api/v1/competition-applications/${applicationOfB}/award`),
  'POST /api/v1/competition-editions/{id}/publish': () =>
    client.post(`/api/v1/competition-editions/${editionId}/publish`),
  // What the public sees is decided by operators alone.
  'POST /api/v1/releases': () =>
    client.post('/api/v1/releases', {
      title: { pl: 'x', en: 'x' },
      contents: [{ indicator: 'population_total', periods: ['2019'] }],
    }),
  'POST /api/v1/releases/{id}/publish': () => client.post(`/api/v1/releases/${draftReleaseId}/publish`),
  'DELETE /api/v1/releases/{id}': () => client.delete(`/api/v1/releases/${draftReleaseId}`),
};

describe('a user of unit A writing unit B', () => {
  it('every write route of the API has a case here', () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const uncovered = writes.filter((w) => !NOT_UNIT_WRITES.has(w) && !(w in attempts));
    expect(uncovered).toEqual([]);
  });

  it.each(Object.keys(attempts))('%s → 403 FORBIDDEN, nothing written', async (route) => {
    const [before] = await t.db.select({ n: count() }).from(auditLog);
    const res = await attempts[route]!();
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const [after] = await t.db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });

  it('while the same user may write unit A (the refusals are not blanket)', async () => {
    expect((await client.patch(`/api/v1/units/${unitA}`, { description: 'ours' })).statusCode).toBe(200);
    expect(
      (
        await client.post(`/api/v1/units/${unitA}/assessments`, {
          frameworkId: 'caf-2020',
          round: 1,
          date: '2025-01-01',
          mode: 'classical',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await client.post('/api/v1/improvement-plans', { unitCode: unitA, period: '2025', title: 'Ours' })).statusCode,
    ).toBe(201);
    expect(
      (
        await client.post(`/api/v1/competition-editions/${editionId}/applications`, {
          unitCode: unitA,
          categoryId: 'all',
          title: 'Ours',
        })
      ).statusCode,
    ).toBe(201);
    const colleague = await createUser(t);
    expect(
      (await client.post(`/api/v1/users/${colleague.id}/roles`, { role: 'unit-member', unitCode: unitA })).statusCode,
    ).toBe(201);
    const b = (await t.app.inject({ method: 'GET', url: `/api/v1/units/${unitB}` })).json();
    expect(b.name).not.toBe('Hijacked');
    expect(b.profile.description).toBeNull();
    expect(b.profile.officeName).toBeNull();
  });
});
