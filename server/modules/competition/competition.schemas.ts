import { z } from 'zod';

const localized = z.object({ pl: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) });
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and hyphens')
  .describe('Stable id: lower-case letters, digits and hyphens');
const isoDate = z.iso.date().describe('YYYY-MM-DD');
const dateTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

export const category = z.object({
  id: slug,
  names: localized,
  unitKinds: z.array(z.string().min(1).max(60)).max(50).default([]).describe('Unit kinds admitted; empty = any'),
});

export const criterion = z.object({
  id: slug,
  names: localized,
  descriptions: z
    .object({ pl: z.string().max(4000), en: z.string().max(4000) })
    .nullable()
    .default(null),
  weight: z.number().describe('Weights of all criteria sum to 100'),
  min: z.number().default(0),
  max: z.number().default(10),
});

export const formField = z.object({
  id: slug,
  labels: localized,
  type: z.enum(['text', 'textarea', 'number', 'date', 'url']),
  required: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(100_000).optional(),
});

export const eligibility = z.object({
  unitKinds: z.array(z.string().min(1).max(60)).max(50).default([]),
  minMonthsInOperation: z.number().int().min(0).max(600).default(0),
  requiredAttachments: z
    .array(z.object({ id: slug, labels: localized }))
    .max(20)
    .default([]),
});

export const timelineBody = z.object({
  callOpensAt: dateTime,
  applicationsCloseAt: dateTime,
  scoringClosesAt: dateTime.nullable().optional(),
  consensusOn: isoDate.nullable().optional(),
  validationOn: isoDate.nullable().optional(),
  resultsOn: isoDate.nullable().optional(),
});

export const editionBody = z.object({
  name: z.string().trim().min(1).max(300),
  theme: z.string().trim().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  rules: z.string().max(50_000).nullable().optional(),
  categories: z.array(category).max(30),
  criteria: z.array(criterion).max(30),
  formFields: z.array(formField).max(60).default([]),
  eligibility: eligibility.default({ unitKinds: [], minMonthsInOperation: 0, requiredAttachments: [] }),
  timeline: timelineBody,
  jurorsPerApplication: z.number().int().min(1).max(10).optional(),
  spreadThreshold: z.number().min(0).optional().describe('On the criteria scale; above it an extra juror is assigned'),
});

// No defaults here: a field left out of a patch keeps its value.
export const editionPatch = z
  .object({
    name: editionBody.shape.name,
    theme: editionBody.shape.theme,
    year: editionBody.shape.year,
    rules: z.string().max(50_000).nullable(),
    categories: editionBody.shape.categories,
    formFields: z.array(formField).max(60),
    eligibility,
    timeline: timelineBody,
    jurorsPerApplication: z.number().int().min(1).max(10),
    spreadThreshold: z.number().min(0),
  })
  .partial();

export const criteriaBody = z.object({ criteria: z.array(criterion).max(30) });

const appStatus = z.enum(['draft', 'submitted', 'eligible', 'ineligible']);
const problem = z.object({ path: z.string(), message: z.string() });

export const edition = z.object({
  id: z.number().int(),
  name: z.string(),
  theme: z.string(),
  year: z.number().int(),
  rules: z.string().nullable(),
  categories: z.array(z.object({ id: z.string(), names: localized, unitKinds: z.array(z.string()) })),
  criteria: z.array(
    z.object({
      id: z.string(),
      names: localized,
      descriptions: z.object({ pl: z.string(), en: z.string() }).nullable(),
      weight: z.number(),
      min: z.number(),
      max: z.number(),
    }),
  ),
  formFields: z.array(
    z.object({
      id: z.string(),
      labels: localized,
      type: z.enum(['text', 'textarea', 'number', 'date', 'url']),
      required: z.boolean(),
      maxLength: z.number().int().optional(),
    }),
  ),
  eligibility: z.object({
    unitKinds: z.array(z.string()),
    minMonthsInOperation: z.number().int(),
    requiredAttachments: z.array(z.object({ id: z.string(), labels: localized })),
  }),
  timeline: z.object({
    callOpensAt: z.string(),
    applicationsCloseAt: z.string(),
    scoringClosesAt: z.string().nullable(),
    consensusOn: z.string().nullable(),
    validationOn: z.string().nullable(),
    resultsOn: z.string().nullable(),
  }),
  jurorsPerApplication: z.number().int(),
  spreadThreshold: z.number(),
  phase: z.enum(['announced', 'call', 'review', 'published']),
  resultsPublishedAt: z.string().nullable(),
  counts: z.object({ submitted: z.number().int(), eligible: z.number().int() }),
  me: z.object({
    canManage: z.boolean(),
    isJuror: z.boolean(),
    applications: z.array(
      z.object({ id: z.number().int(), unitCode: z.string(), unitName: z.string(), status: appStatus }),
    ),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const claimBody = z.object({
  indicatorCode: z.string().min(1).max(80),
  statement: z.string().trim().min(1).max(2000),
  since: z.string().max(10).describe('When the solution started: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD'),
  peers: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .optional()
    .describe('Peer-group spec the claim is checked against (default nn:<unit code>:15)'),
});

export const applicationBody = z.object({
  unitCode: z.string().min(1).max(40),
  categoryId: z.string().min(1).max(60),
  title: z.string().trim().min(1).max(300),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
  inOperationSince: isoDate.nullable().optional(),
  claims: z.array(claimBody).max(20).optional(),
});

const answers = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

// No defaults here: a field left out of a patch keeps its value.
export const applicationPatch = z
  .object({
    categoryId: z.string().min(1).max(60),
    title: z.string().trim().min(1).max(300),
    answers,
    inOperationSince: isoDate.nullable(),
    claims: z.array(claimBody).max(20),
  })
  .partial();

const claimEvidence = z.object({
  indicatorCode: z.string(),
  statement: z.string(),
  since: z.string(),
  peers: z.string().nullable().optional(),
  indicator: z.object({
    code: z.string(),
    names: z.object({ pl: z.string(), en: z.string() }),
    unit: z.string(),
    decimals: z.number().int(),
    polarity: z.string(),
  }),
  verdict: z
    .enum(['supported', 'in-line-with-peers', 'contradicted', 'not-enough-data', 'not-applicable'])
    .describe("What the unit's data say, by the improvement-plan effect check against its 15 nearest neighbours"),
  contradicted: z.boolean(),
  reasons: z.array(z.string()),
  unitChange: z.number().nullable(),
  peerMedianChange: z.number().nullable(),
  baselinePeriods: z.array(z.string()),
  followUpPeriods: z.array(z.string()),
  peerCount: z.number().int().describe('Peers with a change in both windows'),
});

export const application = z.object({
  id: z.number().int(),
  editionId: z.number().int(),
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  categoryId: z.string(),
  title: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  inOperationSince: z.string().nullable(),
  claims: z.array(claimEvidence).nullable().describe('Claimed results with the evidence (null in lists)'),
  claimedResults: z.array(claimBody),
  status: appStatus,
  formalCheck: z.object({ reason: z.string().nullable(), checkedAt: z.string() }).nullable(),
  submittedAt: z.string().nullable(),
  attachments: z.array(
    z.object({
      requirementId: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  problems: z.array(problem).describe('What still keeps the application from being submitted or eligible'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const applicationDetail = application.extend({
  myScores: z
    .object({
      submittedAt: z.string().nullable(),
      items: z.array(z.object({ criterionId: z.string(), score: z.number(), justification: z.string() })),
    })
    .nullable()
    .describe("The calling juror's own scores (null for the unit and operators)"),
});

export const formalCheckBody = z.object({
  eligible: z.boolean(),
  reason: z.string().trim().max(4000).nullable().optional().describe('Required when not eligible; the unit sees it'),
});

export const jurors = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      categories: z.array(z.string()),
      load: z.number().int(),
      submitted: z.number().int(),
      invitedAt: z.string(),
    }),
  ),
  candidates: z
    .array(z.object({ userId: z.string(), name: z.string(), email: z.string() }))
    .describe('Users holding the juror role who are not invited yet'),
});

export const jurorBody = z.object({ categories: z.array(z.string().min(1).max(60)).max(30).default([]) });

export const conflicts = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      jurorName: z.string(),
      applicationId: z.number().int(),
      reasons: z.array(z.enum(['same-unit', 'same-hierarchy', 'same-group', 'declared'])),
      declaredReason: z.string().nullable(),
    }),
  ),
});

export const declareBody = z.object({ reason: z.string().trim().min(1).max(2000) });

export const board = z.object({
  applications: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
      categoryId: z.string(),
      status: appStatus,
      formalCheckReason: z.string().nullable(),
      jurors: z.array(
        z.object({ userId: z.string(), name: z.string(), kind: z.enum(['initial', 'extra']), submitted: z.boolean() }),
      ),
      spread: z.number().nullable(),
      spreadExceeded: z.boolean(),
    }),
  ),
  jurors: z.array(
    z.object({ userId: z.string(), name: z.string(), load: z.number().int(), submitted: z.number().int() }),
  ),
  progress: z.object({ assigned: z.number().int(), submitted: z.number().int() }),
});

export const queue = z.object({
  items: z.array(
    z.object({
      applicationId: z.number().int(),
      title: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
      categoryId: z.string(),
      kind: z.enum(['initial', 'extra']),
      scored: z.number().int(),
      criteria: z.number().int(),
      submittedAt: z.string().nullable(),
    }),
  ),
});

export const scoreBody = z.object({
  score: z.number(),
  justification: z.string().max(10_000),
});

export const rankingQuery = z.object({
  method: z.enum(['raw', 'calibrated']).default('calibrated'),
  seed: z.coerce.number().int().min(0).max(4_294_967_295).default(1),
  draws: z.coerce.number().int().min(10).max(10_000).default(1000),
});

export const ranking = z.object({
  method: z.enum(['raw', 'calibrated']),
  seed: z.number().int(),
  draws: z.number().int(),
  scale: z.object({ min: z.number(), max: z.number() }).describe('Range of the weighted score'),
  items: z.array(
    z.object({
      applicationId: z.number().int(),
      title: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
      category: z.string(),
      score: z
        .number()
        .nullable()
        .describe('raw: mean weighted score on the criteria scale; calibrated: mean juror z-score (SD units)'),
      rank: z.number().nullable().describe('1 = best within the category'),
      rankInterval: z
        .tuple([z.number(), z.number()])
        .nullable()
        .describe('5th–95th percentile of the rank over bootstrap resamples of the jurors'),
      jurors: z.number().int(),
      spread: z.number().nullable(),
      calibratedOnScale: z.number().nullable().describe('The calibrated score mapped to the criteria scale'),
      consensus: z.object({ score: z.number(), reason: z.string().nullable() }).nullable(),
      award: z.object({ award: z.enum(['laureate', 'distinction']), reason: z.string() }).nullable(),
    }),
  ),
});

export const consensusBody = z.object({
  score: z.number(),
  reason: z.string().trim().max(4000).nullable().optional(),
});

export const awardBody = z.object({
  award: z.enum(['laureate', 'distinction']),
  reason: z.string().trim().min(1).max(4000).describe("The jury's reasons, published"),
});

export const publicResults = z.object({
  id: z.number().int(),
  name: z.string(),
  theme: z.string(),
  year: z.number().int(),
  rules: z.string().nullable(),
  categories: z.array(z.object({ id: z.string(), names: localized })),
  criteria: z.array(z.object({ id: z.string(), names: localized, weight: z.number() })),
  resultsPublishedAt: z.string(),
  applications: z.number().int().describe('Eligible applications'),
  winners: z.array(
    z.object({
      applicationId: z.number().int(),
      title: z.string(),
      unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
      categoryId: z.string(),
      award: z.enum(['laureate', 'distinction']),
      reason: z.string(),
      goodPracticeId: z.number().int().nullable(),
    }),
  ),
});
