import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, queryBoolean } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';
import { toCsv } from '../../reports/csv';
import * as s from './data-collection.schemas';

const base = '/api/v1/data-collection';
const roundParams = z.object({ id: z.coerce.number().int().positive() });
const formParams = roundParams.extend({ unitCode });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const dataCollectionRoutes: ModuleRoutes = (app, { services, context }) => {
  const dc = services.dataCollection;

  app.get(`${base}/rounds`, {
    schema: {
      operationId: 'listRounds',
      tags: ['data-collection'],
      summary: 'Rounds the caller runs or takes part in',
      response: { 200: z.object({ items: z.array(s.round) }), ...errorResponses(401) },
    },
    handler: (request) => dc.listRounds(context(request)),
  });

  app.post(`${base}/rounds`, {
    schema: {
      operationId: 'createRound',
      tags: ['data-collection'],
      summary: 'Open a collection round (network operators)',
      body: s.createRoundBody,
      response: { 201: s.roundDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => reply.status(201).send(await dc.createRound(context(request), request.body)),
  });

  app.get(`${base}/rounds/:id`, {
    schema: {
      operationId: 'getRound',
      tags: ['data-collection'],
      params: roundParams,
      response: { 200: s.roundDetail, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => dc.getRound(context(request), request.params.id),
  });

  app.get(`${base}/rounds/:id/units/:unitCode/form`, {
    schema: {
      operationId: 'getRoundForm',
      tags: ['data-collection'],
      summary: "A unit's form: values, previous period, plausibility findings, history",
      params: formParams,
      response: { 200: s.roundForm, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => dc.form(context(request), request.params.id, request.params.unitCode),
  });

  app.put(`${base}/rounds/:id/units/:unitCode/values`, {
    schema: {
      operationId: 'saveRoundValues',
      tags: ['data-collection'],
      summary: "Save a draft of the unit's values (with explanations of warnings)",
      params: formParams,
      body: s.saveValuesBody,
      response: { 200: s.roundForm, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      dc.saveValues(context(request), request.params.id, request.params.unitCode, request.body.values),
  });

  app.post(`${base}/rounds/:id/units/:unitCode/submit`, {
    schema: {
      operationId: 'submitRoundForm',
      tags: ['data-collection'],
      summary:
        'Submit: refused with PLAUSIBILITY_ERRORS while errors remain, WARNINGS_UNEXPLAINED while a warning has no comment, ROUND_DEADLINE_PASSED after the deadline',
      description:
        'PLAUSIBILITY_ERRORS details carry `missing` (variable codes without a value), `findings` (the errors) and `unexplained` (the warnings still without an explanation), so that a form lists everything to fix or explain at once.',
      params: formParams,
      response: { 200: s.roundForm, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => dc.submit(context(request), request.params.id, request.params.unitCode),
  });

  app.post(`${base}/rounds/:id/units/:unitCode/return`, {
    schema: {
      operationId: 'returnRoundForm',
      tags: ['data-collection'],
      summary: 'Return a submitted form to the unit with a comment (operators)',
      params: formParams,
      body: z.object({ comment: z.string().trim().min(1).max(2000) }),
      response: { 200: s.roundForm, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) =>
      dc.returnForm(context(request), request.params.id, request.params.unitCode, request.body.comment),
  });

  app.post(`${base}/rounds/:id/units/:unitCode/approve`, {
    schema: {
      operationId: 'approveRoundForm',
      tags: ['data-collection'],
      params: formParams,
      response: { 200: s.roundForm, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => dc.approve(context(request), request.params.id, request.params.unitCode),
  });

  app.post(`${base}/rounds/:id/units/:unitCode/reopen`, {
    schema: {
      operationId: 'reopenRoundForm',
      tags: ['data-collection'],
      summary: 'Let a unit edit after the deadline, until a given time (operators)',
      params: formParams,
      body: z.object({ until: z.iso.datetime({ offset: true }).transform((t) => new Date(t)) }),
      response: { 200: s.roundForm, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => dc.reopen(context(request), request.params.id, request.params.unitCode, request.body.until),
  });

  app.get(`${base}/rounds/:id/board`, {
    schema: {
      operationId: 'getRoundBoard',
      tags: ['data-collection'],
      summary: 'Completeness board: units × status, overdue marked',
      params: roundParams,
      response: { 200: s.board, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => dc.board(context(request), request.params.id),
  });

  app.get(`${base}/rounds/:id/board/export`, {
    schema: {
      operationId: 'exportRoundBoard',
      tags: ['data-collection'],
      summary: 'The completeness board as CSV or XLSX',
      params: roundParams,
      querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }),
      produces: ['text/csv', XLSX],
    },
    handler: async (request, reply) => {
      const board = await dc.board(context(request), request.params.id);
      const header = ['unit_code', 'unit_name', 'status', 'filled', 'total', 'overdue', 'updated_at'];
      const rows = board.items.map((i) => [
        i.unit.code,
        i.unit.name,
        i.status,
        i.filled,
        i.total,
        i.overdue ? 'yes' : 'no',
        i.updatedAt,
      ]);
      const name = `round-${board.round.id}-board`;
      if (request.query.format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Board');
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

  app.post(`${base}/rounds/:id/reminders`, {
    schema: {
      operationId: 'remindRound',
      tags: ['data-collection'],
      summary: 'Queue reminders to coordinators of units that have not submitted (sent when SMTP is set)',
      params: roundParams,
      response: {
        200: z.object({ queued: z.number().int(), sent: z.number().int(), withoutRecipient: z.array(z.string()) }),
        ...errorResponses(401, 403, 404),
      },
    },
    handler: (request) => dc.remind(context(request), request.params.id),
  });

  app.get(`${base}/outbox`, {
    schema: {
      operationId: 'listOutbox',
      tags: ['data-collection'],
      summary: 'Queued and sent messages (operators)',
      response: {
        200: z.object({
          smtp: z.boolean(),
          items: z.array(
            z.object({
              id: z.number().int(),
              kind: z.string(),
              recipient: z.string(),
              subject: z.string(),
              body: z.string(),
              createdAt: z.string(),
              sentAt: z.string().nullable(),
              error: z.string().nullable(),
            }),
          ),
        }),
        ...errorResponses(401, 403),
      },
    },
    handler: (request) => dc.outbox(context(request)),
  });

  app.post(`${base}/imports`, {
    schema: {
      operationId: 'importValues',
      tags: ['data-collection'],
      summary:
        'Import values from CSV or XLSX (long: unit_code,variable_code,period,value; or wide) — dry run or all-or-nothing commit',
      description: 'Body: the file (text/csv or XLSX). Problems come back in error.details as {row, column, reason}.',
      querystring: z.object({
        dryRun: queryBoolean.default(false),
        roundId: z.coerce.number().int().positive().optional(),
        fileName: z.string().max(200).default('upload'),
        approve: queryBoolean
          .default(false)
          .describe('Operators, outside rounds: the values land approved (audited). Into a round: refused.'),
        replaceOfficial: queryBoolean
          .default(false)
          .describe('Confirm replacing values from official statistics (GUS BDL); without it such a file is refused.'),
      }),
      response: { 200: s.importSummary, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
    },
    handler: (request) => {
      const body = request.body;
      const bytes = Buffer.isBuffer(body)
        ? new Uint8Array(body)
        : typeof body === 'string'
          ? new TextEncoder().encode(body)
          : new Uint8Array();
      return services.dataImport.importFile(context(request), bytes, request.query);
    },
  });

  app.get(`${base}/drafts`, {
    schema: {
      operationId: 'listDraftImports',
      tags: ['data-collection'],
      summary: 'Imports outside rounds whose values still wait for approval (operators)',
      response: { 200: s.draftImports, ...errorResponses(401, 403) },
    },
    handler: (request) => services.dataImport.listDrafts(context(request)),
  });

  app.post(`${base}/drafts/approve`, {
    schema: {
      operationId: 'approveDraftImports',
      tags: ['data-collection'],
      summary: 'Approve in bulk the drafts of the given imports outside rounds (operators; audited)',
      body: z.object({ sourceIds: z.array(z.number().int().positive()).min(1).max(500) }),
      response: {
        200: z.object({ approved: z.number().int(), units: z.number().int() }),
        ...errorResponses(400, 401, 403),
      },
    },
    handler: (request) => services.dataImport.approveDrafts(context(request), request.body),
  });

  app.post(`${base}/bdl-imports`, {
    schema: {
      operationId: 'importBdl',
      tags: ['data-collection'],
      summary: 'Import a variable from the GUS BDL API (operators)',
      body: z.object({
        variableId: z.number().int().positive(),
        years: z.array(z.number().int().min(1995).max(2100)).min(1).max(40),
        level: z.enum(['voivodeship', 'county', 'municipality']),
        targetVariable: z
          .string()
          .regex(/^[a-z_][a-z0-9_]*$/)
          .optional(),
      }),
      response: {
        200: z.object({
          variableCode: z.string(),
          values: z.number().int(),
          unknownUnits: z.array(z.string()),
          lastUpdate: z.string(),
        }),
        ...errorResponses(400, 401, 403, 404, 502),
      },
    },
    handler: (request) => services.dataImport.importBdl(context(request), request.body),
  });

  app.get('/api/v1/admin/bdl-sync', {
    schema: {
      operationId: 'getBdlSync',
      tags: ['data-collection'],
      summary: 'The BDL sync: the mapped catalogue variables and the last run with its progress (administrators)',
      response: { 200: s.bdlSyncStatus, ...errorResponses(401, 403) },
    },
    handler: async (request) => {
      const ctx = context(request);
      return { ...(await services.bdlSync.status(ctx)), mapped: await services.bdlSync.mapped(ctx) };
    },
  });

  app.post('/api/v1/admin/bdl-sync', {
    schema: {
      operationId: 'startBdlSync',
      tags: ['data-collection'],
      summary:
        'Start pulling every mapped catalogue variable from the GUS BDL API in the background; resumes an unfinished run with the same years and areas (administrators)',
      body: s.bdlSyncBody,
      response: { 202: s.bdlSyncRun, ...errorResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.status(202).send(await services.bdlSync.start(context(request), request.body)),
  });

  app.get('/api/v1/units/:code/indicators', {
    schema: {
      operationId: 'getUnitIndicatorValues',
      tags: ['data-collection'],
      summary: "A unit's indicator values by period (from approved data), with the reason where there is no value",
      params: z.object({ code: unitCode }),
      querystring: z.object({ period: z.string().max(10).optional() }),
      response: { 200: s.indicatorValues, ...errorResponses(404) },
    },
    handler: (request) => dc.indicatorValues(request.params.code, request.query, request.actor ? 'members' : 'public'),
  });

  app.get('/api/v1/units/:code/values/history', {
    schema: {
      operationId: 'getValueHistory',
      tags: ['data-collection'],
      summary: 'Who changed which value of a unit when, with provenance',
      params: z.object({ code: unitCode }),
      querystring: z.object({ variable: z.string().max(80).optional(), period: z.string().max(10).optional() }),
      response: { 200: s.valueHistory, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => dc.valueHistory(context(request), request.params.code, request.query),
  });
};
