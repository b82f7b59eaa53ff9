import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, paged } from '../../http/schemas';
import * as s from './units.schemas';

export const unitsRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/units', {
    schema: {
      operationId: 'listUnits',
      tags: ['units'],
      summary: 'Search and filter units (JST and imported sets)',
      querystring: s.listUnitsQuery,
      response: { 200: paged(s.unitSummary), ...errorResponses(400) },
    },
    handler: (request) => services.units.list(request.query),
  });

  app.get('/api/v1/units/kinds', {
    schema: {
      operationId: 'listUnitKinds',
      tags: ['units'],
      summary: 'Kinds of current units with counts',
      response: { 200: z.object({ items: z.array(z.object({ kind: z.string(), count: z.number().int() })) }) },
    },
    handler: () => services.units.kinds(),
  });

  app.get('/api/v1/units/:code', {
    schema: {
      operationId: 'getUnit',
      tags: ['units'],
      summary: 'A unit with its parents, children, siblings and history',
      params: z.object({ code: s.unitCode }),
      response: { 200: s.unitDetail, ...errorResponses(400, 404) },
    },
    handler: (request) => services.units.get(request.params.code),
  });

  app.patch('/api/v1/units/:code', {
    schema: {
      operationId: 'updateUnitProfile',
      tags: ['units'],
      summary: "Edit a unit's public profile (its coordinators and admins)",
      params: z.object({ code: s.unitCode }),
      body: s.profilePatch,
      response: { 200: s.unitDetail, ...errorResponses(400, 401, 403, 404) },
    },
    handler: (request) => services.units.updateProfile(context(request), request.params.code, request.body),
  });

  app.post('/api/v1/units/import', {
    schema: {
      operationId: 'importUnits',
      tags: ['units'],
      summary: 'Import a units CSV (code,name,kind,parent_code) — all or nothing',
      description:
        'Body: the CSV file as text/csv (UTF-8, "," or ";"). Every bad line is reported in error.details as {line, field?, reason}.',
      querystring: s.importQuery,
      response: { 200: s.importResult, ...errorResponses(400, 401, 403, 413, 415) },
    },
    handler: (request) => {
      const body = request.body;
      const bytes = Buffer.isBuffer(body)
        ? new Uint8Array(body)
        : typeof body === 'string'
          ? new TextEncoder().encode(body)
          : new Uint8Array();
      return services.units.importCsv(context(request), bytes, {
        dryRun: request.query.dryRun,
        fileName: request.query.fileName,
      });
    },
  });

  app.get('/api/v1/maps', {
    schema: {
      operationId: 'getMap',
      tags: ['units'],
      summary: 'Boundaries as a GeoJSON FeatureCollection (properties: code, name, kind)',
      querystring: s.mapQuery,
      response: {
        200: z.object({
          type: z.literal('FeatureCollection'),
          features: z.array(
            z.object({
              type: z.literal('Feature'),
              properties: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
              geometry: z.unknown(),
            }),
          ),
        }),
        ...errorResponses(400, 404),
      },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return services.units.map(request.query.level, request.query.within) as never;
    },
  });
};
