import { z } from 'zod';
import { frameworkSchema } from '../../../domain/self-assessment/framework';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, publicationBody } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';
import { assessmentPdf, assessmentXlsx } from './self-assessment.report';
import * as s from './self-assessment.schemas';

const tags = ['self-assessment'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const itemParams = idParams.extend({ itemId: s.itemId });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const selfAssessmentRoutes: ModuleRoutes = (app, { services, context }) => {
  const sa = services.selfAssessment;

  app.get('/api/v1/self-assessment/frameworks', {
    schema: {
      operationId: 'listFrameworks',
      tags,
      summary: 'Assessment frameworks shipped as data (CAF 2020, EFQM)',
      response: { 200: z.object({ items: z.array(s.frameworkSummary) }) },
    },
    handler: () => sa.frameworkList(),
  });

  app.get('/api/v1/self-assessment/frameworks/:id', {
    schema: {
      operationId: 'getFramework',
      tags,
      summary:
        "A framework's whole structure: kinds, criteria and subcriteria with titles and examples, scoring modes, panels and bands",
      params: z.object({ id: s.frameworkId }),
      response: { 200: frameworkSchema, ...errorResponses(400, 404) },
    },
    handler: (request) => sa.framework(request.params.id),
  });

  app.get('/api/v1/self-assessment/frameworks/:id/unit-comparison', {
    schema: {
      operationId: 'compareUnitsAssessments',
      tags,
      summary: 'Latest closed totals of units under a framework — indicative, suppressed below 5 units',
      params: z.object({ id: s.frameworkId }),
      response: { 200: s.unitComparison, ...errorResponses(400, 401, 404) },
    },
    handler: (request) => sa.unitComparison(context(request), request.params.id),
  });

  app.get('/api/v1/units/:code/assessments', {
    schema: {
      operationId: 'listUnitAssessments',
      tags,
      params: z.object({ code: unitCode }),
      response: { 200: z.object({ items: z.array(s.assessmentSummary) }), ...errorResponses(401, 403, 404) },
    },
    handler: (request) => sa.list(context(request), request.params.code),
  });

  app.post('/api/v1/units/:code/assessments', {
    schema: {
      operationId: 'createAssessment',
      tags,
      summary: "Start a self-assessment round (the unit's coordinators)",
      params: z.object({ code: unitCode }),
      body: s.createAssessmentBody,
      response: { 201: s.assessmentDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sa.create(context(request), request.params.code, request.body)),
  });

  app.get('/api/v1/units/:code/assessments/comparison', {
    schema: {
      operationId: 'compareAssessmentRounds',
      tags,
      summary: 'All closed rounds of a unit under a framework: totals and criteria over time',
      params: z.object({ code: unitCode }),
      querystring: z.object({ framework: s.frameworkId.default('caf-2020') }),
      response: { 200: s.rounds, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sa.rounds(context(request), request.params.code, request.query.framework),
  });

  app.get('/api/v1/assessments/:id', {
    schema: {
      operationId: 'getAssessment',
      tags,
      params: idParams,
      response: { 200: s.assessmentDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sa.get(context(request), request.params.id),
  });

  app.put('/api/v1/assessments/:id/members', {
    schema: {
      operationId: 'setAssessmentMembers',
      tags,
      summary: "Set the self-assessment group (before consensus; leader or the unit's coordinators)",
      params: idParams,
      body: s.setMembersBody,
      response: { 200: s.assessmentDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.setMembers(context(request), request.params.id, request.body.members),
  });

  app.post('/api/v1/assessments/:id/team/invitations', {
    schema: {
      operationId: 'inviteAssessmentMember',
      tags,
      summary:
        "Invite a person into the group (the unit's coordinators): creates or reuses the user, grants unit-member, adds them",
      params: idParams,
      body: s.inviteMemberBody,
      response: {
        201: z.object({
          assessment: s.assessmentDetail,
          invited: z.object({ userId: z.uuid(), email: z.string(), created: z.boolean() }),
          invitationUrl: z
            .string()
            .nullable()
            .describe('The link to pass on, as the users panel gives it; null when the person already has a password'),
        }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await sa.inviteMember(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/assessments/:id/my-scores', {
    schema: {
      operationId: 'getMyScores',
      tags,
      summary: "The caller's own individual scores (members only)",
      params: idParams,
      response: { 200: s.myScores, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sa.myScores(context(request), request.params.id),
  });

  app.put('/api/v1/assessments/:id/my-scores/:itemId', {
    schema: {
      operationId: 'saveMyScore',
      tags,
      summary:
        'Save one individual score with evidence; SCORE_INVALID names the subcriterion; 409 once submitted or after scoring',
      params: itemParams,
      body: s.scoreBody,
      response: { 200: s.savedScore, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.saveMyScore(context(request), request.params.id, request.params.itemId, request.body),
  });

  app.post('/api/v1/assessments/:id/my-scores/submit', {
    schema: {
      operationId: 'submitMyScores',
      tags,
      summary: 'Submit the individual assessment; SCORES_INCOMPLETE lists unscored items',
      params: idParams,
      response: { 200: z.object({ submittedAt: z.string() }), ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.submitMyScores(context(request), request.params.id),
  });

  app.post('/api/v1/assessments/:id/consensus', {
    schema: {
      operationId: 'openConsensus',
      tags,
      summary:
        'Open consensus (leader); CONSENSUS_NOT_READY lists who has not submitted unless overridden with a reason',
      params: idParams,
      body: s.openConsensusBody,
      response: { 200: s.assessmentDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.openConsensus(context(request), request.params.id, request.body.override),
  });

  app.get('/api/v1/assessments/:id/spread', {
    schema: {
      operationId: 'getAssessmentSpread',
      tags,
      summary:
        'Individual scores per item with min/max/median, largest disagreement first (group and coordinators, once consensus is open)',
      params: idParams,
      response: { 200: s.spread, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.spread(context(request), request.params.id),
  });

  app.put('/api/v1/assessments/:id/consensus/:itemId', {
    schema: {
      operationId: 'saveConsensusScore',
      tags,
      summary: 'Record the agreed score and evidence of an item (leader)',
      params: itemParams,
      body: s.scoreBody,
      response: { 200: s.savedConsensus, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.saveConsensus(context(request), request.params.id, request.params.itemId, request.body),
  });

  app.post('/api/v1/assessments/:id/close', {
    schema: {
      operationId: 'closeAssessment',
      tags,
      summary:
        'Close the round (leader); CONSENSUS_INCOMPLETE lists items without an agreed score; afterwards every change is ASSESSMENT_CLOSED',
      params: idParams,
      response: { 200: s.assessmentDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.close(context(request), request.params.id),
  });

  app.get('/api/v1/assessments/:id/results', {
    schema: {
      operationId: 'getAssessmentResults',
      tags,
      summary:
        'Consensus results: criteria (0–100), total (CAF 0–900) and average (0–100), change since the previous round',
      params: idParams,
      response: { 200: s.results, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => sa.results(context(request), request.params.id),
  });

  app.post('/api/v1/assessments/:id/publication', {
    schema: {
      operationId: 'publishAssessment',
      tags,
      summary:
        "Publish a closed round's agreed scores and evidence for everyone without login (or withdraw them); individual scores and the team stay internal",
      params: idParams,
      body: publicationBody,
      response: { 200: s.assessmentDetail, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => sa.publish(context(request), request.params.id, request.body.published),
  });

  app.get('/api/v1/public/assessments/:id', {
    schema: {
      operationId: 'getPublicAssessment',
      tags: [...tags, 'public'],
      summary: "A published round's agreed results with its unit; 404 when the unit has not published it",
      params: idParams,
      response: { 200: s.publicResults, ...errorResponses(404) },
    },
    handler: (request) => sa.publicResults(request.params.id),
  });

  app.get('/api/v1/assessments/:id/report', {
    schema: {
      operationId: 'getAssessmentReport',
      tags,
      summary: 'The results as PDF (with the radar chart) or XLSX',
      params: idParams,
      querystring: z.object({
        format: z.enum(['pdf', 'xlsx']).default('pdf'),
        lang: z.enum(['pl', 'en']).default('pl'),
      }),
      produces: ['application/pdf', XLSX],
    },
    handler: async (request, reply) => {
      const data = await sa.reportData(context(request), request.params.id);
      // Unit codes of imported (non-TERYT) units may hold any letter: keep the header plain ASCII.
      const name = `samoocena-${data.unit.code}-${data.framework.id}-runda-${data.results.assessment.round}`.replace(
        /[^A-Za-z0-9._-]/g,
        '_',
      );
      if (request.query.format === 'xlsx') {
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await assessmentXlsx(data, request.query.lang));
      }
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(await assessmentPdf(data, request.query.lang));
    },
  });
};
