import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters, readTable } from './table-reader';

const limits = { rows: 3, columns: 5, cells: 12 };
const csv = (text: string) => new TextEncoder().encode(text);

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('dane'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('columnLetters', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
  });
});

describe('readTable limits', () => {
  it('reads a CSV within the limits, and refuses one row more as too large', async () => {
    expect(await readTable(csv('a,b\n1,2\n3,4\n5,6\n'), limits)).toMatchObject({ ok: true });
    expect(await readTable(csv('a,b\n1,2\n3,4\n5,6\n7,8\n'), limits)).toMatchObject({
      ok: false,
      tooLarge: true,
      message: 'The file has more than 3 rows (the limit of one import)',
    });
  });

  it('names the row and column of a value right of the column limit; trailing empty cells do not count', async () => {
    expect(await readTable(csv('a,b,,,,,,\n1,2,,,,,,\n'), limits)).toMatchObject({ ok: true });
    expect(await readTable(csv('a,b\n1,2,,,,x\n'), limits)).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: 'F', reason: expect.stringContaining('at most 5 columns') }],
    });
  });

  it('counts cells across the file', async () => {
    expect(await readTable(csv('a,b,c,d\n1,2,3,4\n5,6,7,8\n9,9,9,9\n'), limits)).toMatchObject({
      ok: false,
      tooLarge: true,
      message: expect.stringContaining('12 cells'),
    });
  });

  it('reads XLSX by the cells present: a styled empty cell far right is nothing, a value there is refused', async () => {
    const fine = await xlsx((sheet) => {
      sheet.addRow(['unit_code', 'value']);
      sheet.addRow(['1', 2]);
      sheet.getCell('XFD2').numFmt = '0.00';
    });
    expect(await readTable(fine, limits)).toEqual({
      ok: true,
      table: { header: { row: 1, cells: ['unit_code', 'value'] }, rows: [{ row: 2, cells: ['1', '2'] }] },
    });
    const hostile = await xlsx((sheet) => {
      sheet.addRow(['unit_code', 'value']);
      sheet.getCell('XFD1').value = 'x';
    });
    expect(await readTable(hostile, limits)).toMatchObject({ ok: false, problems: [{ row: 1, column: 'XFD' }] });
  });

  it('keeps gaps between XLSX cells as empty text and lists cells PostgreSQL cannot store (NUL)', async () => {
    const gaps = await xlsx((sheet) => {
      sheet.addRow(['a', null, 'c']);
      sheet.addRow(['x', null, 3]);
    });
    expect(await readTable(gaps, limits)).toMatchObject({
      ok: true,
      table: { header: { cells: ['a', '', 'c'] }, rows: [{ cells: ['x', '', '3'] }] },
    });
    expect(await readTable(csv('a,b\nx\u0000y,1\n'), limits)).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: 'a', reason: expect.stringContaining('NUL') }],
    });
    // A lone surrogate cannot be encoded in UTF-8 at all: the strict decoder refuses such bytes.
    expect(await readTable(new Uint8Array([0x61, 0x0a, 0xed, 0xa0, 0x80, 0x0a]), limits)).toMatchObject({ ok: false });
  });
});
