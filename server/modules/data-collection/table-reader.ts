/**
 * Reads an uploaded CSV or XLSX file into text cells with the row numbers a user sees, within
 * limits: the work is bounded by the cells actually present in the file (a lone cell at `XFD1`
 * once made every row 16,384 cells wide and stalled the server for a minute), and a file over a
 * limit stops being read as soon as the limit is passed. Pure of the database, so it runs in the
 * import worker (`import-worker.ts`) off the event loop.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { DataTable, ImportProblem } from '../../../domain/indicators/import-rows';
import { unsafeTextReason } from '../../../domain/input/text';

/** Limits of one value-import file (also in README, "Security"). */
export const IMPORT_LIMITS = {
  /** Data rows (the header not counted). The import bench writes 1,000,000. */
  rows: 1_000_000,
  /** The right-most non-empty column. */
  columns: 1_000,
  /** Non-empty cells in the whole file. */
  cells: 5_000_000,
};

export type ReadTableResult =
  { ok: true; table: DataTable } | { ok: false; problems: ImportProblem[]; tooLarge?: boolean; message?: string };

/** `1` → `A`, `16384` → `XFD`. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function tooLarge(what: string): ReadTableResult {
  return { ok: false, tooLarge: true, problems: [], message: what };
}

function tooWide(row: number, column: number, limits: typeof IMPORT_LIMITS): ReadTableResult {
  return {
    ok: false,
    problems: [
      {
        row,
        column: columnLetters(column),
        reason: `a value in column ${columnLetters(column)} (${column}): files may have at most ${limits.columns} columns; delete what is right of the data`,
      },
    ],
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Text cells that PostgreSQL could not store are listed (row and column), as the form would. */
function unsafeCells(table: DataTable): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const r of [table.header, ...table.rows]) {
    for (let c = 0; c < r.cells.length && problems.length < 1000; c++) {
      const reason = unsafeTextReason(r.cells[c] ?? '');
      if (reason) problems.push({ row: r.row, column: table.header.cells[c] || columnLetters(c + 1), reason });
    }
  }
  return problems;
}

export async function readTable(bytes: Uint8Array, limits = IMPORT_LIMITS): Promise<ReadTableResult> {
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container
  const read = isXlsx ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
  if (!read.ok) return read;
  const unsafe = unsafeCells(read.table);
  return unsafe.length > 0 ? { ok: false, problems: unsafe } : read;
}

async function readXlsx(bytes: Uint8Array, limits: typeof IMPORT_LIMITS): Promise<ReadTableResult> {
  const rows: { row: number; cells: string[] }[] = [];
  let cellCount = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache', // date-formatted cells come back as dates
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        let over: ReadTableResult | null = null;
        // eachCell visits the cells present in the file only (not every column up to the widest).
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (over) return;
          const text = cellText(cell.value);
          if (text === '') return;
          if (column > limits.columns) over = tooWide(row.number, column, limits);
          else if (++cellCount > limits.cells) over = tooLarge(`The file has more than ${fmt(limits.cells)} cells`);
          else cells[column - 1] = text;
        });
        if (over) return over;
        if (cells.length === 0) continue;
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        rows.push({ row: row.number, cells });
        if (rows.length > limits.rows + 1)
          return tooLarge(`The file has more than ${fmt(limits.rows)} rows (the limit of one import)`);
      }
      break; // the first sheet only
    }
  } catch (error) {
    return {
      ok: false,
      problems: [{ row: 1, column: null, reason: `not a readable XLSX file: ${(error as Error).message}` }],
    };
  }
  if (rows.length === 0) return { ok: false, problems: [{ row: 1, column: null, reason: 'the sheet is empty' }] };
  return { ok: true, table: { header: rows[0]!, rows: rows.slice(1) } };
}

function readCsv(bytes: Uint8Array, limits: typeof IMPORT_LIMITS): ReadTableResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return {
      ok: false,
      problems: [
        { row: 1, column: null, reason: 'the file is neither XLSX nor UTF-8 text (save it as CSV UTF-8 or XLSX)' },
      ],
    };
  }
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Stops reading one record past the limit instead of parsing the rest of the file.
      to: limits.rows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          row: (error as { lines?: number }).lines ?? 1,
          column: null,
          reason: `malformed CSV: ${(error as Error).message}`,
        },
      ],
    };
  }
  if (records.length === 0) return { ok: false, problems: [{ row: 1, column: null, reason: 'the file is empty' }] };
  if (records.length > limits.rows + 1)
    return tooLarge(`The file has more than ${fmt(limits.rows)} rows (the limit of one import)`);
  let cellCount = 0;
  for (const r of records) {
    let last = r.record.length;
    while (last > 0 && r.record[last - 1]!.trim() === '') last--;
    if (last > limits.columns) return tooWide(r.info.lines, last, limits);
    cellCount += last;
    if (cellCount > limits.cells) return tooLarge(`The file has more than ${fmt(limits.cells)} cells`);
  }
  const rows = records.map((r) => ({ row: r.info.lines, cells: r.record }));
  return { ok: true, table: { header: rows[0]!, rows: rows.slice(1) } };
}

/** Text of an XLSX cell as a person would type it; numbers keep every digit (String of the double). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in value) return cellText((value as { result: ExcelJS.CellValue }).result);
  if (typeof value === 'object' && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return String(value);
}
