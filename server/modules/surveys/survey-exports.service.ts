/**
 * Exports of a wave: the anonymised raw answers (CSV, XLSX) for the unit's own people, and the
 * PDF report of the published figures for everyone who may read the results.
 */
import type { RequestContext } from '../../http/context';
import { authorize } from '../../http/context';
import { templateForUnit } from '../../../domain/surveys/unit-words';
import type { UnitsService } from '../units/units.service';
import type { SurveyResultsService } from './survey-results.service';
import type { SurveyTemplatesService } from './survey-templates.service';
import type { WaveReads } from './survey-wave-reads';
import { answersTable, reportPdf, toCsv, toXlsx, XLSX_TYPE, type Lang } from './surveys.export';

export type SurveyExportsService = ReturnType<typeof createSurveyExportsService>;

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

export function createSurveyExportsService(deps: {
  templates: SurveyTemplatesService;
  reads: WaveReads;
  results: SurveyResultsService;
  units: UnitsService;
}) {
  const { templates, reads, results, units } = deps;

  return {
    /** The file of a wave in a format; hidden free text is left out of every format. */
    async export(ctx: RequestContext, id: number, format: ExportFormat, lang: Lang): Promise<ExportFile> {
      const wave = await reads.requireWave(id);
      // Raw answers stay with the unit's own people; the PDF report shows only published figures.
      if (format === 'pdf') await reads.authorizeRead(ctx, wave.unitId);
      else authorize(ctx, { type: 'survey.manage', unitId: wave.unitId });
      // Question titles as the wave's respondents read them (unit words filled in for its unit).
      const kind = (await units.kindsByIds([wave.unitId])).get(wave.unitId) ?? '';
      const template = templateForUnit(await templates.load(wave.templateId, wave.templateVersion), kind);
      const name = `survey-wave-${wave.id}${wave.isDemo ? '-synthetic-demo' : ''}`;
      if (format === 'pdf') {
        const figures = await results.results(ctx, id, {});
        const pdf = await reportPdf({ lang, template, wave: await reads.summaryOf(id), results: figures });
        return { contentType: 'application/pdf', filename: `${name}.pdf`, body: pdf };
      }
      const table = answersTable(template, (await reads.loadResponses([id])).get(id)!);
      if (format === 'xlsx')
        return { contentType: XLSX_TYPE, filename: `${name}.xlsx`, body: await toXlsx(table, template, wave.isDemo) };
      return { contentType: 'text/csv; charset=utf-8', filename: `${name}.csv`, body: toCsv(table) };
    },
  };
}
