import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, pageQuery, paged } from '../../http/schemas';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../http/session';
import * as s from './users.schemas';

export const usersRoutes: ModuleRoutes = (app, { services, config, context }) => {
  app.post('/api/v1/auth/login', {
    schema: {
      operationId: 'login',
      tags: ['auth'],
      summary: 'Log in; sets the httpOnly session cookie',
      body: s.loginBody,
      response: { 200: s.sessionResponse, ...errorResponses(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const { session, me } = await services.users.login({ ...request.body, address: request.ip });
      setSessionCookie(reply, request, config, session);
      return { user: me, csrfToken: session.csrfToken };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { operationId: 'logout', tags: ['auth'], response: { 204: z.null(), ...errorResponses(403) } },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await services.users.logout(token);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/me', {
    schema: {
      operationId: 'getMe',
      tags: ['auth'],
      summary: 'The current session; 200 with user null for an anonymous visitor',
      response: { 200: s.meResponse },
    },
    handler: (request) => services.users.me(context(request)),
  });

  app.post('/api/v1/auth/invitations/accept', {
    schema: {
      operationId: 'acceptInvitation',
      tags: ['auth'],
      summary: 'Set name and password from an invitation link; logs in',
      body: s.acceptInvitationBody,
      response: { 200: s.sessionResponse, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const { session, me } = await services.users.acceptInvitation(request.body);
      setSessionCookie(reply, request, config, session);
      return { user: me, csrfToken: session.csrfToken };
    },
  });

  app.get('/api/v1/users', {
    schema: {
      operationId: 'listUsers',
      tags: ['users'],
      summary: 'Users with their roles (admins only)',
      querystring: z.object({ q: z.string().max(200).optional(), ...pageQuery }),
      response: { 200: paged(s.listedUser), ...errorResponses(400, 401, 403) },
    },
    handler: (request) => services.users.list(context(request), request.query),
  });

  app.post('/api/v1/users', {
    schema: {
      operationId: 'createUser',
      tags: ['users'],
      summary: 'Create a user with a password, or invite one (admins only)',
      body: s.createUserBody,
      response: {
        201: z.object({ user: s.listedUser, invitationUrl: z.string().nullable() }),
        ...errorResponses(400, 401, 403, 409),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.users.create(context(request), request.body)),
  });

  app.post('/api/v1/users/:id/roles', {
    schema: {
      operationId: 'assignRole',
      tags: ['users'],
      summary: 'Grant a role in a unit, in a group or globally',
      params: z.object({ id: z.uuid() }),
      body: s.assignRoleBody,
      response: { 201: s.roleAssignment, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.users.assignRole(context(request), request.params.id, request.body)),
  });

  app.delete('/api/v1/users/:id/roles/:roleId', {
    schema: {
      operationId: 'revokeRole',
      tags: ['users'],
      params: z.object({ id: z.uuid(), roleId: z.coerce.number().int().positive() }),
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await services.users.revokeRole(context(request), request.params.id, request.params.roleId);
      return reply.status(204).send(null);
    },
  });
};
