/**
 * Improvement plans (CAF step 7, the yearly plan of a benchmarking network): a plan of a unit or a
 * group for a period, actions with their source (a CAF area for improvement, a benchmark gap, a
 * survey result, free), owner, dates, status, impact × feasibility priority, budget and optionally
 * the indicator they should move; dated progress updates; and the effect check that closes the
 * loop — did the indicator move more than the peer group's over the same periods?
 */
import { can, type Actor } from '../../../domain/access/authorization';
import { parsePeerSpec } from '../../../domain/benchmarking/peer-spec';
import { checkEffect } from '../../../domain/improvement-plans/effect-check';
import {
  checkSchedule,
  prioritise,
  rankActions,
  type ActionStatus,
  type Rating,
} from '../../../domain/improvement-plans/priority';
import { median, quantile } from '../../../domain/self-assessment/statistics';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './improvement-plans.repository';

export type ImprovementPlansService = ReturnType<typeof createImprovementPlansService>;

export type SourceInput =
  | { type: 'caf-improvement'; assessmentId: number; itemId: string; note?: string | null | undefined }
  | { type: 'benchmark-gap'; indicatorCode: string; note?: string | null | undefined }
  | { type: 'survey-result'; surveyWaveId: number | string; questionId: string; note?: string | null | undefined }
  | {
      type: 'meeting-action';
      groupId: number;
      meetingId: number;
      meetingActionId: number;
      note?: string | null | undefined;
    }
  | { type: 'free'; note?: string | null | undefined };

export interface IndicatorLink {
  code: string;
  baseline?: number | null | undefined;
  target?: number | null | undefined;
  /** Peer-group spec for the effect check; default `nn:<unit code>:15`. */
  peers?: string | null | undefined;
}

export interface ActionInput {
  title: string;
  description?: string | null | undefined;
  source: SourceInput;
  owner?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  status: ActionStatus;
  impact: Rating;
  feasibility: Rating;
  /** PLN as a decimal string, stored exactly. */
  budget?: string | null | undefined;
  indicator?: IndicatorLink | null | undefined;
}

export interface PlanInput {
  unitCode?: string | undefined;
  groupId?: number | undefined;
  period: string;
  title: string;
  description?: string | null | undefined;
}

type Problem = { path: string; message: string };
type Owner = {
  unit: { id: number; code: string; name: string; kind: string } | null;
  group: { id: number; name: string } | null;
};

const text = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** "Today" in Poland, where deadlines are kept: an action due today is overdue only from tomorrow. */
function warsawDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** `2026` or `2026-2027` (a later second year). */
export function checkPeriod(period: string): string | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!m) return 'a period is a year (2026) or a span of years (2026-2027)';
  if (m[2] !== undefined && Number(m[2]) <= Number(m[1])) return `the span ${period} must end after it starts`;
  return null;
}

export function createImprovementPlansService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  benchmarking: BenchmarkingService;
  selfAssessment: SelfAssessmentService;
  now: () => Date;
  /** Called after a plan is published or withdrawn (the portal renders them). */
  publicationsChanged?: () => void;
}) {
  const { db, audit, units, groups, indicators, benchmarking, selfAssessment, now } = deps;

  async function requirePlan(id: number) {
    const plan = await repo.findPlan(db, id);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', `Improvement plan ${id} not found`);
    return plan;
  }

  async function requireAction(id: number) {
    const action = await repo.findAction(db, id);
    if (!action) throw new AppError('ACTION_NOT_FOUND', `Improvement action ${id} not found`);
    return { action, plan: (await repo.findPlan(db, action.planId))! };
  }

  async function unitById(id: number) {
    const [u] = await units.summariesByIds([id]);
    return { id, code: u!.code, name: u!.name, kind: u!.kind };
  }

  async function ownerOf(plan: repo.PlanRow): Promise<Owner> {
    if (plan.unitId !== null) return { unit: await unitById(plan.unitId), group: null };
    const g = await groups.get(plan.groupId!);
    return { unit: null, group: { id: g.id, name: g.name } };
  }

  /** Groups the actor operates or moderates that contain the unit: their people may read the unit's plans. */
  async function overseeingGroups(actor: Actor, unitId: number): Promise<number[]> {
    const candidates = [
      ...new Set(
        actor.grants
          .filter((g) => g.groupId !== null && (g.role === 'network-operator' || g.role === 'group-moderator'))
          .map((g) => g.groupId!),
      ),
    ];
    const out: number[] = [];
    for (const id of candidates)
      if ((await groups.exists(id)) && (await groups.memberUnitIds(id)).includes(unitId)) out.push(id);
    return out;
  }

  async function readScope(ctx: RequestContext, target: { unitId: number | null; groupId: number | null }) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    if (target.unitId !== null)
      return { unitIds: [target.unitId], groupIds: await overseeingGroups(ctx.actor, target.unitId) };
    return { unitIds: await groups.memberUnitIds(target.groupId!), groupIds: [target.groupId!] };
  }

  async function authorizeRead(ctx: RequestContext, target: { unitId: number | null; groupId: number | null }) {
    authorize(ctx, { type: 'plan.read', ...(await readScope(ctx, target)) });
  }

  function authorizeManage(ctx: RequestContext, plan: { unitId: number | null; groupId: number | null }) {
    return authorize(ctx, { type: 'plan.manage', unitId: plan.unitId, groupId: plan.groupId });
  }

  /** Kinds of the units a plan concerns: the unit's, or every member's of the group. */
  async function kindsOf(plan: repo.PlanRow): Promise<string[]> {
    const ids = plan.unitId !== null ? [plan.unitId] : await groups.memberUnitIds(plan.groupId!);
    return [...new Set((await units.kindsByIds(ids)).values())];
  }

  async function checkSource(plan: repo.PlanRow, source: SourceInput, problems: Problem[]) {
    if (source.type === 'caf-improvement') {
      const ref = await selfAssessment.assessmentRef(source.assessmentId);
      const inScope =
        ref &&
        (plan.unitId !== null
          ? ref.unitId === plan.unitId
          : (await groups.memberUnitIds(plan.groupId!)).includes(ref.unitId));
      if (!ref || !inScope)
        problems.push({
          path: 'body.source.assessmentId',
          message: `assessment ${source.assessmentId} is not an assessment of the unit(s) this plan is for`,
        });
      else if (!ref.hasItem(source.itemId))
        problems.push({
          path: 'body.source.itemId',
          message: `the assessment's framework has no subcriterion ${source.itemId}`,
        });
    }
    if (source.type === 'benchmark-gap') await requireIndicator(source.indicatorCode, 'body.source.indicatorCode');
  }

  async function requireIndicator(code: string, path: string) {
    const indicator = (await indicators.catalogue()).indicatorsByCode.get(code);
    if (!indicator)
      throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`, [
        { path, message: 'unknown indicator' },
      ]);
    return indicator;
  }

  /** An indicator must apply to the plan's unit kind (for a group plan: every member's kind). */
  async function checkIndicator(plan: repo.PlanRow, link: IndicatorLink, problems: Problem[]) {
    const indicator = await requireIndicator(link.code, 'body.indicator.code');
    const kinds = await kindsOf(plan);
    const outside = kinds.filter((k) => !indicator.unitKinds.includes(k));
    if (outside.length > 0) {
      const message = `indicator ${link.code} does not apply to units of kind ${outside.join(', ')} (it applies to ${indicator.unitKinds.join(', ')})`;
      throw new AppError('INDICATOR_NOT_APPLICABLE', message, [{ path: 'body.indicator.code', message }]);
    }
    if (link.peers) {
      const parsed = parsePeerSpec(link.peers);
      if (!parsed.ok)
        problems.push({ path: 'body.indicator.peers', message: `${parsed.error.message} (at "${parsed.error.part}")` });
    }
  }

  /** Every check of an action; all field problems at once (400 VALIDATION_FAILED), unknown references as their own codes. */
  async function validateAction(plan: repo.PlanRow, input: ActionInput) {
    const problems: Problem[] = [];
    const priority = prioritise(input.impact, input.feasibility);
    if (!priority.ok) problems.push(...priority.errors.map((e) => ({ path: `body.${e.field}`, message: e.message })));
    const schedule = checkSchedule(
      { status: input.status, start: input.startDate ?? null, end: input.endDate ?? null },
      warsawDate(now()),
    );
    if (!schedule.ok) problems.push(...schedule.errors.map((message) => ({ path: 'body.endDate', message })));
    await checkSource(plan, input.source, problems);
    const link =
      input.indicator === undefined && input.source.type === 'benchmark-gap'
        ? { code: input.source.indicatorCode }
        : (input.indicator ?? null);
    if (link) await checkIndicator(plan, link, problems);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
    const { type, ...sourceDetail } = input.source;
    const p = priority.ok ? priority.priority : null;
    return {
      title: input.title.trim(),
      description: text(input.description),
      sourceType: type,
      source: { ...sourceDetail, note: text(sourceDetail.note) },
      owner: text(input.owner),
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      status: input.status,
      impact: p!.impact,
      feasibility: p!.feasibility,
      budget: input.budget ?? null,
      indicatorCode: link?.code ?? null,
      indicatorBaseline: link?.baseline ?? null,
      indicatorTarget: link?.target ?? null,
      indicatorPeers: text(link?.peers),
    };
  }

  function inputOf(row: repo.ActionRow): ActionInput {
    return {
      title: row.title,
      description: row.description,
      source: { type: row.sourceType, ...row.source } as SourceInput,
      owner: row.owner,
      startDate: row.startDate,
      endDate: row.endDate,
      status: row.status,
      impact: row.impact,
      feasibility: row.feasibility,
      budget: row.budget,
      indicator:
        row.indicatorCode === null
          ? null
          : {
              code: row.indicatorCode,
              baseline: row.indicatorBaseline,
              target: row.indicatorTarget,
              peers: row.indicatorPeers,
            },
    };
  }

  async function actionViews(rows: readonly repo.ActionRow[]) {
    const cat = await indicators.catalogue();
    const today = warsawDate(now());
    const updates = await repo.updatesOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((a) => {
      const indicator = a.indicatorCode === null ? null : cat.indicatorsByCode.get(a.indicatorCode);
      const schedule = checkSchedule({ status: a.status, start: a.startDate, end: a.endDate }, today);
      const check = schedule.ok ? schedule.check : { timeliness: 'no-deadline' as const, daysLate: 0 };
      return {
        id: a.id,
        planId: a.planId,
        title: a.title,
        description: a.description,
        // Stored as validated by the source schema on write.
        source: { type: a.sourceType, ...a.source } as SourceInput,
        owner: a.owner,
        startDate: a.startDate,
        endDate: a.endDate,
        status: a.status,
        priority: priorityOf(a.impact, a.feasibility),
        schedule: { ...check, overdue: check.timeliness === 'overdue' },
        budget: a.budget,
        progress: a.progress,
        indicator:
          a.indicatorCode === null
            ? null
            : {
                code: a.indicatorCode,
                names: indicator?.names ?? { pl: a.indicatorCode, en: a.indicatorCode },
                unit: indicator?.unit ?? '',
                polarity: indicator?.polarity ?? 'neutral',
                decimals: indicator?.decimals ?? 2,
                baseline: a.indicatorBaseline,
                target: a.indicatorTarget,
                peers: a.indicatorPeers,
              },
        updates: updates
          .filter((u) => u.update.actionId === a.id)
          .map((u) => ({
            id: u.update.id,
            date: u.update.date,
            comment: u.update.comment,
            status: u.update.status,
            progress: u.update.progress,
            author: u.update.createdBy ? { id: u.update.createdBy, name: u.authorName ?? '' } : null,
            createdAt: u.update.createdAt.toISOString(),
          })),
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }

  function planSummary(plan: repo.PlanRow, owner: Owner, actionCount: number) {
    return {
      id: plan.id,
      unit: owner.unit && { code: owner.unit.code, name: owner.unit.name, kind: owner.unit.kind },
      group: owner.group,
      period: plan.period,
      title: plan.title,
      description: plan.description,
      actionCount,
      publishedAt: plan.publishedAt?.toISOString() ?? null,
      createdAt: plan.createdAt.toISOString(),
      updatedAt: plan.updatedAt.toISOString(),
    };
  }

  async function detail(ctx: RequestContext, plan: repo.PlanRow) {
    const rows = await repo.actionsOf(db, [plan.id]);
    const views = await actionViews(rows);
    const ranked = rankActions(rows.map((r) => ({ id: String(r.id), impact: r.impact, feasibility: r.feasibility })));
    const order = ranked.ok ? ranked.ranked.map((r) => Number(r.id)) : rows.map((r) => r.id);
    views.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const byStatus = { planned: 0, 'in-progress': 0, done: 0, cancelled: 0 };
    for (const v of views) byStatus[v.status] += 1;
    return {
      ...planSummary(plan, await ownerOf(plan), rows.length),
      canManage: can(ctx.actor, { type: 'plan.manage', unitId: plan.unitId, groupId: plan.groupId }),
      byStatus,
      overdue: views.filter((v) => v.schedule.overdue).length,
      actions: views,
    };
  }

  /** What the public reads of a published plan. */
  async function publicView(plan: repo.PlanRow) {
    const views = await actionViews(await repo.actionsOf(db, [plan.id]));
    return {
      ...planSummary(plan, await ownerOf(plan), views.length),
      actions: views.map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        sourceType: a.source.type,
        startDate: a.startDate,
        endDate: a.endDate,
        status: a.status,
        priority: a.priority,
        overdue: a.schedule.overdue,
        progress: a.progress,
        indicator: a.indicator && {
          code: a.indicator.code,
          names: a.indicator.names,
          unit: a.indicator.unit,
          baseline: a.indicator.baseline,
          target: a.indicator.target,
        },
      })),
    };
  }

  async function actionView(id: number) {
    const [view] = await actionViews([(await repo.findAction(db, id))!]);
    return view!;
  }

  /** The peer-group median per period, with quartiles, for the effect chart. */
  function peerMedianSeries(peers: readonly { values: readonly { period: string; value: number | null }[] }[]) {
    const periods = [...new Set(peers.flatMap((p) => p.values.map((v) => v.period)))].sort();
    return periods.map((period) => {
      const values = peers
        .map((p) => p.values.find((v) => v.period === period)?.value ?? null)
        .filter((v): v is number => v !== null);
      return {
        period,
        value: median(values),
        q1: quantile(values, 0.25),
        q3: quantile(values, 0.75),
        n: values.length,
      };
    });
  }

  /**
   * The effect check of one unit on one indicator around a start and end period: the unit's and
   * peers' series from the benchmarking engine (`effectSeries`), judged by `checkEffect`
   * (difference-in-differences on the peer median against the peers' interquartile range).
   */
  async function indicatorEffect(input: {
    unitCode: string;
    indicatorCode: string;
    peers?: string | null | undefined;
    start: string | null;
    end: string | null;
  }) {
    const indicator = await requireIndicator(input.indicatorCode, 'indicator');
    const spec = input.peers ?? `nn:${input.unitCode}:15`;
    const series = await benchmarking.effectSeries(input.indicatorCode, input.unitCode, spec);
    const base = {
      actionStart: input.start,
      actionEnd: input.end,
      indicator: {
        code: indicator.code,
        names: indicator.names,
        unit: indicator.unit,
        decimals: indicator.decimals,
        polarity: indicator.polarity,
      },
      peers: { spec, count: series.peers.length },
      unitSeries: series.unit,
      peerMedianSeries: peerMedianSeries(series.peers),
    };
    if (series.polarity === 'neutral') {
      return {
        ...base,
        verdict: 'not-applicable' as const,
        reasons: [
          {
            code: 'NEUTRAL_INDICATOR',
            message: `${indicator.code} has no better direction (neutral polarity), so no effect check is made`,
          },
        ],
        check: null,
      };
    }
    if (input.start === null || input.end === null) {
      return {
        ...base,
        verdict: 'not-enough-data' as const,
        reasons: [
          {
            code: 'NO_DATES',
            message:
              'Give the action a start and an end date: the check compares the periods before it started with those after it ended',
          },
        ],
        check: null,
      };
    }
    const result = checkEffect({
      polarity: series.polarity,
      actionStart: input.start,
      actionEnd: input.end,
      unit: series.unit,
      peers: series.peers,
    });
    if (!result.ok)
      throw new AppError('BAD_REQUEST', result.errors.map((e) => `${e.path}: ${e.message}`).join('; '), result.errors);
    return { ...base, verdict: result.check.verdict, reasons: result.check.reasons, check: result.check };
  }

  return {
    async list(ctx: RequestContext, query: { unit?: string | undefined; group?: number | undefined }) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      let scope: { all: boolean; unitIds: number[]; groupIds: number[] };
      if (query.unit !== undefined) {
        const unitId = await units.findUnitId(query.unit);
        if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${query.unit} not found`);
        await authorizeRead(ctx, { unitId, groupId: null });
        scope = { all: false, unitIds: [unitId], groupIds: [] };
      } else if (query.group !== undefined) {
        if (!(await groups.exists(query.group)))
          throw new AppError('GROUP_NOT_FOUND', `Group ${query.group} not found`);
        await authorizeRead(ctx, { unitId: null, groupId: query.group });
        scope = { all: false, unitIds: [], groupIds: [query.group] };
      } else {
        // "My plans": the units and groups the caller holds roles in; everything for admins and global operators.
        const grants = ctx.actor.grants;
        const all = can(ctx.actor, { type: 'plan.read', unitIds: [], groupIds: [] });
        scope = {
          all,
          unitIds: grants.filter((g) => g.unitId !== null).map((g) => g.unitId!),
          groupIds: grants.filter((g) => g.groupId !== null).map((g) => g.groupId!),
        };
      }
      const rows = await repo.listPlans(db, scope);
      const items = [];
      for (const r of rows) items.push(planSummary(r.plan, await ownerOf(r.plan), r.actionCount));
      return { items };
    },

    async create(ctx: RequestContext, input: PlanInput) {
      if ((input.unitCode === undefined) === (input.groupId === undefined)) {
        throw new AppError(
          'VALIDATION_FAILED',
          'A plan belongs to a unit or to a group: give exactly one of unitCode and groupId',
          [{ path: 'body', message: 'give exactly one of unitCode and groupId' }],
        );
      }
      let target: { unitId: number | null; groupId: number | null };
      if (input.unitCode !== undefined) {
        const unitId = await units.findUnitId(input.unitCode);
        if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${input.unitCode} not found`);
        target = { unitId, groupId: null };
      } else {
        if (!(await groups.exists(input.groupId!)))
          throw new AppError('GROUP_NOT_FOUND', `Group ${input.groupId} not found`);
        target = { unitId: null, groupId: input.groupId! };
      }
      const actor = authorizeManage(ctx, target);
      const periodProblem = checkPeriod(input.period);
      if (periodProblem)
        throw new AppError('VALIDATION_FAILED', `body.period: ${periodProblem}`, [
          { path: 'body.period', message: periodProblem },
        ]);
      const plan = await db.transaction(async (tx) => {
        const row = await repo.insertPlan(tx, {
          ...target,
          period: input.period,
          title: input.title.trim(),
          description: text(input.description),
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'plan.create',
          entityType: 'improvement-plan',
          entityId: row.id,
          changes: input,
        });
        return row;
      });
      return detail(ctx, plan);
    },

    async get(ctx: RequestContext, id: number) {
      const plan = await requirePlan(id);
      await authorizeRead(ctx, plan);
      return detail(ctx, plan);
    },

    /**
     * Publishes a plan for everyone (or withdraws it): its actions with status, dates, progress and
     * target indicator — not who owns them, the budget, or the progress notes, which stay internal.
     */
    async publish(ctx: RequestContext, id: number, published: boolean) {
      const plan = await requirePlan(id);
      const actor = authorizeManage(ctx, plan);
      if (published !== (plan.publishedAt !== null)) {
        await db.transaction(async (tx) => {
          await repo.updatePlan(
            tx,
            plan.id,
            published ? { publishedAt: now(), publishedBy: actor.userId } : { publishedAt: null, publishedBy: null },
          );
          await audit.record(tx, ctx, {
            action: published ? 'plan.publish' : 'plan.unpublish',
            entityType: 'improvement-plan',
            entityId: plan.id,
            changes: { published },
          });
        });
        deps.publicationsChanged?.();
      }
      return detail(ctx, (await repo.findPlan(db, plan.id))!);
    },

    /** A published plan for everyone; unpublished (or unknown) → 404. */
    async publicPlan(id: number) {
      const plan = await repo.findPlan(db, id);
      if (!plan || plan.publishedAt === null) throw new AppError('PLAN_NOT_FOUND', `Plan ${id} not found`);
      return publicView(plan);
    },

    /** A unit's published plans (the portal's unit profile). */
    async publishedOfUnit(unitCode: string) {
      const unitId = await units.findUnitId(unitCode);
      if (unitId === null) return [];
      const rows = await repo.listPlans(db, { all: false, unitIds: [unitId], groupIds: [] });
      return Promise.all(rows.filter((r) => r.plan.publishedAt !== null).map((r) => publicView(r.plan)));
    },

    async update(
      ctx: RequestContext,
      id: number,
      patch: { period?: string | undefined; title?: string | undefined; description?: string | null | undefined },
    ) {
      const plan = await requirePlan(id);
      authorizeManage(ctx, plan);
      const periodProblem = patch.period === undefined ? null : checkPeriod(patch.period);
      if (periodProblem)
        throw new AppError('VALIDATION_FAILED', `body.period: ${periodProblem}`, [
          { path: 'body.period', message: periodProblem },
        ]);
      const values = {
        ...(patch.period !== undefined ? { period: patch.period } : {}),
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.description !== undefined ? { description: text(patch.description) } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updatePlan(tx, plan.id, values);
        await audit.record(tx, ctx, {
          action: 'plan.update',
          entityType: 'improvement-plan',
          entityId: plan.id,
          changes: values,
        });
      });
      return detail(ctx, (await repo.findPlan(db, plan.id))!);
    },

    async addAction(ctx: RequestContext, planId: number, input: ActionInput) {
      const plan = await requirePlan(planId);
      const actor = authorizeManage(ctx, plan);
      const values = await validateAction(plan, input);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertAction(tx, { ...values, planId: plan.id, createdBy: actor.userId });
        await audit.record(tx, ctx, {
          action: 'plan.action.create',
          entityType: 'improvement-action',
          entityId: created.id,
          changes: { planId: plan.id, ...values },
        });
        return created;
      });
      return actionView(row.id);
    },

    /**
     * Puts an action agreed at a benchmarking group's meeting into a member unit's plan for `period`
     * (the unit's existing plan for that period, or a new one). The group's operators and moderators
     * may do this without a role in the unit — the unit agreed to it at the meeting — so this checks
     * `network.moderate` on the group and that the unit is one of its members.
     */
    async addAgreedAction(
      ctx: RequestContext,
      input: { groupId: number; unitId: number; period: string; planTitle: string; action: ActionInput },
    ) {
      const actor = authorize(ctx, { type: 'network.moderate', groupId: input.groupId });
      if (!(await groups.memberUnitIds(input.groupId)).includes(input.unitId))
        throw new AppError('VALIDATION_FAILED', 'The unit is not a member of the group', [
          { path: 'unitId', message: 'not a member of the group' },
        ]);
      const periodProblem = checkPeriod(input.period);
      if (periodProblem)
        throw new AppError('VALIDATION_FAILED', `period: ${periodProblem}`, [
          { path: 'period', message: periodProblem },
        ]);
      const existing = (await repo.listPlans(db, { all: false, unitIds: [input.unitId], groupIds: [] }))
        .map((r) => r.plan)
        .filter((p) => p.unitId === input.unitId && p.period === input.period)
        .sort((a, b) => a.id - b.id)[0];
      const created = await db.transaction(async (tx) => {
        let plan = existing;
        if (!plan) {
          plan = await repo.insertPlan(tx, {
            unitId: input.unitId,
            groupId: null,
            period: input.period,
            title: input.planTitle,
            description: null,
            createdBy: actor.userId,
          });
          await audit.record(tx, ctx, {
            action: 'plan.create',
            entityType: 'improvement-plan',
            entityId: plan.id,
            changes: { unitId: input.unitId, period: input.period, title: input.planTitle, from: 'meeting-action' },
          });
        }
        const values = await validateAction(plan, input.action);
        const row = await repo.insertAction(tx, { ...values, planId: plan.id, createdBy: actor.userId });
        await audit.record(tx, ctx, {
          action: 'plan.action.create',
          entityType: 'improvement-action',
          entityId: row.id,
          changes: { planId: plan.id, ...values },
        });
        return { planId: plan.id, actionId: row.id };
      });
      return created;
    },

    /** Actions of the given units' plans whose period is `period`, with the effect verdict when linked to an indicator (for a network's cycle board). */
    async unitPlanProgress(ctx: RequestContext, groupId: number, unitIds: readonly number[], period: string) {
      authorize(ctx, { type: 'plan.read', unitIds: [], groupIds: [groupId] });
      const out = new Map<
        number,
        { planIds: number[]; actions: { id: number; status: string; indicatorCode: string | null }[] }
      >();
      for (const unitId of unitIds) out.set(unitId, { planIds: [], actions: [] });
      const rows = await repo.listPlans(db, { all: false, unitIds: [...unitIds], groupIds: [] });
      for (const { plan } of rows) {
        if (plan.unitId === null || plan.period !== period || !out.has(plan.unitId)) continue;
        const entry = out.get(plan.unitId)!;
        entry.planIds.push(plan.id);
        for (const a of await repo.actionsOf(db, [plan.id]))
          entry.actions.push({ id: a.id, status: a.status, indicatorCode: a.indicatorCode });
      }
      return out;
    },

    /** Changes an action; the merged action is validated as a whole, like a new one. */
    async updateAction(ctx: RequestContext, id: number, patch: Partial<ActionInput>) {
      const { action, plan } = await requireAction(id);
      authorizeManage(ctx, plan);
      const merged = { ...inputOf(action), ...patch };
      const values = await validateAction(plan, merged);
      const changes = Object.fromEntries(
        Object.entries(values).filter(
          ([k, v]) => JSON.stringify(v) !== JSON.stringify(action[k as keyof repo.ActionRow]),
        ),
      );
      await db.transaction(async (tx) => {
        await repo.updateAction(tx, action.id, values);
        await audit.record(tx, ctx, {
          action: 'plan.action.update',
          entityType: 'improvement-action',
          entityId: action.id,
          changes,
        });
      });
      return actionView(action.id);
    },

    async removeAction(ctx: RequestContext, id: number) {
      const { action, plan } = await requireAction(id);
      authorizeManage(ctx, plan);
      await db.transaction(async (tx) => {
        await repo.deleteAction(tx, action.id);
        await audit.record(tx, ctx, {
          action: 'plan.action.delete',
          entityType: 'improvement-action',
          entityId: action.id,
          changes: { planId: plan.id, title: action.title },
        });
      });
    },

    /** A dated progress note; a status or progress given with it becomes the action's current one. */
    async addUpdate(
      ctx: RequestContext,
      actionId: number,
      input: { date: string; comment: string; status?: ActionStatus | undefined; progress?: number | undefined },
    ) {
      const { action, plan } = await requireAction(actionId);
      const actor = authorizeManage(ctx, plan);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertUpdate(tx, {
          actionId: action.id,
          date: input.date,
          comment: input.comment.trim(),
          status: input.status ?? null,
          progress: input.progress ?? null,
          createdBy: actor.userId,
        });
        const current = {
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.progress !== undefined ? { progress: input.progress } : {}),
        };
        if (Object.keys(current).length > 0) await repo.updateAction(tx, action.id, current);
        await audit.record(tx, ctx, {
          action: 'plan.action.progress',
          entityType: 'improvement-action',
          entityId: action.id,
          changes: input,
        });
        return created;
      });
      const view = await actionView(action.id);
      return { update: view.updates.find((u) => u.id === row.id)!, action: view };
    },

    /**
     * The effect check of an action linked to an indicator: the unit's change against its peers'
     * over the same periods (difference-in-differences on the peer median, judged against the peers'
     * interquartile range; domain/improvement-plans/effect-check.ts).
     */
    async effect(ctx: RequestContext, actionId: number) {
      const { action, plan } = await requireAction(actionId);
      await authorizeRead(ctx, plan);
      if (action.indicatorCode === null)
        throw new AppError(
          'BAD_REQUEST',
          `Action ${action.id} is not linked to an indicator, so there is no effect to check`,
        );
      if (plan.unitId === null)
        throw new AppError(
          'BAD_REQUEST',
          'The effect check compares one unit with its peers; this action belongs to a group plan',
        );
      const unit = await unitById(plan.unitId);
      return {
        actionId: action.id,
        ...(await indicatorEffect({
          unitCode: unit.code,
          indicatorCode: action.indicatorCode,
          peers: action.indicatorPeers,
          start: action.startDate,
          end: action.endDate,
        })),
      };
    },

    /**
     * The effect check for any unit, indicator and period, without authorization (the caller
     * authorizes): the good-practice bank computes its evidence with exactly this check.
     */
    indicatorEffect,

    /**
     * What "propose as a good practice" copies from an action: its title, description, unit,
     * indicator link and budget, with the action's effect verdict. The caller must be allowed to
     * read the plan.
     */
    async actionForProposal(ctx: RequestContext, actionId: number) {
      const { action, plan } = await requireAction(actionId);
      await authorizeRead(ctx, plan);
      const unit = plan.unitId === null ? null : await unitById(plan.unitId);
      return {
        id: action.id,
        planId: plan.id,
        title: action.title,
        description: action.description,
        unit: unit && { id: unit.id, code: unit.code },
        startDate: action.startDate,
        endDate: action.endDate,
        budget: action.budget,
        indicator: action.indicatorCode === null ? null : { code: action.indicatorCode, peers: action.indicatorPeers },
      };
    },

    /** The unit of an action's plan (null for a group plan), for linking an adoption to the adopter's own action. */
    async actionUnitId(actionId: number): Promise<number | null | undefined> {
      const found = await repo.findAction(db, actionId);
      if (!found) return undefined;
      return (await repo.findPlan(db, found.planId))!.unitId;
    },

    async export(ctx: RequestContext, id: number) {
      const plan = await requirePlan(id);
      await authorizeRead(ctx, plan);
      return detail(ctx, plan);
    },
  };
}

/** Priority of stored ratings, which were validated on write. */
function priorityOf(impact: number, feasibility: number) {
  const p = prioritise(impact, feasibility);
  if (!p.ok) throw new AppError('CONFLICT', `stored ratings ${impact} × ${feasibility} are not 1–5`);
  return p.priority;
}
