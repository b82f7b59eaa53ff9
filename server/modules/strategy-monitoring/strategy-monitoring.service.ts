/**
 * Strategy monitoring (issue #11): a unit's development strategies with a goal tree, measures over
 * the value store (catalogue indicators, or strategy-only indicators entered through the same store),
 * progress to target and traffic lights (domain/strategy-monitoring), benchmarking context, comments
 * and published monitoring reports, the self-evaluation of the monitoring system, and the unit's NGO
 * register. Authorization: `strategy.manage` / `strategy.read`; the public sees only published
 * reports and published NGO entries.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../domain/access/authorization';
import { can } from '../../../domain/access/authorization';
import { peerContext } from '../../../domain/strategy-monitoring/peer-context';
import {
  DEFAULT_THRESHOLDS,
  expectedValue,
  measureProgress,
  periodTime,
  rollUp,
  type Light,
  type Polarity,
} from '../../../domain/strategy-monitoring/progress';
import {
  EVALUATION_ITEMS,
  NGO_FIELDS,
  parseOrganisationsCsv,
  type OrganisationInput,
} from '../../../domain/strategy-monitoring/ngo';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import type { DataCollectionService } from '../data-collection/data-collection.service';
import type { DataImportService } from '../data-collection/data-import.service';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { SurveyTemplatesService } from '../surveys/survey-templates.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './strategy-monitoring.repository';

export type StrategyMonitoringService = ReturnType<typeof createStrategyMonitoringService>;

type Problem = { path: string; message: string };

const text = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
const YEAR = /^\d{4}$/;
const SOURCE_KIND = 'strategy-entry';

function invalid(problems: Problem[]): never {
  throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}

export interface StrategyInput {
  name: string;
  periodFrom: number;
  periodTo: number;
  status?: 'draft' | 'adopted' | 'archived' | undefined;
  resolutionNumber?: string | null | undefined;
  resolutionDate?: string | null | undefined;
  documentUrl?: string | null | undefined;
  thresholds?: { green: number; amber: number } | null | undefined;
  surveyTemplates?: string[] | undefined;
}

export interface MeasureInput {
  goalId: number;
  /** A catalogue indicator; or `own` for a strategy-only indicator. */
  indicatorCode?: string | undefined;
  own?:
    | {
        name: string;
        unit: string;
        polarity: Polarity;
        source: string;
      }
    | undefined;
  baseline: { period: string; value?: number | null | undefined };
  target: { period: string; value: number };
  milestones?: { period: string; value: number }[] | undefined;
  responsible?: string | null | undefined;
  weight?: number | undefined;
  cumulative?: boolean | undefined;
}

export function createStrategyMonitoringService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  dataCollection: DataCollectionService;
  dataImport: DataImportService;
  benchmarking: BenchmarkingService;
  surveyTemplates: SurveyTemplatesService;
  now: () => Date;
  /** Called after a report is published or withdrawn (the portal renders them). */
  publicationsChanged?: () => void;
}) {
  const { db, audit, units, groups, indicators, dataCollection, dataImport, benchmarking, now } = deps;

  /** Linked survey templates (resident, NGO, business) must exist. */
  async function checkTemplates(ids: readonly string[] | undefined) {
    if (!ids || ids.length === 0) return;
    const known = new Set((await deps.surveyTemplates.list()).items.map((t) => t.id));
    const problems = ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `body.surveyTemplates.${i}`, message: `unknown survey template ${id}` }],
    );
    if (problems.length > 0) invalid(problems);
  }

  async function unitOf(id: number) {
    const [u] = await units.summariesByIds([id]);
    return { id, code: u!.code, name: u!.name, kind: u!.kind };
  }

  async function requireUnit(code: string) {
    const id = await units.findUnitId(code);
    if (id === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    return unitOf(id);
  }

  async function requireStrategy(id: number) {
    const s = await repo.findStrategy(db, id);
    if (!s) throw new AppError('STRATEGY_NOT_FOUND', `Strategy ${id} not found`);
    return s;
  }

  async function requireMeasure(id: number) {
    const m = await repo.findMeasure(db, id);
    if (!m) throw new AppError('MEASURE_NOT_FOUND', `Measure ${id} not found`);
    return { measure: m, strategy: (await repo.findStrategy(db, m.strategyId))! };
  }

  /** Groups the actor operates that contain the unit: their operators may read the unit's strategies. */
  async function operatedGroups(actor: Actor, unitId: number): Promise<number[]> {
    const ids = [
      ...new Set(
        actor.grants.filter((g) => g.groupId !== null && g.role === 'network-operator').map((g) => g.groupId!),
      ),
    ];
    const out: number[] = [];
    for (const id of ids)
      if ((await groups.exists(id)) && (await groups.memberUnitIds(id)).includes(unitId)) out.push(id);
    return out;
  }

  async function authorizeRead(ctx: RequestContext, unitId: number) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    authorize(ctx, { type: 'strategy.read', unitId, groupIds: await operatedGroups(ctx.actor, unitId) });
  }

  const authorizeManage = (ctx: RequestContext, unitId: number) => authorize(ctx, { type: 'strategy.manage', unitId });

  function checkStrategy(input: Partial<StrategyInput>, current?: repo.StrategyRow) {
    const problems: Problem[] = [];
    const from = input.periodFrom ?? current?.periodFrom;
    const to = input.periodTo ?? current?.periodTo;
    if (from !== undefined && to !== undefined && to < from)
      problems.push({
        path: 'body.periodTo',
        message: `the strategy must end (${to}) at or after it starts (${from})`,
      });
    const t = input.thresholds;
    if (t && !(t.green > t.amber))
      problems.push({ path: 'body.thresholds.green', message: 'the green threshold must be above the amber one' });
    const status = input.status ?? current?.status;
    if (status === 'adopted') {
      const number = input.resolutionNumber !== undefined ? text(input.resolutionNumber) : current?.resolutionNumber;
      const date = input.resolutionDate !== undefined ? input.resolutionDate : current?.resolutionDate;
      if (!number)
        problems.push({
          path: 'body.resolutionNumber',
          message: 'an adopted strategy needs the council resolution number',
        });
      if (!date)
        problems.push({ path: 'body.resolutionDate', message: 'an adopted strategy needs the date of the resolution' });
    }
    if (input.documentUrl && !/^https?:\/\//i.test(input.documentUrl))
      problems.push({ path: 'body.documentUrl', message: 'the document link must start with http:// or https://' });
    if (problems.length > 0) invalid(problems);
  }

  function strategyView(s: repo.StrategyRow, unit: { code: string; name: string; kind: string }) {
    return {
      id: s.id,
      unit: { code: unit.code, name: unit.name, kind: unit.kind },
      name: s.name,
      periodFrom: s.periodFrom,
      periodTo: s.periodTo,
      status: s.status,
      resolutionNumber: s.resolutionNumber,
      resolutionDate: s.resolutionDate,
      documentUrl: s.documentUrl,
      thresholds: s.thresholds ?? DEFAULT_THRESHOLDS,
      surveyTemplates: s.surveyTemplates,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  /** Everything about one measure that the monitoring views need, for a period (default: its latest value). */
  async function evaluate(
    strategy: repo.StrategyRow,
    unitCode: string,
    m: repo.MeasureRow,
    period: string | undefined,
    options: { peers: boolean },
  ) {
    const cat = await indicators.catalogue();
    const indicator = cat.indicatorsByCode.get(m.indicatorCode);
    const polarity = (indicator?.polarity ?? 'neutral') as Polarity;
    const series = indicator ? await dataCollection.indicatorSeries(unitCode, m.indicatorCode) : [];
    const at = (p: string) => series.find((s) => s.period === p);
    const storedBaseline = at(m.baselinePeriod);
    const baseline = {
      period: m.baselinePeriod,
      value: m.baselineValue ?? storedBaseline?.value ?? null,
      source: m.baselineValue !== null ? ('entered' as const) : ('value-store' as const),
      provenance: m.baselineValue !== null ? [] : (storedBaseline?.sources ?? []),
    };
    const target = { period: m.targetPeriod, value: m.targetValue };
    const withValue = series.filter((s) => s.value !== null);
    const actualPeriod = period ?? withValue.at(-1)?.period ?? null;
    const actualPoint = actualPeriod === null ? undefined : at(actualPeriod);
    const actual =
      actualPeriod === null
        ? { period: null, value: null, provenance: [] }
        : { period: actualPeriod, value: actualPoint?.value ?? null, provenance: actualPoint?.sources ?? [] };
    const progress = measureProgress({
      polarity,
      baseline,
      target,
      actual: actual.period === null ? null : { period: actual.period, value: actual.value },
      cumulative: m.cumulative,
      thresholds: strategy.thresholds ?? DEFAULT_THRESHOLDS,
    });
    let peers = null;
    if (options.peers && indicator && !m.own) {
      try {
        const ps = await benchmarking.effectSeries(m.indicatorCode, unitCode, `nn:${unitCode}:15`);
        const context = peerContext({
          polarity,
          baseline,
          target,
          unit: ps.unit,
          peers: ps.peers,
          ...(actual.period !== null ? { period: actual.period } : {}),
        });
        peers = { spec: `nn:${unitCode}:15`, count: ps.peers.length, ...context };
      } catch {
        // No structural data for nearest neighbours (e.g. a unit outside the BDL extract): no context, not an error.
        peers = null;
      }
    }
    return {
      id: m.id,
      goalId: m.goalId,
      indicatorCode: m.indicatorCode,
      own: m.own,
      indicator: {
        code: m.indicatorCode,
        names: indicator?.names ?? { pl: m.indicatorCode, en: m.indicatorCode },
        unit: indicator?.unit ?? '',
        polarity,
        decimals: indicator?.decimals ?? 2,
        source: indicator?.source ?? { pl: '', en: '' },
      },
      baseline,
      target,
      milestones: m.milestones,
      actual,
      responsible: m.responsible,
      weight: m.weight,
      cumulative: m.cumulative,
      progress: progress.progress,
      progressDisplay: progress.progressDisplay,
      expected: progress.expected,
      onTrack: progress.onTrack,
      achievement: progress.achievement,
      achieved: progress.achieved,
      category: progress.category,
      growthRatio: progress.growthRatio,
      light: progress.light,
      basis: progress.basis,
      greyReason: progress.greyReason,
      series: series.map((s) => ({ period: s.period, value: s.value })),
      peers,
    };
  }

  type Evaluated = Awaited<ReturnType<typeof evaluate>>;

  function goalTree(goals: repo.GoalRow[], measures: readonly Evaluated[]) {
    const childrenOf = new Map<number | null, repo.GoalRow[]>();
    for (const g of goals) {
      const list = childrenOf.get(g.parentId) ?? [];
      list.push(g);
      childrenOf.set(g.parentId, list);
    }
    const subtree = (id: number): number[] => [id, ...(childrenOf.get(id) ?? []).flatMap((c) => subtree(c.id))];
    return goals.map((g) => {
      const ids = new Set(subtree(g.id));
      const own = measures.filter((m) => ids.has(m.goalId));
      return {
        id: g.id,
        parentId: g.parentId,
        level: g.level,
        title: g.title,
        owner: g.owner,
        measureIds: measures.filter((m) => m.goalId === g.id).map((m) => m.id),
        rollUp: rollUp(own.map((m) => ({ light: m.light as Light, weight: m.weight }))),
      };
    });
  }

  async function monitoringOf(strategy: repo.StrategyRow, period: string | undefined, options: { peers: boolean }) {
    const unit = await unitOf(strategy.unitId);
    const rows = await repo.measuresOf(db, strategy.id);
    const goals = await repo.goalsOf(db, strategy.id);
    // The default period: the latest one in which any measure has a value, so one report compares like with like.
    let effective = period;
    if (effective === undefined) {
      const latest: string[] = [];
      for (const m of rows) {
        const s = await dataCollection.indicatorSeries(unit.code, m.indicatorCode).catch(() => []);
        const last = s.filter((p) => p.value !== null).at(-1)?.period;
        if (last) latest.push(last);
      }
      effective = latest.sort().at(-1);
    }
    const measures: Evaluated[] = [];
    for (const m of rows) measures.push(await evaluate(strategy, unit.code, m, effective, options));
    const comments = effective
      ? await repo.commentsOf(
          db,
          rows.map((r) => r.id),
          effective,
        )
      : new Map();
    const reports = await repo.reportsOf(db, strategy.id);
    return {
      strategy: strategyView(strategy, unit),
      period: effective ?? null,
      goals: goalTree(goals, measures),
      measures: measures.map((m) => ({ ...m, comment: comments.get(m.id) ?? null })),
      summary: rollUp(measures.map((m) => ({ light: m.light as Light, weight: m.weight }))),
      published: effective ? reports.some((r) => r.period === effective && r.publishedAt !== null) : false,
    };
  }

  async function checkMeasure(strategy: repo.StrategyRow, unitKind: string, input: MeasureInput) {
    const problems: Problem[] = [];
    const goals = await repo.goalsOf(db, strategy.id);
    if (!goals.some((g) => g.id === input.goalId))
      problems.push({ path: 'body.goalId', message: `goal ${input.goalId} is not a goal of this strategy` });
    if ((input.indicatorCode === undefined) === (input.own === undefined))
      problems.push({
        path: 'body.indicatorCode',
        message: 'give either a catalogue indicator (indicatorCode) or a strategy-only indicator (own)',
      });
    if (input.indicatorCode !== undefined) {
      const indicator = (await indicators.catalogue()).indicatorsByCode.get(input.indicatorCode);
      if (!indicator)
        problems.push({ path: 'body.indicatorCode', message: `unknown indicator ${input.indicatorCode}` });
      else if (!indicator.unitKinds.includes(unitKind)) {
        const message = `indicator ${input.indicatorCode} does not apply to units of kind ${unitKind} (it applies to ${indicator.unitKinds.join(', ') || 'no kind'})`;
        throw new AppError('INDICATOR_NOT_APPLICABLE', message, [{ path: 'body.indicatorCode', message }]);
      }
    }
    const tb = periodTime(input.baseline.period);
    const tt = periodTime(input.target.period);
    if (!YEAR.test(input.baseline.period))
      problems.push({ path: 'body.baseline.period', message: 'a baseline period is a year (2019)' });
    if (!YEAR.test(input.target.period))
      problems.push({ path: 'body.target.period', message: 'a target period is a year (2030)' });
    else if (tb !== null && tt !== null && tt <= tb)
      problems.push({
        path: 'body.target.period',
        message: `the target period ${input.target.period} must come after the baseline period ${input.baseline.period}`,
      });
    (input.milestones ?? []).forEach((ms, i) => {
      const year = Number(ms.period);
      if (!YEAR.test(ms.period) || year < strategy.periodFrom || year > strategy.periodTo)
        problems.push({
          path: `body.milestones.${i}.period`,
          message: `a milestone must be a year within the strategy's period ${strategy.periodFrom}–${strategy.periodTo}`,
        });
    });
    if (input.weight !== undefined && !(input.weight > 0))
      problems.push({ path: 'body.weight', message: 'a weight must be greater than 0' });
    if (problems.length > 0) invalid(problems);
  }

  function evaluationCoverage(measures: readonly Evaluated[]) {
    const n = measures.length;
    const share = (k: number) => (n === 0 ? 0 : k / n);
    return {
      measures: n,
      withBaseline: share(measures.filter((m) => m.baseline.value !== null).length),
      withTarget: share(measures.filter((m) => m.target.value !== null).length),
      withCurrentData: share(measures.filter((m) => m.actual.value !== null).length),
    };
  }

  function organisationView(o: repo.OrganisationRow) {
    return {
      id: o.id,
      name: o.name,
      krs: o.krs,
      fields: o.fields,
      address: o.address,
      area: o.area,
      lat: o.lat,
      lon: o.lon,
      contact: o.contact,
      cooperates: o.cooperates,
      published: o.published,
    };
  }

  function ngoSummary(rows: readonly repo.OrganisationRow[]) {
    const byField = NGO_FIELDS.map((field) => ({ field, count: rows.filter((r) => r.fields.includes(field)).length }));
    const areas = [...new Set(rows.map((r) => r.area ?? ''))].sort((a, b) => a.localeCompare(b, 'pl'));
    const byArea = areas.map((area) => ({
      area: area === '' ? null : area,
      count: rows.filter((r) => (r.area ?? '') === area).length,
    }));
    return { total: rows.length, cooperating: rows.filter((r) => r.cooperates).length, byField, byArea };
  }

  function validateOrganisation(o: OrganisationInput, path: string): Problem[] {
    const problems: Problem[] = [];
    if (o.krs && !/^\d{10}$/.test(o.krs)) problems.push({ path: `${path}.krs`, message: 'a KRS number has 10 digits' });
    const unknown = o.fields.filter((f) => !(NGO_FIELDS as readonly string[]).includes(f));
    if (unknown.length > 0)
      problems.push({ path: `${path}.fields`, message: `unknown field(s) of activity: ${unknown.join(', ')}` });
    if (o.fields.length === 0)
      problems.push({ path: `${path}.fields`, message: 'give at least one field of activity' });
    if ((o.lat === null || o.lat === undefined) !== (o.lon === null || o.lon === undefined))
      problems.push({ path: `${path}.lat`, message: 'give both latitude and longitude, or neither' });
    return problems;
  }

  const organisationValues = (unitId: number, o: OrganisationInput) => ({
    unitId,
    name: o.name.trim(),
    krs: text(o.krs),
    fields: [...new Set(o.fields)],
    address: text(o.address),
    area: text(o.area),
    lat: o.lat ?? null,
    lon: o.lon ?? null,
    contact: text(o.contact),
    cooperates: o.cooperates ?? false,
    published: o.published ?? false,
  });

  return {
    async list(ctx: RequestContext, unitCode: string) {
      const unit = await requireUnit(unitCode);
      await authorizeRead(ctx, unit.id);
      const rows = await repo.strategiesOfUnit(db, unit.id);
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        canManage: can(ctx.actor, { type: 'strategy.manage', unitId: unit.id }),
        items: rows.map((r) => strategyView(r, unit)),
      };
    },

    async create(ctx: RequestContext, unitCode: string, input: StrategyInput) {
      const unit = await requireUnit(unitCode);
      const actor = authorizeManage(ctx, unit.id);
      checkStrategy(input);
      await checkTemplates(input.surveyTemplates);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertStrategy(tx, {
          unitId: unit.id,
          name: input.name.trim(),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          status: input.status ?? 'draft',
          resolutionNumber: text(input.resolutionNumber),
          resolutionDate: input.resolutionDate ?? null,
          documentUrl: text(input.documentUrl),
          thresholds: input.thresholds ?? null,
          surveyTemplates: input.surveyTemplates ?? [],
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'strategy.create',
          entityType: 'strategy',
          entityId: created.id,
          changes: { unitCode, ...input },
        });
        return created;
      });
      return this.get(ctx, row.id);
    },

    async get(ctx: RequestContext, id: number) {
      const s = await requireStrategy(id);
      await authorizeRead(ctx, s.unitId);
      const unit = await unitOf(s.unitId);
      const goals = await repo.goalsOf(db, s.id);
      const measures = await repo.measuresOf(db, s.id);
      const reports = await repo.reportsOf(db, s.id);
      return {
        ...strategyView(s, unit),
        canManage: can(ctx.actor, { type: 'strategy.manage', unitId: s.unitId }),
        goals: goals.map((g) => ({ id: g.id, parentId: g.parentId, level: g.level, title: g.title, owner: g.owner })),
        measureCount: measures.length,
        publishedReports: reports.filter((r) => r.publishedAt !== null).map((r) => r.period),
      };
    },

    async update(ctx: RequestContext, id: number, patch: Partial<StrategyInput>) {
      const s = await requireStrategy(id);
      authorizeManage(ctx, s.unitId);
      checkStrategy(patch, s);
      await checkTemplates(patch.surveyTemplates);
      const values = {
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.periodFrom !== undefined ? { periodFrom: patch.periodFrom } : {}),
        ...(patch.periodTo !== undefined ? { periodTo: patch.periodTo } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.resolutionNumber !== undefined ? { resolutionNumber: text(patch.resolutionNumber) } : {}),
        ...(patch.resolutionDate !== undefined ? { resolutionDate: patch.resolutionDate } : {}),
        ...(patch.documentUrl !== undefined ? { documentUrl: text(patch.documentUrl) } : {}),
        ...(patch.thresholds !== undefined ? { thresholds: patch.thresholds } : {}),
        ...(patch.surveyTemplates !== undefined ? { surveyTemplates: patch.surveyTemplates } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateStrategy(tx, s.id, values);
        await audit.record(tx, ctx, {
          action: 'strategy.update',
          entityType: 'strategy',
          entityId: s.id,
          changes: values,
        });
      });
      return this.get(ctx, s.id);
    },

    async addGoal(
      ctx: RequestContext,
      id: number,
      input: { title: string; parentId?: number | null | undefined; owner?: string | null | undefined },
    ) {
      const s = await requireStrategy(id);
      authorizeManage(ctx, s.unitId);
      const goals = await repo.goalsOf(db, s.id);
      let level = 1;
      if (input.parentId !== undefined && input.parentId !== null) {
        const parent = goals.find((g) => g.id === input.parentId);
        if (!parent)
          invalid([{ path: 'body.parentId', message: `goal ${input.parentId} is not a goal of this strategy` }]);
        if (parent.level >= 3)
          invalid([
            {
              path: 'body.parentId',
              message: 'goals go three levels deep (strategic, operational, direction of action)',
            },
          ]);
        level = parent.level + 1;
      }
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertGoal(tx, {
          strategyId: s.id,
          parentId: input.parentId ?? null,
          level,
          title: input.title.trim(),
          owner: text(input.owner),
          position: goals.length,
        });
        await audit.record(tx, ctx, {
          action: 'strategy.goal.create',
          entityType: 'strategy-goal',
          entityId: created.id,
          changes: { strategyId: s.id, ...input },
        });
        return created;
      });
      return { id: row.id, parentId: row.parentId, level: row.level, title: row.title, owner: row.owner };
    },

    async addMeasure(ctx: RequestContext, id: number, input: MeasureInput) {
      const s = await requireStrategy(id);
      const actor = authorizeManage(ctx, s.unitId);
      const unit = await unitOf(s.unitId);
      await checkMeasure(s, unit.kind, input);
      let code = input.indicatorCode;
      if (input.own) {
        // A strategy-only indicator is a catalogue variable + indicator of its own, so its values live in the value store.
        code = `strategy_${s.id}_${randomBytes(3).toString('hex')}`;
        await indicators.createOwnIndicator(ctx, {
          code,
          names: { pl: input.own.name.trim(), en: input.own.name.trim() },
          unit: input.own.unit.trim(),
          polarity: input.own.polarity,
          source: input.own.source.trim(),
          type: input.cumulative ? 'output' : 'outcome',
        });
      }
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertMeasure(tx, {
          strategyId: s.id,
          goalId: input.goalId,
          indicatorCode: code!,
          own: input.own !== undefined,
          baselinePeriod: input.baseline.period,
          baselineValue: input.baseline.value ?? null,
          targetPeriod: input.target.period,
          targetValue: input.target.value,
          milestones: [...(input.milestones ?? [])].sort((a, b) => a.period.localeCompare(b.period)),
          responsible: text(input.responsible),
          weight: input.weight ?? 1,
          cumulative: input.cumulative ?? false,
        });
        await audit.record(tx, ctx, {
          action: 'strategy.measure.create',
          entityType: 'strategy-measure',
          entityId: created.id,
          changes: { strategyId: s.id, by: actor.userId, ...input, indicatorCode: code },
        });
        return created;
      });
      return evaluate(s, unit.code, row, undefined, { peers: false });
    },

    async updateMeasure(
      ctx: RequestContext,
      measureId: number,
      patch: Partial<Omit<MeasureInput, 'indicatorCode' | 'own'>>,
    ) {
      const { measure, strategy } = await requireMeasure(measureId);
      authorizeManage(ctx, strategy.unitId);
      const unit = await unitOf(strategy.unitId);
      const merged: MeasureInput = {
        goalId: patch.goalId ?? measure.goalId,
        indicatorCode: measure.own ? undefined : measure.indicatorCode,
        own: measure.own ? { name: '', unit: '', polarity: 'neutral', source: '' } : undefined,
        baseline: patch.baseline ?? { period: measure.baselinePeriod, value: measure.baselineValue },
        target: patch.target ?? { period: measure.targetPeriod, value: measure.targetValue },
        milestones: patch.milestones ?? measure.milestones,
        weight: patch.weight ?? measure.weight,
      };
      await checkMeasure(strategy, unit.kind, merged);
      const values = {
        goalId: merged.goalId,
        baselinePeriod: merged.baseline.period,
        baselineValue: merged.baseline.value ?? null,
        targetPeriod: merged.target.period,
        targetValue: merged.target.value,
        milestones: merged.milestones!,
        weight: merged.weight!,
        ...(patch.responsible !== undefined ? { responsible: text(patch.responsible) } : {}),
        ...(patch.cumulative !== undefined ? { cumulative: patch.cumulative } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateMeasure(tx, measure.id, values);
        await audit.record(tx, ctx, {
          action: 'strategy.measure.update',
          entityType: 'strategy-measure',
          entityId: measure.id,
          changes: values,
        });
      });
      return evaluate(strategy, unit.code, (await repo.findMeasure(db, measure.id))!, undefined, { peers: false });
    },

    /** One measure with its whole series, the trajectory (baseline → milestones → target, expected path, peers' median). */
    async measure(ctx: RequestContext, measureId: number, query: { period?: string | undefined }) {
      const { measure, strategy } = await requireMeasure(measureId);
      await authorizeRead(ctx, strategy.unitId);
      const unit = await unitOf(strategy.unitId);
      const m = await evaluate(strategy, unit.code, measure, query.period, { peers: true });
      const from = Number(measure.baselinePeriod);
      const to = Math.max(
        Number(measure.targetPeriod),
        ...m.series.map((s) => Number(s.period)).filter(Number.isFinite),
      );
      const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i));
      const trajectory = years.map((period) => ({
        period,
        actual: m.series.find((s) => s.period === period)?.value ?? null,
        expected: Number(period) <= Number(measure.targetPeriod) ? expectedValue(m.baseline, m.target, period) : null,
        milestone: measure.milestones.find((ms) => ms.period === period)?.value ?? null,
        peerMedian: m.peers?.medianSeries.find((p) => p.period === period)?.median ?? null,
      }));
      const comments = m.actual.period ? await repo.commentsOf(db, [measure.id], m.actual.period) : new Map();
      return {
        ...m,
        comment: comments.get(measure.id) ?? null,
        strategy: {
          id: strategy.id,
          name: strategy.name,
          periodFrom: strategy.periodFrom,
          periodTo: strategy.periodTo,
        },
        unit: { code: unit.code, name: unit.name },
        canManage: can(ctx.actor, { type: 'strategy.manage', unitId: strategy.unitId }),
        trajectory,
      };
    },

    /** A value of a strategy-only indicator, written through the value store (provenance, revision history). */
    async enterValue(ctx: RequestContext, measureId: number, input: { period: string; value: number | null }) {
      const { measure, strategy } = await requireMeasure(measureId);
      const actor = authorizeManage(ctx, strategy.unitId);
      if (!measure.own)
        invalid([
          {
            path: 'body.value',
            message: `${measure.indicatorCode} is a catalogue indicator: its values come from the value store (rounds, imports, BDL)`,
          },
        ]);
      if (!YEAR.test(input.period)) invalid([{ path: 'body.period', message: 'a period is a year (2024)' }]);
      if (input.value !== null && !Number.isFinite(input.value))
        invalid([{ path: 'body.value', message: 'the value must be a number' }]);
      const key = { unitId: strategy.unitId, variableCode: measure.indicatorCode, period: input.period };
      await dataImport.writeDerivedValues(ctx, {
        sourceKind: SOURCE_KIND,
        detail: { strategyId: strategy.id, measureId: measure.id, userId: actor.userId },
        audit: { action: 'strategy.value', entityType: 'strategy-measure', entityId: measure.id },
        write: input.value === null ? [] : [{ ...key, value: input.value }],
        remove: input.value === null ? [key] : [],
      });
      return this.measure(ctx, measure.id, {});
    },

    async setComment(ctx: RequestContext, measureId: number, input: { period: string; comment: string }) {
      const { measure, strategy } = await requireMeasure(measureId);
      const actor = authorizeManage(ctx, strategy.unitId);
      await db.transaction(async (tx) => {
        await repo.upsertComment(tx, {
          measureId: measure.id,
          period: input.period,
          comment: input.comment.trim(),
          updatedBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'strategy.comment',
          entityType: 'strategy-measure',
          entityId: measure.id,
          changes: input,
        });
      });
      return { measureId: measure.id, period: input.period, comment: input.comment.trim() };
    },

    async monitoring(ctx: RequestContext, id: number, query: { period?: string | undefined }) {
      const s = await requireStrategy(id);
      await authorizeRead(ctx, s.unitId);
      if (query.period !== undefined && periodTime(query.period) === null)
        invalid([{ path: 'querystring.period', message: 'a period is 2024, 2024-H1 or 2024-Q3' }]);
      return monitoringOf(s, query.period, { peers: true });
    },

    /** Monitoring data of a report: the caller may read the strategy. */
    async reportData(ctx: RequestContext, id: number, query: { period?: string | undefined }) {
      const s = await requireStrategy(id);
      await authorizeRead(ctx, s.unitId);
      return monitoringOf(s, query.period, { peers: false });
    },

    /** The public's view: only a published report of the period exists; anything else is 404. */
    async publicReportData(id: number, period: string) {
      const s = await repo.findStrategy(db, id);
      const published = s ? await repo.findPublishedReport(db, id, period) : undefined;
      if (!s || !published)
        throw new AppError('REPORT_NOT_FOUND', `No published report of strategy ${id} for ${period}`);
      return monitoringOf(s, period, { peers: false });
    },

    async publicReports(id: number) {
      const s = await repo.findStrategy(db, id);
      const reports = s ? (await repo.reportsOf(db, id)).filter((r) => r.publishedAt !== null) : [];
      if (!s || reports.length === 0)
        throw new AppError('STRATEGY_NOT_FOUND', `Strategy ${id} has no published report`);
      const unit = await unitOf(s.unitId);
      return {
        id: s.id,
        name: s.name,
        unit: { code: unit.code, name: unit.name },
        periodFrom: s.periodFrom,
        periodTo: s.periodTo,
        reports: reports.map((r) => ({ period: r.period, publishedAt: r.publishedAt!.toISOString() })),
      };
    },

    /** The public portal's list for a unit profile: its strategies that have a published report, with those reports. */
    async publicReportsOfUnit(unitCode: string) {
      const unitId = await units.findUnitId(unitCode);
      if (unitId === null) return [];
      const out = [];
      for (const s of await repo.strategiesOfUnit(db, unitId)) {
        const reports = (await repo.reportsOf(db, s.id)).filter((r) => r.publishedAt !== null);
        if (reports.length > 0)
          out.push({
            id: s.id,
            name: s.name,
            periodFrom: s.periodFrom,
            periodTo: s.periodTo,
            reports: reports.map((r) => ({ period: r.period, publishedAt: r.publishedAt!.toISOString() })),
          });
      }
      return out;
    },

    async publish(ctx: RequestContext, id: number, input: { period: string; published: boolean }) {
      const s = await requireStrategy(id);
      const actor = authorizeManage(ctx, s.unitId);
      if (periodTime(input.period) === null) invalid([{ path: 'body.period', message: 'a period is a year (2024)' }]);
      await db.transaction(async (tx) => {
        await repo.setReportPublished(tx, s.id, input.period, input.published ? { at: now(), by: actor.userId } : null);
        await audit.record(tx, ctx, {
          action: input.published ? 'strategy.report.publish' : 'strategy.report.unpublish',
          entityType: 'strategy',
          entityId: s.id,
          changes: input,
        });
      });
      deps.publicationsChanged?.();
      return this.get(ctx, s.id);
    },

    async evaluations(ctx: RequestContext, id: number) {
      const s = await requireStrategy(id);
      await authorizeRead(ctx, s.unitId);
      const current = await monitoringOf(s, undefined, { peers: false });
      const rows = await repo.evaluationsOf(db, s.id);
      return {
        items: EVALUATION_ITEMS.map((i) => ({ ...i })),
        current: evaluationCoverage(current.measures),
        years: rows.map((r) => ({
          year: r.year,
          answers: r.answers,
          coverage: r.coverage,
          updatedAt: r.updatedAt.toISOString(),
        })),
      };
    },

    async saveEvaluation(
      ctx: RequestContext,
      id: number,
      year: number,
      answers: Record<string, { answer: 'yes' | 'partly' | 'no'; note?: string | null | undefined }>,
    ) {
      const s = await requireStrategy(id);
      const actor = authorizeManage(ctx, s.unitId);
      const unknown = Object.keys(answers).filter((k) => !EVALUATION_ITEMS.some((i) => i.id === k));
      if (unknown.length > 0)
        invalid(unknown.map((k) => ({ path: `body.answers.${k}`, message: `unknown checklist item ${k}` })));
      const current = await monitoringOf(s, undefined, { peers: false });
      const coverage = evaluationCoverage(current.measures);
      await db.transaction(async (tx) => {
        await repo.upsertEvaluation(tx, {
          strategyId: s.id,
          year,
          answers: Object.fromEntries(
            Object.entries(answers).map(([k, v]) => [k, { answer: v.answer, note: text(v.note) }]),
          ),
          coverage,
          updatedBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'strategy.evaluation',
          entityType: 'strategy',
          entityId: s.id,
          changes: { year, answers },
        });
      });
      return this.evaluations(ctx, s.id);
    },

    // ---- NGO register ("mapa aktywności NGO") ----

    async organisations(ctx: RequestContext, unitCode: string) {
      const unit = await requireUnit(unitCode);
      await authorizeRead(ctx, unit.id);
      const rows = await repo.organisationsOf(db, unit.id, false);
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        canManage: can(ctx.actor, { type: 'strategy.manage', unitId: unit.id }),
        fields: [...NGO_FIELDS],
        items: rows.map(organisationView),
        summary: ngoSummary(rows),
      };
    },

    async publicOrganisations(unitCode: string) {
      const unit = await requireUnit(unitCode);
      const rows = await repo.organisationsOf(db, unit.id, true);
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        fields: [...NGO_FIELDS],
        items: rows.map((o) => ({ ...organisationView(o), contact: o.contact })),
        summary: ngoSummary(rows),
      };
    },

    async addOrganisation(ctx: RequestContext, unitCode: string, input: OrganisationInput) {
      const unit = await requireUnit(unitCode);
      authorizeManage(ctx, unit.id);
      const problems = validateOrganisation(input, 'body');
      if (problems.length > 0) invalid(problems);
      const [row] = await db.transaction(async (tx) => {
        const rows = await repo.insertOrganisations(tx, [organisationValues(unit.id, input)]);
        await audit.record(tx, ctx, {
          action: 'ngo.create',
          entityType: 'ngo-organisation',
          entityId: rows[0]!.id,
          changes: { unitCode, ...input },
        });
        return rows;
      });
      return organisationView(row!);
    },

    async updateOrganisation(ctx: RequestContext, id: number, patch: Partial<OrganisationInput>) {
      const o = await repo.findOrganisation(db, id);
      if (!o) throw new AppError('ORGANISATION_NOT_FOUND', `Organisation ${id} not found`);
      authorizeManage(ctx, o.unitId);
      const merged: OrganisationInput = { ...organisationView(o), ...patch };
      const problems = validateOrganisation(merged, 'body');
      if (problems.length > 0) invalid(problems);
      const values = organisationValues(o.unitId, merged);
      await db.transaction(async (tx) => {
        await repo.updateOrganisation(tx, o.id, values);
        await audit.record(tx, ctx, {
          action: 'ngo.update',
          entityType: 'ngo-organisation',
          entityId: o.id,
          changes: patch,
        });
      });
      return organisationView((await repo.findOrganisation(db, o.id))!);
    },

    async removeOrganisation(ctx: RequestContext, id: number) {
      const o = await repo.findOrganisation(db, id);
      if (!o) throw new AppError('ORGANISATION_NOT_FOUND', `Organisation ${id} not found`);
      authorizeManage(ctx, o.unitId);
      await db.transaction(async (tx) => {
        await repo.deleteOrganisation(tx, o.id);
        await audit.record(tx, ctx, {
          action: 'ngo.delete',
          entityType: 'ngo-organisation',
          entityId: o.id,
          changes: { name: o.name },
        });
      });
    },

    /** CSV import of the register: all rows or none; every bad row named with its line. */
    async importOrganisations(ctx: RequestContext, unitCode: string, csv: string) {
      const unit = await requireUnit(unitCode);
      authorizeManage(ctx, unit.id);
      const parsed = parseOrganisationsCsv(csv);
      if (!parsed.ok) invalid(parsed.errors);
      const problems = parsed.rows.flatMap((r) => validateOrganisation(r.organisation, `line ${r.line}`));
      if (problems.length > 0) invalid(problems);
      const rows = await db.transaction(async (tx) => {
        const created = await repo.insertOrganisations(
          tx,
          parsed.rows.map((r) => organisationValues(unit.id, r.organisation)),
        );
        await audit.record(tx, ctx, {
          action: 'ngo.import',
          entityType: 'unit',
          entityId: unit.code,
          changes: { count: created.length },
        });
        return created;
      });
      return { imported: rows.length };
    },
  };
}
