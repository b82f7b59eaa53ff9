import { z } from 'zod';

const localized = z.object({ pl: z.string(), en: z.string() });
const isoDate = z.iso.date().describe('YYYY-MM-DD');

export const frameworkId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)
  .describe('Framework id, e.g. caf-2020, efqm-2025');
export const itemId = z
  .string()
  .min(1)
  .max(40)
  .describe('Subcriterion id (CAF 1.1 … 9.2), or a criterion id where the framework scores criteria as a whole');

export const frameworkSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: localized,
  maxTotal: z.number().describe('Top of the total scale: CAF 900 (9 criteria × 100), EFQM 1000'),
  itemCount: z.number().int(),
  modes: z.array(z.object({ id: z.string(), title: localized })),
});

/**
 * Raw scores of one item: a number when the mode's panel has one component (CAF classical), else
 * component id → score (CAF fine-tuned enablers `{ plan, do, check, act }`, results `{ trend, targets }`).
 * Range, step and bands are checked against the framework, and problems name the subcriterion.
 */
export const scoreValues = z.union([z.number(), z.record(z.string().max(40), z.number())]);

const evidence = z.string().trim().max(10_000).nullable().optional();

export const scoreBody = z.object({
  values: scoreValues,
  strengths: evidence.describe('Strengths (evidence)'),
  improvements: evidence.describe('Areas for improvement (evidence)'),
});

export const createAssessmentBody = z.object({
  frameworkId,
  round: z.number().int().min(1).max(99),
  date: isoDate,
  mode: z
    .string()
    .min(1)
    .max(40)
    .describe('A scoring mode of the framework: caf-2020 classical | fine-tuned; efqm-2025 radar | overall'),
  title: z.string().trim().max(200).optional(),
});

export const setMembersBody = z.object({
  members: z
    .array(z.object({ userId: z.uuid(), role: z.enum(['leader', 'member']) }))
    .max(50)
    .describe('The whole group. CAF recommends 5–12 people (outside that the detail warns); at least one leader'),
});

export const inviteMemberBody = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['leader', 'member']).default('member'),
});

export const openConsensusBody = z.object({
  override: z
    .object({ reason: z.string().trim().min(1).max(2000) })
    .optional()
    .describe('Open before every member has submitted; the reason is recorded on the assessment and in the audit log'),
});

export const assessmentSummary = z.object({
  id: z.number().int(),
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  round: z.number().int(),
  date: z.string(),
  mode: z.string(),
  status: z.enum(['scoring', 'consensus', 'closed']),
  title: z.string().nullable(),
  total: z
    .number()
    .nullable()
    .describe("Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score"),
  isDemo: z.boolean(),
  publishedAt: z
    .string()
    .nullable()
    .describe('When the unit published the closed round for everyone; null = members only'),
});

const person = z.object({ userId: z.string(), name: z.string(), email: z.string() });

export const assessmentDetail = assessmentSummary.extend({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  members: z.array(person.extend({ role: z.enum(['leader', 'member']), submittedAt: z.string().nullable() })),
  groupSizeWarning: z
    .enum(['below-recommended', 'above-recommended'])
    .nullable()
    .describe('CAF recommends a group of 5–12 people'),
  me: z
    .object({ role: z.enum(['leader', 'member']), scored: z.number().int(), submittedAt: z.string().nullable() })
    .nullable(),
  itemCount: z.number().int(),
  agreed: z.number().int().describe('Items with a consensus score'),
  canManage: z
    .boolean()
    .describe("May change the group, run consensus and close (the leader, the unit's coordinators)"),
  canPublish: z.boolean().describe("May publish or withdraw the closed round (the unit's assessment managers)"),
  candidates: z.array(person).describe('People who may join the group (listed for those who manage it)'),
  override: z.object({ reason: z.string(), missing: z.array(z.string()), at: z.string() }).nullable(),
  consensusOpenedAt: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

const myScore = z.object({
  itemId: z.string(),
  values: scoreValues,
  score: z.number().describe("The item's 0–100 score derived from values"),
  strengths: z.string().nullable(),
  improvements: z.string().nullable(),
  updatedAt: z.string(),
});
export const savedScore = myScore;

export const myScores = z.object({
  items: z.array(myScore),
  missing: z.array(z.string()),
  submittedAt: z.string().nullable(),
});

const consensusView = z.object({
  values: scoreValues,
  score: z.number().nullable(),
  strengths: z.string().nullable(),
  improvements: z.string().nullable(),
  updatedAt: z.string(),
});
export const savedConsensus = consensusView.extend({ itemId: z.string() });

export const spread = z.object({
  items: z
    .array(
      z.object({
        itemId: z.string(),
        n: z.number().int(),
        min: z.number(),
        max: z.number(),
        median: z.number(),
        mean: z.number(),
        spread: z.number().describe('max − min'),
        standardDeviation: z.number().nullable(),
        crossesBands: z.boolean().nullable(),
        needsDiscussion: z.boolean().describe('spread ≥ 30 or the scores fall in different bands'),
        scores: z.array(
          z.object({
            userId: z.string(),
            score: z.number(),
            values: scoreValues,
            strengths: z.string().nullable(),
            improvements: z.string().nullable(),
          }),
        ),
        consensus: consensusView.nullable(),
      }),
    )
    .describe('Largest disagreement first; submitted members only'),
  unscored: z.array(z.string()).describe('Items no submitted member scored'),
});

const figure = z.object({ label: localized, value: z.number().nullable(), max: z.number() });
const figureChange = z.object({
  label: localized,
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.number().nullable(),
  max: z.number(),
});
const subtotal = z.object({
  id: z.string(),
  points: z.number().nullable(),
  maxPoints: z.number(),
  percent: z.number().nullable(),
});

export const results = z.object({
  assessment: assessmentSummary,
  complete: z.boolean(),
  missing: z.array(z.string()),
  criteria: z
    .array(
      z.object({
        criterionId: z.string(),
        kind: z.string(),
        group: z.string().nullable(),
        complete: z.boolean(),
        missing: z.array(z.string()),
        score: z.number().nullable().describe("0–100: mean of the criterion's item scores"),
        points: z.number().nullable(),
        maxPoints: z.number(),
      }),
    )
    .describe("Also the radar chart's data"),
  total: figure.describe('Σ criterion points: CAF 0–900, EFQM 0–1000 by its weights'),
  average: figure.describe('total / maxTotal × 100 (CAF: the mean of the 9 criterion scores)'),
  byKind: z.array(subtotal),
  byGroup: z.array(subtotal),
  items: z.array(
    z.object({
      itemId: z.string(),
      criterionId: z.string(),
      score: z.number(),
      components: z.record(z.string(), z.number()),
      strengths: z.string().nullable(),
      improvements: z.string().nullable(),
    }),
  ),
  comparison: z
    .object({
      previous: z.object({ id: z.number().int(), round: z.number().int(), date: z.string() }),
      frameworkId: z.string(),
      criteria: z.array(
        z.object({
          criterionId: z.string(),
          before: z.number().nullable(),
          after: z.number().nullable(),
          change: z.number().nullable(),
          pointsChange: z.number().nullable(),
        }),
      ),
      total: figureChange,
      average: figureChange,
      modeChanged: z.boolean(),
    })
    .nullable()
    .describe("Against the unit's previous closed round of the same framework"),
});

export const publicResults = results.extend({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
});

export const rounds = z.object({
  frameworkId: z.string(),
  rounds: z.array(
    z.object({
      id: z.number().int(),
      round: z.number().int(),
      date: z.string(),
      mode: z.string(),
      total: z.number().nullable(),
      average: z.number().nullable(),
      criteria: z.array(z.object({ criterionId: z.string(), score: z.number().nullable() })),
    }),
  ),
});

export const unitComparison = z.object({
  frameworkId: z.string(),
  indicative: z
    .literal(true)
    .describe('CAF scores of different offices are not validated alike (METHODS.md §1.1): indicative only'),
  suppressed: z.boolean().describe('Fewer units than minUnits have a closed round: none is listed'),
  minUnits: z.number().int(),
  n: z.number().int(),
  items: z.array(
    z.object({
      unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
      round: z.number().int(),
      date: z.string(),
      total: z.number().nullable(),
      average: z.number().nullable(),
      isDemo: z.boolean(),
    }),
  ),
});
