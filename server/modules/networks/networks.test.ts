import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';
import { dataValues, goodPractices, improvementActions, networkCaseImports } from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

const suffix = randomBytes(3).toString('hex');
const COST = `nw_cost_${suffix}`;
const KM = `nw_km_${suffix}`;
const INDICATOR = `nw_cost_per_km_${suffix}`;

let t: TestApp;
let members: string[];
let outsiderUnit: string;
let groupId: number;
let programmeId: number;
let operator: Awaited<ReturnType<typeof loginAs>>['client'];
let moderator: Awaited<ReturnType<typeof loginAs>>['client'];
let memberCoordinator: Awaited<ReturnType<typeof loginAs>>['client'];
let outsider: Awaited<ReturnType<typeof loginAs>>['client'];
/** The agreed action of the first meeting, sent to its unit's plan. */
let agreedActionId = 0;

beforeAll(async () => {
  t = await createTestApp();
  members = [];
  for (let i = 0; i < 4; i++) members.push(await createUnit(t, { name: `Powiat testowy ${i + 1}` }));
  outsiderUnit = await createUnit(t);
  for (const code of [COST, KM])
    await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
      code,
      names: { pl: code, en: code },
      unit: 'zł',
      source: 'test',
      periodicity: 'year',
      description: { pl: 'test', en: 'test' },
    });
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code: INDICATOR,
    names: { pl: 'Koszt utrzymania 1 km drogi', en: 'Maintenance cost per km' },
    definition: { pl: 'test', en: 'test' },
    formula: `${COST} / ${KM}`,
    unit: 'zł/km',
    decimals: 0,
    polarity: 'lower-is-better',
    type: 'efficiency',
    area: 'roads',
    unitKinds: ['test-unit'],
    source: { pl: 'test', en: 'test' },
  });
  ({ client: operator } = await loginAs(t, [{ role: 'network-operator' }]));
  ({ client: outsider } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: outsiderUnit }]));
});
afterAll(() => t.close());

describe('programmes, groups, indicator sets and delegates', () => {
  it('an operator creates a programme and a roads group in it, and sets the indicator set', async () => {
    const p = await operator.post('/api/v1/network-programmes', {
      name: 'GWD 2011–2012',
      operator: 'Związek Powiatów Polskich',
      startsOn: '2011-01-01',
      endsOn: '2012-12-31',
    });
    expect(p.statusCode, p.body).toBe(201);
    programmeId = p.json().id;
    const bad = await operator.post('/api/v1/network-programmes', {
      name: 'X',
      operator: 'X',
      startsOn: '2012-01-01',
      endsOn: '2011-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.endsOn');

    const g = await operator.post(`/api/v1/network-programmes/${programmeId}/groups`, {
      name: 'Drogi powiatowe (B)',
      serviceArea: 'roads',
    });
    expect(g.statusCode, g.body).toBe(201);
    groupId = g.json().groupId;
    for (const code of members) await t.services.groups.addMember(SYSTEM_CONTEXT, groupId, code);
    ({ client: moderator } = await loginAs(t, [{ role: 'group-moderator', groupId }]));
    ({ client: memberCoordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: members[0]! }]));

    const twoHeadlines = await operator.request('PUT', `/api/v1/groups/${groupId}/indicator-set`, {
      items: [
        { code: INDICATOR, isHeadline: true },
        { code: 'decisions_after_deadline_share', isHeadline: true },
        { code: 'no_such_indicator' },
      ],
    });
    expect(twoHeadlines.statusCode).toBe(400);
    expect(twoHeadlines.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.items.2.code']);
    const roadsTwice = await t.services.indicators.catalogue();
    const otherRoads = roadsTwice.indicators.find((i) => i.area === 'roads' && i.code !== INDICATOR)!.code;
    const conflict = await operator.request('PUT', `/api/v1/groups/${groupId}/indicator-set`, {
      items: [
        { code: INDICATOR, isHeadline: true },
        { code: otherRoads, isHeadline: true },
      ],
    });
    expect(conflict.statusCode).toBe(400);
    expect(conflict.json().error.details[0].path).toBe('body.items.1.isHeadline');

    const set = await operator.request('PUT', `/api/v1/groups/${groupId}/indicator-set`, {
      items: [{ code: INDICATOR, isHeadline: true }, { code: 'decisions_after_deadline_share' }],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().indicatorSet.map((i: { code: string; isHeadline: boolean }) => [i.code, i.isHeadline])).toEqual([
      [INDICATOR, true],
      ['decisions_after_deadline_share', false],
    ]);
    expect(set.json().programme.name).toBe('GWD 2011–2012');
  });

  it("a member's coordinator names delegates; the group warns about missing levels", async () => {
    const ok = await memberCoordinator.post(`/api/v1/groups/${groupId}/delegates`, {
      unitCode: members[0],
      name: 'Anna Nowak',
      position: 'Starosta',
      level: 'strategic',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    // The coordinator of unit 0 may not name unit 1's delegates; nobody may name a non-member's.
    const other = await memberCoordinator.post(`/api/v1/groups/${groupId}/delegates`, {
      unitCode: members[1],
      name: 'X',
      level: 'middle',
    });
    expect(other.statusCode).toBe(403);
    const notMember = await operator.post(`/api/v1/groups/${groupId}/delegates`, {
      unitCode: outsiderUnit,
      name: 'X',
      level: 'middle',
    });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.details[0].path).toBe('body.unitCode');
    for (const [i, level] of (['middle', 'operational'] as const).entries())
      await moderator.post(`/api/v1/groups/${groupId}/delegates`, { unitCode: members[0], name: `D${i}`, level });
    await moderator.post(`/api/v1/groups/${groupId}/delegates`, { unitCode: members[1], name: 'B1', level: 'middle' });
    const view = (await memberCoordinator.get(`/api/v1/groups/${groupId}/network`)).json();
    const byCode = new Map(
      view.members.map((m: { code: string; missingLevels: string[] }) => [m.code, m.missingLevels]),
    );
    expect(byCode.get(members[0])).toEqual([]);
    expect(byCode.get(members[1])).toEqual(['strategic', 'operational']);
    expect(byCode.get(members[2])).toEqual(['strategic', 'middle', 'operational']);
    expect((await outsider.get(`/api/v1/groups/${groupId}/network`)).statusCode).toBe(403);
  });
});

describe('meetings', () => {
  let meetingIds: number[] = [];

  it('proposes 8 quarterly meetings, each of 4 members hosting twice, never twice in a row', async () => {
    const res = await moderator.post(`/api/v1/groups/${groupId}/meetings/schedule`, { from: '2011-03-14', count: 8 });
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json().meetings as { date: string; hostUnitCode: string }[];
    expect(proposal).toHaveLength(8);
    for (const code of members) expect(proposal.filter((m) => m.hostUnitCode === code)).toHaveLength(2);
    for (let i = 1; i < 8; i++) expect(proposal[i]!.hostUnitCode).not.toBe(proposal[i - 1]!.hostUnitCode);
    expect(res.json().outsideProgramme).toEqual([]);
    const outside = await moderator.post(`/api/v1/groups/${groupId}/meetings/schedule`, {
      from: '2014-01-01',
      count: 2,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].path).toBe('body.from');

    // Bad input: a host that is not a member, a date outside the programme — named by field.
    const bad = await moderator.post(`/api/v1/groups/${groupId}/meetings`, {
      meetings: [
        { date: '2011-03-14', hostUnitCode: outsiderUnit },
        { date: '2015-06-01', hostUnitCode: members[0] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.meetings.0.hostUnitCode',
      'body.meetings.1.date',
    ]);
    const saved = await moderator.post(`/api/v1/groups/${groupId}/meetings`, {
      meetings: proposal.map((m) => ({ ...m, address: 'ul. Testowa 1' })),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    meetingIds = saved.json().items.map((m: { id: number }) => m.id);
    expect(saved.json().items[0].host.code).toBe(proposal[0]!.hostUnitCode);
    // The outsider sees nothing of the group's meetings.
    expect((await outsider.get(`/api/v1/meetings/${meetingIds[0]}`)).statusCode).toBe(403);
  });

  it('records attendance, minutes and an agreed action, and sends it to the unit plan with its source', async () => {
    const view = (await moderator.get(`/api/v1/groups/${groupId}/network`)).json();
    const delegateId = view.delegates[0].id as number;
    const badAttendee = await moderator.request('PUT', `/api/v1/meetings/${meetingIds[0]}/attendance`, {
      attendees: [
        { delegateId, present: true },
        { delegateId: 999999, present: true },
      ],
    });
    expect(badAttendee.statusCode).toBe(400);
    expect(badAttendee.json().error.details[0].path).toBe('body.attendees.1.delegateId');
    const attendance = await moderator.request('PUT', `/api/v1/meetings/${meetingIds[0]}/attendance`, {
      attendees: [{ delegateId, present: true }],
    });
    expect(attendance.statusCode, attendance.body).toBe(200);
    expect(
      attendance.json().attendance.find((a: { delegate: { id: number } }) => a.delegate.id === delegateId).present,
    ).toBe(true);
    const minutes = await moderator.patch(`/api/v1/meetings/${meetingIds[0]}`, {
      minutes: '## Ustalenia\n\nPorównaliśmy koszty utrzymania dróg.',
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.json().hasMinutes).toBe(true);

    const notMember = await moderator.post(`/api/v1/meetings/${meetingIds[0]}/actions`, {
      unitCode: outsiderUnit,
      title: 'X',
    });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.details[0].path).toBe('body.unitCode');
    const action = await moderator.post(`/api/v1/meetings/${meetingIds[0]}/actions`, {
      unitCode: members[1],
      owner: 'Zarząd Dróg',
      title: 'Przetarg na zimowe utrzymanie dróg w trybie wieloletnim',
      dueOn: '2011-09-30',
    });
    expect(action.statusCode, action.body).toBe(201);
    const actionId = action.json().id as number;
    // A unit's own coordinator of another unit may not send it.
    expect((await memberCoordinator.post(`/api/v1/meeting-actions/${actionId}/to-plan`, {})).statusCode).toBe(403);
    const sent = await moderator.post(`/api/v1/meeting-actions/${actionId}/to-plan`, {});
    expect(sent.statusCode, sent.body).toBe(201);
    const { planId, actionId: planActionId } = sent.json();
    const [row] = await t.db.select().from(improvementActions).where(eq(improvementActions.id, planActionId));
    expect(row!.planId).toBe(planId);
    expect(row!.sourceType).toBe('meeting-action');
    expect(row!.source).toMatchObject({ groupId, meetingId: meetingIds[0], meetingActionId: actionId });
    const plan = await t.services.improvementPlans.get(SYSTEM_CONTEXT, planId);
    expect(plan.unit?.code).toBe(members[1]);
    expect(plan.actions.map((a: { title: string }) => a.title)).toEqual([
      'Przetarg na zimowe utrzymanie dróg w trybie wieloletnim',
    ]);
    expect((await moderator.post(`/api/v1/meeting-actions/${actionId}/to-plan`, {})).statusCode).toBe(409);

    agreedActionId = actionId;
    const meeting = (await moderator.get(`/api/v1/meetings/${meetingIds[0]}`)).json();
    expect(meeting.actions[0].planActionId).toBe(planActionId);
    // The next meeting lists it among the previous meeting's open actions.
    const next = (await moderator.get(`/api/v1/meetings/${meetingIds[1]}`)).json();
    expect(next.previousMeeting.openActions.map((a: { id: number }) => a.id)).toEqual([actionId]);

    // The cycle board shows the plan and its action.
    const cycle = await operator.post(`/api/v1/groups/${groupId}/cycles`, {
      number: 1,
      title: 'Diagnoza i plan',
      focus: 'diagnosis',
      startsOn: '2011-01-01',
      endsOn: '2011-12-31',
      planPeriod: '2011',
    });
    expect(cycle.statusCode, cycle.body).toBe(201);
    const board = await moderator.get(`/api/v1/network-cycles/${cycle.json().id}/board`);
    expect(board.statusCode, board.body).toBe(200);
    const item = board.json().items.find((i: { unit: { code: string } }) => i.unit.code === members[1]);
    expect(item.plan).toMatchObject({ created: true, planId, planned: 1, inProgress: 0, done: 0 });
  });

  it('proposes an agreed action as a good practice: a draft of its unit that keeps the link', async () => {
    const actionId = agreedActionId;
    // (#13) a draft of the agreed action's unit that keeps the link,
    // made by the unit's people or a curator (a network operator), never by another unit.
    const propose = (client: typeof operator) =>
      client.post('/api/v1/practices/proposals', { source: { kind: 'network-meeting-action', id: actionId } });
    expect((await propose(outsider)).statusCode).toBe(403);
    expect((await propose(memberCoordinator)).statusCode).toBe(403);
    const proposed = await propose(operator);
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json().practice).toMatchObject({
      status: 'draft',
      title: 'Przetarg na zimowe utrzymanie dróg w trybie wieloletnim',
      serviceArea: 'roads',
      source: { kind: 'network-meeting-action', id: String(actionId) },
      units: [expect.objectContaining({ code: members[1] })],
    });
    const [practiceRow] = await t.db
      .select()
      .from(goodPractices)
      .where(eq(goodPractices.id, proposed.json().practice.id as number));
    expect(practiceRow).toMatchObject({ sourceKind: 'network-meeting-action', sourceId: String(actionId) });
    const again = await propose(operator);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, practice: { id: proposed.json().practice.id } });
    expect(
      (await operator.post('/api/v1/practices/proposals', { source: { kind: 'network-meeting-action', id: 999999 } }))
        .statusCode,
    ).toBe(404);
  }, 120_000);
  it('exports the group calendar as iCalendar', async () => {
    const res = await memberCoordinator.get(`/api/v1/groups/${groupId}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(res.body).toContain('DTSTART;VALUE=DATE:20110314');
  });
});

describe('meeting pack as of a date', () => {
  it('keeps its numbers after a later value change', async () => {
    const round = await t.services.dataCollection.createRound(SYSTEM_CONTEXT, {
      name: 'Drogi 2010',
      period: '2010',
      deadline: new Date('2099-01-01T00:00:00Z'),
      variableCodes: [COST, KM],
      groupId,
    });
    const cost = [1000, 2000, 3000, 4000];
    for (const [i, code] of members.entries()) {
      await t.services.dataCollection.saveValues(SYSTEM_CONTEXT, round.id, code, [
        { variableCode: COST, value: cost[i]! },
        { variableCode: KM, value: 10 },
      ]);
      await t.services.dataCollection.submit(SYSTEM_CONTEXT, round.id, code);
      if (i < 3) await t.services.dataCollection.approve(SYSTEM_CONTEXT, round.id, code);
    }
    const meetingId = (await moderator.get(`/api/v1/groups/${groupId}/network`)).json().meetings[1].id as number;
    await new Promise((r) => setTimeout(r, 20));
    const asOf = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const before = (await moderator.get(`/api/v1/meetings/${meetingId}/pack/data?asOf=${asOf}`)).json();
    const figures = before.indicators.find((f: { code: string }) => f.code === INDICATOR);
    // Unit 4 was submitted, not approved: not in the pack. 100, 200, 300 per km → median 200.
    expect(figures.members.map((m: { value: number | null }) => m.value)).toEqual([100, 200, 300, null]);
    expect([figures.q1, figures.median, figures.q3, figures.n]).toEqual([150, 200, 250, 3]);
    const xlsxBefore = await moderator.get(`/api/v1/meetings/${meetingId}/pack?format=xlsx&asOf=${asOf}`);
    expect(xlsxBefore.statusCode).toBe(200);

    // After D: unit 1's cost changes, unit 4 is approved.
    await t.services.dataImport.writeDerivedValues(SYSTEM_CONTEXT, {
      sourceKind: 'import',
      detail: { file: 'correction.csv' },
      audit: { action: 'values.import', entityType: 'unit', entityId: members[0]! },
      write: [
        { unitId: (await t.services.units.findUnitId(members[0]!))!, variableCode: COST, period: '2010', value: 9000 },
      ],
      remove: [],
    });
    await t.services.dataCollection.approve(SYSTEM_CONTEXT, round.id, members[3]!);

    const again = (await moderator.get(`/api/v1/meetings/${meetingId}/pack/data?asOf=${asOf}`)).json();
    expect(again.indicators).toEqual(before.indicators);
    expect(again.decisionQuality).toEqual(before.decisionQuality);
    const now = (
      await moderator.get(`/api/v1/meetings/${meetingId}/pack/data?asOf=${new Date().toISOString()}`)
    ).json();
    expect(
      now.indicators.find((f: { code: string }) => f.code === INDICATOR).members.map((m: { value: number }) => m.value),
    ).toEqual([900, 200, 300, 400]);
    // The XLSX of the same date carries the same numbers.
    const xlsxAgain = await moderator.get(`/api/v1/meetings/${meetingId}/pack?format=xlsx&asOf=${asOf}`);
    const cells = async (bytes: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as never);
      const out: unknown[] = [];
      book.getWorksheet(1)!.eachRow((row) => out.push(row.values));
      return out;
    };
    expect(await cells(xlsxAgain.rawPayload)).toEqual(await cells(xlsxBefore.rawPayload));
    const pdf = await moderator.get(`/api/v1/meetings/${meetingId}/pack?format=pdf&asOf=${asOf}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect((await outsider.get(`/api/v1/meetings/${meetingId}/pack?format=pdf`)).statusCode).toBe(403);

    // The round linked to the cycle: its moderator — who does not manage rounds — sees every
    // member's data columns on the board (all four submitted and approved by now); a member's
    // coordinator does not see the others' progress.
    const cycleId = (await moderator.get(`/api/v1/groups/${groupId}/network`)).json().cycles[0].id as number;
    expect((await moderator.patch(`/api/v1/network-cycles/${cycleId}`, { roundIds: [round.id] })).statusCode).toBe(403);
    const linked = await operator.patch(`/api/v1/network-cycles/${cycleId}`, { roundIds: [round.id] });
    expect(linked.statusCode, linked.body).toBe(200);
    expect((await moderator.get(`/api/v1/data-collection/rounds/${round.id}/board`)).statusCode).toBe(403);
    const board = await moderator.get(`/api/v1/network-cycles/${cycleId}/board`);
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual(members);
    for (const item of board.json().items) expect(item.data).toEqual({ rounds: 1, submitted: 1, approved: 1 });
    const memberBoard = (await memberCoordinator.get(`/api/v1/network-cycles/${cycleId}/board`)).json();
    expect(memberBoard.items.map((i: { data: unknown }) => i.data)).toEqual(members.map(() => null));
  });
});

describe('decision-quality case import', () => {
  const header = 'case_ref,category,initiated_on,decided_on,excluded_days,term,appeal_outcome';

  it('refuses a file with bad rows, listing each, and writes nothing', async () => {
    const csv = [
      header,
      'A,construction,2024-05-10,2024-05-01,0,1m,',
      'B,construction,2024-05-01,2024-05-10,-3,1m,',
      'C,fishing,2024-05-01,2024-05-10,0,1m,',
      'D,construction,2024-05-01,2024-05-10,0,1m,upheld',
    ].join('\n');
    const res = await memberCoordinator.post(`/api/v1/units/${members[0]}/decision-cases?period=2024`, csv, {
      'content-type': 'text/csv',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [2, 'decided_on'],
      [3, 'excluded_days'],
      [4, 'category'],
    ]);
    const [n] = await t.db.select({ n: count() }).from(networkCaseImports);
    expect(n!.n).toBe(0);
    const other = await memberCoordinator.post(
      `/api/v1/units/${members[1]}/decision-cases?period=2024`,
      `${header}\n`,
      {
        'content-type': 'text/csv',
      },
    );
    expect(other.statusCode).toBe(403);
  });

  it('computes the period figures and writes them to the value store with provenance', async () => {
    const csv = [
      header,
      'K/1,construction,2024-01-15,2024-02-15,0,1m,upheld',
      'K/2,construction,2024-01-31,2024-03-01,0,1m,remitted',
      'K/3,construction,2024-03-01,2024-05-10,14,2m,',
      'K/4,local-taxes,2024-04-10,2024-06-20,5,2m,reversed',
    ].join('\n');
    const res = await memberCoordinator.post(
      `/api/v1/units/${members[0]}/decision-cases?period=2024&fileName=sprawy-2024.csv`,
      csv,
      { 'content-type': 'text/csv' },
    );
    expect(res.statusCode, res.body).toBe(200);
    // Days 31, 30, 56, 66 → late: case 2 (30 > 29) and 4 (66 > 61); median 43.5; P90 h = 2.7 → 56 + 0.7·10 = 63.
    const total = res.json().summary.total;
    expect(total).toMatchObject({
      decisions: 4,
      late: 2,
      lateShare: 50,
      processingDaysTotal: 183,
      processingDaysMedian: 43.5,
    });
    expect(total.processingDaysP90).toBeCloseTo(63, 10);
    expect(total.overturnedPer1000).toBe(500);
    const unitId = (await t.services.units.findUnitId(members[0]!))!;
    const stored = await t.db.select().from(dataValues).where(eq(dataValues.unitId, unitId));
    const cat = await t.services.indicators.catalogue();
    const byCode = new Map(stored.map((v) => [cat.variablesById.get(v.variableId)!.code, v]));
    expect(byCode.get('decisions_issued')!.value).toBe(4);
    expect(byCode.get('decisions_after_deadline')!.value).toBe(2);
    expect(byCode.get('decisions_overturned_sko')!.value).toBe(2);
    expect(byCode.get('decisions_after_deadline')!.status).toBe('approved');
    const history = (
      await memberCoordinator.get(`/api/v1/units/${members[0]}/values/history?variable=decisions_issued`)
    ).json();
    expect(history.items[0].provenance).toMatchObject({ kind: 'case-import', file: 'sprawy-2024.csv', period: '2024' });
    const view = (await moderator.get(`/api/v1/groups/${groupId}/decision-quality`)).json();
    const late = view.indicators.find((f: { code: string }) => f.code === 'decisions_after_deadline_share');
    expect(late.members.find((m: { unitCode: string }) => m.unitCode === members[0]).value).toBe(50);
    expect(view.imports[0].summary.byCategory.map((c: { category: string }) => c.category)).toEqual([
      'local-taxes',
      'construction',
    ]);
  });
});

describe('group discussion', () => {
  it('is visible to the group only; the moderator pins a question to the next meeting', async () => {
    const q = await memberCoordinator.post(`/api/v1/groups/${groupId}/comments`, {
      indicatorCode: INDICATOR,
      period: '2010',
      body: 'Dlaczego nasz koszt utrzymania km drogi jest tak wysoki?',
    });
    expect(q.statusCode, q.body).toBe(201);
    const reply = await moderator.post(`/api/v1/groups/${groupId}/comments`, {
      indicatorCode: INDICATOR,
      period: '2010',
      body: 'Omówimy na spotkaniu.',
      parentId: q.json().id,
    });
    expect(reply.statusCode).toBe(201);
    expect((await outsider.get(`/api/v1/groups/${groupId}/comments`)).statusCode).toBe(403);
    expect(
      (
        await outsider.post(`/api/v1/groups/${groupId}/comments`, {
          indicatorCode: INDICATOR,
          period: '2010',
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await memberCoordinator.post(`/api/v1/network-comments/${q.json().id}/pin`, {})).statusCode).toBe(403);
    const meetingId = (await moderator.get(`/api/v1/groups/${groupId}/network`)).json().meetings[2].id as number;
    const pin = await moderator.post(`/api/v1/network-comments/${q.json().id}/pin`, { meetingId });
    expect(pin.statusCode, pin.body).toBe(200);
    const meeting = (await moderator.get(`/api/v1/meetings/${meetingId}`)).json();
    expect(meeting.agenda.at(-1).commentId).toBe(q.json().id);
    expect(meeting.pinnedQuestions.map((p: { id: number }) => p.id)).toEqual([q.json().id]);
  });
});
