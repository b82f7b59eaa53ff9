import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';

const localized = z.object({ pl: z.string(), en: z.string() });
const indicator = z.object({ code: z.string(), names: localized, unit: z.string(), decimals: z.number().int(), polarity: z.string(), area: z.string(), type: z.string() });
const nullableNumber = z.number().nullable();
const stats = z.object({
  n: z.number().int(), missing: z.number().int(), min: nullableNumber, q1: nullableNumber, median: nullableNumber, q3: nullableNumber,
  max: nullableNumber, mean: nullableNumber, sd: nullableNumber, best: nullableNumber,
  smallGroup: z.boolean().describe('Fewer than 5 units with a value: show, never colour as a solid comparison'),
}).describe('Quantiles as PostgreSQL percentile_cont; sd is the sample SD');
const position = z.object({
  value: z.number(), n: z.number().int(), rank: nullableNumber.describe('1 = best by polarity; ties share a rank'), ascendingRank: z.number().int(),
  percentRank: z.number().describe('PostgreSQL percent_rank over ascending values'), betterThan: nullableNumber, quartile: z.number().int().nullable().describe('1 = best quarter'),
  zScore: nullableNumber, gapToMedian: z.number().describe('positive = better than the median'), gapToBest: nullableNumber, smallGroup: z.boolean(),
}).nullable();
const peers = z.object({ spec: z.string(), count: z.number().int() });
const unitRef = z.object({ code: z.string(), name: z.string(), kind: z.string() });
const peerQuery = z.object({
  period: z.string().max(10).optional(),
  peers: z.string().max(20_000).optional().describe('Peer-group spec: kind:K, voivodeship:WW, size:MIN-MAX, group:ID, nn:CODE:K, units:A,B,C, all; combined with &'),
});

export const benchmarkingRoutes: ModuleRoutes = (app, { services }) => {
  const b = services.benchmarking;

  app.get('/api/v1/benchmarking/units/:code', {
    schema: {
      operationId: 'getUnitBenchmark', tags: ['benchmarking'], summary: "A unit's indicators with its peer group's statistics and its position (default peers: units of its kind)",
      params: z.object({ code: unitCode }), querystring: peerQuery,
      response: {
        200: z.object({
          unit: unitRef, period: z.string(), peers,
          items: z.array(z.object({
            indicator, value: nullableNumber, stats, position,
            trend: z.array(z.object({ period: z.string(), value: nullableNumber })),
            direction: z.enum(['improving', 'worsening', 'stable', 'insufficient-data', 'rising', 'falling']),
          })),
        }),
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => b.unitDashboard(request.params.code, request.query),
  });

  app.get('/api/v1/benchmarking/indicators/:code', {
    schema: {
      operationId: 'getIndicatorBenchmark', tags: ['benchmarking'], summary: "An indicator's distribution in a peer group (default: all units it applies to) with every unit's value and position",
      params: z.object({ code: z.string().max(80) }), querystring: peerQuery,
      response: {
        200: z.object({ indicator, period: z.string(), peers, stats, items: z.array(z.object({ unit: unitRef, value: nullableNumber, position })) }),
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => b.indicatorDistribution(request.params.code, request.query),
  });

  app.get('/api/v1/benchmarking/neighbours/:code', {
    schema: {
      operationId: 'getNeighbours', tags: ['benchmarking'],
      summary: 'Nearest neighbours (CIPFA-style: standardised structural variables, weighted Euclidean distance) with each variable\'s contribution',
      params: z.object({ code: unitCode }),
      querystring: z.object({
        k: z.coerce.number().int().min(1).max(200).default(15),
        period: z.string().max(10).optional(),
        weights: z.string().max(1000).optional().describe('Re-weighting, e.g. population_total:2,own_revenue_per_capita:0')
          .transform((text, ctx) => {
            if (!text) return undefined;
            const out: Record<string, number> = {};
            for (const part of text.split(',')) {
              const [key, raw] = part.split(':');
              const weight = Number(raw);
              if (!key || raw === undefined || !Number.isFinite(weight) || weight < 0) {
                ctx.addIssue({ code: 'custom', message: `"${part}" is not variable:weight with a weight ≥ 0` });
                return z.NEVER;
              }
              out[key] = weight;
            }
            return out;
          }),
      }),
      response: {
        200: z.object({
          unit: unitRef, period: z.string(), code: z.string(),
          variables: z.array(z.object({ key: z.string(), transform: z.string(), names: localized })),
          weights: z.record(z.string(), z.number()), imputedVariables: z.array(z.string()), farthestDistance: z.number(),
          neighbours: z.array(z.object({
            code: z.string(), name: z.string(), rank: z.number().int(), distance: z.number(), relativeDistance: z.number(),
            contributions: z.array(z.object({
              variable: z.string(), weight: z.number(), rawUnit: nullableNumber, rawNeighbour: nullableNumber, zUnit: z.number(), zNeighbour: z.number(),
              imputedUnit: z.boolean(), imputedNeighbour: z.boolean(), contribution: z.number(), share: nullableNumber,
            })),
          })),
        }),
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => b.neighbours(request.params.code, { k: request.query.k, period: request.query.period, weights: request.query.weights }),
  });
};
