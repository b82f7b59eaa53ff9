/** zod shapes of the good-practice bank's API (request bodies and precise responses). */
import { z } from 'zod';
import { EVIDENCE_GRADES } from '../../../domain/good-practices/evidence';
import { POPULATION_BANDS } from '../../../domain/good-practices/facets';
import { PRACTICE_STATUSES } from '../../../domain/good-practices/workflow';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import { effect } from '../improvement-plans/improvement-plans.schemas';

/** Where an entry came from. The first four can be chosen on a new entry; the others are set by "propose as a good practice" and the import. */
export const SOURCE_KINDS = [
  'free',
  'benchmarking-group',
  'strategy',
  'competition-edition',
  'competition-application',
  'improvement-action',
  'network-meeting-action',
  'import',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const longText = z.string().max(20_000);
const optionalText = longText.nullable().optional();

export const indicatorLink = z.object({
  code: z.string().min(1).max(80),
  startPeriod: z
    .string()
    .regex(/^\d{4}$/, 'a year, e.g. 2018')
    .describe('The year the practice started; the effect check compares the years before it with those after it'),
  peers: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('Peer-group spec for the check; default the 15 nearest neighbours'),
});

/** The editable content of an entry (one version). Texts are Markdown; HTML in them is kept as text. */
export const contentInput = z.object({
  title: z.string().trim().min(3).max(200),
  serviceArea: z.enum(SERVICE_AREAS),
  unitKinds: z.array(z.string().min(1).max(60)).max(20).default([]).describe('Unit kinds the practice suits'),
  problem: longText.trim().min(1),
  solution: longText.trim().min(1),
  implementation: z
    .object({
      steps: optionalText,
      duration: z.string().max(200).nullable().optional(),
      people: z.string().max(2000).nullable().optional(),
    })
    .optional(),
  costPln: z
    .string()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, 'an amount in PLN, e.g. 125000.50')
    .nullable()
    .optional()
    .describe('Exact decimal string'),
  results: optionalText,
  indicators: z.array(indicatorLink).max(10).default([]),
  lessons: optionalText.describe('Lessons learnt, including what did not work'),
  transferability: optionalText,
  contact: z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.string().email().max(200).nullable().optional(),
      phone: z.string().max(40).nullable().optional(),
    })
    .nullable()
    .optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  year: z.number().int().min(1990).max(2100).nullable().optional().describe('Year the practice started'),
});
export type ContentInput = z.infer<typeof contentInput>;

export const createBody = contentInput.extend({
  unitCode: z.string().min(1).max(40),
  otherUnitCodes: z.array(z.string().min(1).max(40)).max(20).default([]),
  source: z
    .object({
      kind: z.enum(['free', 'benchmarking-group', 'strategy', 'competition-edition']),
      id: z.string().max(100).nullable().optional(),
    })
    .default({ kind: 'free' }),
});

// Without the defaults of a new entry: a field left out of a patch stays as it is.
export const patchBody = contentInput
  .extend({
    unitKinds: contentInput.shape.unitKinds.unwrap(),
    indicators: contentInput.shape.indicators.unwrap(),
    tags: contentInput.shape.tags.unwrap(),
  })
  .partial()
  .extend({
    otherUnitCodes: z.array(z.string().min(1).max(40)).max(20).optional(),
  });

export const proposalBody = z.object({
  source: z.object({
    kind: z.enum(['improvement-action', 'network-meeting-action', 'competition-application']),
    id: z.union([z.string().min(1).max(100), z.number().int().positive()]).transform(String),
  }),
});

const unitRef = z.object({ code: z.string(), name: z.string(), kind: z.string() });
const segment = z.object({ text: z.string(), match: z.boolean() });

export const practiceSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  status: z.enum(PRACTICE_STATUSES).describe("The working copy's status"),
  version: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  units: z.array(unitRef),
  serviceArea: z.string(),
  unitKinds: z.array(z.string()),
  tags: z.array(z.string()),
  year: z.number().int().nullable(),
  voivodeship: z.string().nullable(),
  populationBand: z.enum(POPULATION_BANDS).nullable(),
  evidenceGrade: z.enum(EVIDENCE_GRADES),
  source: z.object({ kind: z.enum(SOURCE_KINDS), id: z.string().nullable(), url: z.string().nullable() }),
  excerpt: z.string().describe('Start of the problem statement, as text'),
  mayBeOutOfDate: z.boolean(),
  adoptionCount: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const searchHit = practiceSummary.extend({
  score: z.number().nullable().describe('Relevance (BM25) when searching with q'),
  highlights: z.array(
    z.object({ field: z.enum(['title', 'problem', 'solution', 'results', 'tags']), segments: z.array(segment) }),
  ),
});

export const facetCounts = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));
export const FACETS = [
  'serviceArea',
  'unitKind',
  'voivodeship',
  'populationBand',
  'evidence',
  'source',
  'year',
  'tag',
] as const;
export type FacetName = (typeof FACETS)[number];

const csv = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  serviceArea: csv.optional(),
  unitKind: csv.optional(),
  voivodeship: csv.optional(),
  populationBand: csv.optional(),
  evidence: csv.optional(),
  source: csv.optional(),
  year: csv.optional(),
  tag: csv.optional(),
  status: z
    .enum([...PRACTICE_STATUSES, 'any'])
    .optional()
    .describe('Working-copy status; signed-in users only (anonymous callers see published entries)'),
  unit: z.string().max(40).optional().describe("Entries of this unit (its own, and adoptions don't count)"),
  sort: z.enum(['relevance', 'date', 'evidence']).default('relevance'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchResult = z.object({
  items: z.array(searchHit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object(Object.fromEntries(FACETS.map((f) => [f, facetCounts])) as Record<FacetName, typeof facetCounts>),
});

const html = z.string().describe('Sanitised HTML rendered from the Markdown text');

export const attachment = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const adoption = z.object({
  id: z.number().int(),
  unit: unitRef,
  adoptedOn: z.string(),
  changes: z.string().nullable(),
  improvementActionId: z.number().int().nullable(),
  createdAt: z.string(),
});

export const practiceDetail = practiceSummary.extend({
  viewing: z.enum(['working', 'published']).describe('Which copy this is: the working copy or the published version'),
  content: contentInput.extend({
    implementation: z.object({
      steps: z.string().nullable(),
      duration: z.string().nullable(),
      people: z.string().nullable(),
    }),
    costPln: z.string().nullable(),
    results: z.string().nullable(),
    lessons: z.string().nullable(),
    transferability: z.string().nullable(),
    contact: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
    year: z.number().int().nullable(),
  }),
  html: z.object({
    problem: html,
    solution: html,
    implementationSteps: html.nullable(),
    results: html.nullable(),
    lessons: html.nullable(),
    transferability: html.nullable(),
  }),
  returnComment: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  attachments: z.array(attachment),
  adoptions: z.array(adoption),
  versions: z.array(z.object({ version: z.number().int(), publishedAt: z.string() })),
  events: z.array(
    z.object({
      kind: z.string(),
      version: z.number().int(),
      comment: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  permissions: z.object({ edit: z.boolean(), curate: z.boolean(), adopt: z.boolean() }),
});

export const indicatorEvidence = z.object({
  code: z.string(),
  startPeriod: z.string().describe('The year the practice started (for an adopter: the year it adopted)'),
  problem: z
    .object({ code: z.enum(['INDICATOR_NOT_FOUND', 'INDICATOR_NOT_APPLICABLE', 'NO_DATA']), message: z.string() })
    .nullable()
    .describe('Why this indicator gives no evidence (the entry still saves, as "described only")'),
  effect: effect
    .omit({ actionId: true })
    .nullable()
    .describe(
      "The improvement-plan effect check around the start year: the unit's series, the peers' median series, the verdict",
    ),
});

export const evidence = z.object({
  practiceId: z.number().int(),
  unit: unitRef,
  grade: z.enum(EVIDENCE_GRADES),
  indicators: z.array(indicatorEvidence),
});

export const adoptionBody = z.object({
  unitCode: z.string().min(1).max(40),
  adoptedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  changes: z.string().max(5000).nullable().optional().describe('What the adopter changed'),
  improvementActionId: z.number().int().positive().nullable().optional(),
});

export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  ids: z.array(z.number().int()),
});
