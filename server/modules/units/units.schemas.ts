import { z } from 'zod';
import { POLISH_UNIT_KINDS, UNIT_KIND_PATTERN } from '../../../domain/units/kinds';
import { pageQuery, queryBoolean } from '../../http/schemas';
import { MAP_LEVELS } from './units.service';

const kindDescription =
  `Unit kind id. Polish units use ${POLISH_UNIT_KINDS.map((k) => `\`${k}\``).join(', ')} ` +
  '(voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / ' +
  '-urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski ' +
  'gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug.';

export const unitKind = z.string().regex(UNIT_KIND_PATTERN).describe(kindDescription);
export const unitCode = z
  .string()
  .min(1)
  .max(40)
  .describe('Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept)');

export const unitSummary = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string().describe(kindDescription),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  validFrom: z
    .string()
    .nullable()
    .describe('First register state with this code (ISO date); null = before the oldest state shipped'),
  validTo: z.string().nullable().describe('First register state without this code; null = current unit'),
  source: z.enum(['teryt', 'csv']),
});

const unitLink = z.object({
  unit: unitSummary,
  kind: z.enum(['type-change', 'merged-into', 'split-into', 'renamed']),
  date: z.string().nullable(),
  note: z.string().nullable(),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const profile = z.object({
  description: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  officeName: z
    .string()
    .nullable()
    .describe(
      'The office\'s proper name as the unit stored it ("Starostwo Powiatowe w Brzegu"); null = the generated default',
    ),
});

export const unitDetail = unitSummary.extend({
  ancestors: z.array(unitSummary).describe('From the top of the hierarchy down'),
  children: z.array(unitSummary),
  siblings: z.array(unitSummary).describe('Current units with the same parent'),
  predecessors: z.array(unitLink),
  successors: z.array(unitLink),
  hasGeometry: z.boolean(),
  attributes: z.record(z.string(), z.string()).describe('terytType (RODZ) and terytLabel (NAZWA_DOD) for TERYT units'),
  officeName: z
    .string()
    .describe(
      'The name respondents and the public read: profile.officeName when set, else generated from kind and name ' +
        '("Urząd Gminy Zabierzów", "Starostwo Powiatowe — powiat brzeski (woj. opolskie)"; the voivodeship or powiat is added for namesakes)',
    ),
  profile,
});

export const listUnitsQuery = z.object({
  kind: unitKind.optional(),
  parent: unitCode.optional().describe('Only direct children of this unit'),
  within: unitCode.optional().describe('Only units anywhere below this unit'),
  q: z
    .string()
    .max(200)
    .optional()
    .describe('Search in names (diacritics folded: "lodz" finds "Łódź") and code prefixes'),
  includeHistorical: queryBoolean.optional().describe('Also units whose code is no longer valid'),
  ...pageQuery,
});

export const profilePatch = z.object({
  description: optionalText(4000),
  officeName: optionalText(200).describe("The office's proper name; blank or null = the generated default"),
  website: z
    .union([z.url({ protocol: /^https?$/ }).max(500), z.literal(''), z.null()])
    .optional()
    .transform((v) => (v === '' ? null : v)),
  email: z
    .union([z.email().max(320), z.literal(''), z.null()])
    .optional()
    .transform((v) => (v === '' ? null : v)),
  phone: z
    .union([
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{5,30}$/, 'digits, spaces, +, -, ( ) only'),
      z.literal(''),
      z.null(),
    ])
    .optional()
    .transform((v) => (v === '' ? null : v)),
});

export const mapQuery = z.object({
  level: z.enum(MAP_LEVELS),
  within: unitCode.optional().describe('Only features of units below this unit'),
});

export const importQuery = z.object({
  dryRun: queryBoolean.default(false),
  fileName: z.string().max(200).optional(),
});

export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
});
