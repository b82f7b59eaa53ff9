/**
 * Survey waves: a unit runs a template in a time window behind an unguessable public link,
 * optionally with single-use invitation codes and a "repeat every N months" rule. The module's
 * other jobs have their own services: closing (catalogue figures, the next wave), results and
 * comparisons, exports; what they all read about a wave is in survey-wave-reads.ts.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { can } from '../../../domain/access/authorization';
import { generateSyntheticResponses } from '../../../domain/surveys/synthetic';
import { fromLocal, localDate, waveStatus } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { UnitsService } from '../units/units.service';
import type { SurveyClosingService } from './survey-closing.service';
import { CODE_ALPHABET, type SurveyResponsesService } from './survey-responses.service';
import type { SurveyTemplatesService } from './survey-templates.service';
import { DEFAULT_WAVE_MINIMUM_N, defaultTitle, type WaveReads } from './survey-wave-reads';
import * as repo from './surveys.repository';

export type SurveysService = ReturnType<typeof createSurveysService>;

export interface CreateWaveInput {
  unitCode: string;
  templateId: string;
  title?: string | undefined;
  opensAt: Date;
  closesAt: Date;
  targetPopulation?: number | undefined;
  repeatEveryMonths?: number | undefined;
  minimumN?: number | undefined;
}

export interface UpdateWaveInput {
  title?: string | undefined;
  opensAt?: Date | undefined;
  closesAt?: Date | undefined;
  targetPopulation?: number | null | undefined;
  repeatEveryMonths?: number | null | undefined;
  minimumN?: number | undefined;
}

export function createSurveysService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  templates: SurveyTemplatesService;
  responses: SurveyResponsesService;
  reads: WaveReads;
  closing: SurveyClosingService;
  now: () => Date;
  /** Called after a wave's results are published or withdrawn (the portal renders them). */
  publicationsChanged?: () => void;
}) {
  const { db, audit, units, templates, reads, closing, now } = deps;
  const { requireWave, authorizeRead, readableUnitIds, toSummary } = reads;

  async function detail(ctx: RequestContext, id: number) {
    const row = await reads.withNames(id);
    const w = row.wave;
    const codes = await repo.codeCounts(db, id);
    // The public link answers for the unit: only those who run the wave see it (a group peer
    // holding it could answer in another unit's name).
    const canManage = can(ctx.actor, { type: 'survey.manage', unitId: w.unitId });
    return {
      ...toSummary(row),
      officeName: (await units.officeNames([w.unitId])).get(w.unitId) ?? row.unitName,
      unitKind: (await units.kindsByIds([w.unitId])).get(w.unitId) ?? '',
      publicToken: canManage ? w.publicToken : null,
      publicUrl: canManage ? `/s/${w.publicToken}` : null,
      requiresCode: codes.issued > 0,
      invitationCodes: codes,
      repeatEveryMonths: w.repeatEveryMonths,
      minimumN: w.minimumN,
      previousWaveId: w.previousWaveId,
      nextWaveId: await repo.successorOf(db, id),
      canManage,
    };
  }

  return {
    async list(
      ctx: RequestContext,
      query: {
        unit?: string | undefined;
        template?: string | undefined;
        status?: 'scheduled' | 'open' | 'closed' | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      let unitIds = await readableUnitIds(ctx.actor);
      if (query.unit !== undefined) {
        const unitId = await units.findAnyUnitId(query.unit);
        if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${query.unit} not found`);
        await authorizeRead(ctx, unitId);
        unitIds = [unitId];
      }
      const { rows, total } = await repo.listWaves(
        db,
        { unitIds, templateId: query.template, status: query.status, now: now() },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    },

    async get(ctx: RequestContext, id: number) {
      const wave = await requireWave(id);
      await authorizeRead(ctx, wave.unitId);
      return detail(ctx, id);
    },

    async create(ctx: RequestContext, input: CreateWaveInput) {
      const unitId = await units.findUnitId(input.unitCode);
      if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${input.unitCode} not found`);
      const actor = authorize(ctx, { type: 'survey.manage', unitId });
      const template = await templates.latest(input.templateId);
      if (!(input.opensAt < input.closesAt))
        throw new AppError('VALIDATION_FAILED', 'closesAt must be after opensAt', [
          { path: 'body.closesAt', message: 'must be after opensAt' },
        ]);
      if (input.closesAt <= now())
        throw new AppError('VALIDATION_FAILED', 'closesAt must be in the future', [
          { path: 'body.closesAt', message: 'must be in the future' },
        ]);
      const row = await db.transaction(async (tx) => {
        const row = await repo.insertWave(tx, {
          unitId,
          templateId: template.id,
          templateVersion: template.version,
          title: input.title ?? defaultTitle(template, input.opensAt, input.closesAt),
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          targetPopulation: input.targetPopulation ?? null,
          repeatEveryMonths: input.repeatEveryMonths ?? null,
          minimumN: input.minimumN ?? DEFAULT_WAVE_MINIMUM_N,
          // 128 random bits: the link is the only thing standing between the form and the world.
          publicToken: randomBytes(16).toString('base64url'),
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'survey.wave.create',
          entityType: 'survey-wave',
          entityId: row.id,
          changes: { ...input, templateVersion: template.version },
        });
        return row;
      });
      return detail(ctx, row.id);
    },

    async update(ctx: RequestContext, id: number, patch: UpdateWaveInput) {
      const wave = await requireWave(id);
      authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      const closed = waveStatus(wave, now()) === 'closed';
      if (closed && (patch.opensAt !== undefined || patch.closesAt !== undefined)) {
        throw new AppError('WAVE_CLOSED', 'The wave has closed: its answers are final and its dates cannot change');
      }
      const opensAt = patch.opensAt ?? wave.opensAt;
      const closesAt = patch.closesAt ?? wave.closesAt;
      if (!(opensAt < closesAt))
        throw new AppError('VALIDATION_FAILED', 'closesAt must be after opensAt', [
          { path: patch.closesAt ? 'body.closesAt' : 'body.opensAt', message: 'closesAt must be after opensAt' },
        ]);
      const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      await db.transaction(async (tx) => {
        await repo.updateWave(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'survey.wave.update',
          entityType: 'survey-wave',
          entityId: id,
          changes: values,
        });
      });
      deps.responses.forget(wave.publicToken);
      // A closed wave's published figures depend on its minimum n.
      if (closed && wave.closeProcessedAt !== null && patch.minimumN !== undefined && patch.minimumN !== wave.minimumN)
        await closing.syncCatalogue((await repo.findWave(db, id))!);
      // Closing early (closesAt set to now) need not wait for the timer.
      else if (patch.closesAt !== undefined && patch.closesAt <= now()) await closing.processClosedWaves();
      return detail(ctx, id);
    },

    /**
     * Publishes a closed wave's results for everyone (or withdraws them). Only the wave's own unit
     * decides; the public then reads the figures without free text and under the same minimum n.
     */
    async publish(ctx: RequestContext, id: number, published: boolean) {
      const wave = await requireWave(id);
      const actor = authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      if (published && waveStatus(wave, now()) !== 'closed')
        throw new AppError('WAVE_NOT_CLOSED', `Survey wave ${id} has not closed: only final results can be published`);
      if (published !== (wave.publishedAt !== null)) {
        await db.transaction(async (tx) => {
          await repo.updateWave(
            tx,
            id,
            published ? { publishedAt: now(), publishedBy: actor.userId } : { publishedAt: null, publishedBy: null },
          );
          await audit.record(tx, ctx, {
            action: published ? 'survey.wave.publish' : 'survey.wave.unpublish',
            entityType: 'survey-wave',
            entityId: id,
            changes: { published },
          });
        });
        deps.publicationsChanged?.();
      }
      return detail(ctx, id);
    },

    /** Prepares the next wave of the repeat rule now (it is also prepared automatically when the wave closes). */
    async prepareNext(ctx: RequestContext, id: number) {
      const wave = await requireWave(id);
      authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      if (wave.repeatEveryMonths === null)
        throw new AppError(
          'NO_REPEAT_RULE',
          'The wave has no "repeat every N months" rule; set repeatEveryMonths first',
        );
      const existing = await repo.successorOf(db, id);
      if (existing !== null)
        throw new AppError('CONFLICT', `The next wave (${existing}) has been prepared already`, { waveId: existing });
      const next = await closing.insertNextWave(ctx, wave);
      if (next === null)
        throw new AppError('CONFLICT', 'The next wave has been prepared already', {
          waveId: await repo.successorOf(db, id),
        });
      return detail(ctx, next);
    },

    async issueCodes(ctx: RequestContext, id: number, count: number) {
      const wave = await requireWave(id);
      authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      if (waveStatus(wave, now()) === 'closed')
        throw new AppError('WAVE_CLOSED', 'The wave has closed; no more invitations');
      const codes = await db.transaction(async (tx) => {
        const inserted: string[] = [];
        // 50 random bits per code; a clash with an existing code is simply drawn again.
        while (inserted.length < count) {
          const batch = Array.from({ length: count - inserted.length }, () => {
            const chars = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
            return `${chars.slice(0, 5)}-${chars.slice(5)}`;
          });
          inserted.push(...(await repo.insertCodes(tx, id, [...new Set(batch)])));
        }
        await audit.record(tx, ctx, {
          action: 'survey.codes.issue',
          entityType: 'survey-wave',
          entityId: id,
          changes: { count },
        });
        return inserted;
      });
      deps.responses.forget(wave.publicToken);
      return { codes };
    },

    async codes(ctx: RequestContext, id: number) {
      const wave = await requireWave(id);
      authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      return { wave, codes: await repo.listCodes(db, id) };
    },

    /**
     * Demo waves with synthetic responses on first start (once), clearly titled as such; never
     * linked to the catalogue. Customer surveys in several units, each with an autumn and a
     * spring wave (the last ones that have ended), an employee survey that closed a month ago and
     * a resident survey open now.
     */
    async ensureDemo(
      ctx: RequestContext,
      demo: { customerUnitCodes: string[]; employeeUnitCode: string; residentUnitCode: string },
    ) {
      if ((await repo.countDemoWaves(db)) > 0) return false;
      const ids = await units.findUnitIds([...demo.customerUnitCodes, demo.employeeUnitCode, demo.residentUnitCode]);
      const t = now();
      const DAY = 86_400_000;
      const label = '(dane syntetyczne – demo)';
      const plans: {
        unitId: number;
        templateId: string;
        title: string;
        opensAt: Date;
        closesAt: Date;
        count: number;
        shift: number;
        targetPopulation: number | null;
        chainKey?: string;
      }[] = [];
      // The last window "d.m 08:00 – end of d.m" (Warsaw time) that has ended.
      const lastEnded = (month: number, day: number, endMonth: number, endDay: number) => {
        const at = { minute: 0, second: 0, millisecond: 0 };
        for (let year = t.getUTCFullYear(); ; year--) {
          const window = {
            opensAt: fromLocal({ ...at, year, month, day, hour: 8 }),
            closesAt: fromLocal({ ...at, year, month: endMonth, day: endDay + 1, hour: 0 }),
          };
          if (window.closesAt < t) return window;
        }
      };
      const autumn = lastEnded(10, 1, 11, 30);
      const spring = lastEnded(4, 2, 5, 31);
      demo.customerUnitCodes.forEach((code, i) => {
        const unitId = ids.get(code);
        if (unitId === undefined) return;
        for (const [window, season, improvement] of [
          [autumn, 'jesień', 0],
          [spring, 'wiosna', 0.08 * i],
        ] as const) {
          const year = window.opensAt.getUTCFullYear();
          plans.push({
            unitId,
            templateId: 'customer-office',
            title: `Badanie satysfakcji klientów, ${season} ${year} ${label}`,
            ...window,
            count: 90 + ((i * 37 + (season === 'wiosna' ? 23 : 0)) % 90),
            shift: -0.1 + 0.15 * i + improvement,
            targetPopulation: null,
            chainKey: code,
          });
        }
      });
      const employee = ids.get(demo.employeeUnitCode);
      if (employee !== undefined) {
        plans.push({
          unitId: employee,
          templateId: 'employee-satisfaction',
          title: `Badanie satysfakcji pracowników ${label}`,
          opensAt: new Date(t.getTime() - 60 * DAY),
          closesAt: new Date(t.getTime() - 30 * DAY),
          count: 72,
          shift: 0,
          targetPopulation: 85,
        });
      }
      const resident = ids.get(demo.residentUnitCode);
      if (resident !== undefined) {
        plans.push({
          unitId: resident,
          templateId: 'resident-opinion',
          title: `Badanie opinii mieszkańców ${label}`,
          opensAt: new Date(t.getTime() - 14 * DAY),
          closesAt: new Date(t.getTime() + 30 * DAY),
          count: 160,
          shift: 0.1,
          targetPopulation: null,
        });
      }
      plans.sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
      const previous = new Map<string, number>();
      // Generated before the transaction: it is the slow part (survey-core settles every response).
      const generated = await Promise.all(
        plans.map(async (plan, index) => {
          const template = await templates.latest(plan.templateId);
          return {
            template,
            responses: generateSyntheticResponses(template, {
              seed: `demo-${index}`,
              count: plan.count,
              shift: plan.shift,
            }),
          };
        }),
      );
      await db.transaction(async (tx) => {
        for (const [index, plan] of plans.entries()) {
          const { template, responses } = generated[index]!;
          const span = Math.max(
            1,
            Math.floor((Math.min(plan.closesAt.getTime(), t.getTime()) - plan.opensAt.getTime()) / DAY),
          );
          const row = await repo.insertWave(tx, {
            unitId: plan.unitId,
            templateId: template.id,
            templateVersion: template.version,
            title: plan.title,
            opensAt: plan.opensAt,
            closesAt: plan.closesAt,
            targetPopulation: plan.targetPopulation,
            minimumN: DEFAULT_WAVE_MINIMUM_N,
            publicToken: randomBytes(16).toString('base64url'),
            isDemo: true,
            previousWaveId: plan.chainKey === undefined ? null : (previous.get(plan.chainKey) ?? null),
            closeProcessedAt: plan.closesAt <= t ? t : null,
          });
          if (plan.chainKey !== undefined) previous.set(plan.chainKey, row.id);
          await repo.insertResponses(
            tx,
            row.id,
            responses.map((r, j) => ({
              answers: r.answers as Record<string, unknown>,
              day: localDate(new Date(plan.opensAt.getTime() + ((j * 7919) % span) * DAY)),
            })),
          );
          await audit.record(tx, ctx, {
            action: 'survey.wave.create',
            entityType: 'survey-wave',
            entityId: row.id,
            changes: { demo: true, synthetic: responses.length, templateId: template.id },
          });
        }
      });
      return true;
    },
  };
}
