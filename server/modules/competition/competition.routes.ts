import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses } from '../../http/schemas';
import * as s from './competition.schemas';

const tags = ['competition'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const editions = '/api/v1/competition-editions';
const applications = '/api/v1/competition-applications';

export const competitionRoutes: ModuleRoutes = (app, { services, context }) => {
  const c = services.competition;

  app.get(editions, {
    schema: {
      operationId: 'listCompetitionEditions',
      tags,
      summary: 'Editions of the management competition',
      response: { 200: z.object({ items: z.array(s.edition) }), ...errorResponses(401) },
    },
    handler: (request) => c.list(context(request)),
  });

  app.post(editions, {
    schema: {
      operationId: 'createCompetitionEdition',
      tags,
      summary: 'Create an edition: theme, categories, criteria (weights sum to 100), form, eligibility, timeline',
      body: s.editionBody,
      response: { 201: s.edition, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) => reply.status(201).send(await c.create(context(request), request.body)),
  });

  app.get(`${editions}/:id`, {
    schema: {
      operationId: 'getCompetitionEdition',
      tags,
      params: idParams,
      response: { 200: s.edition, ...errorResponses(401, 404) },
    },
    handler: (request) => c.get(context(request), request.params.id),
  });

  app.patch(`${editions}/:id`, {
    schema: {
      operationId: 'updateCompetitionEdition',
      tags,
      params: idParams,
      body: s.editionPatch,
      response: { 200: s.edition, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.update(context(request), request.params.id, request.body),
  });

  app.put(`${editions}/:id/criteria`, {
    schema: {
      operationId: 'setCompetitionCriteria',
      tags,
      summary: 'Replace the criteria; weights must sum to 100; refused once scoring started',
      params: idParams,
      body: s.criteriaBody,
      response: { 200: s.edition, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.setCriteria(context(request), request.params.id, request.body.criteria),
  });

  app.get(`${editions}/:id/applications`, {
    schema: {
      operationId: 'listCompetitionApplications',
      tags,
      summary: "Operators: every submitted application; others: their units' applications",
      params: idParams,
      response: { 200: z.object({ items: z.array(s.application) }), ...errorResponses(401, 404) },
    },
    handler: (request) => c.listApplications(context(request), request.params.id),
  });

  app.post(`${editions}/:id/applications`, {
    schema: {
      operationId: 'createCompetitionApplication',
      tags,
      summary: "Draft a unit's application (its coordinator) while the call is open",
      params: idParams,
      body: s.applicationBody,
      response: { 201: s.application, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await c.createApplication(context(request), request.params.id, request.body)),
  });

  app.get(`${applications}/:id`, {
    schema: {
      operationId: 'getCompetitionApplication',
      tags,
      summary: 'An application with its claimed results checked against the data (unit, operators, assigned jurors)',
      params: idParams,
      response: { 200: s.applicationDetail, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => c.getApplication(context(request), request.params.id),
  });

  app.patch(`${applications}/:id`, {
    schema: {
      operationId: 'updateCompetitionApplication',
      tags,
      params: idParams,
      body: s.applicationPatch,
      response: { 200: s.application, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.updateApplication(context(request), request.params.id, request.body),
  });

  const attachmentParams = z.object({
    id: z.coerce.number().int().positive(),
    requirementId: z.string().min(1).max(60),
  });

  app.put(`${applications}/:id/attachments/:requirementId`, {
    schema: {
      operationId: 'uploadCompetitionAttachment',
      tags,
      summary: 'Upload a required attachment: the PDF itself as the body (application/pdf), at most 10 MB',
      params: attachmentParams,
      querystring: z.object({ fileName: z.string().max(200).optional() }),
      response: { 200: s.application, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
    },
    handler: (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return c.uploadAttachment(context(request), request.params.id, request.params.requirementId, {
        fileName: request.query.fileName ?? `${request.params.requirementId}.pdf`,
        body,
      });
    },
  });

  app.get(`${applications}/:id/attachments/:requirementId`, {
    schema: {
      operationId: 'downloadCompetitionAttachment',
      tags,
      params: attachmentParams,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const file = await c.downloadAttachment(context(request), request.params.id, request.params.requirementId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  });

  app.post(`${applications}/:id/submit`, {
    schema: {
      operationId: 'submitCompetitionApplication',
      tags,
      summary: 'Submit before the deadline; 400 names every missing field and unmet eligibility rule',
      params: idParams,
      response: { 200: s.application, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.submitApplication(context(request), request.params.id),
  });

  app.post(`${applications}/:id/formal-check`, {
    schema: {
      operationId: 'checkCompetitionApplication',
      tags,
      summary: 'The formal check: eligible or not, with the reason the unit sees',
      params: idParams,
      body: s.formalCheckBody,
      response: { 200: s.application, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.formalCheck(context(request), request.params.id, request.body),
  });

  app.get(`${editions}/:id/jurors`, {
    schema: {
      operationId: 'listCompetitionJurors',
      tags,
      params: idParams,
      response: { 200: s.jurors, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => c.listJurors(context(request), request.params.id),
  });

  const jurorParams = z.object({ id: z.coerce.number().int().positive(), userId: z.uuid() });

  app.put(`${editions}/:id/jurors/:userId`, {
    schema: {
      operationId: 'inviteCompetitionJuror',
      tags,
      summary: 'Invite a user holding the juror role, with their category expertise',
      params: jurorParams,
      body: s.jurorBody,
      response: { 200: s.jurors, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => c.inviteJuror(context(request), request.params.id, request.params.userId, request.body),
  });

  app.delete(`${editions}/:id/jurors/:userId`, {
    schema: {
      operationId: 'removeCompetitionJuror',
      tags,
      params: jurorParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await c.removeJuror(context(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  });

  app.get(`${editions}/:id/conflicts`, {
    schema: {
      operationId: 'listCompetitionConflicts',
      tags,
      summary:
        'Conflicts of interest of every invited juror: same unit, same powiat/gmina hierarchy, same group, declared',
      params: idParams,
      response: { 200: s.conflicts, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => c.conflicts(context(request), request.params.id),
  });

  app.post(`${applications}/:id/conflicts`, {
    schema: {
      operationId: 'declareCompetitionConflict',
      tags,
      summary: 'A juror declares a conflict; they leave the application and another juror replaces them',
      params: idParams,
      body: s.declareBody,
      response: {
        200: z.object({ applicationId: z.number().int(), declared: z.boolean(), replacementAssigned: z.boolean() }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: (request) => c.declareConflict(context(request), request.params.id, request.body),
  });

  app.post(`${editions}/:id/assignment`, {
    schema: {
      operationId: 'solveCompetitionAssignment',
      tags,
      summary:
        'Assign k jurors to each eligible application: no conflicts, loads within ±1, expertise respected (min-cost flow); 409 ASSIGNMENT_INFEASIBLE says why',
      params: idParams,
      response: { 200: s.board, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => c.solveAssignment(context(request), request.params.id),
  });

  app.get(`${editions}/:id/board`, {
    schema: {
      operationId: 'getCompetitionBoard',
      tags,
      summary: "The operator's board: eligibility, assignment, scoring progress and spread",
      params: idParams,
      response: { 200: s.board, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => c.board(context(request), request.params.id),
  });

  app.get(`${editions}/:id/my-queue`, {
    schema: {
      operationId: 'getCompetitionQueue',
      tags,
      summary: "The calling juror's applications to score",
      params: idParams,
      response: { 200: s.queue, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => c.myQueue(context(request), request.params.id),
  });

  app.put(`${applications}/:id/my-scores/:criterionId`, {
    schema: {
      operationId: 'saveCompetitionScore',
      tags,
      summary: 'Score one criterion with a justification (assigned, conflict-free jurors only)',
      params: z.object({ id: z.coerce.number().int().positive(), criterionId: z.string().min(1).max(60) }),
      body: s.scoreBody,
      response: {
        200: z.object({ criterionId: z.string(), score: z.number(), justification: z.string() }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: (request) => c.saveScore(context(request), request.params.id, request.params.criterionId, request.body),
  });

  app.post(`${applications}/:id/my-scores/submit`, {
    schema: {
      operationId: 'submitCompetitionScores',
      tags,
      summary: 'Submit your scores of the application; a spread above the threshold brings in an extra juror',
      params: idParams,
      response: {
        200: z.object({ applicationId: z.number().int(), submitted: z.boolean(), extraJurorAssigned: z.boolean() }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: (request) => c.submitScores(context(request), request.params.id),
  });

  app.get(`${editions}/:id/ranking`, {
    schema: {
      operationId: 'getCompetitionRanking',
      tags,
      summary: 'Ranking per category, raw or calibrated (juror z-scores), with bootstrap rank intervals over jurors',
      params: idParams,
      querystring: s.rankingQuery,
      response: { 200: s.ranking, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => c.ranking(context(request), request.params.id, request.query),
  });

  app.put(`${applications}/:id/consensus`, {
    schema: {
      operationId: 'setCompetitionConsensus',
      tags,
      summary: "The panel's agreed score; a reason when it differs from the calibrated one",
      params: idParams,
      body: s.consensusBody,
      response: {
        200: z.object({
          applicationId: z.number().int(),
          score: z.number(),
          reason: z.string().nullable(),
          calibrated: z.number().nullable(),
        }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: (request) => c.setConsensus(context(request), request.params.id, request.body),
  });

  app.put(`${applications}/:id/award`, {
    schema: {
      operationId: 'setCompetitionAward',
      tags,
      params: idParams,
      body: s.awardBody,
      response: {
        200: z.object({
          applicationId: z.number().int(),
          award: z.enum(['laureate', 'distinction']),
          reason: z.string(),
        }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: (request) => c.setAward(context(request), request.params.id, request.body),
  });

  app.delete(`${applications}/:id/award`, {
    schema: {
      operationId: 'removeCompetitionAward',
      tags,
      params: idParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await c.removeAward(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post(`${editions}/:id/publish`, {
    schema: {
      operationId: 'publishCompetitionResults',
      tags,
      summary: 'Publish the results: the winners become public',
      params: idParams,
      response: { 200: s.edition, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => c.publish(context(request), request.params.id),
  });

  app.get('/api/v1/public/competition-editions', {
    schema: {
      operationId: 'listPublicCompetitionEditions',
      tags: [...tags, 'public'],
      summary: 'Editions with published results',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number().int(),
              name: z.string(),
              theme: z.string(),
              year: z.number().int(),
              resultsPublishedAt: z.string(),
            }),
          ),
        }),
      },
    },
    handler: () => c.publicList(),
  });

  app.get('/api/v1/public/competition-editions/:id/results', {
    schema: {
      operationId: 'getPublicCompetitionResults',
      tags: [...tags, 'public'],
      summary: 'Published winners per category with the jury reasons; 404 until published',
      params: idParams,
      response: { 200: s.publicResults, ...errorResponses(404) },
    },
    handler: (request) => c.publicResults(request.params.id),
  });
};
