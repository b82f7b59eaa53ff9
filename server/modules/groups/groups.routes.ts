import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, pageQuery, paged } from '../../http/schemas';
import { groupBody, groupDetail, groupSummary, idParams, memberParams } from './groups.schemas';

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
