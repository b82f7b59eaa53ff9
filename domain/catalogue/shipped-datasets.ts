/**
 * Parsers for the public datasets Miernik ships besides the BDL "tablica" exports (those go
 * through `bdl-wide.ts`): two-column `teryt,value` BDL extracts, the gov.pl ranking of COVID-19
 * vaccination by gmina, and PKW election results by gmina. Each one reads a file exactly as it was
 * published (see data/elvacc-2020/SOURCE.md and data/pkw/SOURCE.md for the quirks) and reports
 * every problem with its line, so a shipped file that does not match stops the load instead of
 * loading part of it. Nothing here is rounded, interpolated or guessed.
 */
import { parse } from 'csv-parse/sync';

export interface DatasetProblem {
  /** 1-based line in the file (for JSON: the 1-based position of the record). */
  line: number;
  reason: string;
}

export interface CodeValue {
  /** TERYT code padded to 7 digits. */
  code: string;
  value: number;
  line: number;
}

function decode(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  return text.replace(/^\uFEFF/, '');
}

/**
 * A headerless `teryt,value` CSV (decimal point): the ElVaccPL2020 extracts. Codes that lost their
 * leading zero (`201011`) are padded to 7 digits. A header line, a code that is not 6–7 digits, a
 * value that is not a number, a duplicate code: each is a problem with its line.
 *
 * @example parseCodeValueCsv('201011,1044.93\n').values // [{ code: '0201011', value: 1044.93, line: 1 }]
 */
export function parseCodeValueCsv(input: string | Uint8Array): { values: CodeValue[]; problems: DatasetProblem[] } {
  const values: CodeValue[] = [];
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, number>();
  decode(input)
    .split(/\r?\n/)
    .forEach((text, i) => {
      const line = i + 1;
      if (text.trim() === '') return;
      const cells = text.split(',');
      if (cells.length !== 2) {
        problems.push({ line, reason: `expected "teryt,value", found ${cells.length} cells` });
        return;
      }
      const [rawCode, rawValue] = cells.map((c) => c.trim()) as [string, string];
      if (!/^\d{6,7}$/.test(rawCode)) {
        problems.push({ line, reason: `"${rawCode}" is not a 6–7 digit TERYT code` });
        return;
      }
      if (!/^-?\d+(\.\d+)?$/.test(rawValue)) {
        problems.push({ line, reason: `"${rawValue}" is not a number` });
        return;
      }
      const code = rawCode.padStart(7, '0');
      const first = seen.get(code);
      if (first !== undefined) {
        problems.push({ line, reason: `code ${code} already on line ${first}` });
        return;
      }
      seen.set(code, line);
      values.push({ code, value: Number(rawValue), line });
    });
  return { values, problems };
}

export interface VaccinationRecord {
  code: string;
  /** The ranking's own population base (not stated by the publisher; close to GUS). */
  population: number;
  fullyVaccinated: number;
  /** The percentage as published, for checking `fullyVaccinated / population`. */
  percent: number;
  line: number;
}

/** The gov.pl "Ranking szczepień gmin" JSON: an array of records with `teryt_code`, `population`, `full_vaccinated_amount`, `full_vaccinated_percent`. */
export function parseVaccinationJson(input: string | Uint8Array): {
  records: VaccinationRecord[];
  problems: DatasetProblem[];
} {
  const problems: DatasetProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(decode(input));
  } catch (error) {
    return { records: [], problems: [{ line: 1, reason: `not JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { records: [], problems: [{ line: 1, reason: 'expected an array of records' }] };
  const records: VaccinationRecord[] = [];
  const seen = new Set<string>();
  data.forEach((item: unknown, i) => {
    const line = i + 1;
    const r = item as Record<string, unknown>;
    const code = typeof r.teryt_code === 'string' ? r.teryt_code : '';
    const numbers = [r.population, r.full_vaccinated_amount, r.full_vaccinated_percent];
    if (!/^\d{7}$/.test(code)) problems.push({ line, reason: `teryt_code "${String(r.teryt_code)}" is not 7 digits` });
    else if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n)))
      problems.push({
        line,
        reason: `record ${code}: population, full_vaccinated_amount or full_vaccinated_percent is not a number`,
      });
    else if (seen.has(code)) problems.push({ line, reason: `record ${code} repeats an earlier one` });
    else {
      seen.add(code);
      records.push({
        code,
        population: r.population as number,
        fullyVaccinated: r.full_vaccinated_amount as number,
        percent: r.full_vaccinated_percent as number,
        line,
      });
    }
  });
  return { records, problems };
}

/** Where one PKW file keeps what turnout needs (the column names differ by election). */
export interface PkwLayout {
  code: string;
  name: string;
  county: string;
  eligible: string;
  voters: string;
  /** 2011's scraped file: 7-digit TERYT with the type digit, leading zero lost. Others: 6 digits without it. */
  codesWithType?: boolean;
  /** 2015: thousands commas (`31,388`) and `-` for zero. */
  thousandsCommas?: boolean;
  /** Codes known to be absent from the register (gminy created after its last state), left out on purpose. */
  leftOut?: readonly string[];
}

export interface PkwRow {
  line: number;
  /** The code as written, '' when empty. */
  code: string;
  name: string;
  county: string;
  voivodeship: string;
  eligible: number;
  voters: number;
}

const ABROAD_OR_SHIPS = /^(zagranica|statki)/i;

function pkwNumber(raw: string, layout: PkwLayout): number | null {
  let text = raw.trim();
  if (layout.thousandsCommas) {
    if (text === '-') return 0;
    text = text.replace(/,(?=\d{3}(?:,|$))/g, '');
  }
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Reads a PKW results file (`;`, BOM and CRLF tolerated) into rows with eligible voters and voters who took part. */
export function parsePkwFile(
  input: string | Uint8Array,
  layout: PkwLayout,
): { rows: PkwRow[]; dropped: number; problems: DatasetProblem[] } {
  const records = parse(decode(input), {
    delimiter: ';',
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length === 0) return { rows: [], dropped: 0, problems: [{ line: 1, reason: 'the file is empty' }] };
  const header = records[0]!.record.map((h) => h.trim());
  const at = (name: string) => header.indexOf(name);
  const wanted = {
    code: layout.code,
    name: layout.name,
    county: layout.county,
    eligible: layout.eligible,
    voters: layout.voters,
  };
  const missing = Object.values(wanted).filter((h) => at(h) < 0);
  if (missing.length > 0)
    return {
      rows: [],
      dropped: 0,
      problems: [
        { line: records[0]!.info.lines, reason: `the header has no column ${missing.map((m) => `"${m}"`).join(', ')}` },
      ],
    };
  // The voivodeship is the column after the county in every layout that has one.
  const voivodeshipAt = header.findIndex((h) => /^(Województwo|voivodship_name)$/.test(h));
  const rows: PkwRow[] = [];
  const problems: DatasetProblem[] = [];
  let dropped = 0;
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (name: string) => (record[at(name)] ?? '').trim();
    // Abroad and ships are no gmina (some abroad rows of 2023 even carry no numbers), and codes the
    // caller knows are not in the register are left out: dropped here, counted.
    if (
      isAbroad(cell(layout.code), cell(layout.name), cell(layout.county)) ||
      (layout.leftOut ?? []).includes(cell(layout.code))
    ) {
      dropped++;
      continue;
    }
    const eligible = pkwNumber(cell(layout.eligible), layout);
    const voters = pkwNumber(cell(layout.voters), layout);
    if (eligible === null || voters === null) {
      problems.push({
        line,
        reason: `"${cell(layout.eligible)}" / "${cell(layout.voters)}" (eligible / voters) is not a whole number`,
      });
      continue;
    }
    rows.push({
      line,
      code: cell(layout.code),
      name: cell(layout.name),
      county: cell(layout.county),
      voivodeship: voivodeshipAt >= 0 ? (record[voivodeshipAt] ?? '').trim() : '',
      eligible,
      voters,
    });
  }
  return { rows, dropped, problems };
}

/** Rows for voters abroad (`zagranica`, TERYT 1499xx) and on ships (`statki`, 1498xx). */
function isAbroad(code: string, name: string, county: string): boolean {
  return ABROAD_OR_SHIPS.test(county) || ABROAD_OR_SHIPS.test(name) || /^14(98|99)\d\d$/.test(code);
}

export interface PkwResolver {
  /** The 7-digit gmina code (type 1, 2 or 3) in force on the election day for WOJ+POW+GMI, or null. */
  gminaBySixDigits(code6: string): string | null;
  /** The gmina code (`WWPP011`) of the city with county status named `county` in `voivodeship`, or null. */
  cityCountyGmina(county: string, voivodeship: string): string | null;
}

export interface GminaTurnout {
  code: string;
  eligible: number;
  voters: number;
  /** Lines of the file that made it (Warsaw: its 18 dzielnice). */
  lines: number[];
}

const WARSAW = '1465011';

/**
 * PKW rows (abroad and ships already dropped) → one total per gmina: Warsaw's dzielnice (`1465xx`) summed
 * into 1465011; a row with an empty code (2025 round 1 writes every city with county status so)
 * mapped by its county name; 6-digit codes (no type digit) resolved to the gmina in force, 2011's
 * 7-digit codes padded. An unresolvable code or a gmina met twice is a problem with its line.
 */
export function pkwGminaTotals(
  rows: readonly PkwRow[],
  layout: PkwLayout,
  resolver: PkwResolver,
): { totals: GminaTurnout[]; problems: DatasetProblem[] } {
  const totals = new Map<string, GminaTurnout>();
  const problems: DatasetProblem[] = [];
  for (const row of rows) {
    let code: string | null;
    let summed = false;
    if (row.code === '') {
      code = resolver.cityCountyGmina(row.county, row.voivodeship);
      if (code === null) {
        problems.push({ line: row.line, reason: `empty TERYT and "${row.county}" is no city with county status` });
        continue;
      }
    } else if (!/^\d{5,7}$/.test(row.code)) {
      problems.push({ line: row.line, reason: `"${row.code}" is not a TERYT code` });
      continue;
    } else if (/^1465(0[2-9]|1\d)$/.test(row.code)) {
      code = WARSAW;
      summed = true;
    } else if (layout.codesWithType) {
      code = row.code.padStart(7, '0');
    } else if (row.code.length === 7) {
      problems.push({ line: row.line, reason: `"${row.code}" has 7 digits; this file has 6-digit codes` });
      continue;
    } else {
      const six = row.code.padStart(6, '0');
      code = resolver.gminaBySixDigits(six);
      if (code === null) {
        problems.push({ line: row.line, reason: `no gmina ${six} (WOJ+POW+GMI) in the register on the election day` });
        continue;
      }
    }
    const known = totals.get(code);
    if (known && !(summed && known.code === WARSAW)) {
      problems.push({ line: row.line, reason: `gmina ${code} already on line ${known.lines[0]}` });
      continue;
    }
    if (known) {
      known.eligible += row.eligible;
      known.voters += row.voters;
      known.lines.push(row.line);
    } else totals.set(code, { code, eligible: row.eligible, voters: row.voters, lines: [row.line] });
  }
  return { totals: [...totals.values()], problems };
}

export interface RegisterEntry {
  code: string;
  kind: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The gmina (type 1/2/3) with the six digits that was in force on `date`. Register dates are
 * register states, not legal dates, so when more than one entry looks valid the one that ended
 * soonest after the date wins: a later type change replaced it, not the other way round.
 */
export function gminaInForce(entries: readonly RegisterEntry[], code6: string, date: string): string | null {
  const candidates = entries.filter(
    (e) =>
      e.code.length === 7 &&
      e.code.startsWith(code6) &&
      /[123]$/.test(e.code) &&
      (e.validTo === null || e.validTo > date) &&
      (e.validFrom === null || e.validFrom <= date),
  );
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => (a.validTo ?? '9999').localeCompare(b.validTo ?? '9999'));
  return candidates[0]!.code;
}
