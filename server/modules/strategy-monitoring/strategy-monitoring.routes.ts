import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses } from '../../http/schemas';
import {
  monitoringReportDocx,
  monitoringReportPdf,
  monitoringReportXlsx,
  type MonitoringData,
} from './strategy-monitoring.report';
import * as s from './strategy-monitoring.schemas';

const tags = ['strategy-monitoring'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sendReport(
  reply: FastifyReply,
  data: MonitoringData,
  format: 'pdf' | 'xlsx' | 'docx',
  lang: 'pl' | 'en',
) {
  const name = `miernik-strategia-${data.strategy.id}-${data.period ?? 'brak'}`;
  const file =
    format === 'xlsx'
      ? await monitoringReportXlsx(data, lang)
      : format === 'docx'
        ? await monitoringReportDocx(data, lang)
        : await monitoringReportPdf(data, lang);
  return reply
    .type(format === 'xlsx' ? XLSX : format === 'docx' ? DOCX : 'application/pdf')
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(file);
}

export const strategyMonitoringRoutes: ModuleRoutes = (app, { services, context }) => {
  const sm = services.strategyMonitoring;

  app.get('/api/v1/units/:code/strategies', {
    schema: {
      operationId: 'listUnitStrategies',
      tags,
      summary: "A unit's development strategies (its people, global operators, its groups' operators)",
      params: s.unitParams,
      response: { 200: s.strategyList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => sm.list(context(request), request.params.code),
  });

  app.post('/api/v1/units/:code/strategies', {
    schema: {
      operationId: 'createUnitStrategy',
      tags,
      summary: 'Start a strategy of the unit (its coordinators and members)',
      params: s.unitParams,
      body: s.strategyBody,
      response: { 201: s.strategyDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sm.create(context(request), request.params.code, request.body)),
  });

  app.get('/api/v1/strategies/:id', {
    schema: {
      operationId: 'getStrategy',
      tags,
      summary: 'A strategy with its goal tree',
      params: s.idParams,
      response: { 200: s.strategyDetail, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => sm.get(context(request), request.params.id),
  });

  app.patch('/api/v1/strategies/:id', {
    schema: {
      operationId: 'updateStrategy',
      tags,
      summary: 'Change name, period, status (adopted needs the resolution number and date), document, thresholds',
      params: s.idParams,
      body: s.strategyPatch,
      response: { 200: s.strategyDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.update(context(request), request.params.id, request.body),
  });

  app.post('/api/v1/strategies/:id/goals', {
    schema: {
      operationId: 'createStrategyGoal',
      tags,
      summary: 'Add a goal (strategic → operational → direction of action, at most three levels)',
      params: s.idParams,
      body: s.goalBody,
      response: { 201: s.goal, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sm.addGoal(context(request), request.params.id, request.body)),
  });

  app.post('/api/v1/strategies/:id/measures', {
    schema: {
      operationId: 'createStrategyMeasure',
      tags,
      summary:
        'Attach a measure to a goal: a catalogue indicator or a strategy-only one; a baseline without a value takes the stored one',
      params: s.idParams,
      body: s.measureBody,
      response: { 201: s.measure, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sm.addMeasure(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/strategies/:id/monitoring', {
    schema: {
      operationId: 'getStrategyMonitoring',
      tags,
      summary:
        'Every measure for a period (default: the latest with a value): baseline, target, actual, progress (fraction), expected, on-track ratio, light, category; goals rolled up',
      params: s.idParams,
      querystring: s.periodQuery,
      response: { 200: s.monitoring, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.monitoring(context(request), request.params.id, request.query),
  });

  app.get('/api/v1/strategies/:id/report', {
    schema: {
      operationId: 'getStrategyReport',
      tags,
      summary: 'The monitoring report: PDF (charts), XLSX (unrounded numbers) or DOCX (for editing in Word)',
      params: s.idParams,
      querystring: s.reportQuery,
      produces: ['application/pdf', XLSX, DOCX],
      response: { 200: z.any().describe('The file'), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { format, lang, period } = request.query;
      const data = await sm.reportData(context(request), request.params.id, { period });
      return sendReport(reply, data, format, lang);
    },
  });

  app.post('/api/v1/strategies/:id/publications', {
    schema: {
      operationId: 'publishStrategyReport',
      tags,
      summary: 'Publish (or withdraw) the monitoring report of a period: the public sees only published reports',
      params: s.idParams,
      body: s.publishBody,
      response: { 200: s.strategyDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.publish(context(request), request.params.id, request.body),
  });

  app.get('/api/v1/strategy-measures/:id', {
    schema: {
      operationId: 'getStrategyMeasure',
      tags,
      summary:
        'A measure with its series, trajectory (baseline → milestones → target, expected path, peers’ median) and peer context',
      params: s.idParams,
      querystring: s.periodQuery,
      response: { 200: s.measureDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.measure(context(request), request.params.id, request.query),
  });

  app.patch('/api/v1/strategy-measures/:id', {
    schema: {
      operationId: 'updateStrategyMeasure',
      tags,
      summary: 'Change a measure’s goal, baseline, target, milestones, responsible person or weight',
      params: s.idParams,
      body: s.measurePatch,
      response: { 200: s.measure, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.updateMeasure(context(request), request.params.id, request.body),
  });

  app.put('/api/v1/strategy-measures/:id/values', {
    schema: {
      operationId: 'putStrategyMeasureValue',
      tags,
      summary:
        'Enter (or with null remove) a value of a strategy-only indicator, through the value store with provenance',
      params: s.idParams,
      body: s.valueBody,
      response: { 200: s.measureDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.enterValue(context(request), request.params.id, request.body),
  });

  app.put('/api/v1/strategy-measures/:id/comment', {
    schema: {
      operationId: 'putStrategyMeasureComment',
      tags,
      summary: "The unit's comment on a measure for a reporting period (printed in the report)",
      params: s.idParams,
      body: s.commentBody,
      response: { 200: s.commentView, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.setComment(context(request), request.params.id, request.body),
  });

  app.get('/api/v1/strategies/:id/evaluations', {
    schema: {
      operationId: 'listStrategyEvaluations',
      tags,
      summary:
        'Self-evaluation of the monitoring system: checklist, yearly answers, current coverage of baselines, targets, data',
      params: s.idParams,
      response: { 200: s.evaluations, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => sm.evaluations(context(request), request.params.id),
  });

  app.put('/api/v1/strategies/:id/evaluations/:year', {
    schema: {
      operationId: 'putStrategyEvaluation',
      tags,
      summary: 'Record the self-evaluation of a year (coverage is captured from the current data)',
      params: s.evaluationParams,
      body: s.evaluationBody,
      response: { 200: s.evaluations, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      sm.saveEvaluation(context(request), request.params.id, request.params.year, request.body.answers),
  });

  app.get('/api/v1/units/:code/ngos', {
    schema: {
      operationId: 'listUnitNgos',
      tags,
      summary: "The unit's NGO register with counts per field of activity and per sub-gmina area",
      params: s.unitParams,
      response: { 200: s.organisations, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => sm.organisations(context(request), request.params.code),
  });

  app.post('/api/v1/units/:code/ngos', {
    schema: {
      operationId: 'createUnitNgo',
      tags,
      summary: 'Add an organisation to the register',
      params: s.unitParams,
      body: s.organisationBody,
      response: { 201: s.organisation, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sm.addOrganisation(context(request), request.params.code, request.body)),
  });

  app.post('/api/v1/units/:code/ngos/import', {
    schema: {
      operationId: 'importUnitNgos',
      tags,
      summary:
        'Import organisations from CSV (name,krs,fields,address,area,lat,lon,contact,cooperates,published); all or nothing',
      params: s.unitParams,
      body: s.importBody,
      response: { 200: z.object({ imported: z.number().int() }), ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.importOrganisations(context(request), request.params.code, request.body.csv),
  });

  app.patch('/api/v1/ngos/:id', {
    schema: {
      operationId: 'updateNgo',
      tags,
      summary: 'Change an organisation (publish it: published entries are public)',
      params: s.idParams,
      body: s.organisationPatch,
      response: { 200: s.organisation, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sm.updateOrganisation(context(request), request.params.id, request.body),
  });

  app.delete('/api/v1/ngos/:id', {
    schema: {
      operationId: 'deleteNgo',
      tags,
      summary: 'Remove an organisation from the register',
      params: s.idParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await sm.removeOrganisation(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  // Public (no login): only what the unit published; anything else answers 404.
  app.get('/api/v1/public/strategies/:id', {
    schema: {
      operationId: 'getPublicStrategy',
      tags: [...tags, 'public'],
      summary: 'A strategy with its published monitoring reports (404 when none is published)',
      params: s.idParams,
      response: { 200: s.publicStrategy, ...errorResponses(404) },
    },
    handler: (request) => sm.publicReports(request.params.id),
  });

  app.get('/api/v1/public/strategies/:id/report', {
    schema: {
      operationId: 'getPublicStrategyReport',
      tags: [...tags, 'public'],
      summary: 'A published monitoring report (PDF, XLSX or DOCX); 404 when the period is not published',
      params: s.idParams,
      querystring: s.publicReportQuery,
      produces: ['application/pdf', XLSX, DOCX],
      response: { 200: z.any().describe('The file'), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const { format, lang, period } = request.query;
      return sendReport(reply, await sm.publicReportData(request.params.id, period), format, lang);
    },
  });

  app.get('/api/v1/public/units/:code/ngos', {
    schema: {
      operationId: 'listPublicUnitNgos',
      tags: [...tags, 'public'],
      summary: "The unit's published NGO register entries",
      params: s.unitParams,
      response: { 200: s.publicOrganisations, ...errorResponses(404) },
    },
    handler: (request) => sm.publicOrganisations(request.params.code),
  });
};
