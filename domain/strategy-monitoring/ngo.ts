/**
 * The NGO register of a unit ("mapa aktywności NGO") and the checklist of the monitoring system's
 * self-evaluation (WZS part 2): fixed lists and the CSV reader, pure.
 */
import { parse } from 'csv-parse/sync';

/** Fields of activity, after the public-benefit areas of the Act on public benefit activity (art. 4), grouped. */
export const NGO_FIELDS = [
  'social-assistance',
  'health',
  'education',
  'culture',
  'sport',
  'environment',
  'seniors',
  'children-youth',
  'disability',
  'local-development',
  'public-safety',
  'other',
] as const;
export type NgoField = (typeof NGO_FIELDS)[number];

export interface OrganisationInput {
  name: string;
  krs?: string | null | undefined;
  fields: string[];
  address?: string | null | undefined;
  area?: string | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  contact?: string | null | undefined;
  cooperates?: boolean | undefined;
  published?: boolean | undefined;
}

/** The self-evaluation checklist: is the monitoring system working? */
export const EVALUATION_ITEMS = [
  {
    id: 'baselines-set',
    pl: 'Czy dla wszystkich mierników ustalono wartości bazowe?',
    en: 'Is a baseline set for every measure?',
  },
  {
    id: 'targets-set',
    pl: 'Czy dla wszystkich mierników ustalono wartości docelowe?',
    en: 'Is a target set for every measure?',
  },
  {
    id: 'sources-regular',
    pl: 'Czy źródła danych dostarczają wartości regularnie (co roku)?',
    en: 'Do the data sources deliver values regularly (every year)?',
  },
  {
    id: 'targets-reviewed',
    pl: 'Czy wartości docelowe zostały przejrzane w tym roku?',
    en: 'Were the targets reviewed this year?',
  },
  {
    id: 'responsible-assigned',
    pl: 'Czy każdy miernik ma osobę odpowiedzialną?',
    en: 'Does every measure have a responsible person?',
  },
  {
    id: 'report-published',
    pl: 'Czy raport monitoringowy został opublikowany?',
    en: 'Was the monitoring report published?',
  },
  {
    id: 'results-used',
    pl: 'Czy wyniki monitoringu wykorzystano w decyzjach (budżet, plany)?',
    en: 'Were the monitoring results used in decisions (budget, plans)?',
  },
] as const;

const YES = new Set(['tak', 'yes', 'true', '1', 't', 'y']);
const NO = new Set(['nie', 'no', 'false', '0', 'n', '']);

export type CsvProblem = { path: string; message: string };

function parseNumber(s: string): number | null | undefined {
  if (s === '') return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a register CSV: header `name,krs,fields,address,area,lat,lon,contact,cooperates,published`
 * (only `name` and `fields` required; `,` or `;`; UTF-8 with or without BOM). Several fields of
 * activity are separated by `|`; yes/no columns take tak/nie, yes/no, 1/0. Every bad line is reported
 * (`line N.column`), so the caller imports all or nothing.
 */
export function parseOrganisationsCsv(
  text: string,
): { ok: true; rows: { line: number; organisation: OrganisationInput }[] } | { ok: false; errors: CsvProblem[] } {
  const clean = text.replace(/^\uFEFF/, '');
  const headerLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (error) {
    return { ok: false, errors: [{ path: 'file', message: `malformed CSV: ${(error as Error).message}` }] };
  }
  if (records.length < 2) return { ok: false, errors: [{ path: 'file', message: 'the file has no organisations' }] };
  const header = records[0]!.record.map((h) => h.toLowerCase().trim());
  const missing = ['name', 'fields'].filter((c) => !header.includes(c));
  if (missing.length > 0)
    return { ok: false, errors: missing.map((c) => ({ path: `line 1.${c}`, message: `missing column "${c}"` })) };
  const errors: CsvProblem[] = [];
  const rows: { line: number; organisation: OrganisationInput }[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: string) => {
      const i = header.indexOf(c);
      return i < 0 ? '' : (record[i] ?? '').trim();
    };
    const bool = (c: string) => {
      const v = cell(c).toLowerCase();
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      errors.push({ path: `line ${line}.${c}`, message: `"${cell(c)}" is not tak/nie` });
      return false;
    };
    const name = cell('name');
    if (name === '') errors.push({ path: `line ${line}.name`, message: 'the name is empty' });
    const lat = parseNumber(cell('lat'));
    const lon = parseNumber(cell('lon'));
    if (lat === undefined || (lat !== null && (lat < -90 || lat > 90)))
      errors.push({ path: `line ${line}.lat`, message: `"${cell('lat')}" is not a latitude` });
    if (lon === undefined || (lon !== null && (lon < -180 || lon > 180)))
      errors.push({ path: `line ${line}.lon`, message: `"${cell('lon')}" is not a longitude` });
    rows.push({
      line,
      organisation: {
        name,
        krs: cell('krs') || null,
        fields: cell('fields')
          .split('|')
          .map((f) => f.trim())
          .filter((f) => f !== ''),
        address: cell('address') || null,
        area: cell('area') || null,
        lat: lat ?? null,
        lon: lon ?? null,
        contact: cell('contact') || null,
        cooperates: bool('cooperates'),
        published: bool('published'),
      },
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
