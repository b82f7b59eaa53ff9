/**
 * Wave closing: a wave is closed simply because its closing time has passed, so nothing happens
 * at that moment by itself. This service notices it — on start, after writes that can close a
 * wave, and on a timer (`start`) — and then writes the wave's headline figures into the catalogue
 * and prepares the next wave of a "repeat every N months" rule. Reads never do this: a GET has no
 * side effects.
 */
import { randomBytes } from 'node:crypto';
import { headlineFigures } from '../../../domain/surveys/results';
import type { SurveyTemplate } from '../../../domain/surveys/template';
import { addMonthsInZone, wavePeriod } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import type { RequestContext } from '../../http/context';
import type { AuditService } from '../audit/audit.service';
import type { DataImportService } from '../data-collection/data-import.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { SurveyTemplatesService } from './survey-templates.service';
import { DEFAULT_WAVE_MINIMUM_N, defaultTitle, type WaveReads } from './survey-wave-reads';
import * as repo from './surveys.repository';

export type SurveyClosingService = ReturnType<typeof createSurveyClosingService>;

/** How often the timer looks for waves that have closed: figures reach the catalogue within a minute. */
export const CLOSING_INTERVAL_MS = 60_000;

export function createSurveyClosingService(deps: {
  db: Db;
  audit: AuditService;
  indicators: IndicatorsService;
  dataImport: DataImportService;
  templates: SurveyTemplatesService;
  reads: WaveReads;
  now: () => Date;
}) {
  const { db, audit, indicators, dataImport, templates, reads, now } = deps;

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
      const responses = await reads.loadResponses(pooled.map((p) => p.wave.id));
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

  /** Inserts the next wave of the repeat rule; null when someone prepared it a moment ago. */
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

  /**
   * Looks for closed waves every `intervalMs` until the returned stop function is called (the
   * server calls it on close). The timer does not keep the process alive; a failure is reported
   * and tried again on the next tick.
   */
  function start(onError: (error: unknown) => void, intervalMs = CLOSING_INTERVAL_MS): () => Promise<void> {
    const timer = setInterval(() => void processClosedWaves().catch(onError), intervalMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await processing?.catch(() => {});
    };
  }

  return { processClosedWaves, syncCatalogue, insertNextWave, start };
}
