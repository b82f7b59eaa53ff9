/**
 * The one CSV writer of every export (csv-stringify): UTF-8 with a BOM (Excel then reads Polish
 * letters right), CRLF, every field quoted when it holds a separator, a quote or a line break,
 * and text cells neutralised against formula injection as OWASP recommends: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as
 * text instead of running it. Numbers are written as numbers (a negative number stays a number).
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as written: with a leading `'` when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): string {
  const body = stringify(
    [
      header.map(neutraliseFormula),
      ...rows.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c))),
    ],
    {
      record_delimiter: '\r\n',
      // Quote what a spreadsheet could split or misread: separators of both kinds and line breaks.
      quoted_match: /[,;"\r\n\t]/,
      cast: { boolean: (b) => (b ? 'true' : 'false') },
    },
  );
  return options.bom === false ? body : `\uFEFF${body}`;
}

/** Rows only (no BOM, no header), written exactly as {@link toCsv} writes them: for files built in parts. */
export function toCsvRows(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c))),
    { record_delimiter: '\r\n', quoted_match: /[,;"\r\n\t]/, cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}
