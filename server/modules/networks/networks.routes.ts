import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, uploadBytes } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';
import * as s from './networks.schemas';
import { packPdf, packXlsx } from './networks.pack';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['networks'];
const idParams = s.idParams;

export const networksRoutes: ModuleRoutes = (app, { services, context }) => {
  const n = services.networks;

  // Programmes ----------------------------------------------------------------------------------

  app.get('/api/v1/network-programmes', {
    schema: {
      operationId: 'listNetworkProgrammes',
      tags,
      summary: 'Programmes of benchmarking networks (e.g. GWD 2011–2012)',
      response: { 200: s.programmeList, ...errorResponses(401) },
    },
    handler: (request) => n.listProgrammes(context(request)),
  });

  app.post('/api/v1/network-programmes', {
    schema: {
      operationId: 'createNetworkProgramme',
      tags,
      body: s.programmeBody,
      response: { 201: s.programmeDetail, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) => reply.status(201).send(await n.createProgramme(context(request), request.body)),
  });

  app.get('/api/v1/network-programmes/:id', {
    schema: {
      operationId: 'getNetworkProgramme',
      tags,
      params: idParams,
      response: { 200: s.programmeDetail, ...errorResponses(401, 404) },
    },
    handler: (request) => n.getProgramme(context(request), request.params.id),
  });

  app.patch('/api/v1/network-programmes/:id', {
    schema: {
      operationId: 'updateNetworkProgramme',
      tags,
      params: idParams,
      body: s.programmeBody.partial(),
      response: { 200: s.programmeDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.updateProgramme(context(request), request.params.id, request.body),
  });

  app.post('/api/v1/network-programmes/:id/groups', {
    schema: {
      operationId: 'addNetworkProgrammeGroup',
      tags,
      summary: 'Create a group in the programme, or attach an existing one',
      params: idParams,
      body: s.programmeGroupBody,
      response: { 201: z.object({ groupId: z.number().int() }), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.addGroup(context(request), request.params.id, request.body)),
  });

  // A group as a network ------------------------------------------------------------------------

  app.get('/api/v1/groups/:id/network', {
    schema: {
      operationId: 'getGroupNetwork',
      tags,
      summary: 'The group as a network: programme, members with delegates, indicator set, cycles, meetings',
      params: idParams,
      response: { 200: s.networkView, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => n.network(context(request), request.params.id),
  });

  app.put('/api/v1/groups/:id/indicator-set', {
    schema: {
      operationId: 'setGroupIndicatorSet',
      tags,
      params: idParams,
      body: s.indicatorSetBody,
      response: { 200: s.networkView, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.setIndicatorSet(context(request), request.params.id, request.body.items),
  });

  app.post('/api/v1/groups/:id/delegates', {
    schema: {
      operationId: 'addGroupDelegate',
      tags,
      summary: "A member unit's delegate to the group's meetings (strategic / middle / operational)",
      params: idParams,
      body: s.delegateBody,
      response: { 201: s.delegate, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.addDelegate(context(request), request.params.id, request.body)),
  });

  app.delete('/api/v1/network-delegates/:id', {
    schema: {
      operationId: 'removeGroupDelegate',
      tags,
      params: idParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await n.removeDelegate(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/network-delegates/:id/calendar.ics', {
    schema: {
      operationId: 'getDelegateCalendar',
      tags,
      summary: "The meetings of a delegate's group as iCalendar",
      params: idParams,
      produces: ['text/calendar'],
      response: { 200: z.string(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="miernik-delegate-${request.params.id}.ics"`)
        .send(await n.delegateCalendar(context(request), request.params.id)),
  });

  app.get('/api/v1/groups/:id/calendar.ics', {
    schema: {
      operationId: 'getGroupCalendar',
      tags,
      summary: "The group's meetings as iCalendar",
      params: idParams,
      produces: ['text/calendar'],
      response: { 200: z.string(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="miernik-group-${request.params.id}.ics"`)
        .send(await n.groupCalendar(context(request), request.params.id)),
  });

  // Cycles --------------------------------------------------------------------------------------

  app.post('/api/v1/groups/:id/cycles', {
    schema: {
      operationId: 'createNetworkCycle',
      tags,
      params: idParams,
      body: s.cycleBody,
      response: { 201: s.cycle, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.createCycle(context(request), request.params.id, request.body)),
  });

  app.patch('/api/v1/network-cycles/:id', {
    schema: {
      operationId: 'updateNetworkCycle',
      tags,
      params: idParams,
      body: s.cyclePatch,
      response: { 200: s.cycle, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.updateCycle(context(request), request.params.id, request.body),
  });

  app.get('/api/v1/network-cycles/:id/board', {
    schema: {
      operationId: 'getNetworkCycleBoard',
      tags,
      summary: 'Per member unit: data, surveys, plan and actions of the cycle',
      params: idParams,
      response: { 200: s.cycleBoard, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => n.cycleBoard(context(request), request.params.id),
  });

  // Meetings ------------------------------------------------------------------------------------

  app.post('/api/v1/groups/:id/meetings/schedule', {
    schema: {
      operationId: 'proposeMeetingSchedule',
      tags,
      summary: 'Propose quarterly meeting dates with the host rotating over the members (saves nothing)',
      params: idParams,
      body: s.scheduleBody,
      response: { 200: s.scheduleProposal, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.proposeSchedule(context(request), request.params.id, request.body),
  });

  app.post('/api/v1/groups/:id/meetings', {
    schema: {
      operationId: 'createMeetings',
      tags,
      summary: 'Save meetings (e.g. an edited schedule proposal)',
      params: idParams,
      body: s.meetingsBody,
      response: { 201: z.object({ items: z.array(s.meetingSummary) }), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.createMeetings(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/meetings/:id', {
    schema: {
      operationId: 'getMeeting',
      tags,
      params: idParams,
      response: { 200: s.meetingDetail, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => n.meeting(context(request), request.params.id),
  });

  app.patch('/api/v1/meetings/:id', {
    schema: {
      operationId: 'updateMeeting',
      tags,
      summary: 'Date, host, address, agenda, documents, minutes (Markdown)',
      params: idParams,
      body: s.meetingPatch,
      response: { 200: s.meetingDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.updateMeeting(context(request), request.params.id, request.body),
  });

  app.delete('/api/v1/meetings/:id', {
    schema: {
      operationId: 'deleteMeeting',
      tags,
      params: idParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await n.deleteMeeting(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/meetings/:id/attendance', {
    schema: {
      operationId: 'setMeetingAttendance',
      tags,
      params: idParams,
      body: s.attendanceBody,
      response: { 200: s.meetingDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.setAttendance(context(request), request.params.id, request.body.attendees),
  });

  app.post('/api/v1/meetings/:id/actions', {
    schema: {
      operationId: 'addMeetingAction',
      tags,
      summary: 'An agreed action: who (a member unit and a person), what, by when',
      params: idParams,
      body: s.meetingActionBody,
      response: { 201: s.meetingAction, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.addMeetingAction(context(request), request.params.id, request.body)),
  });

  app.patch('/api/v1/meeting-actions/:id', {
    schema: {
      operationId: 'updateMeetingAction',
      tags,
      params: idParams,
      body: s.meetingActionPatch,
      response: { 200: s.meetingAction, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.updateMeetingAction(context(request), request.params.id, request.body),
  });

  app.post('/api/v1/meeting-actions/:id/to-plan', {
    schema: {
      operationId: 'sendMeetingActionToPlan',
      tags,
      summary: "Send an agreed action to its unit's improvement plan (created when missing), keeping the link",
      params: idParams,
      body: s.toPlanBody,
      response: { 201: s.toPlanResult, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.actionToPlan(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/meetings/:id/pack', {
    schema: {
      operationId: 'getMeetingPack',
      tags,
      summary: 'The meeting pack as PDF or XLSX, from the values approved as of a date (reproducible)',
      params: idParams,
      querystring: s.packQuery.extend({ format: z.enum(['pdf', 'xlsx']).default('pdf') }),
      produces: ['application/pdf', XLSX],
      response: { 200: z.any().describe('The file'), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { format, lang, asOf } = request.query;
      const data = await n.pack(context(request), request.params.id, { asOf });
      const name = `miernik-spotkanie-${data.meeting.id}-${data.asOf.slice(0, 10)}`;
      if (format === 'xlsx')
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await packXlsx(data, lang));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(await packPdf(data, lang));
    },
  });

  app.get('/api/v1/meetings/:id/pack/data', {
    schema: {
      operationId: 'getMeetingPackData',
      tags,
      summary: 'The numbers of the meeting pack as JSON',
      params: idParams,
      querystring: s.packQuery.pick({ asOf: true }),
      response: { 200: s.pack, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.pack(context(request), request.params.id, request.query),
  });

  // Decision quality ----------------------------------------------------------------------------

  app.post('/api/v1/units/:code/decision-cases', {
    schema: {
      operationId: 'importDecisionCases',
      tags,
      summary: "Case-level decision-quality import: the unit's period figures computed and written to the value store",
      description: `${s.caseColumnsDescription}. All or nothing; problems in error.details as {row, column, reason}.`,
      params: z.object({ code: unitCode }),
      querystring: s.caseImportQuery,
      response: { 200: s.caseImportResult, ...errorResponses(400, 401, 403, 404, 413, 415) },
    },
    handler: (request) =>
      n.importCases(context(request), request.params.code, uploadBytes(request.body), request.query),
  });

  app.get('/api/v1/groups/:id/decision-quality', {
    schema: {
      operationId: 'getGroupDecisionQuality',
      tags,
      summary: 'Decision-quality comparison of the group (METHODS §7)',
      params: idParams,
      response: { 200: s.decisionQuality, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => n.decisionQuality(context(request), request.params.id),
  });

  app.post('/api/v1/groups/:id/decision-quality/rounds', {
    schema: {
      operationId: 'openDecisionQualityRound',
      tags,
      summary: 'Open a data-collection round of the decision-quality variables for the group (the round template)',
      params: idParams,
      body: s.decisionRoundBody,
      response: {
        201: z.object({ id: z.number().int(), name: z.string() }).loose(),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await n.openDecisionQualityRound(context(request), request.params.id, {
          ...request.body,
          deadline: new Date(request.body.deadline),
        }),
      ),
  });

  // Discussion ----------------------------------------------------------------------------------

  app.get('/api/v1/groups/:id/comments', {
    schema: {
      operationId: 'listGroupComments',
      tags,
      params: idParams,
      response: { 200: s.commentList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => n.comments(context(request), request.params.id),
  });

  app.post('/api/v1/groups/:id/comments', {
    schema: {
      operationId: 'addGroupComment',
      tags,
      summary: 'A question or reply on an indicator of the group for a period (visible to the group only)',
      params: idParams,
      body: s.commentBody,
      response: { 201: s.comment, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await n.addComment(context(request), request.params.id, request.body)),
  });

  app.post('/api/v1/network-comments/:id/pin', {
    schema: {
      operationId: 'pinGroupComment',
      tags,
      summary: "Pin a question to a meeting's agenda (default the next meeting)",
      params: idParams,
      body: s.pinBody,
      response: { 200: s.comment, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => n.pinComment(context(request), request.params.id, request.body),
  });
};
