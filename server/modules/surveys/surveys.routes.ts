import { toCsv } from '../../reports/csv';
import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, publicationBody } from '../../http/schemas';
import { XLSX_TYPE } from './surveys.export';
import * as s from './surveys.schemas';

const templates = '/api/v1/survey-templates';
const waves = '/api/v1/survey-waves';
const publicSurveys = '/api/v1/public/surveys';

/** An answer is a few kilobytes at most (free text is capped at 2,000 characters a field). */
const RESPONSE_BODY_LIMIT = 128 * 1024;

/** Respondents' requests are not logged at info level: a log line would pair an address with a moment of answering. */
const RESPONDENT_LOG_LEVEL = 'warn';

export const surveysRoutes: ModuleRoutes = (app, { services, context }) => {
  const { surveys, surveyResults, surveyExports } = services;

  // Templates ------------------------------------------------------------------------------------

  app.get(templates, {
    schema: {
      operationId: 'listSurveyTemplates',
      tags: ['surveys'],
      summary: 'Survey templates (newest version of each)',
      response: { 200: z.object({ items: z.array(s.templateSummary) }) },
    },
    handler: () => services.surveyTemplates.list(),
  });

  app.get(`${templates}/:id`, {
    schema: {
      operationId: 'getSurveyTemplate',
      tags: ['surveys'],
      summary: 'A template: SurveyJS form plus scoring metadata',
      params: s.templateParams,
      querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
      response: { 200: s.templateDetail, ...errorResponses(404) },
    },
    handler: (request) => services.surveyTemplates.get(request.params.id, request.query.version),
  });

  app.post(`${templates}/validate`, {
    schema: {
      operationId: 'validateSurveyTemplate',
      tags: ['surveys'],
      summary: 'Check a template (survey-core loads the form, metadata matches it); writes nothing',
      body: s.templateBody,
      response: { 200: s.templateValidation, ...errorResponses(400, 401, 403) },
    },
    handler: (request) => services.surveyTemplates.validate(context(request), request.body.template),
  });

  app.post(templates, {
    schema: {
      operationId: 'createSurveyTemplate',
      tags: ['surveys'],
      summary: 'Create a template (operators); TEMPLATE_INVALID lists the problems in details',
      body: s.templateBody,
      response: { 201: s.templateDetail, ...errorResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.surveyTemplates.create(context(request), request.body.template)),
  });

  app.put(`${templates}/:id`, {
    schema: {
      operationId: 'updateSurveyTemplate',
      tags: ['surveys'],
      summary: 'Edit a template; a changed form or scoring needs a higher version; shipped templates are read-only',
      params: s.templateParams,
      body: s.templateBody,
      response: { 200: s.templateDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => services.surveyTemplates.update(context(request), request.params.id, request.body.template),
  });

  app.get(`${templates}/:id/unit-comparison`, {
    schema: {
      operationId: 'compareSurveyUnits',
      tags: ['surveys'],
      summary:
        'Units compared on one template: per unit the latest closed wave in the range, estimate and 95% interval',
      params: s.templateParams,
      querystring: s.unitComparisonQuery,
      response: { 200: s.unitComparison, ...errorResponses(400, 401, 404) },
    },
    handler: (request) => surveyResults.unitComparison(context(request), request.params.id, request.query),
  });

  // Waves ----------------------------------------------------------------------------------------

  app.get(waves, {
    schema: {
      operationId: 'listSurveyWaves',
      tags: ['surveys'],
      summary: 'Waves the caller may see',
      querystring: s.waveListQuery,
      response: { 200: s.waveList, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => surveys.list(context(request), request.query),
  });

  app.post(waves, {
    schema: {
      operationId: 'createSurveyWave',
      tags: ['surveys'],
      summary: 'Open a wave: unit, template, window, optional population, repeat rule and minimum n',
      body: s.createWaveBody,
      response: { 201: s.waveDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => reply.status(201).send(await surveys.create(context(request), request.body)),
  });

  app.get(`${waves}/:id`, {
    schema: {
      operationId: 'getSurveyWave',
      tags: ['surveys'],
      params: s.waveParams,
      response: { 200: s.waveDetail, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => surveys.get(context(request), request.params.id),
  });

  app.patch(`${waves}/:id`, {
    schema: {
      operationId: 'updateSurveyWave',
      tags: ['surveys'],
      summary:
        "Change a wave; close it early by setting closesAt to now. A closed wave's dates are final (WAVE_CLOSED)",
      params: s.waveParams,
      body: s.updateWaveBody,
      response: { 200: s.waveDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => surveys.update(context(request), request.params.id, request.body),
  });

  app.post(`${waves}/:id/next`, {
    schema: {
      operationId: 'prepareNextSurveyWave',
      tags: ['surveys'],
      summary: 'Prepare the next wave of the repeat rule (same unit and template version, dates moved by N months)',
      params: s.waveParams,
      response: { 201: s.waveDetail, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await surveys.prepareNext(context(request), request.params.id)),
  });

  app.post(`${waves}/:id/invitation-codes`, {
    schema: {
      operationId: 'issueSurveyInvitationCodes',
      tags: ['surveys'],
      summary: 'Generate single-use invitation codes; once a wave has codes, answers need one',
      params: s.waveParams,
      body: s.codesBody,
      response: { 201: s.codesResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await surveys.issueCodes(context(request), request.params.id, request.body.count)),
  });

  app.get(`${waves}/:id/invitation-codes.csv`, {
    schema: {
      operationId: 'exportSurveyInvitationCodes',
      tags: ['surveys'],
      summary: 'Invitation codes as CSV (code, used)',
      params: s.waveParams,
      produces: ['text/csv'],
    },
    handler: async (request, reply) => {
      const { wave, codes } = await surveys.codes(context(request), request.params.id);
      // Codes are plain ASCII: no BOM, so the file pastes cleanly into a mail merge.
      const csv = toCsv(
        ['code', 'used'],
        codes.map((c) => [c.code, c.used ? 'yes' : 'no']),
        { bom: false },
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="survey-wave-${wave.id}-codes.csv"`)
        .send(csv);
    },
  });

  app.get(`${waves}/:id/results`, {
    schema: {
      operationId: 'getSurveyWaveResults',
      tags: ['surveys'],
      summary:
        'Per question distribution, n, mean and top-2-box with 95% intervals; dimensions; headline; response rate and margin of error. Cells under the minimum n are suppressed',
      params: s.waveParams,
      querystring: s.resultsQuery,
      response: { 200: s.waveResults, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => surveyResults.results(context(request), request.params.id, request.query),
  });

  app.post(`${waves}/:id/publication`, {
    schema: {
      operationId: 'publishSurveyWave',
      tags: ['surveys'],
      summary:
        "Publish a closed wave's results for everyone without login (or withdraw them): figures under the minimum n stay suppressed, free text is never public",
      params: s.waveParams,
      body: publicationBody,
      response: { 200: s.waveDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => surveys.publish(context(request), request.params.id, request.body.published),
  });

  app.get('/api/v1/public/survey-waves/:id/results', {
    schema: {
      operationId: 'getPublicSurveyWaveResults',
      tags: ['surveys', 'public'],
      summary: "A published wave's results (no free text); 404 when the unit has not published them",
      params: s.waveParams,
      response: { 200: s.waveResults, ...errorResponses(404) },
    },
    handler: (request) => surveyResults.publicResults(request.params.id),
  });

  app.get(`${waves}/:id/comparison`, {
    schema: {
      operationId: 'compareSurveyWaves',
      tags: ['surveys'],
      summary:
        'Two waves of one template version: difference in pp with Newcombe interval, two-proportion z-test, p-value and label',
      params: s.waveParams,
      querystring: s.comparisonQuery,
      response: { 200: s.waveComparison, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => surveyResults.compare(context(request), request.params.id, request.query.with),
  });

  app.get(`${waves}/:id/free-text`, {
    schema: {
      operationId: 'listSurveyFreeText',
      tags: ['surveys'],
      summary: 'Free-text answers, hidden ones marked',
      params: s.waveParams,
      response: { 200: s.freeTextList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => surveyResults.freeText(context(request), request.params.id),
  });

  app.patch(`${waves}/:id/free-text/:answerId`, {
    schema: {
      operationId: 'setSurveyFreeTextHidden',
      tags: ['surveys'],
      summary: 'Hide (or show again) a free-text answer; hidden text leaves results and exports',
      params: s.freeTextParams,
      body: s.freeTextBody,
      response: { 200: s.freeTextItem, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      surveyResults.setTextHidden(context(request), request.params.id, request.params.answerId, request.body),
  });

  app.get(`${waves}/:id/export`, {
    schema: {
      operationId: 'exportSurveyWave',
      tags: ['surveys'],
      summary:
        'Anonymised raw answers (csv, xlsx: random row order, the day only, hidden text blank) or the PDF report with charts',
      params: s.waveParams,
      querystring: s.exportQuery,
      produces: ['text/csv', XLSX_TYPE, 'application/pdf'],
    },
    handler: async (request, reply) => {
      const file = await surveyExports.export(
        context(request),
        request.params.id,
        request.query.format,
        request.query.lang,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  });

  // Public: respondents --------------------------------------------------------------------------

  app.get(`${publicSurveys}/:token`, {
    logLevel: RESPONDENT_LOG_LEVEL,
    schema: {
      operationId: 'getPublicSurvey',
      tags: ['surveys', 'public'],
      summary: "The respondents' page: status, window, the form; no login",
      params: s.publicParams,
      response: { 200: s.publicSurvey, ...errorResponses(404) },
    },
    handler: (request) => services.surveyResponses.get(request.params.token),
  });

  app.post(`${publicSurveys}/:token/responses`, {
    logLevel: RESPONDENT_LOG_LEVEL,
    bodyLimit: RESPONSE_BODY_LIMIT,
    // The answer is `{ ok: true }` to a script, never a page: helmet's page headers (CSP and the rest)
    // cost more than the rest of the request; the two that matter for JSON are set below.
    helmet: false,
    schema: {
      operationId: 'submitSurveyResponse',
      tags: ['surveys', 'public'],
      summary:
        'Submit an anonymous answer. 201 stored; 200 a replay of an Idempotency-Key already stored (nothing stored twice)',
      description:
        'Errors: 400 VALIDATION_FAILED (details: [{ path: "answers.<question>", code, message }]), INVITATION_CODE_REQUIRED, INVITATION_CODE_INVALID; ' +
        '404 SURVEY_NOT_FOUND; 409 WAVE_NOT_OPEN, WAVE_CLOSED, INVITATION_CODE_USED; 413 PAYLOAD_TOO_LARGE; ' +
        '422 IDEMPOTENCY_KEY_REUSED (the key was stored with a different body); 429 TOO_MANY_REQUESTS. Nothing is stored on any error.',
      params: s.publicParams,
      headers: s.submitHeaders,
      body: s.submitBody,
      response: { 200: s.submitted, 201: s.submitted, ...errorResponses(400, 404, 409, 413, 422, 429) },
    },
    handler: async (request, reply) => {
      const { replay } = await services.surveyResponses.submit(request.params.token, request.body, {
        address: request.ip,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply
        .status(replay ? 200 : 201)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send({ ok: true });
    },
  });
};
