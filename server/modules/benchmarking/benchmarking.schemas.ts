/** Request and response schemas of the benchmarking API (the OpenAPI document and the web's types come from them). */
import { z } from 'zod';
import { POLARITIES } from '../../../domain/catalogue/catalogue';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const localized = z.object({ pl: z.string(), en: z.string() });
const indicator = z.object({
  code: z.string(),
  names: localized,
  unit: z.string(),
  decimals: z.number().int(),
  polarity: z.enum(POLARITIES),
  area: z.string(),
  type: z.string(),
});
const nullableNumber = z.number().nullable();
const stats = z
  .object({
    n: z.number().int(),
    missing: z.number().int(),
    min: nullableNumber,
    q1: nullableNumber,
    median: nullableNumber,
    q3: nullableNumber,
    max: nullableNumber,
    mean: nullableNumber,
    sd: nullableNumber,
    best: nullableNumber,
    smallGroup: z.boolean().describe('Fewer than 5 units with a value: show, never colour as a solid comparison'),
  })
  .describe('Quantiles as PostgreSQL percentile_cont; sd is the sample SD');
const position = z
  .object({
    value: z.number(),
    n: z.number().int(),
    rank: nullableNumber.describe('1 = best by polarity; ties share a rank'),
    ascendingRank: z.number().int(),
    percentRank: z.number().describe('PostgreSQL percent_rank over ascending values'),
    betterThan: nullableNumber,
    quartile: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
      .nullable()
      .describe('1 = best quarter'),
    zScore: nullableNumber,
    gapToMedian: z.number().describe('positive = better than the median'),
    gapToBest: nullableNumber,
    smallGroup: z.boolean(),
  })
  .nullable();
const peers = z.object({ spec: z.string(), count: z.number().int() });
/**
 * The dashboard and distribution answers are large (hundreds of indicators, thousands of units) and
 * built by our own code from typed arrays: their schema documents them, but they are serialised
 * without a second validation pass, which cost more than computing them.
 */
export const plainJson = () => (data: unknown) => JSON.stringify(data);
const unitRef = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export const peerQuery = z.object({
  period: z.string().max(10).optional(),
  peers: z
    .string()
    .max(20_000)
    .optional()
    .describe(
      'Peer-group spec: kind:K, voivodeship:WW, size:MIN-MAX, group:ID, nn:CODE:K, units:A,B,C, all; combined with &',
    ),
});

export const pickerCoverage = z.object({
  period: z.string().nullable().describe('The period asked; null: each indicator in its own default period'),
  periods: z.array(z.string()).describe('Every period with approved data'),
  peers,
  items: z.array(
    z.object({
      code: z.string(),
      period: z.string().nullable().describe('The period counted (null: the indicator has no data)'),
      units: z.number().int().describe('Members of the kinds it applies to with a value in the period'),
      applicable: z.number().int().describe('Members of the kinds it applies to'),
      defaultPeriod: z.string().nullable().describe("The indicator's latest period with substantial data"),
    }),
  ),
});

const indicatorRef = z.object({ code: z.string(), names: localized, unit: z.string() });
const periodAndPeers = {
  period: z.string().max(10).optional().describe('Default: the latest period with data'),
  peers: z.string().max(20_000).optional().describe('Peer-group spec (default: all units the indicators apply to)'),
};

export const unitBenchmark = z.object({
  unit: unitRef,
  period: z.string(),
  periodChoice: z
    .enum(['asked', 'most-indicators'])
    .describe(
      'asked: the period of the query; most-indicators: the period in which the unit has the most indicators valued',
    ),
  periods: z
    .array(
      z.object({
        period: z.string(),
        indicators: z.number().int().describe('Indicators of the unit with a value in the period'),
        of: z.number().int().describe('Indicators that apply to the unit'),
      }),
    )
    .describe('Periods in which the unit has a value, ascending'),
  peers,
  items: z.array(
    z.object({
      indicator,
      value: nullableNumber,
      stats,
      position,
      defaultPeriod: z
        .string()
        .nullable()
        .describe("The indicator's latest period with substantial data in the catalogue; null: no data for any unit"),
      latestPeriod: z.string().nullable().describe('The latest period in which this unit has a value'),
      trend: z.array(z.object({ period: z.string(), value: nullableNumber })),
      direction: z.enum(['improving', 'worsening', 'stable', 'insufficient-data', 'rising', 'falling']),
    }),
  ),
});

export const reportQuery = peerQuery.extend({
  format: z.enum(['pdf', 'xlsx']).default('pdf'),
  lang: z.enum(['pl', 'en']).default('pl'),
});

export const indicatorBenchmark = z.object({
  indicator,
  period: z.string(),
  peers,
  stats,
  items: z.array(z.object({ unit: unitRef, value: nullableNumber, position })),
});

export const neighboursQuery = z.object({
  k: z.coerce.number().int().min(1).max(200).default(15),
  period: z.string().max(10).optional(),
  weights: z
    .string()
    .max(1000)
    .optional()
    .describe('Re-weighting, e.g. population_total:2,own_revenue_per_capita:0')
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
});

export const neighbours = z.object({
  unit: unitRef,
  period: z.string(),
  code: z.string(),
  variables: z.array(z.object({ key: z.string(), transform: z.string(), names: localized })),
  weights: z.record(z.string(), z.number()),
  imputedVariables: z.array(z.string()),
  farthestDistance: z.number(),
  neighbours: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      rank: z.number().int(),
      distance: z.number(),
      relativeDistance: z.number(),
      contributions: z.array(
        z.object({
          variable: z.string(),
          weight: z.number(),
          rawUnit: nullableNumber,
          rawNeighbour: nullableNumber,
          zUnit: z.number(),
          zNeighbour: z.number(),
          imputedUnit: z.boolean(),
          imputedNeighbour: z.boolean(),
          contribution: z.number(),
          share: nullableNumber,
        }),
      ),
    }),
  ),
});

export const deaBody = z.strictObject({
  model: z.enum(['ccr', 'bcc']),
  orientation: z.enum(['input', 'output']),
  superEfficiency: z.boolean().optional(),
  ...periodAndPeers,
  inputs: z.array(z.string().max(80)).min(1).max(5),
  outputs: z.array(z.string().max(80)).min(1).max(5),
});

export const deaResult = z.object({
  model: z.enum(['ccr', 'bcc']),
  orientation: z.enum(['input', 'output']),
  period: z.string(),
  peers,
  inputs: z.array(indicatorRef),
  outputs: z.array(indicatorRef),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      score: z.number().describe('θ ≤ 1 (input) or φ ≥ 1 (output); 1 = on the frontier'),
      efficient: z.boolean(),
      superEfficiency: nullableNumber,
      peers: z.array(z.object({ code: z.string(), name: z.string(), lambda: z.number() })),
      targets: z.object({ inputs: z.array(z.number()), outputs: z.array(z.number()) }),
      slacks: z.object({ inputs: z.array(z.number()), outputs: z.array(z.number()) }),
      values: z.object({ inputs: z.array(z.number()), outputs: z.array(z.number()) }),
    }),
  ),
  excluded: z.array(z.object({ code: z.string(), name: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
});

export const compositeBody = z.strictObject({
  ...periodAndPeers,
  indicators: z
    .array(z.strictObject({ code: z.string().max(80), weight: z.number().min(0).max(1000).optional() }))
    .min(1)
    .max(50),
  normalisation: z.enum(['min-max', 'z-score']),
  aggregation: z.enum(['arithmetic', 'geometric']),
  missing: z.enum(['exclude', 'reweight']).optional(),
  sensitivity: z
    .strictObject({
      draws: z.number().int().min(10).max(5000).optional(),
      spread: z.number().min(0).lt(1).optional(),
      seed: z.number().int().min(0).max(4294967295).optional(),
    })
    .optional()
    .describe(
      'Weights multiplied by U[1 − spread, 1 + spread] per draw; rank interval = 5th–95th percentile of the ranks',
    ),
});

export const compositeResult = z.object({
  period: z.string(),
  peers,
  indicators: z.array(
    z.object({
      code: z.string(),
      names: localized,
      polarity: z.enum(POLARITIES),
      weight: z.number(),
      constant: z.boolean(),
    }),
  ),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      index: z.number(),
      rank: z.number().int(),
      coverage: z.number(),
      sensitivity: z.object({ medianRank: z.number(), rankInterval: z.tuple([z.number(), z.number()]) }).nullable(),
    }),
  ),
  excluded: z.array(z.object({ code: z.string(), name: z.string(), indicators: z.array(z.string()) })),
  sensitivity: z.object({ draws: z.number().int(), spread: z.number(), seed: z.number() }).nullable(),
});
