import { describe, expect, it } from 'vitest';
import {
  normalizeTerytCode,
  parseDecimal,
  tableToLongRows,
  validateDataRows,
  validateDataTable,
  type DataImportOptions,
  type DataTable,
  type LongRow,
} from './import-rows';

describe('parseDecimal', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['007', 7],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1 234,56', 1234.56],
    ['1\u00A0234\u00A0567,89', 1234567.89], // non-breaking spaces (Excel pl-PL)
    ['1\u202F234,5', 1234.5], // narrow no-break space (typographic)
    ['1\u2009234', 1234], // thin space
    ['12 345 678', 12345678],
    ['-0,25', -0.25],
    ['\u22120,25', -0.25], // Unicode minus sign
    ['+3', 3],
    ['-0', 0],
    ['  42  ', 42],
    ['\u00A042,5\u00A0', 42.5],
    ['1,234', 1.234], // a single separator is decimal (Polish reading)
    ['0,1', 0.1],
    ['1e3', 1000],
    ['1,5E+3', 1500],
    ['2.1e-4', 0.00021],
    ['1.23E+09', 1230000000],
    ['1.7976931348623157e308', Number.MAX_VALUE],
    ['0.30000000000000004', 0.30000000000000004],
  ])('%j → %d', (text, value) => {
    const result = parseDecimal(text);
    expect(result).toEqual({ ok: true, value });
    if (result.ok && value === 0) expect(Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', '"abc" is not a number'],
    ['1.2.3', '"1.2.3" has more than one decimal separator'],
    ['1,2,3', '"1,2,3" has more than one decimal separator'],
    ['1.234,56', '"1.234,56" mixes "," and ".": use one of them as the decimal separator and spaces between thousands'],
    ['1,234.56', '"1,234.56" mixes "," and ".": use one of them as the decimal separator and spaces between thousands'],
    ['12%', '"12%" has a percent sign: enter the number alone, in the variable\'s unit'],
    ['12 %', '"12 %" has a percent sign: enter the number alone, in the variable\'s unit'],
    ['12 34', '"12 34" is not grouped in thousands (write 1 234 567 or 1234567)'],
    ['1234 567', '"1234 567" is not grouped in thousands (write 1 234 567 or 1234567)'],
    ['1  234', '"1  234" is not grouped in thousands (write 1 234 567 or 1234567)'],
    ['-', '"-" is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown'],
    ['–', '"–" is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown'],
    ['x', '"x" is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown'],
    ['.', '"." is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown'],
    [',5', '",5" is not a number'],
    ['5,', '"5," is not a number'],
    ['1 234,5 zł', '"1 234,5 zł" is not a number'],
    ['(123)', '"(123)" is not a number'],
    ["1'234", '"1\'234" is not a number'],
    ['1_000', '"1_000" is not a number'],
    ['0x1A', '"0x1A" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['NaN', '"NaN" is not a number'],
    ['1e', '"1e" is not a number'],
    ['--1', '"--1" is not a number'],
    ['1 234e3', '"1 234e3" is not a number'],
    ['１２', '"１２" is not a number'], // full-width digits
    ['1e999', '"1e999" is too large'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseDecimal(text)).toEqual({ ok: false, reason });
  });
});

describe('normalizeTerytCode', () => {
  it.each([
    ['2', '02'],
    ['02', '02'],
    ['201', '0201'],
    ['1261', '1261'],
    ['201011', '0201011'],
    ['1261011', '1261011'],
    [' 201011 ', '0201011'],
    ['20101', '20101'], // not a TERYT length: left for the lookup to reject
    ['SE-01', 'SE-01'],
    ['', ''],
  ])('%j → %j', (code, expected) => {
    expect(normalizeTerytCode(code)).toBe(expected);
  });
});

const units = new Set(['0201011', '0201022', '1261011', '02']);
const variables = new Set(['pupils', 'teachers']);
const options: DataImportOptions = {
  isKnownUnit: (c) => units.has(c),
  isKnownVariable: (c) => variables.has(c),
  allowedPeriods: new Set(['2022', '2023']),
  normalizeUnitCode: normalizeTerytCode,
};
const long = (row: number, unitCode: string, variableCode: string, period: string, value: string): LongRow => ({
  row,
  unitCode,
  variableCode,
  period,
  value,
});

describe('validateDataRows', () => {
  it('converts valid rows, normalising codes and periods, and skips empty values', () => {
    expect(
      validateDataRows(
        [
          long(2, '201011', 'pupils', '2023', '1 234'),
          long(3, '1261011', 'Teachers', ' 2023 ', '98,5'),
          long(4, '0201022', 'pupils', '2023', ''),
          long(5, 'nonsense', 'nonsense', 'nonsense', '   '), // empty value: skipped, not checked
          long(6, '2', 'pupils', '2022', '0'),
        ],
        options,
      ),
    ).toEqual({
      ok: true,
      emptyCells: 2,
      values: [
        { row: 2, unitCode: '0201011', variableCode: 'pupils', period: '2023', value: 1234 },
        { row: 3, unitCode: '1261011', variableCode: 'teachers', period: '2023', value: 98.5 },
        { row: 6, unitCode: '02', variableCode: 'pupils', period: '2022', value: 0 },
      ],
    });
  });

  it('lists every problem of every row', () => {
    expect(
      validateDataRows(
        [
          long(2, '0201011', 'pupils', '2023', '100'),
          long(3, '9999999', 'pupil', '2031', 'abc'),
          long(4, '', '', '2023-Q5', '12%'),
          long(5, '201011', 'pupils', '2023', '101'), // same key as row 2 after normalisation
          long(6, '0201011', 'pupils', '2022', '1.2.3'),
          long(7, '0201011', 'PUPILS', '2023', '102'),
        ],
        options,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'unit_code', reason: 'unknown unit "9999999"' },
        { row: 3, column: 'variable_code', reason: 'unknown variable "pupil"' },
        { row: 3, column: 'period', reason: 'period 2031 is not open for data here (allowed: 2022, 2023)' },
        { row: 3, column: 'value', reason: '"abc" is not a number' },
        { row: 4, column: 'unit_code', reason: 'unit code is empty' },
        { row: 4, column: 'variable_code', reason: 'variable code is empty' },
        { row: 4, column: 'period', reason: '"2023-Q5": a year has 4 quarters (Q1–Q4)' },
        {
          row: 4,
          column: 'value',
          reason: '"12%" has a percent sign: enter the number alone, in the variable\'s unit',
        },
        { row: 5, column: 'value', reason: 'rows 2 and 5 both give pupils for 0201011 in 2023' },
        { row: 6, column: 'value', reason: '"1.2.3" has more than one decimal separator' },
        { row: 7, column: 'value', reason: 'rows 2 and 7 both give pupils for 0201011 in 2023' },
      ],
    });
  });

  it('pads TERYT codes only when asked', () => {
    const withoutNormalising = { ...options, normalizeUnitCode: undefined };
    expect(validateDataRows([long(2, '201011', 'pupils', '2023', '1')], withoutNormalising)).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'unit_code', reason: 'unknown unit "201011"' }],
    });
    expect(validateDataRows([long(2, '301011', 'pupils', '2023', '1')], options)).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'unit_code', reason: 'unknown unit "301011" (read as "0301011")' }],
    });
  });

  it('treats an empty file as nothing to import', () => {
    expect(validateDataRows([], options)).toEqual({ ok: true, values: [], emptyCells: 0 });
  });
});

const table = (header: string[], ...rows: string[][]): DataTable => ({
  header: { row: 1, cells: header },
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('validateDataTable', () => {
  it('reads the long layout with Polish, quoted, BOM-prefixed headers and ignores other columns', () => {
    const result = validateDataTable(
      table(
        ['\uFEFF"Kod"', 'Nazwa', 'ZMIENNA', 'Rok', 'Wartość', 'uwagi'],
        ['201011', 'Bolesławiec', 'pupils', '2023', '1 234,5', 'checked'],
        ['', '', '', '', '', ''],
        ['0201022', 'Bolesławiec (gm. w.)', 'teachers', '2023', '', ''],
      ),
      options,
    );
    expect(result).toEqual({
      ok: true,
      layout: 'long',
      emptyCells: 1,
      ignoredColumns: ['Nazwa', 'uwagi'],
      values: [{ row: 2, unitCode: '0201011', variableCode: 'pupils', period: '2023', value: 1234.5 }],
    });
  });

  it('accepts the English names and the BOM read as Windows-1252 ("ï»¿")', () => {
    const result = validateDataTable(
      table(['ï»¿unit_code', 'variable_code', 'period', 'value'], ['1261011', 'pupils', '2022', '7']),
      options,
    );
    expect(result).toMatchObject({
      ok: true,
      layout: 'long',
      values: [{ unitCode: '1261011', variableCode: 'pupils', period: '2022', value: 7 }],
    });
  });

  it('reads a column per variable with a period column', () => {
    const result = validateDataTable(
      table(
        ['teryt', 'okres', 'pupils', 'Teachers'],
        ['201011', '2022', '1200', '95,5'],
        ['201011', '2023', '1250', ''],
        ['1261011', '2023', '', ''],
      ),
      options,
    );
    expect(result).toEqual({
      ok: true,
      layout: 'column-per-variable',
      emptyCells: 3,
      ignoredColumns: [],
      values: [
        { row: 2, unitCode: '0201011', variableCode: 'pupils', period: '2022', value: 1200 },
        { row: 2, unitCode: '0201011', variableCode: 'teachers', period: '2022', value: 95.5 },
        { row: 3, unitCode: '0201011', variableCode: 'pupils', period: '2023', value: 1250 },
      ],
    });
  });

  it('reads a column per year for one variable the caller names, as GUS exports look', () => {
    const result = validateDataTable(
      table(
        ['Kod', 'Nazwa', '2022', '2023'],
        ['201011', 'Bolesławiec', '1 200', '1 250'],
        ['1261011', 'Kraków', '', '98 765'],
      ),
      { ...options, variableCode: 'pupils' },
    );
    expect(result).toEqual({
      ok: true,
      layout: 'column-per-period',
      emptyCells: 1,
      ignoredColumns: ['Nazwa'],
      values: [
        { row: 2, unitCode: '0201011', variableCode: 'pupils', period: '2022', value: 1200 },
        { row: 2, unitCode: '0201011', variableCode: 'pupils', period: '2023', value: 1250 },
        { row: 3, unitCode: '1261011', variableCode: 'pupils', period: '2023', value: 98765 },
      ],
    });
  });

  it('reads a column per period with a variable column', () => {
    const result = validateDataTable(
      table(['kod', 'zmienna', '2022', '2023'], ['0201011', 'pupils', '1', '2'], ['0201011', 'teachers', '3', '4']),
      options,
    );
    expect(result).toMatchObject({ ok: true, layout: 'column-per-period' });
    if (result.ok)
      expect(result.values.map((v) => [v.variableCode, v.period, v.value])).toEqual([
        ['pupils', '2022', 1],
        ['pupils', '2023', 2],
        ['teachers', '2022', 3],
        ['teachers', '2023', 4],
      ]);
  });

  it('lists header and cell problems together, each with its row and column header', () => {
    const result = validateDataTable(
      table(
        ['kod', 'okres', 'pupils', 'staff', '', 'teachers'],
        ['9999', '2023', 'abc', '1', '', '2'],
        ['201011', '2030', '5', '1', 'stray', '3'],
        ['201011', '2023', '-', '1', '', '1,5,1', 'extra'],
      ),
      options,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 1, column: '(column 5)', reason: 'column 5 has data but no header' },
        { row: 1, column: 'staff', reason: 'unknown variable "staff"' },
        { row: 2, column: 'kod', reason: 'unknown unit "9999"' },
        { row: 2, column: 'pupils', reason: '"abc" is not a number' },
        { row: 3, column: 'okres', reason: 'period 2030 is not open for data here (allowed: 2022, 2023)' },
        { row: 4, column: null, reason: 'the row has 1 more non-empty cell than the header has columns' },
        {
          row: 4,
          column: 'pupils',
          reason: '"-" is not a number: enter 0 if there were none, or leave the cell empty if the value is unknown',
        },
        { row: 4, column: 'teachers', reason: '"1,5,1" has more than one decimal separator' },
      ],
    });
  });

  it('names the duplicate rows of a wide table', () => {
    const result = validateDataTable(table(['kod', '2023'], ['201011', '1'], ['0201011', '2']), {
      ...options,
      variableCode: 'pupils',
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ row: 3, column: '2023', reason: 'rows 2 and 3 both give pupils for 0201011 in 2023' }],
    });
  });

  it.each([
    [
      ['name', 'value'],
      undefined,
      [
        { row: 1, column: null, reason: 'no unit column (name it unit_code, unit, kod, kod_teryt, teryt, kod_jst)' },
        { row: 1, column: null, reason: 'no variable column (name it variable_code, variable, zmienna, kod_zmiennej)' },
        { row: 1, column: null, reason: 'no period column (name it period, okres, rok, year)' },
      ],
    ],
    [
      ['kod', 'teryt', 'rok', 'pupils'],
      undefined,
      [{ row: 1, column: 'teryt', reason: 'two unit columns: "kod" and "teryt"' }],
    ],
    [
      ['kod', '2023', 'Razem'],
      undefined,
      [
        { row: 1, column: null, reason: 'no variable: add a variable column or choose the variable of this table' },
        { row: 1, column: 'Razem', reason: 'column "Razem" is neither a period nor a known column' },
      ],
    ],
    [['kod', '2023'], 'pupil', [{ row: 1, column: null, reason: 'unknown variable "pupil"' }]],
    [
      ['kod', '2021', '2022'],
      'pupils',
      [{ row: 1, column: '2021', reason: 'period 2021 is not open for data here (allowed: 2022, 2023)' }],
    ],
    [
      ['kod', 'zmienna', 'rok', 'wartośc [zł]'],
      undefined,
      [
        {
          row: 1,
          column: 'zmienna',
          reason:
            'a variable column needs a value column (long layout); with a period column, give one column per variable instead',
        },
        { row: 1, column: 'wartośc [zł]', reason: 'unknown variable "wartośc [zł]"' },
      ],
    ],
    [
      ['kod'],
      'pupils',
      [
        {
          row: 1,
          column: null,
          reason:
            'no value columns: give a value column, a period column with one column per variable, or one column per period',
        },
      ],
    ],
  ])('header %j (variable %s) → %j', (header, variableCode, problems) => {
    const result = validateDataTable(
      table(
        header,
        header.map(() => ''),
      ),
      { ...options, variableCode },
    );
    expect(result).toEqual({ ok: false, problems });
  });
});

describe('tableToLongRows', () => {
  it('keeps the source columns of each value for problem reports', () => {
    expect(tableToLongRows(table(['kod', 'rok', 'pupils'], ['0201011', '2023', '5']), options)).toEqual({
      ok: true,
      layout: 'column-per-variable',
      ignoredColumns: [],
      rows: [
        {
          row: 2,
          unitCode: '0201011',
          variableCode: 'pupils',
          period: '2023',
          value: '5',
          columns: { unit: 'kod', variable: 'pupils', period: 'rok', value: 'pupils' },
        },
      ],
    });
  });
});
