import { z } from 'zod';

const lang = z.enum(['pl', 'en']).optional().describe('Page language; Polish when absent');
const format = z.enum(['html', 'csv', 'xlsx']).default('html').describe('The page, or its table as CSV or XLSX');
/** A GET form sends a repeated parameter for checkboxes; a shared URL holds a comma-separated list. */
const list = z
  .union([z.string().max(2000), z.array(z.string().max(200)).max(100)])
  .optional()
  .transform((v) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const codeParams = z.object({ code: z.string().min(1).max(100) });

export const homeQuery = z.object({
  lang,
  q: z.string().max(200).optional().describe('Unit search: a name or TERYT code'),
});

export const unitQuery = z.object({ lang, format });

export const indicatorQuery = z.object({
  lang,
  format,
  period: z.string().max(20).optional().describe('A released period; the latest when absent'),
  kind: z.string().max(40).optional().describe('Only units of this kind'),
  woj: z.string().max(2).optional().describe('Only units of this voivodeship (2-digit TERYT code)'),
  strona: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page of the ranking table'),
});

export const compareQuery = z.object({
  lang,
  format,
  jst: list.describe('Unit codes (repeated or comma-separated)'),
  wskazniki: list.describe('Indicator codes (repeated or comma-separated)'),
  okres: z.string().max(20).optional().describe('Period; each indicator in its latest released period when absent'),
  dodaj: z.string().max(200).optional().describe('A unit to add, by name or code'),
});

export const htmlPage = z.string().describe('An HTML page (or the CSV/XLSX file of its table with `format`)');
