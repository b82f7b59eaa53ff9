/**
 * Survey waves: a unit runs a template in a time window behind an unguessable public link,
 * optionally with single-use invitation codes and a "repeat every N months" rule. Results, wave
 * and unit comparisons come from domain/surveys; every figure under the wave's minimum n is
 * withheld. When a wave closes, its headline figures become approved values of the linked
 * catalogue variables for the unit and period — noticed lazily (on start and on requests), since a
 * wave is closed simply because its closing time has passed.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { can, type Actor } from '../../../domain/access/authorization';
import { formQuestionsOf } from '../../../domain/surveys/form';
import {
  compareUnits,
  compareWaves,
  headlineFigures,
  summarizeWave,
  type SurveyResponse,
  type UnitMeasure,
} from '../../../domain/surveys/results';
import { marginOfError, responseRate } from '../../../domain/surveys/statistics';
import { generateSyntheticResponses } from '../../../domain/surveys/synthetic';
import { favourableValues, type QuestionMeta, type SurveyTemplate } from '../../../domain/surveys/template';
import type { Answers } from '../../../domain/surveys/answers';
import { addMonthsInZone, fromLocal, localDate, wavePeriod, waveStatus } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { DataImportService } from '../data-collection/data-import.service';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import { CODE_ALPHABET, type SurveyResponsesService } from './survey-responses.service';
import type { SurveyTemplatesService } from './survey-templates.service';
import * as repo from './surveys.repository';

export type SurveysService = ReturnType<typeof createSurveysService>;

export const DEFAULT_WAVE_MINIMUM_N = 5;

/** What a wave list and a wave header show. */
type WaveNames = Awaited<ReturnType<typeof repo.wavesWithNames>>[number];

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

/** A response as the domain reads it, plus its id (for free text). */
interface LoadedResponse extends SurveyResponse {
  id: string;
  submittedOn: string;
}

function defaultTitle(template: SurveyTemplate, opensAt: Date, closesAt: Date): string {
  return `${template.titles.pl}, ${localDate(opensAt)} – ${localDate(new Date(closesAt.getTime() - 1))}`;
}

/** Free-text questions of a form (comments and plain text fields), in form order. */
export function textQuestions(template: SurveyTemplate): string[] {
  return (formQuestionsOf(template.form) ?? [])
    .filter((q) => q.type === 'comment' || (q.type === 'text' && q.numeric === null))
    .map((q) => q.name);
}

export function createSurveysService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  dataImport: DataImportService;
  templates: SurveyTemplatesService;
  responses: SurveyResponsesService;
  now: () => Date;
}) {
  const { db, audit, units, groups, indicators, dataImport, templates, now } = deps;

  // Access ---------------------------------------------------------------------------------------

  async function requireWave(id: number): Promise<repo.WaveRow> {
    const wave = await repo.findWave(db, id);
    if (!wave) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    return wave;
  }

  /** The unit and the other members of its groups, and those groups: who may read its results. */
  async function readScope(unitId: number) {
    const peers = (await groups.groupPeersOf([unitId])).get(unitId)!;
    return { unitIds: [unitId, ...peers.peerUnitIds], groupIds: peers.groupIds };
  }

  async function authorizeRead(ctx: RequestContext, unitId: number): Promise<void> {
    authorize(ctx, { type: 'survey.read', ...(await readScope(unitId)) });
  }

  /** Units whose waves the actor may read; null = all (an empty scope is readable only by global roles). */
  async function readableUnitIds(actor: Actor): Promise<number[] | null> {
    if (can(actor, { type: 'survey.read', unitIds: [], groupIds: [] })) return null;
    const own = [
      ...new Set(
        actor.grants
          .filter((g) => g.unitId !== null && (g.role === 'unit-coordinator' || g.role === 'unit-member'))
          .map((g) => g.unitId!),
      ),
    ];
    const readable = new Set(own);
    for (const { peerUnitIds } of (await groups.groupPeersOf(own)).values())
      for (const id of peerUnitIds) readable.add(id);
    for (const g of actor.grants) {
      if (g.groupId !== null && (g.role === 'network-operator' || g.role === 'group-moderator')) {
        for (const id of await groups.memberUnitIds(g.groupId)) readable.add(id);
      }
    }
    return [...readable];
  }

  // Shapes ---------------------------------------------------------------------------------------

  function toSummary(r: WaveNames) {
    const w = r.wave;
    return {
      id: w.id,
      unit: { code: r.unitCode, name: r.unitName },
      template: { id: w.templateId, version: w.templateVersion, titles: r.templateTitles },
      title: w.title,
      opensAt: w.opensAt.toISOString(),
      closesAt: w.closesAt.toISOString(),
      status: waveStatus(w, now()),
      responses: r.responses,
      targetPopulation: w.targetPopulation,
      demo: w.isDemo,
    };
  }

  async function summaryOf(id: number) {
    const [row] = await repo.wavesWithNames(db, [id]);
    if (!row) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    return toSummary(row);
  }

  async function detail(ctx: RequestContext, id: number) {
    const [row] = await repo.wavesWithNames(db, [id]);
    if (!row) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    const w = row.wave;
    const codes = await repo.codeCounts(db, id);
    return {
      ...toSummary(row),
      publicToken: w.publicToken,
      publicUrl: `/s/${w.publicToken}`,
      requiresCode: codes.issued > 0,
      invitationCodes: codes,
      repeatEveryMonths: w.repeatEveryMonths,
      minimumN: w.minimumN,
      previousWaveId: w.previousWaveId,
      nextWaveId: await repo.successorOf(db, id),
      canManage: can(ctx.actor, { type: 'survey.manage', unitId: w.unitId }),
    };
  }

  /** Validated answers of waves, with free text a coordinator hid removed. */
  async function loadResponses(waveIds: readonly number[]): Promise<Map<number, LoadedResponse[]>> {
    const rows = await repo.responsesOf(db, waveIds);
    const hidden = new Set((await repo.hiddenTextsOf(db, waveIds)).map((h) => `${h.responseId}.${h.question}`));
    const byWave = new Map<number, LoadedResponse[]>(waveIds.map((id) => [id, []]));
    for (const r of rows) {
      const answers =
        hidden.size === 0
          ? r.answers
          : Object.fromEntries(Object.entries(r.answers).filter(([q]) => !hidden.has(`${r.id}.${q}`)));
      byWave.get(r.waveId)!.push({ id: r.id, submittedOn: r.submittedOn, answers: answers as Answers });
    }
    return byWave;
  }

  // Closing: catalogue figures and the next wave ------------------------------------------------

  /**
   * Writes a closed wave's headline figures into the catalogue: for each headline question linked
   * to catalogue variables, the favourable answers and the substantive answers of every closed,
   * real wave of the unit whose headline feeds the same variables in the same period (usually just
   * this one), as approved values. Below the waves' minimum n nothing is published, and a value
   * written earlier from surveys is removed.
   */
  async function syncCatalogue(wave: repo.WaveRow): Promise<void> {
    if (wave.isDemo) return;
    const template = await templates.load(wave.templateId, wave.templateVersion);
    const linked = template.questions.filter((q) => q.headline && q.catalogueVariables);
    if (linked.length === 0) return;
    const cat = await indicators.catalogue();
    const unitWaves = await repo.closedRealWavesOfUnit(db, wave.unitId, now());
    for (const meta of linked) {
      const { satisfied, respondents } = meta.catalogueVariables!;
      const variable = cat.variablesByCode.get(respondents);
      if (!variable || !cat.variablesByCode.has(satisfied)) continue; // checked when the template was saved; a catalogue edited since is left alone
      const period = wavePeriod(wave.closesAt, variable.periodicity);
      const pooled: { wave: repo.WaveRow; template: SurveyTemplate; question: string }[] = [];
      for (const w of unitWaves) {
        if (wavePeriod(w.closesAt, variable.periodicity) !== period) continue;
        const t = await templates.load(w.templateId, w.templateVersion);
        const m = t.questions.find(
          (q) =>
            q.headline &&
            q.catalogueVariables?.satisfied === satisfied &&
            q.catalogueVariables.respondents === respondents,
        );
        if (m) pooled.push({ wave: w, template: t, question: m.name });
      }
      const responses = await loadResponses(pooled.map((p) => p.wave.id));
      let successes = 0;
      let n = 0;
      for (const p of pooled) {
        // minimumN 1: the counts of every wave; the pooled total is checked against the minimum below.
        const figures = headlineFigures(p.template, responses.get(p.wave.id)!, { minimumN: 1 });
        const headline = figures.ok ? figures.value.find((h) => h.question === p.question) : undefined;
        if (headline && !headline.result.suppressed) {
          successes += headline.result.figures.successes;
          n += headline.result.figures.n;
        }
      }
      const minimumN = Math.max(DEFAULT_WAVE_MINIMUM_N, ...pooled.map((p) => p.wave.minimumN));
      const keys = [satisfied, respondents].map((variableCode) => ({ unitId: wave.unitId, variableCode, period }));
      const publish = n >= minimumN;
      await dataImport.writeDerivedValues(null, {
        sourceKind: 'survey',
        detail: { waveIds: pooled.map((p) => p.wave.id), templateId: wave.templateId, question: meta.name },
        audit: {
          action: publish ? 'survey.wave.publish-figures' : 'survey.wave.withdraw-figures',
          entityType: 'survey-wave',
          entityId: wave.id,
        },
        write: publish
          ? [
              { ...keys[0]!, value: successes },
              { ...keys[1]!, value: n },
            ]
          : [],
        remove: publish ? [] : keys,
      });
    }
  }

  /** Dates of the rule's next wave that has not ended yet: shifted by N months, again while it would already be over. */
  function nextWindow(wave: repo.WaveRow, months: number) {
    let opensAt = wave.opensAt;
    let closesAt = wave.closesAt;
    const t = now().getTime();
    for (let k = 1; k <= 1200; k++) {
      opensAt = addMonthsInZone(wave.opensAt, k * months);
      closesAt = addMonthsInZone(wave.closesAt, k * months);
      if (closesAt.getTime() > t) break;
    }
    return { opensAt, closesAt };
  }

  async function insertNextWave(ctx: RequestContext | null, wave: repo.WaveRow): Promise<number | null> {
    const template = await templates.load(wave.templateId, wave.templateVersion);
    const { opensAt, closesAt } = nextWindow(wave, wave.repeatEveryMonths!);
    try {
      return await db.transaction(async (tx) => {
        const row = await repo.insertWave(tx, {
          unitId: wave.unitId,
          templateId: wave.templateId,
          templateVersion: wave.templateVersion,
          title: defaultTitle(template, opensAt, closesAt),
          opensAt,
          closesAt,
          targetPopulation: wave.targetPopulation,
          repeatEveryMonths: wave.repeatEveryMonths,
          minimumN: wave.minimumN,
          publicToken: randomBytes(16).toString('base64url'),
          previousWaveId: wave.id,
          createdBy: ctx?.actor?.userId ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'survey.wave.prepare-next',
          entityType: 'survey-wave',
          entityId: row.id,
          changes: { previousWaveId: wave.id, opensAt, closesAt },
        });
        return row.id;
      });
    } catch (error) {
      // survey_waves_previous is unique: someone prepared it a moment ago.
      if (await repo.successorOf(db, wave.id)) return null;
      throw error;
    }
  }

  let processing: Promise<void> | null = null;

  /** Processes every wave that has closed since the last look: catalogue figures, then the next wave of a repeat rule. */
  function processClosedWaves(): Promise<void> {
    processing ??= (async () => {
      try {
        for (const wave of await repo.wavesToProcess(db, now())) {
          await syncCatalogue(wave);
          if (wave.repeatEveryMonths !== null && !wave.isDemo && (await repo.successorOf(db, wave.id)) === null)
            await insertNextWave(null, wave);
          await repo.updateWave(db, wave.id, { closeProcessedAt: now() });
        }
      } finally {
        processing = null;
      }
    })();
    return processing;
  }

  // Results --------------------------------------------------------------------------------------

  async function results(ctx: RequestContext, id: number, query: { minimumN?: number | undefined }) {
    const wave = await requireWave(id);
    await authorizeRead(ctx, wave.unitId);
    await processClosedWaves();
    if (query.minimumN !== undefined && query.minimumN < wave.minimumN) {
      throw new AppError('VALIDATION_FAILED', `minimumN may not be lower than the wave's minimum (${wave.minimumN})`, [
        { path: 'querystring.minimumN', message: `at least ${wave.minimumN}` },
      ]);
    }
    const minimumN = query.minimumN ?? wave.minimumN;
    const template = await templates.load(wave.templateId, wave.templateVersion);
    const responses = (await loadResponses([id])).get(id)!;
    const summary = summarizeWave(template, responses, { minimumN });
    if (!summary.ok) throw new Error('unweighted responses cannot have invalid weights');
    const n = responses.length;
    const invited = (await repo.codeCounts(db, id)).issued;
    const basis =
      invited > 0 ? ('invitations' as const) : wave.targetPopulation !== null ? ('population' as const) : null;
    const rate = basis === null ? null : responseRate(n, basis === 'invitations' ? invited : wave.targetPopulation!);
    const margin =
      n > 0
        ? marginOfError({ n, ...(wave.targetPopulation !== null ? { population: wave.targetPopulation } : {}) })
        : null;
    return {
      wave: await summaryOf(id),
      n,
      minimumN,
      responseRate: rate,
      responseRateBasis: rate === null ? null : basis,
      marginOfError: margin,
      questions: summary.value.questions,
      dimensions: summary.value.dimensions,
      headline: summary.value.headlines,
    };
  }

  function parseMeasure(template: SurveyTemplate, measure: string): { measure: UnitMeasure; kind: 'share' | 'mean' } {
    const fail = (message: string) =>
      new AppError('VALIDATION_FAILED', message, [{ path: 'querystring.measure', message }]);
    const [type, id = ''] = measure.split(':') as [string, string | undefined];
    const meta = (name: string): QuestionMeta => {
      const found = template.questions.find((q) => q.name === name);
      if (!found) throw fail(`template ${template.id} has no question "${name}" with scoring metadata`);
      return found;
    };
    switch (type) {
      case 'headline': {
        const headline = template.questions.find((q) => q.headline);
        if (!headline) throw fail(`template ${template.id} has no headline question`);
        return { measure: { kind: 'favourable', question: headline.name }, kind: 'share' };
      }
      case 'question':
        return favourableValues(meta(id)) !== null
          ? { measure: { kind: 'favourable', question: id }, kind: 'share' }
          : { measure: { kind: 'mean', question: id }, kind: 'mean' };
      case 'mean':
        meta(id);
        return { measure: { kind: 'mean', question: id }, kind: 'mean' };
      case 'dimension':
        return { measure: { kind: 'dimension-mean', dimension: id }, kind: 'mean' };
      default:
        return { measure: { kind: 'dimension-favourable', dimension: id }, kind: 'share' };
    }
  }

  // ----------------------------------------------------------------------------------------------

  return {
    processClosedWaves,
    results,

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
      await processClosedWaves();
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
      await processClosedWaves();
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
        await syncCatalogue((await repo.findWave(db, id))!);
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
      const next = await insertNextWave(ctx, wave);
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

    async compare(ctx: RequestContext, id: number, withId: number | undefined) {
      const wave = await requireWave(id);
      await authorizeRead(ctx, wave.unitId);
      let other: repo.WaveRow | undefined;
      if (withId !== undefined) {
        other = await requireWave(withId);
        await authorizeRead(ctx, other.unitId);
      } else {
        other =
          wave.previousWaveId !== null
            ? await repo.findWave(db, wave.previousWaveId)
            : await repo.latestEarlierWave(db, wave);
        if (!other)
          throw new AppError('NO_PREVIOUS_WAVE', 'There is no earlier wave of this unit and template to compare with');
      }
      if (other.id === wave.id) throw new AppError('WAVES_NOT_COMPARABLE', 'A wave cannot be compared with itself');
      if (other.templateId !== wave.templateId || other.templateVersion !== wave.templateVersion) {
        throw new AppError(
          'WAVES_NOT_COMPARABLE',
          `Waves of different templates or versions are not comparable (${wave.templateId} v${wave.templateVersion} vs ${other.templateId} v${other.templateVersion})`,
        );
      }
      const [earlier, later] = other.opensAt <= wave.opensAt ? [other, wave] : [wave, other];
      const template = await templates.load(wave.templateId, wave.templateVersion);
      const responses = await loadResponses([earlier.id, later.id]);
      const comparison = compareWaves(template, responses.get(earlier.id)!, responses.get(later.id)!, {
        minimumN: Math.max(earlier.minimumN, later.minimumN),
      });
      if (!comparison.ok) throw new Error('unweighted responses cannot have invalid weights');
      return { ...comparison.value, earlier: await summaryOf(earlier.id), later: await summaryOf(later.id) };
    },

    /** Per unit, the latest closed wave of a template version in a date range; rows the caller may read, by unit name. */
    async unitComparison(
      ctx: RequestContext,
      templateId: string,
      query: { measure: string; from?: Date | undefined; to?: Date | undefined; version?: number | undefined },
    ) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      await processClosedWaves();
      const template =
        query.version === undefined
          ? await templates.latest(templateId)
          : await templates.load(templateId, query.version);
      const { measure, kind } = parseMeasure(template, query.measure);
      const t = now();
      const to = query.to === undefined || query.to > t ? t : query.to;
      const from = query.from ?? addMonthsInZone(t, -36);
      const candidates = await repo.latestClosedWavesPerUnit(db, template.id, template.version, { from, to });
      const readable = await readableUnitIds(ctx.actor);
      const waves = candidates.filter((c) => readable === null || readable.includes(c.wave.unitId));
      const responses = await loadResponses(waves.map((w) => w.wave.id));
      const rows = [];
      for (const w of waves) {
        const compared = compareUnits(template, [{ unit: w, responses: responses.get(w.wave.id)! }], measure, {
          minimumN: w.wave.minimumN,
        });
        if (!compared.ok) {
          if (compared.reason === 'unknown-measure')
            throw new AppError('VALIDATION_FAILED', `"${query.measure}" is not a measure of template ${template.id}`, [
              { path: 'querystring.measure', message: 'unknown question or dimension' },
            ]);
          throw new Error('unweighted responses cannot have invalid weights');
        }
        rows.push({
          unit: { code: w.unitCode, name: w.unitName },
          wave: { id: w.wave.id, title: w.wave.title, closesAt: w.wave.closesAt.toISOString(), demo: w.wave.isDemo },
          result: compared.rows[0]!.result,
        });
      }
      rows.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'pl') || a.unit.code.localeCompare(b.unit.code));
      return {
        measure: query.measure,
        kind,
        template: { id: template.id, version: template.version, titles: template.titles },
        rows,
      };
    },

    async freeText(ctx: RequestContext, id: number) {
      const wave = await requireWave(id);
      authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      const template = await templates.load(wave.templateId, wave.templateVersion);
      const questions = textQuestions(template);
      const rows = await repo.responsesOf(db, [id]);
      const hidden = new Map(
        (await repo.hiddenTextsOf(db, [id])).map((h) => [`${h.responseId}.${h.question}`, h.reason]),
      );
      const items = rows.flatMap((r) =>
        questions
          .filter((q) => typeof r.answers[q] === 'string')
          .map((q) => {
            const key = `${r.id}.${q}`;
            return {
              id: key,
              question: q,
              text: r.answers[q] as string,
              hidden: hidden.has(key),
              reason: hidden.get(key) ?? null,
            };
          }),
      );
      // By question, then alphabetically: the order says nothing about who answered when.
      items.sort(
        (a, b) =>
          questions.indexOf(a.question) - questions.indexOf(b.question) ||
          a.text.localeCompare(b.text, 'pl') ||
          a.id.localeCompare(b.id),
      );
      return { items };
    },

    async setTextHidden(
      ctx: RequestContext,
      id: number,
      answerId: string,
      input: { hidden: boolean; reason?: string | undefined },
    ) {
      const wave = await requireWave(id);
      const actor = authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      const [responseId, question] = answerId.split('.') as [string, string];
      const response = await repo.findResponse(db, responseId);
      const template = await templates.load(wave.templateId, wave.templateVersion);
      if (
        !response ||
        response.waveId !== id ||
        !textQuestions(template).includes(question) ||
        typeof response.answers[question] !== 'string'
      ) {
        throw new AppError('NOT_FOUND', `Wave ${id} has no free-text answer ${answerId}`);
      }
      const reason = input.hidden ? (input.reason ?? null) : null;
      await db.transaction(async (tx) => {
        if (input.hidden) await repo.hideText(tx, { responseId, question, reason, hiddenBy: actor.userId });
        else await repo.unhideText(tx, responseId, question);
        // The audit names the answer and the reason, not the text (which may be the abuse itself).
        await audit.record(tx, ctx, {
          action: input.hidden ? 'survey.free-text.hide' : 'survey.free-text.show',
          entityType: 'survey-wave',
          entityId: id,
          changes: { answerId, question, reason },
        });
      });
      return { id: answerId, question, text: response.answers[question] as string, hidden: input.hidden, reason };
    },

    /** Everything an export needs: the wave, its template and the anonymised answers (hidden free text removed). */
    async exportData(ctx: RequestContext, id: number, format: 'csv' | 'xlsx' | 'pdf') {
      const wave = await requireWave(id);
      // Raw answers stay with the unit's own people; the PDF report shows only published figures.
      if (format === 'pdf') await authorizeRead(ctx, wave.unitId);
      else authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      const template = await templates.load(wave.templateId, wave.templateVersion);
      const responses = (await loadResponses([id])).get(id)!;
      return { wave, summary: await summaryOf(id), template, responses };
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
