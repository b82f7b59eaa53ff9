/**
 * Benchmarking networks as a working cycle (issue #12): programmes holding groups, each group's
 * indicator set and delegates, yearly cycles linked to rounds and survey waves with a board per
 * unit, meetings at rotating hosts with minutes and agreed actions (sent to a member's improvement
 * plan in one step), meeting packs as of a date, case-level decision-quality imports and the
 * group's discussion. Calls the services of groups, units, indicators, data collection, surveys
 * and improvement plans — never their repositories.
 */
import ical from 'ical-generator';
import { can } from '../../../domain/access/authorization';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import { catalogueValues, summariseCases, validateCaseTable, type CaseSummary } from '../../../domain/networks/cases';
import { packFigures, type PackIndicatorFigures } from '../../../domain/networks/pack';
import { checkRotation, isIsoDay, proposeSchedule } from '../../../domain/networks/rotation';
import { fromLocal } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import type { AgendaItem } from '../../db/schema';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { DataCollectionService } from '../data-collection/data-collection.service';
import { readTable, type DataImportService } from '../data-collection/data-import.service';
import type { GroupsService } from '../groups/groups.service';
import type { ImprovementPlansService } from '../improvement-plans/improvement-plans.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { SurveyResultsService } from '../surveys/survey-results.service';
import type { SurveysService } from '../surveys/surveys.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './networks.repository';

export type NetworksService = ReturnType<typeof createNetworksService>;

export const DELEGATE_LEVELS = ['strategic', 'middle', 'operational'] as const;
export type DelegateLevel = (typeof DELEGATE_LEVELS)[number];

/** Catalogue variables of the decision-quality round template (METHODS §7). */
export const DECISION_QUALITY_VARIABLES = [
  'decisions_issued',
  'decisions_after_deadline',
  'decisions_appealed',
  'decisions_overturned_sko',
  'case_processing_days_total',
];
/** Catalogue indicators of the decision-quality view. */
export const DECISION_QUALITY_INDICATORS = [
  'decisions_after_deadline_share',
  'decisions_overturned_share_of_appealed',
  'decisions_overturned_share_of_issued',
  'appeal_rate',
  'average_case_processing_days',
];

const MAX_PROBLEMS = 200;

type Problem = { path: string; message: string };

function invalid(problems: Problem[]): never {
  throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}

function text(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

export interface ProgrammeInput {
  name: string;
  operator: string;
  description?: string | null | undefined;
  startsOn: string;
  endsOn: string;
  cycleCount?: number | undefined;
}

export interface MeetingInput {
  date: string;
  hostUnitCode: string;
  address?: string | null | undefined;
  title?: string | undefined;
  cycleId?: number | null | undefined;
  agenda?: AgendaItem[] | undefined;
  documents?: { title: string; url: string }[] | undefined;
  minutes?: string | null | undefined;
}

export function createNetworksService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  dataCollection: DataCollectionService;
  dataImport: DataImportService;
  surveys: SurveysService;
  surveyResults: SurveyResultsService;
  improvementPlans: ImprovementPlansService;
  now: () => Date;
}) {
  const {
    db,
    audit,
    units,
    groups,
    indicators,
    dataCollection,
    dataImport,
    surveys,
    surveyResults,
    improvementPlans,
    now,
  } = deps;

  // ---------------------------------------------------------------------------------------------
  // Look-ups and access

  async function requireProgramme(id: number) {
    const row = await repo.findProgramme(db, id);
    if (!row) throw new AppError('NOT_FOUND', `Programme ${id} not found`);
    return row;
  }

  /** The group with its members as { id, code, name, kind }, in name order. */
  async function groupWithMembers(groupId: number) {
    const group = await groups.get(groupId);
    const ids = await units.findUnitIds(group.members.map((m) => m.code));
    const members = group.members
      .map((m) => ({ id: ids.get(m.code)!, code: m.code, name: m.name, kind: m.kind }))
      .sort((a, b) => a.name.localeCompare(b.name, 'pl') || a.code.localeCompare(b.code));
    return { group, members };
  }

  async function authorizeRead(ctx: RequestContext, groupId: number) {
    const memberUnitIds = await groups.memberUnitIds(groupId);
    authorize(ctx, { type: 'network.read', groupId, memberUnitIds });
  }

  async function requireMeeting(id: number) {
    const row = await repo.findMeeting(db, id);
    if (!row) throw new AppError('NOT_FOUND', `Meeting ${id} not found`);
    return row;
  }

  async function requireMeetingAction(id: number) {
    const row = await repo.findMeetingAction(db, id);
    if (!row) throw new AppError('NOT_FOUND', `Agreed action ${id} not found`);
    return { action: row, meeting: (await repo.findMeeting(db, row.meetingId))! };
  }

  async function requireCycle(id: number) {
    const row = await repo.findCycle(db, id);
    if (!row) throw new AppError('NOT_FOUND', `Cycle ${id} not found`);
    return row;
  }

  function permissions(ctx: RequestContext, groupId: number) {
    return {
      canManage: can(ctx.actor, { type: 'network.manage', groupId }),
      canModerate: can(ctx.actor, { type: 'network.moderate', groupId }),
    };
  }

  function programmeView(p: repo.ProgrammeRow) {
    return {
      id: p.id,
      name: p.name,
      operator: p.operator,
      description: p.description,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      cycleCount: p.cycleCount,
    };
  }

  function checkProgrammeDates(input: { startsOn?: string; endsOn?: string }, problems: Problem[]) {
    if (input.startsOn !== undefined && input.endsOn !== undefined && input.endsOn < input.startsOn)
      problems.push({ path: 'body.endsOn', message: `the programme ends (${input.endsOn}) before it starts` });
  }

  // ---------------------------------------------------------------------------------------------
  // Indicator values as they stood at an instant (packs, decision quality)

  async function valuesAsOf(memberIds: readonly { id: number; code: string }[], indicatorCodes: string[], asOf: Date) {
    const cat = await indicators.catalogue();
    const defs = indicatorCodes.map((c) => cat.indicatorsByCode.get(c)).filter((d) => d !== undefined);
    const variableIds = [
      ...new Set(defs.flatMap((d) => d.variableCodes.map((v) => cat.variablesByCode.get(v)?.id))),
    ].filter((id): id is number => id !== undefined);
    const rows = await dataCollection.approvedValuesAsOf(
      memberIds.map((m) => m.id),
      variableIds,
      asOf,
    );
    const codeOf = new Map(memberIds.map((m) => [m.id, m.code]));
    const values = new Map<string, Map<string, Map<string, number>>>();
    for (const r of rows) {
      const unitCode = codeOf.get(r.unitId)!;
      const variable = cat.variablesById.get(r.variableId)!.code;
      let periods = values.get(unitCode);
      if (!periods) values.set(unitCode, (periods = new Map()));
      let vars = periods.get(r.period);
      if (!vars) periods.set(r.period, (vars = new Map()));
      vars.set(variable, r.value);
    }
    const figures: (PackIndicatorFigures & {
      names: { pl: string; en: string };
      unit: string;
      decimals: number;
      polarity: string;
      area: string;
    })[] = defs.map((d) => ({
      ...packFigures(
        {
          code: d.code,
          polarity: d.polarity,
          evaluate: (vars) => {
            const r = d.compiled.evaluate(vars);
            return r.ok ? r.value : null;
          },
        },
        memberIds.map((m) => m.code),
        values,
      ),
      names: d.names,
      unit: d.unit,
      decimals: d.decimals,
      polarity: d.polarity,
      area: d.area,
    }));
    return figures;
  }

  // ---------------------------------------------------------------------------------------------
  // Meetings: validation shared by create and update

  async function validateMeeting(
    groupId: number,
    input: Partial<MeetingInput>,
    path: string,
    problems: Problem[],
    memberIdsByCode: Map<string, number>,
    programme: repo.ProgrammeRow | undefined,
  ) {
    if (input.date !== undefined) {
      if (!isIsoDay(input.date)) problems.push({ path: `${path}.date`, message: 'not a date (YYYY-MM-DD)' });
      else if (programme && (input.date < programme.startsOn || input.date > programme.endsOn))
        problems.push({
          path: `${path}.date`,
          message: `${input.date} is outside the programme period ${programme.startsOn} – ${programme.endsOn}`,
        });
    }
    if (input.hostUnitCode !== undefined && !memberIdsByCode.has(input.hostUnitCode))
      problems.push({
        path: `${path}.hostUnitCode`,
        message: `unit ${input.hostUnitCode} is not a member of the group`,
      });
    if (input.cycleId !== undefined && input.cycleId !== null) {
      const cycle = await repo.findCycle(db, input.cycleId);
      if (!cycle || cycle.groupId !== groupId)
        problems.push({ path: `${path}.cycleId`, message: `cycle ${input.cycleId} is not a cycle of this group` });
    }
  }

  async function meetingSummaries(rows: readonly repo.MeetingRow[]) {
    const hosts = new Map(
      (await units.summariesByIds([...new Set(rows.map((m) => m.hostUnitId))])).map((u) => [u.code, u]),
    );
    const idToCode = new Map<number, string>();
    for (const [code, id] of await units.findUnitIds([...hosts.keys()])) idToCode.set(id, code);
    return rows.map((m) => {
      const host = hosts.get(idToCode.get(m.hostUnitId) ?? '');
      return {
        id: m.id,
        groupId: m.groupId,
        cycleId: m.cycleId,
        date: m.date,
        title: m.title,
        address: m.address,
        host: { code: host?.code ?? '', name: host?.name ?? '' },
        hasMinutes: (m.minutes ?? '').trim() !== '',
      };
    });
  }

  async function unitCodesByIds(ids: readonly number[]) {
    const summaries = await units.summariesByIds([...new Set(ids)]);
    const idOf = await units.findUnitIds(summaries.map((s) => s.code));
    const out = new Map<number, { code: string; name: string }>();
    for (const s of summaries) {
      const id = idOf.get(s.code);
      if (id !== undefined) out.set(id, { code: s.code, name: s.name });
    }
    return out;
  }

  function actionView(a: repo.MeetingActionRow, unitsById: Map<number, { code: string; name: string }>) {
    return {
      id: a.id,
      meetingId: a.meetingId,
      unit: unitsById.get(a.unitId) ?? { code: '', name: '' },
      owner: a.owner,
      title: a.title,
      dueOn: a.dueOn,
      status: a.status,
      planActionId: a.planActionId,
    };
  }

  async function meetingDetail(ctx: RequestContext, meeting: repo.MeetingRow) {
    const { group, members } = await groupWithMembers(meeting.groupId);
    const [summary] = await meetingSummaries([meeting]);
    const delegates = await repo.delegates(db, meeting.groupId);
    const present = new Map((await repo.attendance(db, meeting.id)).map((a) => [a.delegateId, a.present]));
    const previous = await repo.previousMeeting(db, meeting);
    const actions = await repo.meetingActions(db, [meeting.id, ...(previous ? [previous.id] : [])]);
    const unitsById = new Map(members.map((m) => [m.id, { code: m.code, name: m.name }]));
    const pinned = (await repo.comments(db, meeting.groupId)).filter((c) => c.pinnedMeetingId === meeting.id);
    return {
      ...summary!,
      group: { id: group.id, name: group.name, serviceArea: group.serviceArea },
      agenda: meeting.agenda,
      documents: meeting.documents,
      minutes: meeting.minutes,
      attendance: delegates.map((d) => ({
        delegate: delegateView(d, unitsById),
        present: present.get(d.id) ?? null,
      })),
      actions: actions.filter((a) => a.meetingId === meeting.id).map((a) => actionView(a, unitsById)),
      previousMeeting: previous
        ? {
            id: previous.id,
            date: previous.date,
            title: previous.title,
            openActions: actions
              .filter((a) => a.meetingId === previous.id && a.status === 'open')
              .map((a) => actionView(a, unitsById)),
          }
        : null,
      pinnedQuestions: pinned.map((c) => ({
        id: c.id,
        indicatorCode: c.indicatorCode,
        period: c.period,
        body: c.body,
      })),
      ...permissions(ctx, meeting.groupId),
    };
  }

  function delegateView(d: repo.DelegateRow, unitsById: Map<number, { code: string; name: string }>) {
    return {
      id: d.id,
      unit: unitsById.get(d.unitId) ?? { code: '', name: '' },
      name: d.name,
      email: d.email,
      position: d.position,
      level: d.level,
    };
  }

  async function getProgramme(ctx: RequestContext, id: number) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const p = await requireProgramme(id);
    const groupIds = await repo.programmeGroupIds(db, id);
    const list = [];
    for (const gid of groupIds) {
      const g = await groups.get(gid);
      list.push({ id: g.id, name: g.name, serviceArea: g.serviceArea, memberCount: g.memberCount, isDemo: g.isDemo });
    }
    return { ...programmeView(p), groups: list, canManage: can(ctx.actor, { type: 'network.manage', groupId: null }) };
  }

  async function network(ctx: RequestContext, groupId: number) {
    await authorizeRead(ctx, groupId);
    const { group, members } = await groupWithMembers(groupId);
    const programme = await repo.programmeOfGroup(db, groupId);
    const cat = await indicators.catalogue();
    const set = await repo.indicatorSet(db, groupId);
    const delegates = await repo.delegates(db, groupId);
    const unitsById = new Map(members.map((m) => [m.id, { code: m.code, name: m.name }]));
    const cycles = await repo.cycles(db, groupId);
    return {
      group: {
        id: group.id,
        name: group.name,
        description: group.description,
        serviceArea: group.serviceArea,
        isDemo: group.isDemo,
        moderators: group.moderators.map((m) => ({ name: m.name, email: m.email })),
      },
      programme: programme ? programmeView(programme) : null,
      members: members.map((m) => {
        const levels = new Set(delegates.filter((d) => d.unitId === m.id).map((d) => d.level));
        return {
          code: m.code,
          name: m.name,
          kind: m.kind,
          missingLevels: DELEGATE_LEVELS.filter((l) => !levels.has(l)),
        };
      }),
      delegates: delegates.map((d) => delegateView(d, unitsById)),
      indicatorSet: set.map((s) => {
        const i = cat.indicatorsByCode.get(s.indicatorCode);
        return {
          code: s.indicatorCode,
          names: i?.names ?? { pl: s.indicatorCode, en: s.indicatorCode },
          unit: i?.unit ?? '',
          area: i?.area ?? '',
          polarity: i?.polarity ?? 'neutral',
          isHeadline: s.isHeadline,
        };
      }),
      cycles: cycles.map(cycleView),
      meetings: await meetingSummaries(await repo.meetings(db, groupId)),
      ...permissions(ctx, groupId),
    };
  }

  // ---------------------------------------------------------------------------------------------

  return {
    // Programmes -----------------------------------------------------------------------------

    async listProgrammes(ctx: RequestContext) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const rows = await repo.listProgrammes(db);
      const items = [];
      for (const p of rows)
        items.push({ ...programmeView(p), groupCount: (await repo.programmeGroupIds(db, p.id)).length });
      return { items, canManage: can(ctx.actor, { type: 'network.manage', groupId: null }) };
    },

    getProgramme,

    async createProgramme(ctx: RequestContext, input: ProgrammeInput) {
      const actor = authorize(ctx, { type: 'network.manage', groupId: null });
      const problems: Problem[] = [];
      checkProgrammeDates(input, problems);
      if (problems.length > 0) invalid(problems);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertProgramme(tx, {
          name: input.name.trim(),
          operator: input.operator.trim(),
          description: text(input.description),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          cycleCount: input.cycleCount ?? 2,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'network.programme.create',
          entityType: 'network-programme',
          entityId: created.id,
          changes: input,
        });
        return created;
      });
      return getProgramme(ctx, row.id);
    },

    async updateProgramme(ctx: RequestContext, id: number, patch: Partial<ProgrammeInput>) {
      const current = await requireProgramme(id);
      authorize(ctx, { type: 'network.manage', groupId: null });
      const problems: Problem[] = [];
      checkProgrammeDates(
        { startsOn: patch.startsOn ?? current.startsOn, endsOn: patch.endsOn ?? current.endsOn },
        problems,
      );
      if (problems.length > 0) invalid(problems);
      const values = {
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.operator !== undefined ? { operator: patch.operator.trim() } : {}),
        ...(patch.description !== undefined ? { description: text(patch.description) } : {}),
        ...(patch.startsOn !== undefined ? { startsOn: patch.startsOn } : {}),
        ...(patch.endsOn !== undefined ? { endsOn: patch.endsOn } : {}),
        ...(patch.cycleCount !== undefined ? { cycleCount: patch.cycleCount } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateProgramme(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'network.programme.update',
          entityType: 'network-programme',
          entityId: id,
          changes: values,
        });
      });
      return getProgramme(ctx, id);
    },

    /** Creates a group in the programme (or attaches an existing one with `groupId`). */
    async addGroup(
      ctx: RequestContext,
      programmeId: number,
      input: {
        groupId?: number | undefined;
        name?: string | undefined;
        serviceArea?: string | undefined;
        description?: string | null | undefined;
      },
    ) {
      await requireProgramme(programmeId);
      authorize(ctx, { type: 'network.manage', groupId: null });
      let groupId = input.groupId;
      if (groupId === undefined) {
        const problems: Problem[] = [];
        if (!input.name?.trim()) problems.push({ path: 'body.name', message: 'a group needs a name' });
        if (!input.serviceArea || !(SERVICE_AREAS as readonly string[]).includes(input.serviceArea))
          problems.push({ path: 'body.serviceArea', message: `one of ${SERVICE_AREAS.join(', ')}` });
        if (problems.length > 0) invalid(problems);
        groupId = (
          await groups.create(ctx, {
            name: input.name!.trim(),
            description: input.description ?? null,
            serviceArea: input.serviceArea!,
            kind: 'network',
          })
        ).id;
      } else if (!(await groups.exists(groupId))) {
        throw new AppError('GROUP_NOT_FOUND', `Group ${groupId} not found`);
      }
      await db.transaction(async (tx) => {
        await repo.linkGroup(tx, groupId, programmeId);
        await audit.record(tx, ctx, {
          action: 'network.programme.group',
          entityType: 'network-programme',
          entityId: programmeId,
          changes: { groupId },
        });
      });
      return { groupId };
    },

    // A group as a network ----------------------------------------------------------------------

    network,

    async setIndicatorSet(
      ctx: RequestContext,
      groupId: number,
      items: { code: string; isHeadline?: boolean | undefined }[],
    ) {
      if (!(await groups.exists(groupId))) throw new AppError('GROUP_NOT_FOUND', `Group ${groupId} not found`);
      authorize(ctx, { type: 'network.manage', groupId });
      const cat = await indicators.catalogue();
      const problems: Problem[] = [];
      const seen = new Set<string>();
      const headlineArea = new Map<string, number>();
      items.forEach((item, i) => {
        const def = cat.indicatorsByCode.get(item.code);
        if (!def)
          problems.push({ path: `body.items.${i}.code`, message: `indicator ${item.code} is not in the catalogue` });
        if (seen.has(item.code))
          problems.push({ path: `body.items.${i}.code`, message: `${item.code} is listed twice` });
        seen.add(item.code);
        if (def && item.isHeadline) {
          const other = headlineArea.get(def.area);
          if (other !== undefined)
            problems.push({
              path: `body.items.${i}.isHeadline`,
              message: `area ${def.area} already has a headline indicator (${items[other]!.code})`,
            });
          else headlineArea.set(def.area, i);
        }
      });
      if (problems.length > 0) invalid(problems);
      await db.transaction(async (tx) => {
        await repo.replaceIndicatorSet(
          tx,
          groupId,
          items.map((i) => ({ indicatorCode: i.code, isHeadline: i.isHeadline ?? false })),
        );
        await audit.record(tx, ctx, {
          action: 'network.indicators.set',
          entityType: 'group',
          entityId: groupId,
          changes: { items },
        });
      });
      return network(ctx, groupId);
    },

    async addDelegate(
      ctx: RequestContext,
      groupId: number,
      input: {
        unitCode: string;
        name: string;
        email?: string | null | undefined;
        position?: string | null | undefined;
        level: DelegateLevel;
      },
    ) {
      const { members } = await groupWithMembers(groupId);
      const member = members.find((m) => m.code === input.unitCode);
      const unitId = member?.id ?? (await units.findUnitId(input.unitCode));
      if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${input.unitCode} not found`);
      authorize(ctx, { type: 'network.delegates', groupId, unitId });
      if (!member) invalid([{ path: 'body.unitCode', message: `unit ${input.unitCode} is not a member of the group` }]);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertDelegate(tx, {
          groupId,
          unitId,
          name: input.name.trim(),
          email: text(input.email),
          position: text(input.position),
          level: input.level,
        });
        await audit.record(tx, ctx, {
          action: 'network.delegate.add',
          entityType: 'group',
          entityId: groupId,
          changes: { id: created.id, ...input },
        });
        return created;
      });
      return delegateView(row, new Map([[unitId, { code: member.code, name: member.name }]]));
    },

    async removeDelegate(ctx: RequestContext, delegateId: number) {
      const d = await repo.findDelegate(db, delegateId);
      if (!d) throw new AppError('NOT_FOUND', `Delegate ${delegateId} not found`);
      authorize(ctx, { type: 'network.delegates', groupId: d.groupId, unitId: d.unitId });
      await db.transaction(async (tx) => {
        await repo.deleteDelegate(tx, delegateId);
        await audit.record(tx, ctx, {
          action: 'network.delegate.remove',
          entityType: 'group',
          entityId: d.groupId,
          changes: { id: delegateId, name: d.name },
        });
      });
    },

    // Cycles --------------------------------------------------------------------------------------

    async createCycle(
      ctx: RequestContext,
      groupId: number,
      input: {
        number: number;
        title: string;
        focus: 'diagnosis' | 'implementation' | 'other';
        startsOn: string;
        endsOn: string;
        planPeriod: string;
        roundIds?: number[] | undefined;
        waveIds?: number[] | undefined;
      },
    ) {
      if (!(await groups.exists(groupId))) throw new AppError('GROUP_NOT_FOUND', `Group ${groupId} not found`);
      authorize(ctx, { type: 'network.manage', groupId });
      const problems: Problem[] = [];
      if (input.endsOn < input.startsOn)
        problems.push({ path: 'body.endsOn', message: 'the cycle ends before it starts' });
      if ((await repo.cycles(db, groupId)).some((c) => c.number === input.number))
        problems.push({ path: 'body.number', message: `the group already has cycle ${input.number}` });
      await checkLinks(ctx, groupId, input, problems);
      if (problems.length > 0) invalid(problems);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertCycle(tx, {
          groupId,
          number: input.number,
          title: input.title.trim(),
          focus: input.focus,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          planPeriod: input.planPeriod,
          roundIds: input.roundIds ?? [],
          waveIds: input.waveIds ?? [],
        });
        await audit.record(tx, ctx, {
          action: 'network.cycle.create',
          entityType: 'group',
          entityId: groupId,
          changes: input,
        });
        return created;
      });
      return cycleView(row);
    },

    async updateCycle(
      ctx: RequestContext,
      cycleId: number,
      patch: {
        title?: string | undefined;
        roundIds?: number[] | undefined;
        waveIds?: number[] | undefined;
        planPeriod?: string | undefined;
      },
    ) {
      const cycle = await requireCycle(cycleId);
      authorize(ctx, { type: 'network.manage', groupId: cycle.groupId });
      const problems: Problem[] = [];
      await checkLinks(ctx, cycle.groupId, patch, problems);
      if (problems.length > 0) invalid(problems);
      const values = {
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.roundIds !== undefined ? { roundIds: patch.roundIds } : {}),
        ...(patch.waveIds !== undefined ? { waveIds: patch.waveIds } : {}),
        ...(patch.planPeriod !== undefined ? { planPeriod: patch.planPeriod } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateCycle(tx, cycleId, values);
        await audit.record(tx, ctx, {
          action: 'network.cycle.update',
          entityType: 'group',
          entityId: cycle.groupId,
          changes: { cycleId, ...values },
        });
      });
      return cycleView((await repo.findCycle(db, cycleId))!);
    },

    /**
     * Per member unit: data submitted/approved in the cycle's rounds, survey waves closed, the plan
     * for the cycle's period, its actions by status and the share whose effect check says
     * "improved more than peers" (of the actions linked to an indicator).
     */
    async cycleBoard(ctx: RequestContext, cycleId: number) {
      const cycle = await requireCycle(cycleId);
      await authorizeRead(ctx, cycle.groupId);
      const { members } = await groupWithMembers(cycle.groupId);
      const { canManage, canModerate } = permissions(ctx, cycle.groupId);
      const roundStatus = new Map<string, string[]>();
      // The group's operator and moderators follow every member's progress in the cycle's rounds,
      // also when they do not manage the round themselves (a moderator never does); a member unit's
      // people see the board without the round columns (null).
      if (canManage || canModerate)
        for (const roundId of cycle.roundIds) {
          try {
            for (const item of await dataCollection.unitStatuses(
              roundId,
              members.map((m) => m.code),
            ))
              roundStatus.set(item.unitCode, [...(roundStatus.get(item.unitCode) ?? []), item.status]);
          } catch (error) {
            // A round deleted after it was linked counts as no round.
            if (!(error instanceof AppError) || error.code !== 'ROUND_NOT_FOUND') throw error;
          }
        }
      const waves = new Map<string, { id: number; status: string }[]>();
      for (const waveId of cycle.waveIds) {
        try {
          const w = await surveys.get(ctx, waveId);
          waves.set(w.unit.code, [...(waves.get(w.unit.code) ?? []), { id: w.id, status: w.status }]);
        } catch (error) {
          if (!(error instanceof AppError) || (error.code !== 'FORBIDDEN' && error.code !== 'WAVE_NOT_FOUND'))
            throw error;
        }
      }
      const plans =
        canManage || canModerate
          ? await improvementPlans.unitPlanProgress(
              ctx,
              cycle.groupId,
              members.map((m) => m.id),
              cycle.planPeriod,
            )
          : new Map<
              number,
              { planIds: number[]; actions: { id: number; status: string; indicatorCode: string | null }[] }
            >();
      const items = [];
      for (const m of members) {
        const statuses = roundStatus.get(m.code) ?? [];
        const plan = plans.get(m.id) ?? { planIds: [], actions: [] };
        let checked = 0;
        let improved = 0;
        for (const a of plan.actions.filter((x) => x.indicatorCode !== null && x.status !== 'cancelled')) {
          try {
            const effect = await improvementPlans.effect(ctx, a.id);
            if (effect.verdict === 'not-applicable' || effect.verdict === 'not-enough-data') continue;
            checked++;
            if (effect.verdict === 'improved-more-than-peers') improved++;
          } catch {
            // An effect that cannot be computed (e.g. no data yet) does not count either way.
          }
        }
        const count = (s: string) => plan.actions.filter((a) => a.status === s).length;
        items.push({
          unit: { code: m.code, name: m.name },
          data:
            canManage || canModerate
              ? {
                  rounds: statuses.length,
                  submitted: statuses.filter((s) => s === 'submitted' || s === 'approved').length,
                  approved: statuses.filter((s) => s === 'approved').length,
                }
              : null,
          surveys: {
            waves: (waves.get(m.code) ?? []).length,
            closed: (waves.get(m.code) ?? []).filter((w) => w.status === 'closed').length,
          },
          plan: {
            created: plan.planIds.length > 0,
            planId: plan.planIds[0] ?? null,
            planned: count('planned'),
            inProgress: count('in-progress'),
            done: count('done'),
            effectChecked: checked,
            improvedShare: checked === 0 ? null : improved / checked,
          },
        });
      }
      return { cycle: cycleView(cycle), items };
    },

    // Meetings ------------------------------------------------------------------------------------

    async proposeSchedule(ctx: RequestContext, groupId: number, input: { from: string; count: number }) {
      const { members } = await groupWithMembers(groupId);
      authorize(ctx, { type: 'network.moderate', groupId });
      const programme = await repo.programmeOfGroup(db, groupId);
      if (!isIsoDay(input.from)) invalid([{ path: 'body.from', message: 'not a date (YYYY-MM-DD)' }]);
      if (programme && (input.from < programme.startsOn || input.from > programme.endsOn))
        invalid([
          {
            path: 'body.from',
            message: `${input.from} is outside the programme period ${programme.startsOn} – ${programme.endsOn}`,
          },
        ]);
      if (members.length === 0) invalid([{ path: 'groupId', message: 'the group has no members to host meetings' }]);
      const existing = (await repo.meetings(db, groupId)).filter((m) => m.date < input.from);
      const last = existing.at(-1);
      const lastCode = last ? (members.find((m) => m.id === last.hostUnitId)?.code ?? null) : null;
      const meetings = proposeSchedule({
        from: input.from,
        count: input.count,
        memberCodes: members.map((m) => m.code),
        lastHostCode: lastCode,
      });
      return {
        meetings,
        outsideProgramme: programme ? meetings.filter((m) => m.date > programme.endsOn).map((m) => m.date) : [],
      };
    },

    /** Saves meetings (a schedule proposal, possibly edited); the rotation rules are checked. */
    async createMeetings(ctx: RequestContext, groupId: number, input: { meetings: MeetingInput[] }) {
      const { group, members } = await groupWithMembers(groupId);
      authorize(ctx, { type: 'network.moderate', groupId });
      const programme = await repo.programmeOfGroup(db, groupId);
      const byCode = new Map(members.map((m) => [m.code, m.id]));
      const problems: Problem[] = [];
      for (const [i, m] of input.meetings.entries())
        await validateMeeting(groupId, m, `body.meetings.${i}`, problems, byCode, programme);
      if (problems.length === 0) {
        const all = [
          ...(await repo.meetings(db, groupId)).map((m) => ({
            date: m.date,
            host: members.find((x) => x.id === m.hostUnitId)?.code ?? '',
          })),
          ...input.meetings.map((m) => ({ date: m.date, host: m.hostUnitCode })),
        ].sort((a, b) => a.date.localeCompare(b.date));
        const existingCount = all.length - input.meetings.length;
        for (const p of checkRotation(
          all.map((m) => m.host),
          members.length,
        ).filter((p) => p.kind === 'consecutive')) {
          const index = input.meetings.findIndex(
            (m) => m.date === all[p.index]!.date && m.hostUnitCode === p.hostUnitCode,
          );
          problems.push({
            path: `body.meetings.${index >= 0 ? index : p.index - existingCount}.hostUnitCode`,
            message: `${p.hostUnitCode} would host two meetings in a row`,
          });
        }
      }
      if (problems.length > 0) invalid(problems);
      const existing = (await repo.meetings(db, groupId)).length;
      const rows = await db.transaction(async (tx) => {
        const created = await repo.insertMeetings(
          tx,
          input.meetings.map((m, i) => ({
            groupId,
            date: m.date,
            hostUnitId: byCode.get(m.hostUnitCode)!,
            address: text(m.address),
            title: m.title?.trim() || `${group.name} — spotkanie ${existing + i + 1}`,
            cycleId: m.cycleId ?? null,
            agenda: m.agenda ?? [],
            documents: m.documents ?? [],
            minutes: text(m.minutes),
          })),
        );
        await audit.record(tx, ctx, {
          action: 'network.meetings.create',
          entityType: 'group',
          entityId: groupId,
          changes: { meetings: input.meetings },
        });
        return created;
      });
      return { items: await meetingSummaries(rows) };
    },

    async meeting(ctx: RequestContext, id: number) {
      const meeting = await requireMeeting(id);
      await authorizeRead(ctx, meeting.groupId);
      return meetingDetail(ctx, meeting);
    },

    async updateMeeting(ctx: RequestContext, id: number, patch: Partial<MeetingInput>) {
      const meeting = await requireMeeting(id);
      const { members } = await groupWithMembers(meeting.groupId);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      const problems: Problem[] = [];
      await validateMeeting(
        meeting.groupId,
        patch,
        'body',
        problems,
        new Map(members.map((m) => [m.code, m.id])),
        await repo.programmeOfGroup(db, meeting.groupId),
      );
      if (problems.length > 0) invalid(problems);
      const values = {
        ...(patch.date !== undefined ? { date: patch.date } : {}),
        ...(patch.hostUnitCode !== undefined
          ? { hostUnitId: members.find((m) => m.code === patch.hostUnitCode)!.id }
          : {}),
        ...(patch.address !== undefined ? { address: text(patch.address) } : {}),
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.cycleId !== undefined ? { cycleId: patch.cycleId } : {}),
        ...(patch.agenda !== undefined ? { agenda: patch.agenda } : {}),
        ...(patch.documents !== undefined ? { documents: patch.documents } : {}),
        ...(patch.minutes !== undefined ? { minutes: text(patch.minutes) } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateMeeting(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'network.meeting.update',
          entityType: 'network-meeting',
          entityId: id,
          changes: patch,
        });
      });
      return meetingDetail(ctx, (await repo.findMeeting(db, id))!);
    },

    async deleteMeeting(ctx: RequestContext, id: number) {
      const meeting = await requireMeeting(id);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      await db.transaction(async (tx) => {
        await repo.deleteMeeting(tx, id);
        await audit.record(tx, ctx, { action: 'network.meeting.delete', entityType: 'network-meeting', entityId: id });
      });
    },

    async setAttendance(ctx: RequestContext, id: number, attendees: { delegateId: number; present: boolean }[]) {
      const meeting = await requireMeeting(id);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      const memberIds = new Set(await groups.memberUnitIds(meeting.groupId));
      const delegates = new Map((await repo.delegates(db, meeting.groupId)).map((d) => [d.id, d]));
      const problems: Problem[] = [];
      attendees.forEach((a, i) => {
        const d = delegates.get(a.delegateId);
        if (!d || !memberIds.has(d.unitId))
          problems.push({
            path: `body.attendees.${i}.delegateId`,
            message: `${a.delegateId} is not a delegate of a member of this group`,
          });
      });
      if (problems.length > 0) invalid(problems);
      await db.transaction(async (tx) => {
        await repo.replaceAttendance(tx, id, attendees);
        await audit.record(tx, ctx, {
          action: 'network.meeting.attendance',
          entityType: 'network-meeting',
          entityId: id,
          changes: { attendees },
        });
      });
      return meetingDetail(ctx, meeting);
    },

    async addMeetingAction(
      ctx: RequestContext,
      meetingId: number,
      input: { unitCode: string; owner?: string | null | undefined; title: string; dueOn?: string | null | undefined },
    ) {
      const meeting = await requireMeeting(meetingId);
      const { members } = await groupWithMembers(meeting.groupId);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      const member = members.find((m) => m.code === input.unitCode);
      if (!member) invalid([{ path: 'body.unitCode', message: `unit ${input.unitCode} is not a member of the group` }]);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertMeetingAction(tx, {
          meetingId,
          unitId: member.id,
          owner: text(input.owner),
          title: input.title.trim(),
          dueOn: input.dueOn ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'network.action.create',
          entityType: 'network-meeting-action',
          entityId: created.id,
          changes: { meetingId, ...input },
        });
        return created;
      });
      return actionView(row, new Map([[member.id, { code: member.code, name: member.name }]]));
    },

    async updateMeetingAction(
      ctx: RequestContext,
      id: number,
      patch: {
        status?: 'open' | 'done' | 'cancelled' | undefined;
        title?: string | undefined;
        owner?: string | null | undefined;
        dueOn?: string | null | undefined;
      },
    ) {
      const { action, meeting } = await requireMeetingAction(id);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      const values = {
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.owner !== undefined ? { owner: text(patch.owner) } : {}),
        ...(patch.dueOn !== undefined ? { dueOn: patch.dueOn } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateMeetingAction(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'network.action.update',
          entityType: 'network-meeting-action',
          entityId: id,
          changes: values,
        });
      });
      return actionView({ ...action, ...values }, await unitCodesByIds([action.unitId]));
    },

    /**
     * Sends an agreed action to its unit's improvement plan for the cycle's plan period (or the
     * meeting's year): the plan action's source records the group, the meeting and this action, and
     * this action keeps the plan action's id. Once only (409 after).
     */
    /**
     * An agreed action as the good-practice bank copies it when someone proposes it as a practice.
     * No authorization here: the bank's createDraftFromSource lets only the unit's people or a
     * curator of its groups make the draft.
     */
    async agreedActionForProposal(id: number) {
      const { action, meeting } = await requireMeetingAction(id);
      const group = await groups.get(meeting.groupId);
      const [unit] = await units.summariesByIds([action.unitId]);
      return {
        id: action.id,
        unitCode: unit!.code,
        title: action.title,
        planActionId: action.planActionId,
        meeting: { id: meeting.id, title: meeting.title, date: meeting.date },
        group: { id: group.id, name: group.name, serviceArea: group.serviceArea },
      };
    },

    async actionToPlan(ctx: RequestContext, id: number, input: { period?: string | undefined }) {
      const { action, meeting } = await requireMeetingAction(id);
      authorize(ctx, { type: 'network.moderate', groupId: meeting.groupId });
      if (action.planActionId !== null)
        throw new AppError('CONFLICT', `Agreed action ${id} is already in a plan (action ${action.planActionId})`);
      const cycle = meeting.cycleId === null ? undefined : await repo.findCycle(db, meeting.cycleId);
      const period = input.period ?? cycle?.planPeriod ?? meeting.date.slice(0, 4);
      const group = await groups.get(meeting.groupId);
      const created = await improvementPlans.addAgreedAction(ctx, {
        groupId: meeting.groupId,
        unitId: action.unitId,
        period,
        planTitle: `Plan doskonalenia — ${group.name} (${period})`,
        action: {
          title: action.title,
          description: `Uzgodnione na spotkaniu „${meeting.title}” (${meeting.date}).`,
          source: {
            type: 'meeting-action',
            groupId: meeting.groupId,
            meetingId: meeting.id,
            meetingActionId: action.id,
          },
          owner: action.owner,
          endDate: action.dueOn,
          startDate: meeting.date,
          status: 'planned',
          impact: 3,
          feasibility: 3,
        },
      });
      const claimed = await db.transaction(async (tx) => {
        const ok = await repo.claimForPlan(tx, id, created.actionId);
        if (ok)
          await audit.record(tx, ctx, {
            action: 'network.action.to-plan',
            entityType: 'network-meeting-action',
            entityId: id,
            changes: created,
          });
        return ok;
      });
      if (!claimed) throw new AppError('CONFLICT', `Agreed action ${id} was sent to a plan by someone else just now`);
      return created;
    },

    // Calendars -----------------------------------------------------------------------------------

    async groupCalendar(ctx: RequestContext, groupId: number) {
      await authorizeRead(ctx, groupId);
      const group = await groups.get(groupId);
      const rows = await repo.meetings(db, groupId);
      return calendar(`Miernik — ${group.name}`, await meetingSummaries(rows), group.name);
    },

    async delegateCalendar(ctx: RequestContext, delegateId: number) {
      const d = await repo.findDelegate(db, delegateId);
      if (!d) throw new AppError('NOT_FOUND', `Delegate ${delegateId} not found`);
      await authorizeRead(ctx, d.groupId);
      const group = await groups.get(d.groupId);
      const rows = await repo.meetings(db, d.groupId);
      return calendar(`Miernik — ${d.name} — ${group.name}`, await meetingSummaries(rows), group.name);
    },

    // Meeting pack --------------------------------------------------------------------------------

    /**
     * Everything the pack prints, from the values approved at `asOf` (default: the start of the
     * meeting day in Warsaw, or now when that is later than now). Reproducible: the value store's
     * revision history answers what was approved then, whatever changed later.
     */
    async pack(ctx: RequestContext, meetingId: number, query: { asOf?: string | undefined }) {
      const meeting = await requireMeeting(meetingId);
      await authorizeRead(ctx, meeting.groupId);
      const asOf = resolveAsOf(query.asOf, meeting.date, now());
      const { group, members } = await groupWithMembers(meeting.groupId);
      const set = await repo.indicatorSet(db, meeting.groupId);
      const indicatorsFigures = await valuesAsOf(
        members,
        set.map((s) => s.indicatorCode),
        asOf,
      );
      const headline = new Set(set.filter((s) => s.isHeadline).map((s) => s.indicatorCode));
      const decisionQuality = await valuesAsOf(members, DECISION_QUALITY_INDICATORS, asOf);
      const detail = await meetingDetail(ctx, meeting);
      const host = await units.get(detail.host.code);
      const cycle = meeting.cycleId === null ? undefined : await repo.findCycle(db, meeting.cycleId);
      const surveyRows = [];
      for (const waveId of cycle?.waveIds ?? []) {
        try {
          const r = await surveyResults.results(ctx, waveId, {});
          const h = r.headline[0];
          surveyRows.push({
            waveId,
            unit: r.wave.unit,
            title: r.wave.title,
            status: r.wave.status,
            n: r.n,
            question: h?.question ?? null,
            headline: h && !h.result.suppressed ? h.result.figures : null,
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
      }
      return {
        meeting: { id: meeting.id, title: meeting.title, date: meeting.date, address: meeting.address },
        group: { id: group.id, name: group.name, serviceArea: group.serviceArea, isDemo: group.isDemo },
        asOf: asOf.toISOString(),
        members: members.map((m) => ({ code: m.code, name: m.name })),
        host: {
          code: host.code,
          name: host.name,
          kind: host.kind,
          description: host.profile.description,
          website: host.profile.website,
          email: host.profile.email,
          phone: host.profile.phone,
        },
        indicators: indicatorsFigures.map((f) => ({ ...f, isHeadline: headline.has(f.code) })),
        decisionQuality,
        surveys: surveyRows,
        previousActions: detail.previousMeeting?.openActions ?? [],
        previousMeeting: detail.previousMeeting
          ? { date: detail.previousMeeting.date, title: detail.previousMeeting.title }
          : null,
        agenda: meeting.agenda,
      };
    },

    // Decision quality ----------------------------------------------------------------------------

    /**
     * Case-level import: one row per case; all or nothing (every bad row listed). The unit's period
     * figures are computed by domain/networks/cases.ts; the catalogue variables go to the value
     * store as approved values with the file as provenance, the full summary to the import record.
     */
    async importCases(
      ctx: RequestContext,
      unitCode: string,
      bytes: Uint8Array,
      options: { period: string; fileName: string; dryRun: boolean },
    ) {
      const unitId = await units.findUnitId(unitCode);
      if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${unitCode} not found`);
      const actor = authorize(ctx, { type: 'unit.writeData', unitId });
      const read = await readTable(bytes);
      if (!read.ok)
        throw new AppError(
          'VALIDATION_FAILED',
          `${read.problems.length} problem(s) in the file; nothing was imported`,
          read.problems,
        );
      const validated = validateCaseTable(read.table, options.period);
      if (!validated.ok)
        throw new AppError(
          'VALIDATION_FAILED',
          `${validated.problems.length} problem(s) in the file; nothing was imported`,
          validated.problems.slice(0, MAX_PROBLEMS),
        );
      const summary = summariseCases(validated.cases);
      const values = catalogueValues(summary.total);
      if (!options.dryRun) {
        await dataImport.writeDerivedValues(ctx, {
          sourceKind: 'case-import',
          detail: { file: options.fileName, period: options.period, cases: validated.cases.length },
          audit: { action: 'network.cases.import', entityType: 'unit', entityId: unitCode },
          write: values.map((v) => ({ unitId, variableCode: v.variableCode, period: options.period, value: v.value })),
          remove: [],
        });
        await db.transaction(async (tx) => {
          await repo.insertCaseImport(tx, {
            unitId,
            period: options.period,
            fileName: options.fileName,
            caseCount: validated.cases.length,
            summary: summary as unknown as Record<string, unknown>,
            createdBy: actor.userId,
          });
        });
      }
      return {
        dryRun: options.dryRun,
        unitCode,
        period: options.period,
        cases: validated.cases.length,
        summary,
        values,
      };
    },

    /** Opens a data-collection round for the group with the decision-quality variables (the round template of METHODS §7). */
    async openDecisionQualityRound(
      ctx: RequestContext,
      groupId: number,
      input: { period: string; deadline: Date; name?: string | undefined },
    ) {
      const group = await groups.get(groupId);
      authorize(ctx, { type: 'network.manage', groupId });
      return dataCollection.createRound(ctx, {
        name: input.name ?? `${group.name} — jakość decyzji ${input.period}`,
        period: input.period,
        deadline: input.deadline,
        variableCodes: DECISION_QUALITY_VARIABLES,
        groupId,
      });
    },

    /** The group's decision-quality comparison: the catalogue indicators and, per unit, the latest case-import figures by category. */
    async decisionQuality(ctx: RequestContext, groupId: number) {
      await authorizeRead(ctx, groupId);
      const { members } = await groupWithMembers(groupId);
      const figures = await valuesAsOf(members, DECISION_QUALITY_INDICATORS, now());
      const imports = await repo.latestCaseImports(
        db,
        members.map((m) => m.id),
      );
      return {
        indicators: figures,
        imports: imports.map((i) => ({
          unit: {
            code: members.find((m) => m.id === i.unitId)!.code,
            name: members.find((m) => m.id === i.unitId)!.name,
          },
          period: i.period,
          fileName: i.fileName,
          cases: i.caseCount,
          importedAt: i.createdAt.toISOString(),
          summary: i.summary as unknown as CaseSummary,
        })),
      };
    },

    // Discussion ----------------------------------------------------------------------------------

    async comments(ctx: RequestContext, groupId: number) {
      await authorizeRead(ctx, groupId);
      const rows = await repo.comments(db, groupId);
      return {
        items: rows.map(commentView),
        canModerate: can(ctx.actor, { type: 'network.moderate', groupId }),
      };
    },

    async addComment(
      ctx: RequestContext,
      groupId: number,
      input: { indicatorCode: string; period: string; body: string; parentId?: number | undefined },
    ) {
      await authorizeRead(ctx, groupId);
      const actor = ctx.actor!;
      const problems: Problem[] = [];
      const set = await repo.indicatorSet(db, groupId);
      const cat = await indicators.catalogue();
      if (!cat.indicatorsByCode.has(input.indicatorCode))
        problems.push({
          path: 'body.indicatorCode',
          message: `indicator ${input.indicatorCode} is not in the catalogue`,
        });
      else if (set.length > 0 && !set.some((s) => s.indicatorCode === input.indicatorCode))
        problems.push({
          path: 'body.indicatorCode',
          message: `${input.indicatorCode} is not in the group's indicator set`,
        });
      if (input.parentId !== undefined) {
        const parent = await repo.findComment(db, input.parentId);
        if (!parent || parent.groupId !== groupId)
          problems.push({ path: 'body.parentId', message: `comment ${input.parentId} is not in this group` });
      }
      if (problems.length > 0) invalid(problems);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertComment(tx, {
          groupId,
          indicatorCode: input.indicatorCode,
          period: input.period,
          parentId: input.parentId ?? null,
          body: input.body.trim(),
          authorId: actor.userId,
          authorName: actor.name,
        });
        await audit.record(tx, ctx, {
          action: 'network.comment.create',
          entityType: 'group',
          entityId: groupId,
          changes: { id: created.id },
        });
        return created;
      });
      return commentView(row);
    },

    /** Pins a question to a meeting's agenda (default: the group's next meeting); `meetingId: null` unpins. */
    async pinComment(ctx: RequestContext, commentId: number, input: { meetingId?: number | null | undefined }) {
      const comment = await repo.findComment(db, commentId);
      if (!comment) throw new AppError('NOT_FOUND', `Comment ${commentId} not found`);
      authorize(ctx, { type: 'network.moderate', groupId: comment.groupId });
      let meeting: repo.MeetingRow | undefined;
      if (input.meetingId === undefined) {
        meeting = await repo.nextMeetingAfter(db, comment.groupId, now().toISOString().slice(0, 10));
        if (!meeting) invalid([{ path: 'body.meetingId', message: 'the group has no upcoming meeting' }]);
      } else if (input.meetingId !== null) {
        meeting = await repo.findMeeting(db, input.meetingId);
        if (!meeting || meeting.groupId !== comment.groupId)
          invalid([{ path: 'body.meetingId', message: `meeting ${input.meetingId} is not a meeting of this group` }]);
      }
      await db.transaction(async (tx) => {
        // Unpin from the previous meeting's agenda, pin to the new one's.
        if (comment.pinnedMeetingId !== null) {
          const old = await repo.findMeeting(tx, comment.pinnedMeetingId);
          if (old)
            await repo.updateMeeting(tx, old.id, { agenda: old.agenda.filter((a) => a.commentId !== commentId) });
        }
        await repo.pinComment(tx, commentId, meeting?.id ?? null);
        if (meeting) {
          const fresh = (await repo.findMeeting(tx, meeting.id))!;
          await repo.updateMeeting(tx, meeting.id, {
            agenda: [
              ...fresh.agenda,
              { title: comment.body.slice(0, 300), note: `${comment.indicatorCode} · ${comment.period}`, commentId },
            ],
          });
        }
        await audit.record(tx, ctx, {
          action: 'network.comment.pin',
          entityType: 'group',
          entityId: comment.groupId,
          changes: { commentId, meetingId: meeting?.id ?? null },
        });
      });
      return commentView((await repo.findComment(db, commentId))!);
    },
  };

  async function checkLinks(
    ctx: RequestContext,
    groupId: number,
    input: { roundIds?: number[] | undefined; waveIds?: number[] | undefined },
    problems: Problem[],
  ) {
    const memberCodes = new Set((await groups.get(groupId)).members.map((m) => m.code));
    for (const [i, roundId] of (input.roundIds ?? []).entries()) {
      try {
        await dataCollection.board(ctx, roundId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push({ path: `body.roundIds.${i}`, message: `round ${roundId}: ${error.message}` });
      }
    }
    for (const [i, waveId] of (input.waveIds ?? []).entries()) {
      try {
        const w = await surveys.get(ctx, waveId);
        if (!memberCodes.has(w.unit.code))
          problems.push({
            path: `body.waveIds.${i}`,
            message: `wave ${waveId} is a wave of ${w.unit.code}, not of a member`,
          });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push({ path: `body.waveIds.${i}`, message: `wave ${waveId}: ${error.message}` });
      }
    }
  }
}

function cycleView(c: repo.CycleRow) {
  return {
    id: c.id,
    groupId: c.groupId,
    number: c.number,
    title: c.title,
    focus: c.focus,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    planPeriod: c.planPeriod,
    roundIds: c.roundIds,
    waveIds: c.waveIds,
  };
}

function commentView(c: repo.CommentRow) {
  return {
    id: c.id,
    indicatorCode: c.indicatorCode,
    period: c.period,
    parentId: c.parentId,
    body: c.body,
    authorName: c.authorName,
    pinnedMeetingId: c.pinnedMeetingId,
    createdAt: c.createdAt.toISOString(),
  };
}

/**
 * `asOf` as an instant: a date-time as given; a plain date is the start of that day in Warsaw
 * (values approved before the day). Default: the start of the meeting day, or now if earlier.
 */
export function resolveAsOf(asOf: string | undefined, meetingDate: string, now: Date): Date {
  const startOfDay = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return fromLocal({ year: y!, month: m!, day: day!, hour: 0, minute: 0, second: 0, millisecond: 0 });
  };
  if (asOf === undefined) {
    const start = startOfDay(meetingDate);
    return start.getTime() < now.getTime() ? start : now;
  }
  if (isIsoDay(asOf)) return startOfDay(asOf);
  const t = new Date(asOf);
  if (Number.isNaN(t.getTime()))
    invalid([{ path: 'querystring.asOf', message: 'a date (YYYY-MM-DD) or an ISO date-time' }]);
  return t;
}

function calendar(
  name: string,
  meetings: { id: number; date: string; title: string; address: string | null; host: { name: string } }[],
  groupName: string,
) {
  const cal = ical({ name, prodId: { company: 'Miernik', product: 'networks', language: 'PL' } });
  for (const m of meetings) {
    const [y, mo, d] = m.date.split('-').map(Number);
    cal.createEvent({
      id: `miernik-meeting-${m.id}`,
      start: new Date(Date.UTC(y!, mo! - 1, d!)),
      allDay: true,
      summary: m.title,
      location: [m.host.name, m.address].filter(Boolean).join(', '),
      description: `${groupName} — gospodarz: ${m.host.name}`,
    });
  }
  return cal.toString();
}
