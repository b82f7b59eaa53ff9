/**
 * HTTP shapes of the surveys module. Result shapes mirror domain/surveys/results.ts (the web app
 * reads them with the domain's types), and every response schema is an allowlist.
 */
import { z } from 'zod';
import { pageQuery, paged } from '../../http/schemas';
import { unitCode } from '../units/units.schemas';
import { SURVEY_KINDS } from '../../../domain/surveys/template';

const localized = z.object({ pl: z.string(), en: z.string() });
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const value = z.union([z.number(), z.string()]);

export const waveStatus = z
  .enum(['scheduled', 'open', 'closed'])
  .describe('scheduled before opensAt, open until closesAt (exclusive), closed after');

// Templates -------------------------------------------------------------------------------------

export const templateSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.string().describe('customer, employee, resident, ngo or business'),
  titles: localized,
  shipped: z.boolean().describe('Shipped with Miernik (data/surveys); read-only'),
  questionCount: z.number().int().describe('Answerable questions of the form'),
});

const questionMeta = z.object({
  name: z.string(),
  dimension: z.string().optional(),
  scale: z.object({ min: z.number(), max: z.number() }).optional(),
  reverseCoded: z.boolean().optional(),
  satisfiedValues: z.array(value).optional(),
  noOpinionValues: z.array(value).optional(),
  headline: z.boolean().optional(),
  catalogueVariables: z.object({ satisfied: z.string(), respondents: z.string() }).optional(),
});

export const templateDetail = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_KINDS),
  version: z.number().int(),
  titles: localized,
  form: z.record(z.string(), z.unknown()).describe('SurveyJS form JSON (Polish in "default", English in "en")'),
  questions: z.array(questionMeta),
  dimensions: z.array(z.object({ id: z.string(), titles: localized })).optional(),
  shipped: z.boolean(),
});

export const templateBody = z.object({
  template: z.unknown().describe('A SurveyTemplate (domain/surveys/template.ts)'),
});

const problem = z.object({ path: z.string(), code: z.string(), message: z.string(), rule: z.string().optional() });
export const templateValidation = z.object({ ok: z.boolean(), problems: z.array(problem), warnings: z.array(problem) });

export const templateParams = z.object({ id: z.string().min(1).max(64) });

// Waves -----------------------------------------------------------------------------------------

export const waveSummary = z.object({
  id: z.number().int(),
  unit: z.object({ code: z.string(), name: z.string() }),
  template: z.object({ id: z.string(), version: z.number().int(), titles: localized }),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  status: waveStatus,
  responses: z.number().int(),
  targetPopulation: z.number().int().nullable(),
  demo: z.boolean().describe('Synthetic demo data, not real answers'),
  publishedAt: z
    .string()
    .nullable()
    .describe('When the unit published the results for everyone (closed waves only); null = members only'),
});

export const waveDetail = waveSummary.extend({
  officeName: z.string().describe("The unit's office name, as respondents read it (invitation sheets)"),
  unitKind: z
    .string()
    .describe("The unit's kind: the template's unit words ({jednostka_miejscownik}) are filled for it"),
  publicToken: z.string().nullable().describe('Only for those who run the wave (canManage); null for other readers'),
  publicUrl: z.string().nullable().describe("Path of the respondents' page, /s/{publicToken}; null like publicToken"),
  requiresCode: z.boolean().describe('Invitation codes were issued: answers are accepted only with an unused code'),
  invitationCodes: z.object({ issued: z.number().int(), used: z.number().int() }),
  repeatEveryMonths: z.number().int().nullable(),
  minimumN: z.number().int(),
  previousWaveId: z.number().int().nullable(),
  nextWaveId: z.number().int().nullable(),
  canManage: z.boolean(),
});

export const waveParams = z.object({ id: z.coerce.number().int().positive() });

export const waveListQuery = z.object({
  unit: unitCode.optional(),
  template: z.string().max(64).optional(),
  status: waveStatus.optional(),
  ...pageQuery,
});

export const waveList = paged(waveSummary);

const minimumN = z
  .number()
  .int()
  .min(5)
  .max(1000)
  .describe('Smallest number of answers a published figure may rest on (default 5)');
const targetPopulation = z
  .number()
  .int()
  .min(1)
  .max(100_000_000)
  .describe('Size of the population surveyed (for the response rate and the finite population correction)');
const repeatEveryMonths = z.number().int().min(1).max(36).describe('Prepare the next wave this many months later');

export const createWaveBody = z.object({
  unitCode,
  templateId: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200).optional(),
  opensAt: instant.describe('ISO 8601 instant; the UI enters Europe/Warsaw local time'),
  closesAt: instant.describe('ISO 8601 instant, exclusive'),
  targetPopulation: targetPopulation.optional(),
  repeatEveryMonths: repeatEveryMonths.optional(),
  minimumN: minimumN.optional(),
});

export const updateWaveBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  opensAt: instant.optional(),
  closesAt: instant.optional().describe('Closing early = setting it to now'),
  targetPopulation: targetPopulation.nullable().optional(),
  repeatEveryMonths: repeatEveryMonths.nullable().optional(),
  minimumN: minimumN.optional(),
});

export const codesBody = z.object({ count: z.number().int().min(1).max(5000) });
export const codesResponse = z.object({ codes: z.array(z.string()) });

// Public ----------------------------------------------------------------------------------------

export const publicParams = z.object({ token: z.string().min(1).max(64) });

export const publicSurvey = z.object({
  status: waveStatus,
  opensAt: z.string(),
  closesAt: z.string(),
  unit: z.object({
    code: z.string(),
    name: z.string(),
    officeName: z.string().describe('The office that runs the survey ("Urząd Gminy Zabierzów"), what respondents read'),
  }),
  template: z.object({
    id: z.string(),
    version: z.number().int(),
    titles: localized,
    form: z.record(z.string(), z.unknown()),
  }),
  requiresCode: z.boolean(),
  demo: z.boolean(),
});

export const submitBody = z.object({
  answers: z.record(z.string().max(100), z.unknown()).describe('Question name → answer, as SurveyJS survey.data'),
  invitationCode: z.string().trim().max(64).optional(),
});

// Loose: a headers schema must not strip the request's other headers.
export const submitHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, 'must be 8–128 letters, digits, "-" or "_" (e.g. a UUID)')
    .optional()
    .describe('One key per answer: a retry or a double click with the same key stores one response'),
});

export const submitted = z.object({ ok: z.literal(true) });

// Results ---------------------------------------------------------------------------------------

const suppressed = z.object({
  suppressed: z.literal(true),
  reason: z.literal('below-minimum-n'),
  minimumN: z.number().int(),
});
const suppressible = <T extends z.ZodType>(figures: T) =>
  z.union([suppressed, z.object({ suppressed: z.literal(false), figures })]);

const proportion = z.object({
  successes: z.number(),
  n: z.number(),
  estimate: z.number(),
  lower: z.number(),
  upper: z.number(),
});
const mean = z.object({
  n: z.number(),
  effectiveN: z.number(),
  mean: z.number(),
  standardDeviation: z.number().nullable(),
  standardError: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});

const questionResult = z.discriminatedUnion('kind', [
  z.object({
    question: z.string(),
    kind: z.literal('choice'),
    result: suppressible(
      z.object({
        n: z.number().int(),
        noOpinion: z.number().int(),
        distribution: z.array(
          z.object({
            value: z.union([z.number(), z.string(), z.boolean()]),
            count: z.number().int(),
            share: z.number().nullable(),
            noOpinion: z.boolean(),
          }),
        ),
        mean: mean.nullable(),
        favourable: proportion.nullable(),
      }),
    ),
  }),
  z.object({
    question: z.string(),
    kind: z.literal('number'),
    result: suppressible(z.object({ n: z.number().int(), mean: mean.nullable() })),
  }),
  z.object({
    question: z.string(),
    kind: z.literal('text'),
    result: suppressible(
      z.object({
        n: z.number().int(),
        texts: z
          .array(z.string())
          .describe('Verbatim answers; empty for readers who may not read free text (only the unit runs its waves)'),
        withheld: z.boolean().optional().describe('true when texts were left out for this reader'),
      }),
    ),
  }),
]);

const dimensionResult = z.object({
  dimension: z.string(),
  result: suppressible(
    z.object({
      n: z.number().int(),
      scale: z.object({ min: z.number(), max: z.number() }),
      mean,
      favourable: mean.nullable(),
    }),
  ),
});

const headlineFigure = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  question: z.string(),
  catalogueVariables: z.object({ satisfied: z.string(), respondents: z.string() }).nullable(),
  result: suppressible(proportion),
});

export const waveResults = z.object({
  wave: waveSummary,
  n: z.number().int().describe('Responses in the wave'),
  minimumN: z.number().int(),
  responseRate: z
    .number()
    .nullable()
    .describe('n / invitation codes issued, or n / target population; null when neither is known'),
  responseRateBasis: z.enum(['invitations', 'population']).nullable(),
  marginOfError: z
    .number()
    .nullable()
    .describe(
      '95 % half-width at p = 0.5 (a fraction), with the finite population correction when the population is known',
    ),
  questions: z.array(questionResult),
  dimensions: z.array(dimensionResult),
  headline: z.array(headlineFigure),
});

export const resultsQuery = z.object({
  minimumN: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe("A stricter minimum n than the wave's (never a lower one)"),
});

const proportionComparison = z.object({
  first: proportion,
  second: proportion,
  differencePp: z.number(),
  lowerPp: z.number(),
  upperPp: z.number(),
  z: z.number().nullable(),
  pValue: z.number().nullable(),
  label: z.enum(['significant', 'not-significant', 'insufficient-data']),
});
const meanComparison = z.object({
  difference: z.number(),
  lower: z.number(),
  upper: z.number(),
  t: z.number(),
  df: z.number(),
  pValue: z.number(),
  label: z.enum(['significant', 'not-significant', 'insufficient-data']),
});

export const waveComparison = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  earlier: waveSummary,
  later: waveSummary,
  questions: z.array(
    z.object({ question: z.string(), headline: z.boolean(), result: suppressible(proportionComparison) }),
  ),
  dimensions: z.array(z.object({ dimension: z.string(), result: suppressible(meanComparison.nullable()) })),
});

export const comparisonQuery = z.object({
  with: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('The other wave; default: the previous wave of the same unit and template version'),
});

export const unitComparisonQuery = z.object({
  measure: z
    .string()
    .regex(
      /^(headline|question:[A-Za-z0-9_]+|dimension:[A-Za-z0-9_-]+|dimension-favourable:[A-Za-z0-9_-]+|mean:[A-Za-z0-9_]+)$/,
    )
    .default('headline')
    .describe('headline | question:ID (favourable share) | mean:ID | dimension:ID (mean) | dimension-favourable:ID'),
  from: instant.optional().describe('Waves closing at or after (default: 3 years ago)'),
  to: instant.optional().describe('Waves closing at or before (default: now)'),
  version: z.coerce.number().int().positive().optional().describe('Template version (default: the newest)'),
});

export const unitComparison = z.object({
  measure: z.string(),
  kind: z.enum(['share', 'mean']).describe("share: a proportion in [0, 1]; mean: on the item's scale"),
  template: z.object({ id: z.string(), version: z.number().int(), titles: localized }),
  rows: z.array(
    z.object({
      unit: z.object({ code: z.string(), name: z.string() }),
      wave: z.object({ id: z.number().int(), title: z.string(), closesAt: z.string(), demo: z.boolean() }),
      result: suppressible(
        z.object({ n: z.number(), estimate: z.number(), lower: z.number().nullable(), upper: z.number().nullable() }),
      ),
    }),
  ),
});

export const freeTextItem = z.object({
  id: z.string().describe('<response id>.<question>'),
  question: z.string(),
  text: z.string(),
  hidden: z.boolean(),
  reason: z.string().nullable(),
});
export const freeTextList = z.object({ items: z.array(freeTextItem) });
export const freeTextParams = waveParams.extend({
  answerId: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z][A-Za-z0-9_]{0,63}$/),
});
export const freeTextBody = z.object({ hidden: z.boolean(), reason: z.string().trim().max(500).optional() });

export const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx', 'pdf']).default('csv'),
  lang: z.enum(['pl', 'en']).default('pl'),
});
