import { z } from 'zod';
import { INDICATOR_TYPES, POLARITIES, PERIODICITIES, plausibilitySchema } from '../../../domain/catalogue/catalogue';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import { UNIT_KIND_PATTERN } from '../../../domain/units/kinds';
import { pageQuery } from '../../http/schemas';

export const localized = z.object({ pl: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000) });
export const catalogueCode = z.string().regex(/^[a-z_][a-z0-9_]{0,79}$/, 'snake_case: [a-z_][a-z0-9_]*');

const variableRef = z.object({
  code: z.string(),
  names: z.object({ pl: z.string(), en: z.string() }),
  unit: z.string(),
});

export const indicatorCoverage = z
  .object({
    defaultPeriod: z
      .string()
      .nullable()
      .describe(
        'The latest period with substantial data (at least half the units of its fullest period); null: no data',
      ),
    periods: z
      .array(
        z.object({
          period: z.string(),
          units: z.number().int().describe('Units of the kinds the indicator applies to with a value'),
          byKind: z.record(z.string(), z.number().int()),
        }),
      )
      .describe('Periods with at least one value, ascending'),
  })
  .describe('How much approved data the indicator has');

export const indicator = z.object({
  code: z.string(),
  names: localized,
  definition: localized,
  formula: z
    .string()
    .describe('Expression over variable codes: numbers, + - * /, parentheses, min(), max(), abs(), sqrt(), ln()'),
  unit: z.string(),
  decimals: z.number().int(),
  polarity: z.enum(POLARITIES),
  type: z.string().describe(INDICATOR_TYPES.join(', ')),
  area: z.string().describe(SERVICE_AREAS.join(', ')),
  unitKinds: z.array(z.string()),
  source: localized,
  isShipped: z.boolean().describe('Part of the shipped model set'),
  variables: z.array(variableRef).describe('Variables the formula uses'),
  coverage: indicatorCoverage.nullable().describe('null in the answer to a create or update; GET the indicator for it'),
});

export const indicatorBody = z.object({
  code: catalogueCode,
  names: localized,
  definition: localized,
  formula: z.string().trim().min(1).max(2000),
  unit: z.string().trim().min(1).max(40),
  decimals: z.number().int().min(0).max(6),
  polarity: z.enum(POLARITIES),
  type: z.enum(INDICATOR_TYPES),
  area: z.enum(SERVICE_AREAS),
  unitKinds: z.array(z.string().regex(UNIT_KIND_PATTERN)).min(1).max(20),
  source: localized,
});

export const variable = z.object({
  code: z.string(),
  names: localized,
  unit: z.string(),
  source: z.string(),
  periodicity: z.enum(PERIODICITIES),
  description: localized,
  plausibility: plausibilitySchema.nullable(),
  bdl: z.record(z.string(), z.unknown()).nullable(),
  isShipped: z.boolean(),
});

export const variableBody = z.object({
  code: catalogueCode,
  names: localized,
  unit: z.string().trim().min(1).max(40),
  source: z.string().trim().min(1).max(200),
  periodicity: z.enum(PERIODICITIES),
  description: localized,
  plausibility: plausibilitySchema.nullable().optional(),
});

export const listIndicatorsQuery = z.object({
  q: z.string().max(200).optional(),
  area: z.enum(SERVICE_AREAS).optional(),
  type: z.enum(INDICATOR_TYPES).optional(),
  unitKind: z.string().regex(UNIT_KIND_PATTERN).optional(),
  ...pageQuery,
});

const templateText = z.object({ pl: z.string(), en: z.string() });
export const roundTemplates = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      area: z.string().describe('Service area'),
      names: templateText,
      unitKinds: z.array(z.string()).describe('Unit kinds the template is meant for'),
      instructions: templateText.describe('For the people who fill in the form (Polish first)'),
      variables: z.array(z.object({ code: z.string(), names: templateText, unit: z.string() })),
      rules: z
        .array(z.object({ code: z.string(), message: templateText }))
        .describe("The catalogue's cross-field plausibility rules over the template's variables"),
    }),
  ),
});
