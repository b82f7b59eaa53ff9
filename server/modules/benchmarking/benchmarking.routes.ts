import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { createResponseCache } from '../../http/response-cache';
import { errorResponses } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';
import * as s from './benchmarking.schemas';
import { unitReportPdf, unitReportXlsx } from './unit-report';

export const benchmarkingRoutes: ModuleRoutes = (app, { services }) => {
  // Members compare every approved value; anyone else only what a data release made public (#15).
  const b = (request: FastifyRequest) => (request.actor ? services.benchmarking : services.publicBenchmarking);
  const dashboards = createResponseCache({ maxEntries: 5_000, maxBytes: 256 * 1024 * 1024, ttlMs: 60 * 60_000 });

  app.get('/api/v1/benchmarking/units/:code', {
    schema: {
      operationId: 'getUnitBenchmark',
      tags: ['benchmarking'],
      summary:
        "A unit's indicators with its peer group's statistics and its position (default peers: units of its kind)",
      params: z.object({ code: unitCode }),
      querystring: s.peerQuery,
      response: {
        200: s.unitBenchmark,
        ...errorResponses(400, 404),
      },
    },
    serializerCompiler: s.plainJson,
    handler: async (request, reply) => {
      const service = b(request);
      const dashboard = () => service.unitDashboard(request.params.code, request.query);
      // group: peers follow a group's membership, which changes without a new engine build.
      if (request.query.peers?.includes('group:')) return dashboard();
      // The answer depends on the engine build and the URL only (members and the public have one
      // engine each): prepared once per build, then answered as bytes with an ETag (#16 item 2).
      const key = `${request.actor ? 'members' : 'public'}|${await service.buildNumber()}|${request.url}`;
      return dashboards.serve(
        request,
        reply,
        key,
        async () => ({
          status: 200,
          type: 'application/json; charset=utf-8',
          body: Buffer.from(JSON.stringify(await dashboard())),
        }),
        // Members' answers stay private and are revalidated by ETag; the public's are released data.
        request.actor ? 'private, no-cache' : 'public, max-age=60',
      );
    },
  });

  app.get('/api/v1/benchmarking/coverage', {
    schema: {
      operationId: 'getBenchmarkCoverage',
      tags: ['benchmarking'],
      summary:
        'Per indicator, members of a peer group with a value in a period (what the DEA and composite pickers offer)',
      querystring: s.peerQuery,
      response: { 200: s.pickerCoverage, ...errorResponses(400, 404) },
    },
    handler: (request) => b(request).pickerCoverage(request.query),
  });

  app.get('/api/v1/benchmarking/units/:code/report', {
    schema: {
      operationId: 'getUnitBenchmarkReport',
      tags: ['benchmarking'],
      summary: "A unit's benchmark report as PDF (charts, Polish typography) or XLSX (unrounded statistics)",
      params: z.object({ code: unitCode }),
      querystring: s.reportQuery,
      produces: ['application/pdf', s.XLSX],
      response: { 200: z.any().describe('The file'), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const data = await b(request).unitDashboard(request.params.code, query);
      const members = await b(request).peerMembers(request.params.code, {
        period: data.period,
        peers: data.peers.spec,
      });
      const name = `miernik-${data.unit.code}-${data.period}`;
      if (format === 'xlsx') {
        return reply
          .type(s.XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await unitReportXlsx(data, members, lang));
      }
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(await unitReportPdf(data, members, lang));
    },
  });

  app.get('/api/v1/benchmarking/indicators/:code', {
    schema: {
      operationId: 'getIndicatorBenchmark',
      tags: ['benchmarking'],
      summary:
        "An indicator's distribution in a peer group (default: all units it applies to) with every unit's value and position",
      params: z.object({ code: z.string().max(80) }),
      querystring: s.peerQuery,
      response: {
        200: s.indicatorBenchmark,
        ...errorResponses(400, 404),
      },
    },
    serializerCompiler: s.plainJson,
    handler: (request) => b(request).indicatorDistribution(request.params.code, request.query),
  });

  app.get('/api/v1/benchmarking/neighbours/:code', {
    schema: {
      operationId: 'getNeighbours',
      tags: ['benchmarking'],
      summary:
        "Nearest neighbours (CIPFA-style: standardised structural variables, weighted Euclidean distance) with each variable's contribution",
      params: z.object({ code: unitCode }),
      querystring: s.neighboursQuery,
      response: {
        200: s.neighbours,
        ...errorResponses(400, 404),
      },
    },
    handler: (request) =>
      b(request).neighbours(request.params.code, {
        k: request.query.k,
        period: request.query.period,
        weights: request.query.weights,
      }),
  });

  app.post('/api/v1/benchmarking/dea', {
    schema: {
      operationId: 'runDea',
      tags: ['benchmarking'],
      summary:
        'Data envelopment analysis (CCR/BCC, input/output orientation) over catalogue indicators; units lacking a value > 0 are listed as excluded',
      body: s.deaBody,
      response: {
        200: s.deaResult,
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => b(request).dea(request.body),
  });

  app.post('/api/v1/benchmarking/composite', {
    schema: {
      operationId: 'buildComposite',
      tags: ['benchmarking'],
      summary:
        'A composite index of catalogue indicators (polarity-aware) with ranks and, optionally, rank intervals from random weight perturbations',
      body: s.compositeBody,
      response: {
        200: s.compositeResult,
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => b(request).composite(request.body),
  });
};
