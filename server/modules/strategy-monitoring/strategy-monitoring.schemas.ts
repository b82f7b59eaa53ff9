import { z } from 'zod';

const localized = z.object({ pl: z.string(), en: z.string() });
const year = z.number().int().min(1990).max(2100);
const period = z.string().min(4).max(7);
const light = z.enum(['green', 'amber', 'red', 'grey']);
const polarity = z.enum(['higher-is-better', 'lower-is-better', 'neutral']);
const thresholds = z.object({ green: z.number().min(0).max(2), amber: z.number().min(0).max(2) });
const status = z.enum(['draft', 'adopted', 'archived']);

export const unitParams = z.object({ code: z.string().min(1).max(40) });
export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const periodQuery = z.object({ period: period.optional() });

export const strategyBody = z.object({
  name: z.string().trim().min(1).max(300),
  periodFrom: year,
  periodTo: year,
  status: status.optional(),
  resolutionNumber: z.string().max(100).nullish(),
  resolutionDate: z.iso.date().nullish(),
  documentUrl: z.string().max(2000).nullish(),
  thresholds: thresholds.nullish(),
  surveyTemplates: z.array(z.string().max(100)).max(10).optional(),
});
export const strategyPatch = strategyBody.partial();

const unitRef = z.object({ code: z.string(), name: z.string(), kind: z.string() });

export const strategy = z.object({
  id: z.number().int(),
  unit: unitRef,
  name: z.string(),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  status,
  resolutionNumber: z.string().nullable(),
  resolutionDate: z.string().nullable(),
  documentUrl: z.string().nullable(),
  thresholds,
  surveyTemplates: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const goal = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  level: z.number().int(),
  title: z.string(),
  owner: z.string().nullable(),
});

export const strategyDetail = strategy.extend({
  canManage: z.boolean(),
  goals: z.array(goal),
  measureCount: z.number().int(),
  publishedReports: z.array(z.string()),
});

export const strategyList = z.object({ unit: unitRef, canManage: z.boolean(), items: z.array(strategy) });

export const goalBody = z.object({
  title: z.string().trim().min(1).max(500),
  parentId: z.number().int().positive().nullish(),
  owner: z.string().max(200).nullish(),
});

const milestone = z.object({ period, value: z.number() });

export const measureBody = z.object({
  goalId: z.number().int().positive(),
  indicatorCode: z.string().min(1).max(100).optional(),
  own: z
    .object({
      name: z.string().trim().min(1).max(300),
      unit: z.string().trim().min(1).max(50),
      polarity,
      source: z.string().trim().min(1).max(300),
    })
    .optional()
    .describe('A strategy-only indicator entered by the unit (instead of indicatorCode)'),
  baseline: z.object({
    period,
    value: z.number().nullish().describe('Omitted: the value stored for the period'),
  }),
  target: z.object({ period, value: z.number() }),
  milestones: z.array(milestone).max(20).optional(),
  responsible: z.string().max(200).nullish(),
  weight: z.number().optional(),
  cumulative: z.boolean().optional().describe('Cumulative output indicator: achievement = actual / target'),
});
export const measurePatch = measureBody.omit({ indicatorCode: true, own: true }).partial();

const provenance = z.array(
  z.object({
    variableCode: z.string(),
    value: z.number(),
    provenance: z.record(z.string(), z.unknown()).describe('Where the stored value came from (kind and details)'),
  }),
);

const peers = z
  .object({
    spec: z.string(),
    count: z.number().int(),
    period: z.string().nullable(),
    n: z.number().int(),
    unitValue: z.number().nullable(),
    peerMedian: z.number().nullable(),
    rank: z.number().int().nullable(),
    reachedTarget: z.number().int().nullable(),
    medianSeries: z.array(z.object({ period: z.string(), median: z.number().nullable(), n: z.number().int() })),
    medianTrend: z.number().nullable(),
  })
  .nullable();

export const measure = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  indicatorCode: z.string(),
  own: z.boolean(),
  indicator: z.object({
    code: z.string(),
    names: localized,
    unit: z.string(),
    polarity,
    decimals: z.number().int(),
    source: localized,
  }),
  baseline: z.object({
    period: z.string(),
    value: z.number().nullable(),
    source: z.enum(['entered', 'value-store']),
    provenance,
  }),
  target: z.object({ period: z.string(), value: z.number() }),
  milestones: z.array(milestone),
  actual: z.object({ period: z.string().nullable(), value: z.number().nullable(), provenance }),
  responsible: z.string().nullable(),
  weight: z.number(),
  cumulative: z.boolean(),
  progress: z.number().nullable().describe('Distance covered as a fraction, raw (0.5 = half the distance)'),
  progressDisplay: z.number().nullable().describe('progress capped to [−1, 1.5] for display'),
  expected: z.number().nullable(),
  onTrack: z.number().nullable(),
  achievement: z.number().nullable(),
  achieved: z.boolean().nullable(),
  category: z.enum(['significant-progress', 'moderate-progress', 'insufficient-progress', 'moving-away']).nullable(),
  growthRatio: z.number().nullable(),
  light,
  basis: z.enum(['on-track', 'achievement', 'target-equals-baseline']).nullable(),
  greyReason: z.enum(['no-data', 'no-target', 'no-baseline', 'no-time-elapsed']).nullable(),
  series: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
  peers,
});

const rollUp = z.object({
  counts: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), grey: z.number().int() }),
  shares: z.object({ green: z.number(), amber: z.number(), red: z.number() }).nullable(),
  light,
});

export const monitoring = z.object({
  strategy,
  period: z.string().nullable(),
  goals: z.array(goal.extend({ measureIds: z.array(z.number().int()), rollUp })),
  measures: z.array(measure.extend({ comment: z.string().nullable() })),
  summary: rollUp,
  published: z.boolean(),
});

export const measureDetail = measure.extend({
  comment: z.string().nullable(),
  strategy: z.object({
    id: z.number().int(),
    name: z.string(),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
  }),
  unit: z.object({ code: z.string(), name: z.string() }),
  canManage: z.boolean(),
  trajectory: z.array(
    z.object({
      period: z.string(),
      actual: z.number().nullable(),
      expected: z.number().nullable(),
      milestone: z.number().nullable(),
      peerMedian: z.number().nullable(),
    }),
  ),
});

export const valueBody = z.object({
  period: z.string().regex(/^\d{4}$/, 'a period is a year (2024)'),
  value: z.number().nullable().describe('null removes the value'),
});

export const commentBody = z.object({ period, comment: z.string().max(4000) });
export const commentView = z.object({ measureId: z.number().int(), period: z.string(), comment: z.string() });

export const publishBody = z.object({ period, published: z.boolean() });

export const reportQuery = z.object({
  format: z.enum(['pdf', 'xlsx', 'docx']).default('pdf'),
  period: period.optional(),
  lang: z.enum(['pl', 'en']).default('pl'),
});
export const publicReportQuery = reportQuery.extend({ period });

export const publicStrategy = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  reports: z.array(z.object({ period: z.string(), publishedAt: z.string() })),
});

const answer = z.object({ answer: z.enum(['yes', 'partly', 'no']), note: z.string().max(2000).nullish() });
export const evaluationBody = z.object({ answers: z.record(z.string(), answer) });
export const evaluationParams = idParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const coverage = z.object({
  measures: z.number().int(),
  withBaseline: z.number(),
  withTarget: z.number(),
  withCurrentData: z.number(),
});
export const evaluations = z.object({
  items: z.array(z.object({ id: z.string(), pl: z.string(), en: z.string() })),
  current: coverage,
  years: z.array(
    z.object({
      year: z.number().int(),
      answers: z.record(z.string(), z.object({ answer: z.enum(['yes', 'partly', 'no']), note: z.string().nullish() })),
      coverage: z.record(z.string(), z.number()),
      updatedAt: z.string(),
    }),
  ),
});

export const organisationBody = z.object({
  name: z.string().trim().min(1).max(300),
  krs: z.string().max(20).nullish(),
  fields: z.array(z.string().max(50)).max(12),
  address: z.string().max(300).nullish(),
  area: z.string().max(200).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  contact: z.string().max(300).nullish(),
  cooperates: z.boolean().optional(),
  published: z.boolean().optional(),
});
export const organisationPatch = organisationBody.partial();
export const organisation = z.object({
  id: z.number().int(),
  name: z.string(),
  krs: z.string().nullable(),
  fields: z.array(z.string()),
  address: z.string().nullable(),
  area: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  contact: z.string().nullable(),
  cooperates: z.boolean(),
  published: z.boolean(),
});
const ngoSummary = z.object({
  total: z.number().int(),
  cooperating: z.number().int(),
  byField: z.array(z.object({ field: z.string(), count: z.number().int() })),
  byArea: z.array(z.object({ area: z.string().nullable(), count: z.number().int() })),
});
export const organisations = z.object({
  unit: unitRef,
  canManage: z.boolean(),
  fields: z.array(z.string()),
  items: z.array(organisation),
  summary: ngoSummary,
});
export const publicOrganisations = organisations.omit({ canManage: true });
export const importBody = z.object({ csv: z.string().min(1).max(1_000_000) });
