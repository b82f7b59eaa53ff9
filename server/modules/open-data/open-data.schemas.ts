import { z } from 'zod';
import { OPEN_PAGE_MAX } from './open-data.service';

const localized = z.object({ pl: z.string(), en: z.string() });
const requiredLocalized = z.object({ pl: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) });

/** `a,b,c` in a query string → distinct codes. */
const codeList = z
  .string()
  .max(4000)
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ])
  .describe('One code or several, comma-separated');

export const openPage = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(OPEN_PAGE_MAX)
    .default(1000)
    .describe(`Items per page, at most ${OPEN_PAGE_MAX}`),
};

export const format = z.enum(['json', 'csv']).default('json');

export const unitsQuery = z.object({
  kind: z.string().max(40).optional(),
  voivodeship: z
    .string()
    .regex(/^\d{2}$/, 'a two-digit TERYT code')
    .optional(),
  format,
  ...openPage,
});

export const valuesQuery = z.object({
  indicator: codeList.optional(),
  unit: codeList.optional(),
  period: codeList.optional(),
  kind: z.string().max(40).optional(),
  voivodeship: z
    .string()
    .regex(/^\d{2}$/, 'a two-digit TERYT code')
    .optional(),
  updatedSince: z.iso
    .datetime({ offset: true })
    .transform((text) => new Date(text))
    .optional()
    .describe('Only values public in their present form after this instant (ISO 8601 with a time zone)'),
  vintage: z.coerce.number().int().min(1).optional().describe('Read every value as of this release number'),
  format: z
    .enum(['json', 'csv', 'sdmx-csv', 'json-stat'])
    .default('json')
    .describe(
      'json (this schema), csv, sdmx-csv (SDMX-CSV 1.0, dataflow MIERNIK:VALUES(1.0)) or json-stat (JSON-stat 2.0 dataset)',
    ),
  ...openPage,
});

const next = z.string().nullable().describe('The next page, or null on the last one');

export const unitsPage = z.object({
  items: z.array(
    z.object({ code: z.string(), name: z.string(), kind: z.string(), voivodeship: z.string().nullable() }),
  ),
  total: z.number().int(),
  next,
});

export const indicatorsList = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      names: localized,
      definition: localized,
      formula: z.string(),
      unit: z.string(),
      decimals: z.number().int(),
      polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
      type: z.string(),
      area: z.string(),
      unitKinds: z.array(z.string()),
      source: z.string(),
      periods: z.array(z.object({ period: z.string(), release: z.number().int() })),
    }),
  ),
});

export const valuesPage = z.object({
  items: z.array(
    z.object({
      unitCode: z.string(),
      indicatorCode: z.string(),
      period: z.string(),
      value: z.number().describe('Never rounded'),
      status: z.literal('approved'),
      release: z.number().int().describe('The release the value is read from'),
      source: z.string(),
      updatedAt: z.string().describe('When the value became public in its present form (a release instant)'),
    }),
  ),
  release: z.number().int().nullable().describe('The latest release read (or the vintage asked for)'),
  next,
});

const content = z.object({
  indicator: z.string().min(1).max(100),
  periods: z.array(z.string().max(20)).max(200),
});

export const release = z.object({
  id: z.number().int(),
  number: z.number().int().nullable(),
  status: z.enum(['draft', 'published']),
  title: localized,
  notes: localized,
  contents: z.array(content),
  changes: z
    .object({
      added: z.array(z.object({ indicator: z.string(), period: z.string(), values: z.number().int() })),
      revised: z.array(
        z.object({
          indicator: z.string(),
          period: z.string(),
          values: z.number().int(),
          previousRelease: z.number().int(),
        }),
      ),
    })
    .nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const releaseList = z.object({ items: z.array(release) });

export const createReleaseBody = z.object({
  title: requiredLocalized,
  notes: z.object({ pl: z.string().max(5000), en: z.string().max(5000) }).optional(),
  contents: z.array(content).max(1000),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const numberParams = z.object({ number: z.coerce.number().int().positive() });

export const historyQuery = z.object({
  unit: z.string().min(1).max(20).describe('TERYT code of the unit'),
  indicator: z.string().min(1).max(80).describe('Indicator code'),
  period: z.string().min(1).max(10).describe('Period, e.g. 2019'),
});

export const valueHistory = z.object({
  unitCode: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  releases: z.array(
    z.object({
      release: z.number().int(),
      publishedAt: z.string(),
      value: z.number().nullable().describe('The public figure as of this release, never rounded; null: none'),
      status: z
        .enum(['new', 'revised', 'unchanged', 'withdrawn', 'absent'])
        .describe('What this release did to the figure'),
      revisions: z
        .array(
          z.object({
            variable: z.string().describe('The input variable that was revised'),
            at: z.string(),
            reason: z.string().nullable().describe('The comment given with the revision'),
            sourceKind: z.string().describe('manual, import, bdl-extract, bdl, dataset, survey, …'),
          }),
        )
        .describe('Input revisions this release took in (after the previous release, up to this one)'),
    }),
  ),
});
