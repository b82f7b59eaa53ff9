/**
 * Survey results: a wave's figures, two waves compared, units compared on one measure, and the
 * free-text answers with their moderation. Every figure comes from domain/surveys and every cell
 * under the wave's minimum n is withheld. Reading results never writes: closed waves are processed
 * by the closing service, not here.
 */
import { compareUnits, compareWaves, summarizeWave, type UnitMeasure } from '../../../domain/surveys/results';
import { marginOfError, responseRate } from '../../../domain/surveys/statistics';
import { formQuestionsOf } from '../../../domain/surveys/form';
import { favourableValues, type QuestionMeta, type SurveyTemplate } from '../../../domain/surveys/template';
import { addMonthsInZone } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import { can } from '../../../domain/access/authorization';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { SurveyTemplatesService } from './survey-templates.service';
import type { WaveReads } from './survey-wave-reads';
import * as repo from './surveys.repository';

export type SurveyResultsService = ReturnType<typeof createSurveyResultsService>;

/** Free-text questions of a form (comments and plain text fields), in form order. */
export function textQuestions(template: SurveyTemplate): string[] {
  return (formQuestionsOf(template.form) ?? [])
    .filter((q) => q.type === 'comment' || (q.type === 'text' && q.numeric === null))
    .map((q) => q.name);
}

export function createSurveyResultsService(deps: {
  db: Db;
  audit: AuditService;
  templates: SurveyTemplatesService;
  reads: WaveReads;
  now: () => Date;
}) {
  const { db, audit, templates, reads, now } = deps;
  const { requireWave, authorizeRead, readableUnitIds, summaryOf, loadResponses } = reads;

  async function results(ctx: RequestContext, id: number, query: { minimumN?: number | undefined }) {
    const wave = await requireWave(id);
    await authorizeRead(ctx, wave.unitId);
    if (query.minimumN !== undefined && query.minimumN < wave.minimumN) {
      throw new AppError('VALIDATION_FAILED', `minimumN may not be lower than the wave's minimum (${wave.minimumN})`, [
        { path: 'querystring.minimumN', message: `at least ${wave.minimumN}` },
      ]);
    }
    // Free text is the respondents' own words: only the wave's unit (who may moderate it) reads
    // it, here as on /free-text and the export. Other readers get the count only.
    return figuresOf(
      wave,
      query.minimumN ?? wave.minimumN,
      can(ctx.actor, { type: 'survey.manage', unitId: wave.unitId }),
    );
  }

  /** A published wave's results for everyone: never its free text; unpublished (or unknown) → 404. */
  async function publicResults(id: number) {
    const wave = await repo.findWave(db, id);
    if (!wave || wave.publishedAt === null) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    return figuresOf(wave, wave.minimumN, false);
  }

  async function figuresOf(wave: repo.WaveRow, minimumN: number, mayReadTexts: boolean) {
    const id = wave.id;
    const template = await templates.load(wave.templateId, wave.templateVersion);
    const responses = (await loadResponses([id])).get(id)!;
    const summary = summarizeWave(template, responses, { minimumN });
    if (!summary.ok) throw new Error('unweighted responses cannot have invalid weights');
    const questions = mayReadTexts
      ? summary.value.questions
      : summary.value.questions.map((q) =>
          q.kind === 'text' && !q.result.suppressed
            ? { ...q, result: { ...q.result, figures: { ...q.result.figures, texts: [], withheld: true } } }
            : q,
        );
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
      questions,
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

  return {
    results,
    publicResults,

    /** The unit's published waves, newest first, with their headline figures (the portal's unit profile). */
    async publishedOfUnit(unitCode: string) {
      const out = [];
      for (const wave of await repo.publishedWavesOfUnit(db, unitCode)) {
        const r = await figuresOf(wave, wave.minimumN, false);
        out.push({ wave: r.wave, n: r.n, minimumN: r.minimumN, marginOfError: r.marginOfError, headline: r.headline });
      }
      return out;
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
  };
}
