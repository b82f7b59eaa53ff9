import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, publicationBody } from '../../http/schemas';
import { toCsv } from '../../reports/csv';
import * as s from './improvement-plans.schemas';
import type { ImprovementPlansService } from './improvement-plans.service';

const tags = ['improvement-plans'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Plan = Awaited<ReturnType<ImprovementPlansService['export']>>;

/** One row per action, in priority order; numbers unrounded, the budget as its exact decimal string. */
function exportRows(plan: Plan) {
  const header = [
    'id',
    'title',
    'status',
    'priority_score',
    'priority_class',
    'quadrant',
    'impact',
    'feasibility',
    'owner',
    'start_date',
    'end_date',
    'timeliness',
    'days_late',
    'progress',
    'budget_pln',
    'source_type',
    'source',
    'indicator',
    'baseline',
    'target',
    'description',
  ];
  const rows = plan.actions.map((a) => {
    const { type, ...detail } = a.source as { type: string } & Record<string, unknown>;
    const sourceText = Object.entries(detail)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join('; ');
    return [
      a.id,
      a.title,
      a.status,
      a.priority.score,
      a.priority.class,
      a.priority.quadrant,
      a.priority.impact,
      a.priority.feasibility,
      a.owner,
      a.startDate,
      a.endDate,
      a.schedule.timeliness,
      a.schedule.daysLate,
      a.progress,
      a.budget,
      type,
      sourceText,
      a.indicator?.code ?? null,
      a.indicator?.baseline ?? null,
      a.indicator?.target ?? null,
      a.description,
    ];
  });
  return { header, rows };
}

export const improvementPlansRoutes: ModuleRoutes = (app, { services, context }) => {
  const plans = services.improvementPlans;

  app.get('/api/v1/improvement-plans', {
    schema: {
      operationId: 'listImprovementPlans',
      tags,
      summary: "Plans of a unit or a group; without either, the plans of the caller's units and groups",
      querystring: z.object({
        unit: z.string().min(1).max(40).optional(),
        group: z.coerce.number().int().positive().optional(),
      }),
      response: { 200: z.object({ items: z.array(s.planSummary) }), ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.list(context(request), request.query),
  });

  app.post('/api/v1/improvement-plans', {
    schema: {
      operationId: 'createImprovementPlan',
      tags,
      summary: 'Start a plan of a unit (its coordinators and members) or of a group (its operators)',
      body: s.planBody,
      response: { 201: s.planDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => reply.status(201).send(await plans.create(context(request), request.body)),
  });

  app.get('/api/v1/improvement-plans/:id', {
    schema: {
      operationId: 'getImprovementPlan',
      tags,
      summary: 'A plan with its actions (priority, schedule, overdue flag, progress history), counts by status',
      params: idParams,
      response: { 200: s.planDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.get(context(request), request.params.id),
  });

  app.patch('/api/v1/improvement-plans/:id', {
    schema: {
      operationId: 'updateImprovementPlan',
      tags,
      params: idParams,
      body: s.planPatch,
      response: { 200: s.planDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.update(context(request), request.params.id, request.body),
  });

  app.post('/api/v1/improvement-plans/:id/publication', {
    schema: {
      operationId: 'publishImprovementPlan',
      tags,
      summary:
        'Publish a plan for everyone without login (or withdraw it): actions with status, dates, progress and target indicator; owners, budgets and notes stay internal',
      params: idParams,
      body: publicationBody,
      response: { 200: s.planDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.publish(context(request), request.params.id, request.body.published),
  });

  app.get('/api/v1/public/improvement-plans/:id', {
    schema: {
      operationId: 'getPublicImprovementPlan',
      tags: [...tags, 'public'],
      summary: 'A published plan; 404 when it is not published',
      params: idParams,
      response: { 200: s.publicPlan, ...errorResponses(404) },
    },
    handler: (request) => plans.publicPlan(request.params.id),
  });

  app.post('/api/v1/improvement-plans/:id/actions', {
    schema: {
      operationId: 'createImprovementAction',
      tags,
      summary:
        'Add an action; from a CAF area for improvement, a benchmark gap (linked to its indicator), a survey result or free',
      params: idParams,
      body: s.actionBody,
      response: { 201: s.action, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await plans.addAction(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/improvement-plans/:id/export', {
    schema: {
      operationId: 'exportImprovementPlan',
      tags,
      summary: "The plan's actions as CSV or XLSX",
      params: idParams,
      querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      produces: ['text/csv', XLSX],
    },
    handler: async (request, reply) => {
      const plan = await plans.export(context(request), request.params.id);
      const { header, rows } = exportRows(plan);
      const name = `plan-doskonalenia-${plan.id}`;
      if (request.query.format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Plan');
        sheet.addRow(header);
        for (const r of rows) sheet.addRow(r);
        sheet.getRow(1).font = { bold: true };
        const buffer = await workbook.xlsx.writeBuffer();
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(Buffer.from(buffer));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(toCsv(header, rows));
    },
  });

  app.patch('/api/v1/improvement-actions/:id', {
    schema: {
      operationId: 'updateImprovementAction',
      tags,
      params: idParams,
      body: s.actionPatch,
      response: { 200: s.action, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.updateAction(context(request), request.params.id, request.body),
  });

  app.delete('/api/v1/improvement-actions/:id', {
    schema: {
      operationId: 'deleteImprovementAction',
      tags,
      params: idParams,
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await plans.removeAction(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/improvement-actions/:id/updates', {
    schema: {
      operationId: 'addImprovementActionUpdate',
      tags,
      summary: "A dated progress note; status and progress given here become the action's current ones",
      params: idParams,
      body: s.updateBody,
      response: {
        201: z.object({ update: s.action.shape.updates.element, action: s.action }),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await plans.addUpdate(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/improvement-actions/:id/effect', {
    schema: {
      operationId: 'getImprovementActionEffect',
      tags,
      summary:
        "Did the linked indicator move more than the peer group's? Difference-in-differences on the peer median, judged against the peers' spread",
      params: idParams,
      response: { 200: s.effect, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => plans.effect(context(request), request.params.id),
  });
};
