/**
 * Validation of a generic units CSV (`code,name,kind,parent_code`), for unit sets other than TERYT:
 * another country's municipalities, a network of schools, a programme's own regions.
 */
import { unsafeTextReason } from '../input/text';
import { parse } from 'csv-parse/sync';
import { UNIT_KIND_PATTERN } from './kinds';

export interface UnitCsvRow {
  line: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

export interface UnitCsvProblem {
  line: number;
  field?: string;
  reason: string;
}

/** What the importer knows of a code that already exists: where it came from. */
export type ExistingCodeLookup = (code: string) => 'teryt' | 'csv' | undefined;

const COLUMNS = ['code', 'name', 'kind', 'parent_code'] as const;
const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;
const MAX_NAME = 200;

/**
 * Decodes and validates a units CSV. Every bad line is reported (line number, field, reason); the
 * result is `ok` only when no line is bad, so the caller imports all or nothing.
 *
 * Accepts UTF-8 with or without BOM, `,` or `;` as separator (taken from the header line), quoted
 * fields, CRLF. Rejects: bytes that are not UTF-8 (e.g. a Windows-1250 export), a missing column,
 * a duplicate code, a parent that is neither in the file nor already known, a kind that is not a
 * slug, a code that belongs to the official TERYT register (those are only changed by the TERYT
 * importer), and a parent cycle.
 */
export function parseUnitsCsv(
  bytes: Uint8Array,
  existing: ExistingCodeLookup,
): { ok: true; rows: UnitCsvRow[] } | { ok: false; problems: UnitCsvProblem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [{ line: firstBadUtf8Line(bytes), reason: 'the file is not valid UTF-8 (save it as CSV UTF-8)' }],
    };
  }
  text = text.replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ line, reason: `malformed CSV: ${(error as Error).message}` }] };
  }
  if (records.length === 0) return { ok: false, problems: [{ line: 1, reason: 'the file is empty' }] };
  const header = records[0]!.record.map((h) => h.toLowerCase());
  const problems: UnitCsvProblem[] = [];
  const index: Record<string, number> = {};
  for (const column of COLUMNS) {
    const at = header.indexOf(column);
    if (at < 0) problems.push({ line: 1, field: column, reason: `missing column "${column}"` });
    index[column] = at;
  }
  if (problems.length > 0) return { ok: false, problems };

  const rows: UnitCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: (typeof COLUMNS)[number]) => record[index[c]!] ?? '';
    const lineProblems: UnitCsvProblem[] = [];
    if (record.length !== header.length)
      lineProblems.push({ line, reason: `expected ${header.length} fields, found ${record.length}` });
    const code = cell('code');
    const name = cell('name');
    const kind = cell('kind');
    const parentCode = cell('parent_code') || null;
    if (!CODE_PATTERN.test(code))
      lineProblems.push({
        line,
        field: 'code',
        reason:
          code === '' ? 'code is empty' : `code "${code}" may hold only letters, digits, ".", "_" and "-" (max 40)`,
      });
    else if (seen.has(code))
      lineProblems.push({ line, field: 'code', reason: `duplicate code "${code}" (first on line ${seen.get(code)})` });
    else if (existing(code) === 'teryt')
      lineProblems.push({ line, field: 'code', reason: `code "${code}" belongs to the TERYT register` });
    const unsafeName = unsafeTextReason(name);
    if (unsafeName) lineProblems.push({ line, field: 'name', reason: `name ${unsafeName}` });
    else if (name === '') lineProblems.push({ line, field: 'name', reason: 'name is empty' });
    else if (name.length > MAX_NAME)
      lineProblems.push({ line, field: 'name', reason: `name is longer than ${MAX_NAME} characters` });
    if (!UNIT_KIND_PATTERN.test(kind))
      lineProblems.push({
        line,
        field: 'kind',
        reason: `kind "${kind}" must be a lower-case slug such as "municipality" or "school"`,
      });
    if (parentCode === code && code !== '')
      lineProblems.push({ line, field: 'parent_code', reason: 'a unit cannot be its own parent' });
    if (!seen.has(code)) seen.set(code, line);
    if (lineProblems.length > 0) problems.push(...lineProblems);
    else rows.push({ line, code, name, kind, parentCode });
  }
  if (records.length === 1) problems.push({ line: 2, reason: 'the file has a header but no units' });

  const inFile = new Map(rows.map((r) => [r.code, r]));
  for (const row of rows) {
    if (row.parentCode !== null && !inFile.has(row.parentCode) && existing(row.parentCode) === undefined) {
      problems.push({ line: row.line, field: 'parent_code', reason: `unknown parent "${row.parentCode}"` });
    }
  }
  for (const row of rows) {
    // Walk up within the file; revisiting a code means a cycle (A → B → A).
    const visited = new Set<string>([row.code]);
    let parent = row.parentCode;
    while (parent !== null && inFile.has(parent)) {
      if (visited.has(parent)) {
        problems.push({ line: row.line, field: 'parent_code', reason: `parent chain of "${row.code}" forms a cycle` });
        break;
      }
      visited.add(parent);
      parent = inFile.get(parent)!.parentCode;
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

function firstBadUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
