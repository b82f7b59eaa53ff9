import { z } from 'zod';

const localized = z.object({ pl: z.string(), en: z.string() });
const isoDate = z.iso.date().describe('YYYY-MM-DD');
const status = z.enum(['planned', 'in-progress', 'done', 'cancelled']);
const rating = z
  .union([z.number(), z.enum(['low', 'medium', 'high'])])
  .describe('Whole number 1–5, or low / medium / high (= 1 / 3 / 5)');
const note = z.string().trim().max(2000).nullable().optional();

export const planBody = z.object({
  unitCode: z.string().min(1).max(40).optional().describe('The unit the plan is for (or groupId)'),
  groupId: z.number().int().positive().optional().describe('The benchmarking group the plan is for (or unitCode)'),
  period: z.string().trim().max(9).describe('2026 or 2026-2027'),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).nullable().optional(),
});

export const planPatch = planBody.pick({ period: true, title: true, description: true }).partial();

export const source = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('caf-improvement'),
      assessmentId: z.number().int().positive(),
      itemId: z.string().min(1).max(40),
      note,
    })
    .describe('An area for improvement of a CAF subcriterion'),
  z
    .object({ type: z.literal('benchmark-gap'), indicatorCode: z.string().min(1).max(80), note })
    .describe(
      'A gap on an indicator in benchmarking; the action is linked to that indicator unless `indicator` says otherwise',
    ),
  z.object({
    type: z.literal('survey-result'),
    surveyWaveId: z.union([z.number().int().positive(), z.string().min(1).max(100)]),
    questionId: z.string().min(1).max(100),
    note,
  }),
  z
    .object({
      type: z.literal('meeting-action'),
      groupId: z.number().int().positive(),
      meetingId: z.number().int().positive(),
      meetingActionId: z.number().int().positive(),
      note,
    })
    .describe('An action agreed at a meeting of a benchmarking group (sent with POST /meeting-actions/{id}/to-plan)'),
  z.object({ type: z.literal('free'), note }),
]);

export const indicatorLink = z.object({
  code: z.string().min(1).max(80),
  baseline: z.number().nullable().optional(),
  target: z.number().nullable().optional(),
  peers: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .optional()
    .describe('Peer-group spec for the effect check (default nn:<unit code>:15), e.g. units:1201011,1201022'),
});

export const actionBody = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).nullable().optional(),
  source,
  owner: z.string().trim().max(200).nullable().optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  status: status.default('planned'),
  impact: rating,
  feasibility: rating,
  budget: z
    .string()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'PLN as digits with at most two decimals, e.g. 12500.50')
    .nullable()
    .optional(),
  indicator: indicatorLink
    .nullable()
    .optional()
    .describe("The indicator the action should move; must apply to the unit's kind (INDICATOR_NOT_APPLICABLE)"),
});

export const actionPatch = actionBody.omit({ status: true }).extend({ status }).partial();

export const updateBody = z.object({
  date: isoDate,
  comment: z.string().trim().min(1).max(4000),
  status: status.optional(),
  progress: z.number().int().min(0).max(100).optional(),
});

const unitRef = z.object({ code: z.string(), name: z.string(), kind: z.string() });

export const planSummary = z.object({
  id: z.number().int(),
  unit: unitRef.nullable(),
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  period: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  actionCount: z.number().int(),
  publishedAt: z.string().nullable().describe('When the plan was published for everyone; null = members only'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const progressUpdate = z.object({
  id: z.number().int(),
  date: z.string(),
  comment: z.string(),
  status: status.nullable(),
  progress: z.number().int().nullable(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});

export const action = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  source: source.describe('As given (validated by the same schema on write)'),
  owner: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status,
  priority: z.object({
    impact: z.number().int(),
    feasibility: z.number().int(),
    score: z.number().int().describe('impact × feasibility, 1–25'),
    class: z.enum(['high', 'medium', 'low']),
    quadrant: z.enum(['quick-win', 'major-project', 'easy-extra', 'reconsider']),
  }),
  schedule: z.object({
    timeliness: z.enum(['closed', 'overdue', 'late-start', 'on-track', 'no-deadline']),
    daysLate: z.number().int(),
    overdue: z.boolean(),
  }),
  budget: z.string().nullable().describe('PLN, exact decimal'),
  progress: z.number().int().nullable(),
  indicator: z
    .object({
      code: z.string(),
      names: localized,
      unit: z.string(),
      polarity: z.string(),
      decimals: z.number().int(),
      baseline: z.number().nullable(),
      target: z.number().nullable(),
      peers: z.string().nullable(),
    })
    .nullable(),
  updates: z.array(progressUpdate),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const planDetail = planSummary.extend({
  canManage: z.boolean(),
  byStatus: z.object({
    planned: z.number().int(),
    'in-progress': z.number().int(),
    done: z.number().int(),
    cancelled: z.number().int(),
  }),
  overdue: z.number().int(),
  actions: z.array(action).describe('Highest priority first'),
});

export const publicPlan = planSummary.extend({
  actions: z
    .array(
      action
        .pick({
          id: true,
          title: true,
          description: true,
          startDate: true,
          endDate: true,
          status: true,
          priority: true,
          progress: true,
        })
        .extend({
          sourceType: z.string().describe('Where the action came from (caf, benchmark, survey, free…)'),
          overdue: z.boolean(),
          indicator: z
            .object({
              code: z.string(),
              names: localized,
              unit: z.string(),
              baseline: z.number().nullable(),
              target: z.number().nullable(),
            })
            .nullable(),
        }),
    )
    .describe("The plan's actions; owners, budgets and progress notes stay internal"),
});

const seriesPoint = z.object({ period: z.string(), value: z.number().nullable() });

export const effect = z.object({
  actionId: z.number().int(),
  actionStart: z.string().nullable(),
  actionEnd: z.string().nullable(),
  indicator: z.object({
    code: z.string(),
    names: localized,
    unit: z.string(),
    decimals: z.number().int(),
    polarity: z.string(),
  }),
  peers: z.object({ spec: z.string(), count: z.number().int() }),
  verdict: z
    .enum(['improved-more-than-peers', 'in-line-with-peers', 'worse-than-peers', 'not-enough-data', 'not-applicable'])
    .describe('not-applicable: a neutral indicator has no better direction'),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  check: z
    .object({
      baselinePeriods: z.array(z.string()),
      followUpPeriods: z.array(z.string()),
      unit: z.object({ before: z.number().nullable(), after: z.number().nullable(), change: z.number().nullable() }),
      peers: z.object({
        changes: z.array(z.object({ unitId: z.string(), change: z.number() })),
        excluded: z.array(
          z.object({ unitId: z.string(), reason: z.enum(['NO_BASELINE_VALUE', 'NO_FOLLOW_UP_VALUE']) }),
        ),
        medianChange: z.number().nullable(),
        q1: z.number().nullable(),
        q3: z.number().nullable(),
        iqr: z.number().nullable(),
      }),
      differenceInDifferences: z.number().nullable(),
      improvementBeyondPeers: z.number().nullable().describe('Positive: the unit improved more than the peer median'),
      tolerance: z.number().nullable().describe("Normal variation: the peers' interquartile range of changes"),
      percentileRank: z.number().nullable(),
      rank: z.object({ position: z.number().int(), of: z.number().int() }).nullable(),
    })
    .nullable(),
  unitSeries: z.array(seriesPoint),
  peerMedianSeries: z.array(
    seriesPoint.extend({ q1: z.number().nullable(), q3: z.number().nullable(), n: z.number().int() }),
  ),
});
