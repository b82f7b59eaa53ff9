/**
 * Validation of imported data values. The server reads a CSV or XLSX file into rows of text cells
 * (numbering rows as the user sees them: the header is usually row 1); this module understands the
 * table, converts it to one value per (unit, variable, period) and lists every problem with its row,
 * column and reason, so the user can fix the file in one pass. Nothing is imported unless there is
 * no problem at all.
 *
 * Layouts (recognised from the header; names are matched case- and diacritic-insensitively, after
 * removing a BOM — also its `ï»¿` residue — and quotes):
 *
 * | layout | columns |
 * |---|---|
 * | `long` | unit, variable, period, value — one value per row; other columns are ignored |
 * | `column-per-variable` | unit, period, then one column per variable code (`pupils`, `teachers`, …) |
 * | `column-per-period` | unit, optionally variable, then one column per period (`2019`, `2020-H1`, …); without a variable column the caller names the variable |
 *
 * Accepted header names: unit — `unit_code`, `unit`, `kod`, `kod_teryt`, `teryt`, `kod_jst`;
 * variable — `variable_code`, `variable`, `zmienna`, `kod_zmiennej`; period — `period`, `okres`,
 * `rok`, `year`; value — `value`, `wartosc`, `wartość`. Name columns (`name`, `unit_name`,
 * `nazwa`, `nazwa_jst`, `jednostka`) are ignored in every layout.
 */
import { formatPeriod, parsePeriod } from './periods';

export type ParseDecimalResult = { ok: true; value: number } | { ok: false; reason: string };

const DECIMAL = /^([+-])?(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;
const STATISTICAL_SYMBOLS = /^(?:[-–—.…]|x)$/i;

/**
 * Reads a number as people and spreadsheets write it in Poland and elsewhere:
 * - decimal comma or point: `1234,5`, `1234.5`, `-0,25`; a leading `+`; the Unicode minus `−`;
 * - thousands grouped by spaces, non-breaking spaces (U+00A0), narrow no-break or thin spaces
 *   (U+202F, U+2009), in groups of exactly three: `1 234 567,89`;
 * - an exponent, as XLSX and Excel write large numbers: `1,5E+3`, `2.1e-4`;
 * - surrounding white space.
 * Refused with a reason: an empty text (the caller skips empty cells — it is not zero), both `,`
 * and `.` (`1.234,56`, `1,234.56`: which one is the decimal separator cannot be told for sure), more
 * than one separator (`1.2.3`), groups that are not thousands (`12 34`), a percent sign (`12%`),
 * the statistical symbols `-`, `–`, `x`, `.` (GUS: none / not applicable / unknown — the user must
 * enter 0 or leave the cell empty), units or any other character, and numbers beyond ±1.8·10^308.
 *
 * A single separator is always decimal: `1,234` reads 1.234, the Polish way (an English-formatted
 * one thousand two hundred and thirty-four would be misread; the plausibility checks catch such a
 * jump of 1 000×). The value is the double closest to the written decimal; -0 becomes 0.
 *
 * @example parseDecimal('1 234,56') → { ok: true, value: 1234.56 }
 */
export function parseDecimal(text: string): ParseDecimalResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const s = trimmed.replace(/\u2212/g, '-');
  if (STATISTICAL_SYMBOLS.test(s)) {
    return {
      ok: false,
      reason: `"${trimmed}" is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown`,
    };
  }
  if (s.includes('%'))
    return { ok: false, reason: `"${trimmed}" has a percent sign: enter the number alone, in the variable's unit` };
  const match = DECIMAL.exec(s);
  // Thousands groups and an exponent together are no one's notation: more likely two numbers.
  if (!match || (match[4] !== undefined && /\s/.test(match[2]!))) {
    if (s.includes(',') && s.includes('.')) {
      return {
        ok: false,
        reason: `"${trimmed}" mixes "," and ".": use one of them as the decimal separator and spaces between thousands`,
      };
    }
    if ((s.match(/[.,]/g) ?? []).length > 1)
      return { ok: false, reason: `"${trimmed}" has more than one decimal separator` };
    if (/^[+-]?\d[\d\s]*(?:[.,]\d+)?$/.test(s))
      return { ok: false, reason: `"${trimmed}" is not grouped in thousands (write 1 234 567 or 1234567)` };
    return { ok: false, reason: `"${trimmed}" is not a number` };
  }
  const [, sign = '', integer = '', fraction, exponent] = match;
  const canonical = `${sign}${integer.replace(/\s/g, '')}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`;
  const value = Number(canonical);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${trimmed}" is too large` };
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Restores the leading zero a spreadsheet drops from an all-digit TERYT code: 1 digit → voivodeship
 * (`2` → `02`), 3 digits → county (`201` → `0201`), 6 digits → gmina (`201011` → `0201011`). Any
 * other text is returned trimmed and otherwise unchanged. Pass it as `normalizeUnitCode` only when
 * the unit set is TERYT — other unit sets may have codes of any form.
 */
export function normalizeTerytCode(code: string): string {
  const trimmed = code.trim();
  return /^\d+$/.test(trimmed) && [1, 3, 6].includes(trimmed.length) ? `0${trimmed}` : trimmed;
}

export interface DataImportOptions {
  isKnownUnit: (code: string) => boolean;
  /** Called with the lower-cased code (variable codes are lower case). */
  isKnownVariable: (code: string) => boolean;
  /** Periods that may receive data, in canonical form (`2019`, `2019-H1`, `2019-Q3`). */
  allowedPeriods: ReadonlySet<string>;
  /** Applied to each unit code before the lookup, e.g. {@link normalizeTerytCode}. */
  normalizeUnitCode?: (code: string) => string;
  /** The variable of a `column-per-period` table that has no variable column. */
  variableCode?: string;
}

/** Header names of the columns a long row came from, for problem reports. */
export interface LongRowColumns {
  unit: string;
  variable: string;
  period: string;
  value: string;
}

/** One value in long form, as read from the file (all text). */
export interface LongRow {
  /** Row number in the file as the caller counts it (header included). */
  row: number;
  unitCode: string;
  variableCode: string;
  period: string;
  value: string;
  /** Where each field came from; defaults `unit_code`, `variable_code`, `period`, `value`. */
  columns?: LongRowColumns;
}

export interface DataValue {
  row: number;
  unitCode: string;
  variableCode: string;
  /** Canonical period text. */
  period: string;
  value: number;
}

export interface ImportProblem {
  row: number;
  /** The column's header as written in the file (null for a problem with a whole row). */
  column: string | null;
  reason: string;
}

export type ValidateRowsResult =
  { ok: true; values: DataValue[]; emptyCells: number } | { ok: false; problems: ImportProblem[] };

const DEFAULT_COLUMNS: LongRowColumns = {
  unit: 'unit_code',
  variable: 'variable_code',
  period: 'period',
  value: 'value',
};

function listPeriods(allowed: ReadonlySet<string>): string {
  const all = [...allowed].sort();
  return all.length > 10 ? `${all.slice(0, 10).join(', ')}, …` : all.join(', ');
}

/**
 * Validates rows in long form and converts their values to numbers (see {@link parseDecimal}).
 * A row whose value cell is empty is skipped (counted in `emptyCells`), whatever its other cells
 * hold — an empty cell is "no data", never 0. For every other row each problem is listed: empty
 * or unknown unit code (after `normalizeUnitCode`), empty or unknown variable code (matched lower
 * case), a period that is not a period or not among `allowedPeriods`, a value that is not a
 * number, and a (unit, variable, period) already given by an earlier row (the problem names both
 * rows). The same problem from several cells of one row (a wide table's unknown unit) is listed
 * once. Problems are ordered by row. `ok` only when there is no problem.
 */
export function validateDataRows(rows: readonly LongRow[], options: DataImportOptions): ValidateRowsResult {
  const problems: ImportProblem[] = [];
  const reported = new Set<string>();
  const report = (row: number, column: string | null, reason: string) => {
    const key = `${row}\u0000${column}\u0000${reason}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ row, column, reason });
  };
  const values: DataValue[] = [];
  const firstRow = new Map<string, number>();
  let emptyCells = 0;
  for (const input of rows) {
    const columns = input.columns ?? DEFAULT_COLUMNS;
    if (input.value.trim() === '') {
      emptyCells++;
      continue;
    }
    let ok = true;
    const fail = (column: string, reason: string) => {
      ok = false;
      report(input.row, column, reason);
    };

    const rawUnit = input.unitCode.trim();
    const unitCode = options.normalizeUnitCode ? options.normalizeUnitCode(rawUnit) : rawUnit;
    if (rawUnit === '') fail(columns.unit, 'unit code is empty');
    else if (!options.isKnownUnit(unitCode))
      fail(
        columns.unit,
        unitCode === rawUnit ? `unknown unit "${rawUnit}"` : `unknown unit "${rawUnit}" (read as "${unitCode}")`,
      );

    const rawVariable = input.variableCode.trim();
    const variableCode = rawVariable.toLowerCase();
    if (rawVariable === '') fail(columns.variable, 'variable code is empty');
    else if (!options.isKnownVariable(variableCode)) fail(columns.variable, `unknown variable "${rawVariable}"`);

    const parsedPeriod = parsePeriod(input.period);
    let period = '';
    if (!parsedPeriod.ok) fail(columns.period, parsedPeriod.reason);
    else {
      period = formatPeriod(parsedPeriod.period);
      if (!options.allowedPeriods.has(period))
        fail(
          columns.period,
          `period ${period} is not open for data here (allowed: ${listPeriods(options.allowedPeriods)})`,
        );
    }

    const parsedValue = parseDecimal(input.value);
    if (!parsedValue.ok) fail(columns.value, parsedValue.reason);

    if (rawUnit !== '' && rawVariable !== '' && parsedPeriod.ok) {
      const key = `${unitCode}\u0000${variableCode}\u0000${period}`;
      const earlier = firstRow.get(key);
      if (earlier !== undefined) {
        fail(columns.value, `rows ${earlier} and ${input.row} both give ${variableCode} for ${unitCode} in ${period}`);
      } else firstRow.set(key, input.row);
    }
    if (ok && parsedValue.ok) values.push({ row: input.row, unitCode, variableCode, period, value: parsedValue.value });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row); // stable: column order within a row is kept
    return { ok: false, problems };
  }
  return { ok: true, values, emptyCells };
}

// ---------------------------------------------------------------------------------------------
// Tables: header recognition and conversion of the wide layouts to long rows.

/** One row of a table read from a file: its row number as the user sees it and its cells as text. */
export interface TableRow {
  row: number;
  cells: readonly string[];
}

export interface DataTable {
  header: TableRow;
  rows: readonly TableRow[];
}

export type TableLayout = 'long' | 'column-per-variable' | 'column-per-period';

type Role = 'unit' | 'variable' | 'period' | 'value' | 'label';

const ROLE_NAMES: Record<Role, readonly string[]> = {
  unit: ['unit_code', 'unit', 'kod', 'kod_teryt', 'teryt', 'kod_jst'],
  variable: ['variable_code', 'variable', 'zmienna', 'kod_zmiennej'],
  period: ['period', 'okres', 'rok', 'year'],
  value: ['value', 'wartosc'],
  label: ['name', 'unit_name', 'nazwa', 'nazwa_jst', 'jednostka'],
};

/** A header cell as the user wrote it, without BOM (or its `ï»¿` residue), quotes and outer spaces. */
function cleanHeader(raw: string): string {
  let h = raw.replace(/^(?:\uFEFF|ï»¿)+/, '').trim();
  if (h.length >= 2 && h.startsWith('"') && h.endsWith('"')) h = h.slice(1, -1).replace(/""/g, '"').trim();
  return h;
}

/** Matching key of a header: lower case, diacritics folded, spaces and hyphens as `_`. */
function headerKey(clean: string): string {
  return clean
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[\s-]+/g, '_');
}

function roleOf(key: string): Role | null {
  for (const role of Object.keys(ROLE_NAMES) as Role[]) if (ROLE_NAMES[role].includes(key)) return role;
  return null;
}

export type TableToRowsResult =
  | { ok: true; layout: TableLayout; rows: LongRow[]; ignoredColumns: string[] }
  | { ok: false; problems: ImportProblem[] };

interface ReadTable {
  layout: TableLayout;
  rows: LongRow[];
  ignoredColumns: string[];
  problems: ImportProblem[];
}

type Source = { fixed: string } | { column: number };

function readTable(table: DataTable, options: DataImportOptions): ReadTable {
  const headerRow = table.header.row;
  const names = table.header.cells.map(cleanHeader);
  const problems: ImportProblem[] = [];
  const roles = new Map<Role, number>();
  const others: number[] = [];
  const ignoredColumns: string[] = [];
  const hasData = (index: number) => table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
  const headerProblem = (column: string | null, reason: string) => problems.push({ row: headerRow, column, reason });

  names.forEach((name, index) => {
    if (name === '') {
      if (hasData(index)) headerProblem(`(column ${index + 1})`, `column ${index + 1} has data but no header`);
      return;
    }
    const role = roleOf(headerKey(name));
    if (role === 'label') ignoredColumns.push(name);
    else if (role === null) others.push(index);
    else if (roles.has(role)) headerProblem(name, `two ${role} columns: "${names[roles.get(role)!]}" and "${name}"`);
    else roles.set(role, index);
  });
  const unit = roles.get('unit');
  if (unit === undefined) headerProblem(null, `no unit column (name it ${ROLE_NAMES.unit.join(', ')})`);

  const layout: TableLayout = roles.has('value')
    ? 'long'
    : roles.has('period')
      ? 'column-per-variable'
      : 'column-per-period';
  // Each value column with where its variable and period come from: fixed by the header, or a column.
  const valueColumns: { index: number; variable: Source; period: Source }[] = [];

  if (layout === 'long') {
    for (const role of ['variable', 'period'] as const) {
      if (!roles.has(role)) headerProblem(null, `no ${role} column (name it ${ROLE_NAMES[role].join(', ')})`);
    }
    ignoredColumns.push(...others.map((i) => names[i]!));
    if (roles.has('variable') && roles.has('period')) {
      valueColumns.push({
        index: roles.get('value')!,
        variable: { column: roles.get('variable')! },
        period: { column: roles.get('period')! },
      });
    }
  } else if (layout === 'column-per-variable') {
    const variableColumn = roles.get('variable');
    if (variableColumn !== undefined) {
      headerProblem(
        names[variableColumn]!,
        'a variable column needs a value column (long layout); with a period column, give one column per variable instead',
      );
    }
    if (others.length === 0) headerProblem(null, 'no variable columns: name each column after a variable code');
    for (const index of others) {
      const code = names[index]!.toLowerCase();
      if (!options.isKnownVariable(code)) headerProblem(names[index]!, `unknown variable "${names[index]}"`);
      else valueColumns.push({ index, variable: { fixed: code }, period: { column: roles.get('period')! } });
    }
  } else {
    let variable: Source | null = null;
    const variableColumn = roles.get('variable');
    if (variableColumn !== undefined) variable = { column: variableColumn };
    else if (options.variableCode === undefined)
      headerProblem(null, 'no variable: add a variable column or choose the variable of this table');
    else if (!options.isKnownVariable(options.variableCode.toLowerCase()))
      headerProblem(null, `unknown variable "${options.variableCode}"`);
    else variable = { fixed: options.variableCode.toLowerCase() };
    if (others.length === 0)
      headerProblem(
        null,
        'no value columns: give a value column, a period column with one column per variable, or one column per period',
      );
    for (const index of others) {
      const parsed = parsePeriod(names[index]!);
      if (!parsed.ok) {
        headerProblem(names[index]!, `column "${names[index]}" is neither a period nor a known column`);
        continue;
      }
      const period = formatPeriod(parsed.period);
      if (!options.allowedPeriods.has(period)) {
        headerProblem(
          names[index]!,
          `period ${period} is not open for data here (allowed: ${listPeriods(options.allowedPeriods)})`,
        );
      } else if (variable) valueColumns.push({ index, variable, period: { fixed: period } });
    }
  }

  const rows: LongRow[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const extra = cells.slice(names.length).filter((c) => c.trim() !== '').length;
    if (extra > 0)
      problems.push({
        row,
        column: null,
        reason: `the row has ${extra} more non-empty cell${extra === 1 ? '' : 's'} than the header has columns`,
      });
    if (unit === undefined) continue;
    const cell = (index: number) => cells[index] ?? '';
    const read = (source: Source) => ('fixed' in source ? source.fixed : cell(source.column));
    for (const column of valueColumns) {
      const nameOf = (source: Source) => names['column' in source ? source.column : column.index]!;
      rows.push({
        row,
        unitCode: cell(unit),
        variableCode: read(column.variable),
        period: read(column.period),
        value: cell(column.index),
        columns: {
          unit: names[unit]!,
          variable: nameOf(column.variable),
          period: nameOf(column.period),
          value: names[column.index]!,
        },
      });
    }
  }
  return { layout, rows, ignoredColumns, problems };
}

const byRow = (a: ImportProblem, b: ImportProblem) => a.row - b.row;

/**
 * Recognises the layout of a table from its header (see the module comment) and turns it into long
 * rows, one per value cell, each knowing the columns it came from. Layout: a value column → `long`;
 * else a period column → `column-per-variable`; else `column-per-period`. Rows whose cells are all
 * empty are dropped; a row with more non-empty cells than the header has columns is a problem.
 * Header problems (no unit column, a role given twice, an unknown variable or an unallowed period
 * as a column header, a column without header that has data, no variable for a
 * `column-per-period` table) are reported at the header's row; cells of a rejected column are not
 * read. Cell contents are not checked here (see {@link validateDataRows}).
 */
export function tableToLongRows(table: DataTable, options: DataImportOptions): TableToRowsResult {
  const read = readTable(table, options);
  if (read.problems.length > 0) return { ok: false, problems: read.problems.sort(byRow) };
  return { ok: true, layout: read.layout, rows: read.rows, ignoredColumns: read.ignoredColumns };
}

export type DataImportResult =
  | { ok: true; layout: TableLayout; values: DataValue[]; emptyCells: number; ignoredColumns: string[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * The whole validation of an imported table: {@link tableToLongRows}, then {@link validateDataRows}
 * on every row that could be read — also when the header has problems, so the user sees all of
 * them at once. Problems are ordered by row (the header's first). `ok` only when there is none;
 * empty value cells are skipped and counted, never read as 0.
 */
export function validateDataTable(table: DataTable, options: DataImportOptions): DataImportResult {
  const read = readTable(table, options);
  const validated = validateDataRows(read.rows, options);
  const problems = [...read.problems, ...(validated.ok ? [] : validated.problems)].sort(byRow);
  if (problems.length > 0 || !validated.ok) return { ok: false, problems };
  return {
    ok: true,
    layout: read.layout,
    values: validated.values,
    emptyCells: validated.emptyCells,
    ignoredColumns: read.ignoredColumns,
  };
}
