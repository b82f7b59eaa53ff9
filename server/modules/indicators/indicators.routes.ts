import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, pageQuery, paged } from '../../http/schemas';
import * as s from './indicators.schemas';

export const indicatorsRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/indicators', {
    schema: {
      operationId: 'listIndicators',
      tags: ['indicators'],
      summary: 'Browse the indicator catalogue (search, filter by area, type, unit kind)',
      querystring: s.listIndicatorsQuery,
      response: { 200: paged(s.indicator), ...errorResponses(400) },
    },
    handler: (request) => services.indicators.listIndicators(request.query, request.actor ? 'members' : 'public'),
  });

  app.get('/api/v1/indicators/:code', {
    schema: {
      operationId: 'getIndicator',
      tags: ['indicators'],
      params: z.object({ code: z.string().max(80) }),
      response: { 200: s.indicator, ...errorResponses(404) },
    },
    handler: (request) =>
      services.indicators.getIndicator(request.params.code, {
        coverage: true,
        view: request.actor ? 'members' : 'public',
      }),
  });

  app.post('/api/v1/indicators', {
    schema: {
      operationId: 'createIndicator',
      tags: ['indicators'],
      summary: 'Add an indicator (network operators); the formula is checked against the variables',
      body: s.indicatorBody,
      response: { 201: s.indicator, ...errorResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.indicators.createIndicator(context(request), request.body)),
  });

  app.patch('/api/v1/indicators/:code', {
    schema: {
      operationId: 'updateIndicator',
      tags: ['indicators'],
      params: z.object({ code: z.string().max(80) }),
      body: s.indicatorBody.omit({ code: true }).partial(),
      response: { 200: s.indicator, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => services.indicators.updateIndicator(context(request), request.params.code, request.body),
  });

  app.get('/api/v1/round-templates', {
    schema: {
      operationId: 'listRoundTemplates',
      tags: ['indicators'],
      summary:
        'Round templates for what no public source holds (education, county roads, health, administration): variables, plausibility rules, instructions',
      response: { 200: s.roundTemplates },
    },
    handler: () => services.indicators.roundTemplates(),
  });

  app.get('/api/v1/variables', {
    schema: {
      operationId: 'listVariables',
      tags: ['indicators'],
      summary: 'Variables: what units report or BDL provides',
      querystring: z.object({ q: z.string().max(200).optional(), ...pageQuery }),
      response: { 200: paged(s.variable), ...errorResponses(400) },
    },
    handler: (request) => services.indicators.listVariables(request.query),
  });

  app.get('/api/v1/variables/:code', {
    schema: {
      operationId: 'getVariable',
      tags: ['indicators'],
      params: z.object({ code: z.string().max(80) }),
      response: { 200: s.variable, ...errorResponses(404) },
    },
    handler: (request) => services.indicators.getVariable(request.params.code),
  });

  app.post('/api/v1/variables', {
    schema: {
      operationId: 'createVariable',
      tags: ['indicators'],
      body: s.variableBody,
      response: { 201: s.variable, ...errorResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await services.indicators.createVariable(context(request), request.body)),
  });

  app.patch('/api/v1/variables/:code', {
    schema: {
      operationId: 'updateVariable',
      tags: ['indicators'],
      params: z.object({ code: z.string().max(80) }),
      body: s.variableBody.omit({ code: true }).partial(),
      response: { 200: s.variable, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => services.indicators.updateVariable(context(request), request.params.code, request.body),
  });
};
