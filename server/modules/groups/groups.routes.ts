import { z } from 'zod';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, pageQuery, paged } from '../../http/schemas';
import { unitCode, unitSummary } from '../units/units.schemas';

const groupSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  serviceArea: z.string(),
  kind: z.enum(['network', 'programme']),
  isDemo: z.boolean().describe('Demo data, not a real network'),
  memberCount: z.number().int(),
});

const groupDetail = groupSummary.extend({
  members: z.array(unitSummary),
  moderators: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});

const groupBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).nullable().optional(),
  serviceArea: z.enum(SERVICE_AREAS),
  kind: z.enum(['network', 'programme']),
});

const idParams = z.object({ id: z.coerce.number().int().positive() });
const memberParams = idParams.extend({ unitCode });

export const groupsRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/groups/service-areas', {
    schema: {
      operationId: 'listServiceAreas',
      tags: ['groups'],
      response: { 200: z.object({ items: z.array(z.object({ id: z.string() })) }) },
    },
    handler: () => services.groups.serviceAreas(),
  });

  app.get('/api/v1/groups', {
    schema: {
      operationId: 'listGroups',
      tags: ['groups'],
      summary: 'Benchmarking networks and programmes',
      querystring: z.object({ q: z.string().max(200).optional(), ...pageQuery }),
      response: { 200: paged(groupSummary), ...errorResponses(400) },
    },
    handler: (request) => services.groups.list(request.query),
  });

  app.get('/api/v1/groups/:id', {
    schema: {
      operationId: 'getGroup',
      tags: ['groups'],
      params: idParams,
      response: { 200: groupDetail, ...errorResponses(400, 404) },
    },
    handler: (request) => services.groups.get(request.params.id),
  });

  app.post('/api/v1/groups', {
    schema: {
      operationId: 'createGroup',
      tags: ['groups'],
      body: groupBody,
      response: { 201: groupDetail, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.groups.create(context(request), request.body)),
  });

  app.patch('/api/v1/groups/:id', {
    schema: {
      operationId: 'updateGroup',
      tags: ['groups'],
      params: idParams,
      body: groupBody.partial(),
      response: { 200: groupDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => services.groups.update(context(request), request.params.id, request.body),
  });

  app.delete('/api/v1/groups/:id', {
    schema: {
      operationId: 'deleteGroup',
      tags: ['groups'],
      params: idParams,
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await services.groups.remove(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/groups/:id/members/:unitCode', {
    schema: {
      operationId: 'addGroupMember',
      tags: ['groups'],
      params: memberParams,
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await services.groups.addMember(context(request), request.params.id, request.params.unitCode);
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/v1/groups/:id/members/:unitCode', {
    schema: {
      operationId: 'removeGroupMember',
      tags: ['groups'],
      params: memberParams,
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await services.groups.removeMember(context(request), request.params.id, request.params.unitCode);
      return reply.status(204).send(null);
    },
  });
};
