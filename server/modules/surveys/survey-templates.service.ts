/**
 * Survey templates: the shipped ones (data/surveys, kept in sync by version on every start) and
 * those operators write in the JSON editor. Every version stays in the database, because a wave
 * pins the version it was answered on. A parsed template is immutable per (id, version) and cached,
 * so survey-core builds its model of a form once (domain/surveys/form.ts `sharedModel`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formQuestionsOf } from '../../../domain/surveys/form';
import { validateTemplate, type SurveyTemplate, type TemplateProblem } from '../../../domain/surveys/template';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import * as repo from './surveys.repository';
import { canonicalJson } from '../../../domain/input/canonical-json';

export type SurveyTemplatesService = ReturnType<typeof createSurveyTemplatesService>;

/** A problem found by the server on top of `validateTemplate` (catalogue links, versions). */
type Problem = Omit<TemplateProblem, 'code'> & { code: string };

function toDetail(row: repo.TemplateRow) {
  const template = row.definition as unknown as SurveyTemplate;
  return { ...template, shipped: row.isShipped };
}

/** Everything that changes what answers mean; titles and kind may be corrected within a version. */
function scoringPart(t: SurveyTemplate): string {
  return canonicalJson({ form: t.form, questions: t.questions, dimensions: t.dimensions ?? null });
}

export function createSurveyTemplatesService(deps: {
  db: Db;
  audit: AuditService;
  indicators: IndicatorsService;
  surveysDir: string;
}) {
  const { db, audit, indicators } = deps;
  const cache = new Map<string, SurveyTemplate>();

  /** One version of a template, parsed once. */
  async function load(id: string, version: number): Promise<SurveyTemplate> {
    const key = `${id}@${version}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const row = await repo.findTemplate(db, id, version);
    if (!row) throw new AppError('TEMPLATE_NOT_FOUND', `Survey template ${id} version ${version} not found`);
    const template = row.definition as unknown as SurveyTemplate;
    cache.set(key, template);
    return template;
  }

  async function requireLatest(id: string): Promise<repo.TemplateRow> {
    const row = await repo.findTemplate(db, id);
    if (!row) throw new AppError('TEMPLATE_NOT_FOUND', `Survey template ${id} not found`);
    return row;
  }

  /** validateTemplate plus what only the server knows: headline figures must feed variables of the catalogue. */
  async function check(
    input: unknown,
  ): Promise<{ ok: boolean; template: SurveyTemplate | null; problems: Problem[]; warnings: Problem[] }> {
    const checked = validateTemplate(input);
    if (!checked.ok) return { ok: false, template: null, problems: checked.problems, warnings: checked.warnings };
    const problems: Problem[] = [];
    const cat = await indicators.catalogue();
    checked.template.questions.forEach((meta, i) => {
      if (!meta.catalogueVariables) return;
      const found = [meta.catalogueVariables.satisfied, meta.catalogueVariables.respondents].map((code) => ({
        code,
        variable: cat.variablesByCode.get(code),
      }));
      for (const { code, variable } of found) {
        if (!variable)
          problems.push({
            path: `questions[${i}].catalogueVariables`,
            code: 'unknown-variable',
            message: `variable "${code}" is not in the indicator catalogue`,
          });
      }
      const [a, b] = found;
      if (a!.variable && b!.variable && a!.variable.periodicity !== b!.variable.periodicity) {
        problems.push({
          path: `questions[${i}].catalogueVariables`,
          code: 'periodicity-mismatch',
          message: `"${a!.code}" and "${b!.code}" have different periodicities`,
        });
      }
    });
    return {
      ok: problems.length === 0,
      template: problems.length === 0 ? checked.template : null,
      problems,
      warnings: checked.warnings,
    };
  }

  function invalid(problems: Problem[]): AppError {
    return new AppError(
      'TEMPLATE_INVALID',
      `The template has ${problems.length} problem(s): ${problems
        .slice(0, 3)
        .map((p) => `${p.path || '(template)'}: ${p.message}`)
        .join('; ')}`,
      problems,
    );
  }

  return {
    load,

    /** The newest version of a template; TEMPLATE_NOT_FOUND when there is none. */
    async latest(id: string): Promise<SurveyTemplate> {
      const row = await requireLatest(id);
      return load(row.id, row.version);
    },

    async list() {
      const rows = await repo.latestTemplates(db);
      return {
        items: rows.map((r) => {
          const template = r.definition as unknown as SurveyTemplate;
          return {
            id: r.id,
            version: r.version,
            kind: r.kind,
            titles: r.titles,
            shipped: r.isShipped,
            questionCount: formQuestionsOf(template.form)?.length ?? 0,
          };
        }),
      };
    },

    async get(id: string, version?: number) {
      const row = version === undefined ? await requireLatest(id) : await repo.findTemplate(db, id, version);
      if (!row) throw new AppError('TEMPLATE_NOT_FOUND', `Survey template ${id} version ${version} not found`);
      return toDetail(row);
    },

    /** The editor's live check: problems and warnings, nothing written. */
    async validate(ctx: RequestContext, input: unknown) {
      authorize(ctx, { type: 'surveyTemplate.manage' });
      const { ok, problems, warnings } = await check(input);
      return { ok, problems, warnings };
    },

    async create(ctx: RequestContext, input: unknown) {
      const actor = authorize(ctx, { type: 'surveyTemplate.manage' });
      const checked = await check(input);
      if (!checked.template) throw invalid(checked.problems);
      const template = checked.template;
      const existing = await repo.findTemplate(db, template.id);
      if (existing) {
        throw existing.isShipped
          ? new AppError('TEMPLATE_READ_ONLY', `"${template.id}" is a shipped template; give your template another id`)
          : new AppError(
              'CONFLICT',
              `A template "${template.id}" exists already; edit it instead (PUT /survey-templates/${template.id})`,
            );
      }
      await db.transaction(async (tx) => {
        await repo.insertTemplate(tx, {
          id: template.id,
          version: template.version,
          kind: template.kind,
          titles: template.titles,
          definition: template as unknown as Record<string, unknown>,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'survey.template.create',
          entityType: 'survey-template',
          entityId: template.id,
          changes: { version: template.version, kind: template.kind, titles: template.titles },
        });
      });
      return toDetail((await repo.findTemplate(db, template.id))!);
    },

    /**
     * Saves an edit. A change of the form, the scoring metadata or the dimensions needs a higher
     * version (a new row; waves of the old version keep theirs); the titles and kind may be corrected
     * within a version. Shipped templates are read-only.
     */
    async update(ctx: RequestContext, id: string, input: unknown) {
      const actor = authorize(ctx, { type: 'surveyTemplate.manage' });
      const current = await requireLatest(id);
      if (current.isShipped)
        throw new AppError(
          'TEMPLATE_READ_ONLY',
          `"${id}" is shipped with Miernik and cannot be edited; copy it under another id`,
        );
      const checked = await check(input);
      if (!checked.template) throw invalid(checked.problems);
      const template = checked.template;
      if (template.id !== id)
        throw invalid([
          { path: 'id', code: 'id-mismatch', message: `the template's id "${template.id}" is not "${id}"` },
        ]);
      const before = current.definition as unknown as SurveyTemplate;
      if (template.version < current.version) {
        throw invalid([
          {
            path: 'version',
            code: 'version-behind',
            message: `version ${template.version} is older than the current version ${current.version}`,
          },
        ]);
      }
      const changesMeaning = scoringPart(template) !== scoringPart(before);
      if (template.version === current.version && changesMeaning) {
        throw invalid([
          {
            path: 'version',
            code: 'version-not-bumped',
            message: `the form or scoring changed: save it as version ${current.version + 1} (waves of version ${current.version} keep the old one)`,
          },
        ]);
      }
      await db.transaction(async (tx) => {
        if (template.version > current.version) {
          await repo.insertTemplate(tx, {
            id,
            version: template.version,
            kind: template.kind,
            titles: template.titles,
            definition: template as unknown as Record<string, unknown>,
            createdBy: actor.userId,
          });
        } else {
          await repo.updateTemplate(tx, id, template.version, {
            kind: template.kind,
            titles: template.titles,
            definition: template as unknown as Record<string, unknown>,
          });
        }
        await audit.record(tx, ctx, {
          action: 'survey.template.update',
          entityType: 'survey-template',
          entityId: id,
          changes: {
            version: template.version,
            previousVersion: current.version,
            newVersion: template.version > current.version,
            titles: template.titles,
          },
        });
      });
      cache.delete(`${id}@${template.version}`);
      return toDetail((await repo.findTemplate(db, id))!);
    },

    /**
     * Inserts every shipped template version (data/surveys/*.json) not in the database yet. A
     * version once stored is never rewritten: waves were answered on it. Throws when a shipped file
     * is invalid — that is a bug in the release, not an operator's mistake.
     */
    async ensureShippedTemplates(): Promise<{ inserted: string[] }> {
      const known = new Set((await repo.templateVersions(db)).map((t) => `${t.id}@${t.version}`));
      const inserted: string[] = [];
      const files = readdirSync(deps.surveysDir)
        .filter((f) => f.endsWith('.json'))
        .sort();
      const rows = files
        .map((file) => {
          const checked = validateTemplate(JSON.parse(readFileSync(join(deps.surveysDir, file), 'utf8')));
          if (!checked.ok)
            throw new Error(
              `data/surveys/${file}: ${checked.problems
                .slice(0, 3)
                .map((p) => `${p.path}: ${p.message}`)
                .join('; ')}`,
            );
          return checked.template;
        })
        .filter((t) => !known.has(`${t.id}@${t.version}`));
      if (rows.length === 0) return { inserted };
      await db.transaction(async (tx) => {
        for (const t of rows) {
          await repo.insertTemplate(tx, {
            id: t.id,
            version: t.version,
            kind: t.kind,
            titles: t.titles,
            definition: t as unknown as Record<string, unknown>,
            isShipped: true,
          });
          inserted.push(`${t.id}@${t.version}`);
        }
      });
      return { inserted };
    },
  };
}
