/**
 * Reading DEA data from a CSV export (the future `miernik dea --file data.csv --id COL
 * --inputs a,b --outputs c,d` command): columns are chosen by header name, values may use a
 * decimal comma or point. The numbers are only parsed here; whether they suit DEA (positive,
 * enough units, unique ids) is `validateDeaInput`'s job, which `runDea` calls.
 */
import { parse } from 'csv-parse/sync';
import { type DeaInput } from './dea';

export interface DeaCsvColumns {
  /** Header of the column holding the unit id. */
  id: string;
  inputs: readonly string[];
  outputs: readonly string[];
}

export interface DeaCsvProblem {
  /** Line in the file (the header is line 1). */
  row: number;
  column?: string;
  reason: string;
}

export type DeaCsvResult = { ok: true; input: DeaInput } | { ok: false; reason: string; problems: DeaCsvProblem[] };

/**
 * Parses `text` into `DeaInput` (ids, inputs, outputs and the column names for messages).
 *
 * Format: a header line; separator `,` or `;` (whichever the header line has more of); quoted
 * fields; CRLF or LF; a leading BOM is ignored; blank lines are skipped. Column names are
 * matched exactly after trimming, then — if that finds nothing — case-insensitively.
 * Numbers: `1234.5`, `1234,5` (decimal comma, e.g. a Polish Excel export with `;`), `-1`, `1e6`;
 * spaces (also non-breaking) between digit groups are allowed (`1 234,5`). A cell with both `.`
 * and `,` is refused rather than guessed (`1.234,5` could be either).
 *
 * Every problem is reported with its line and column: a missing or repeated column, a column
 * used twice (e.g. as input and output), a row with the wrong number of fields, an empty id, an
 * empty or non-numeric value. The result is `ok` only when there is none.
 */
export function parseDeaCsv(text: string, columns: DeaCsvColumns): DeaCsvResult {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (error) {
    const row = (error as { lines?: number }).lines ?? 1;
    return failure([{ row, reason: `malformed CSV: ${(error as Error).message}` }]);
  }
  if (records.length === 0) return failure([{ row: 1, reason: 'the file is empty' }]);

  const header = records[0]!.record;
  const problems: DeaCsvProblem[] = [];
  const wanted = [columns.id, ...columns.inputs, ...columns.outputs];
  const used = new Set<string>();
  for (const name of wanted) {
    if (used.has(name))
      problems.push({
        row: 1,
        column: name,
        reason: `column "${name}" is named more than once among the id, inputs and outputs`,
      });
    used.add(name);
  }
  if (columns.inputs.length === 0) problems.push({ row: 1, reason: 'name at least one input column' });
  if (columns.outputs.length === 0) problems.push({ row: 1, reason: 'name at least one output column' });
  const index = new Map<string, number>();
  for (const name of new Set(wanted)) {
    const found = findColumn(header, name);
    if (typeof found === 'string') problems.push({ row: 1, column: name, reason: found });
    else index.set(name, found);
  }
  if (problems.length > 0) return failure(problems);

  const ids: string[] = [];
  const inputs: number[][] = [];
  const outputs: number[][] = [];
  for (const { record, info } of records.slice(1)) {
    const row = info.lines;
    if (record.length !== header.length) {
      problems.push({ row, reason: `expected ${header.length} fields, found ${record.length}` });
      continue;
    }
    const id = record[index.get(columns.id)!]!;
    if (id === '') problems.push({ row, column: columns.id, reason: 'the id is empty' });
    const read = (name: string) => {
      const cell = record[index.get(name)!]!;
      const value = parseNumber(cell);
      if (value === null)
        problems.push({ row, column: name, reason: cell === '' ? 'the value is empty' : `"${cell}" is not a number` });
      return value ?? Number.NaN;
    };
    ids.push(id);
    inputs.push(columns.inputs.map(read));
    outputs.push(columns.outputs.map(read));
  }
  if (records.length === 1) problems.push({ row: 2, reason: 'the file has a header but no units' });
  if (problems.length > 0) return failure(problems);
  return {
    ok: true,
    input: { ids, inputs, outputs, inputNames: [...columns.inputs], outputNames: [...columns.outputs] },
  };
}

/** Index of the column called `name`, or why there is none. */
function findColumn(header: readonly string[], name: string): number | string {
  const exact = header.flatMap((h, at) => (h === name.trim() ? [at] : []));
  const loose =
    exact.length > 0 ? exact : header.flatMap((h, at) => (h.toLowerCase() === name.trim().toLowerCase() ? [at] : []));
  if (loose.length === 1) return loose[0]!;
  if (loose.length > 1) return `the header has ${loose.length} columns called "${name}"`;
  return `missing column "${name}" (the header has: ${header.map((h) => `"${h}"`).join(', ')})`;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** A finite number from a cell with a decimal point or comma, or null. */
function parseNumber(cell: string): number | null {
  const compact = cell.replace(/(?<=\d)[\s\u00a0\u202f](?=\d)/g, '');
  if (!NUMBER.test(compact) || (compact.includes('.') && compact.includes(','))) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

function failure(problems: DeaCsvProblem[]): DeaCsvResult {
  problems.sort((a, b) => a.row - b.row);
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const first = problems[0]!;
  return {
    ok: false,
    reason: `line ${first.row}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}${more}`,
    problems,
  };
}
