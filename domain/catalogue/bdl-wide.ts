/**
 * Parser for GUS BDL "tablica" wide exports (Źródło: GUS, Bank Danych Lokalnych): one row per unit,
 * one column per (dimension labels, year, unit of measure). See data/bdl/SOURCE.md for the real
 * files this was written against.
 *
 * Layout: `Kod;Nazwa;<value columns…>` with `;` as separator. A value column header is either the
 * BDL form `label 1;label 2;…;YYYY;[unit]` (quoted, because it contains `;`) or a reshaped form
 * `rok_YYYY` / `YYYY` that carries no labels and no unit. Cells use a decimal comma; an empty cell
 * means "no data" and produces no record (it is never read as 0).
 */
import { parse } from 'csv-parse/sync';
import type { BdlLevel } from '../units/bdl';

export interface BdlWideColumn {
  /** Dimension labels from the header, e.g. `['gminy łącznie z miastami na prawach powiatu', 'razem']`; empty for `rok_2019`. */
  labels: string[];
  year: number;
  /** Unit of measure without brackets (`zł`, `osoba`); `''` when the header states none. */
  measure: string;
  /** The header text exactly as in the file (used as provenance). */
  header: string;
  /** 1-based column number in the file. */
  index: number;
}

export interface BdlWideUnit {
  /** TERYT code padded to 7 digits (`0201011`; a county row is `WWPP000`, a voivodeship `WW00000`). */
  unitCode: string;
  /** The code at its own level: 7 digits for a gmina or its part, `WWPP` for a county, `WW` for a voivodeship; null for Poland. */
  terytCode: string | null;
  level: BdlLevel;
  /** Name without the bracketed type: `Bolesławiec` for `Bolesławiec (1)`. */
  unitName: string;
  /** The name as written in the file. */
  rawName: string;
  /**
   * True for the town part (RODZ 4) or rural part (5) of an urban-rural gmina, a Warsaw district (8)
   * or a delegatura (9): statistical parts of a gmina, not JST of their own. Kept, never merged.
   */
  isMunicipalityPart: boolean;
  /** 1-based line number in the file. */
  row: number;
}

export interface BdlWideRecord {
  unitCode: string;
  terytCode: string | null;
  unitName: string;
  isMunicipalityPart: boolean;
  column: BdlWideColumn;
  value: number;
  row: number;
}

export interface BdlWideProblem {
  /** 1-based line number in the file. */
  row: number;
  /** 1-based column number, when the problem is in one cell or header. */
  column?: number;
  reason: string;
}

export interface BdlWideResult {
  columns: BdlWideColumn[];
  units: BdlWideUnit[];
  records: BdlWideRecord[];
  problems: BdlWideProblem[];
}

/** GUS table symbols that stand for "no number" — reported, never turned into a value. */
const GUS_SYMBOLS: Record<string, string> = {
  '-': 'GUS symbol "-" (magnitude zero or no occurrence) is not a number; enter 0 if zero is meant',
  '.': 'GUS symbol "." (data not available) is not a number; leave the cell empty',
  x: 'GUS symbol "x" (not applicable) is not a number; leave the cell empty',
  '#': 'GUS symbol "#" (confidential data) is not a number; leave the cell empty',
};

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Reads the meaning of one value-column header: `labels…;YYYY;[unit]`, `rok_YYYY` or `YYYY`.
 * Null when no 4-digit year (1900–2100) can be found where the layout puts it.
 *
 * @example parseBdlHeader('w wieku produkcyjnym;ogółem;2019;[osoba]') // { labels: ['w wieku produkcyjnym', 'ogółem'], year: 2019, measure: 'osoba' }
 */
export function parseBdlHeader(
  header: string,
  separator: ';' | ',' = ';',
): { labels: string[]; year: number; measure: string } | null {
  const parts = header.split(separator).map((p) => p.trim());
  let measure = '';
  const unit = /^\[(.*)\]$/.exec(parts[parts.length - 1] ?? '');
  if (unit && parts.length > 1) {
    measure = unit[1]!.trim();
    parts.pop();
  }
  const yearText = parts.pop() ?? '';
  const year = /^(?:rok[_ ]?)?(\d{4})$/i.exec(yearText);
  if (!year) return null;
  const value = Number(year[1]);
  if (value < 1900 || value > 2100) return null;
  if (parts.some((p) => p === '')) return null;
  return { labels: parts, year: value, measure };
}

/** Level of a 7-digit TERYT-style code as BDL tablica exports write it (last digit 0 = not a gmina). */
function levelOf(code7: string): { level: BdlLevel; terytCode: string | null; isPart: boolean } {
  if (code7 === '0000000') return { level: 'country', terytCode: null, isPart: false };
  if (code7.endsWith('00000')) return { level: 'voivodeship', terytCode: code7.slice(0, 2), isPart: false };
  if (code7.endsWith('000')) return { level: 'county', terytCode: code7.slice(0, 4), isPart: false };
  return { level: 'municipality', terytCode: code7, isPart: /[4589]$/.test(code7) };
}

/**
 * Parses a BDL wide ("tablica") export into long records: one record per non-empty cell.
 *
 * Accepts UTF-8 text or bytes (with or without BOM; bytes that are not UTF-8 — e.g. a Windows-1250
 * save — are reported, not guessed), CRLF or LF, quoted or unquoted headers, a trailing `;` on every
 * line, codes that lost their leading zero (left-padded to 7), names with the type in brackets, and
 * decimal commas. Nothing is rounded.
 *
 * Every problem is reported with its row (and column): a header that names no year, a code that is
 * not 1–7 digits, a bracketed type that contradicts the code's last digit (the row is skipped: the
 * code may be wrong), a duplicate code (the later row is skipped), a duplicate column (the later column is skipped), a row with more or
 * fewer cells than the header, and a cell that is not a number (including the GUS symbols `-`, `.`, `x`, `#`).
 * Rows and cells with problems produce no records; everything else is still returned, so the
 * caller decides whether any problem blocks an import.
 */
export function parseBdlWide(input: string | Uint8Array): BdlWideResult {
  const empty: BdlWideResult = { columns: [], units: [], records: [], problems: [] };
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return {
        ...empty,
        problems: [
          { row: 1, reason: 'the file is not valid UTF-8 (BDL exports may be Windows-1250: save it as CSV UTF-8)' },
        ],
      };
    }
  }
  text = text.replace(/^\uFEFF/, '');
  // BDL exports use `;`; some saves (e.g. P2425 for 2024) use `,` with a decimal point. A first line
  // without any `;` is such a save; its headers then join labels, year and unit with `,` too.
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const delimiter: ';' | ',' = firstLine.includes(';') ? ';' : ',';

  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (error) {
    const row = (error as { lines?: number }).lines ?? 1;
    return { ...empty, problems: [{ row, reason: `malformed CSV: ${(error as Error).message}` }] };
  }
  if (rows.length === 0) return { ...empty, problems: [{ row: 1, reason: 'the file is empty' }] };

  const problems: BdlWideProblem[] = [];
  const headerRow = rows[0]!;
  const header = headerRow.record;
  const headerLine = headerRow.info.lines;
  const codeAt = header.findIndex((h) => h.toLowerCase() === 'kod');
  const nameAt = header.findIndex((h) => h.toLowerCase() === 'nazwa');
  if (codeAt < 0 || nameAt < 0) {
    return {
      ...empty,
      problems: [
        { row: headerLine, reason: 'the header has no "Kod" and "Nazwa" columns (is this a BDL tablica export?)' },
      ],
    };
  }

  // Value columns: everything but Kod/Nazwa. An empty trailing header (from a line-final `;`) is dropped.
  let lastHeader = header.length;
  while (lastHeader > 0 && header[lastHeader - 1] === '') lastHeader--;
  const columns: BdlWideColumn[] = [];
  const columnAt = new Map<number, BdlWideColumn>();
  const seenColumns = new Map<string, number>();
  for (let i = 0; i < lastHeader; i++) {
    if (i === codeAt || i === nameAt) continue;
    const headerText = header[i]!;
    const meaning = parseBdlHeader(headerText, delimiter);
    if (!meaning) {
      problems.push({
        row: headerLine,
        column: i + 1,
        reason: `header "${headerText}" names no year (expected "labels;YYYY;[unit]" or "rok_YYYY")`,
      });
      continue;
    }
    const key = JSON.stringify([meaning.labels, meaning.year, meaning.measure]);
    const first = seenColumns.get(key);
    if (first !== undefined) {
      problems.push({
        row: headerLine,
        column: i + 1,
        reason: `header "${headerText}" repeats column ${first}; the repeat is ignored`,
      });
      continue;
    }
    seenColumns.set(key, i + 1);
    const column: BdlWideColumn = { ...meaning, header: headerText, index: i + 1 };
    columns.push(column);
    columnAt.set(i, column);
  }

  const units: BdlWideUnit[] = [];
  const records: BdlWideRecord[] = [];
  const seenCodes = new Map<string, number>();
  for (const { record: cells, info } of rows.slice(1)) {
    const row = info.lines;
    let last = cells.length;
    while (last > lastHeader && cells[last - 1] === '') last--;
    if (last > lastHeader) {
      problems.push({ row, reason: `the row has ${last} cells but the header only ${lastHeader}` });
      continue;
    }
    if (cells.length < lastHeader) {
      problems.push({
        row,
        reason: `the row has ${cells.length} cells but the header ${lastHeader} (a cut-off line?)`,
      });
      continue;
    }
    const rawCode = cells[codeAt] ?? '';
    if (!/^\d{1,7}$/.test(rawCode)) {
      problems.push({ row, column: codeAt + 1, reason: `code "${rawCode}" is not a TERYT code of 1–7 digits` });
      continue;
    }
    const unitCode = rawCode.padStart(7, '0');
    const rawName = cells[nameAt] ?? '';
    const typed = /^(.*?)\s*\((\d)\)$/.exec(rawName);
    const { level, terytCode, isPart } = levelOf(unitCode);
    if (typed && level === 'municipality' && typed[2] !== unitCode[6]) {
      problems.push({
        row,
        column: nameAt + 1,
        reason: `name "${rawName}" says type ${typed[2]} but code ${unitCode} ends in ${unitCode[6]}; this row is skipped`,
      });
      continue;
    }
    const firstRow = seenCodes.get(unitCode);
    if (firstRow !== undefined) {
      problems.push({
        row,
        column: codeAt + 1,
        reason: `code ${unitCode} already appears on row ${firstRow}; this row is skipped`,
      });
      continue;
    }
    seenCodes.set(unitCode, row);
    const unitName = typed ? typed[1]! : rawName;
    units.push({ unitCode, terytCode, level, unitName, rawName, isMunicipalityPart: isPart, row });

    for (const [i, column] of columnAt) {
      const cell = (cells[i] ?? '').replace(/[\s\u00a0\u202f]/g, '');
      if (cell === '') continue;
      if (!NUMBER.test(cell)) {
        const symbol = GUS_SYMBOLS[cell.toLowerCase()];
        problems.push({ row, column: i + 1, reason: symbol ?? `"${cells[i]}" is not a number` });
        continue;
      }
      records.push({
        unitCode,
        terytCode,
        unitName,
        isMunicipalityPart: isPart,
        column,
        value: Number(cell.replace(',', '.')),
        row,
      });
    }
  }
  return { columns, units, records, problems };
}
