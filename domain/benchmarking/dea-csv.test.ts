import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeaCsv } from './dea-csv';

const read = (file: string) => readFileSync(new URL(`../../tests/fixtures/dea/${file}`, import.meta.url), 'utf8');

describe('parseDeaCsv', () => {
  it('reads an R write.csv export (quoted header and ids, ",") and keeps column names for messages', () => {
    const result = parseDeaCsv(read('deaR_Coelli_1998.csv'), {
      id: 'dmus',
      inputs: ['input1', 'input2'],
      outputs: ['output'],
    });
    expect(result).toEqual({
      ok: true,
      input: {
        ids: ['DMU1', 'DMU2', 'DMU3', 'DMU4', 'DMU5'],
        inputs: [
          [2, 5],
          [2, 4],
          [6, 6],
          [3, 2],
          [6, 2],
        ],
        outputs: [[1], [2], [3], [1], [2]],
        inputNames: ['input1', 'input2'],
        outputNames: ['output'],
      },
    });
  });

  it('reads a ";"-separated file (Benchmarking\'s charnes1981) and picks columns in the order asked for', () => {
    const result = parseDeaCsv(read('Benchmarking_charnes1981.csv'), {
      id: 'name',
      inputs: ['x5', 'x1'],
      outputs: ['y3'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.ids).toHaveLength(70);
    expect(result.input.ids[0]).toBe('Berkely');
    expect(result.input.inputs[0]).toEqual([9, 86.13]);
    expect(result.input.outputs[69]).toEqual([
      Number(read('Benchmarking_charnes1981.csv').trim().split('\n').at(-1)!.split(';')[8]),
    ]);
  });

  it.each([
    ['decimal comma with ";" (Polish Excel)', 'gmina;wydatki;uczniowie\nA;1234,5;10\nB;99,25;3\n', [[1234.5], [99.25]]],
    ['quoted decimal comma with ","', 'gmina,wydatki,uczniowie\nA,"1234,5",10\nB,"99,25",3\n', [[1234.5], [99.25]]],
    [
      'spaces and non-breaking spaces between digit groups',
      'gmina;wydatki;uczniowie\nA;1 234,5;10\nB;1\u00a0000\u202f000;3\n',
      [[1234.5], [1000000]],
    ],
    ['exponent, sign and a leading decimal point', 'gmina,wydatki,uczniowie\nA,1.5e3,10\nB,+.5,3\n', [[1500], [0.5]]],
    ['BOM, CRLF, blank lines and padding', '\uFEFFgmina;wydatki;uczniowie\r\n\r\nA ; 7 ;10\r\nB;8;3\r\n', [[7], [8]]],
  ])('accepts %s', (_, text, inputs) => {
    const result = parseDeaCsv(text, { id: 'gmina', inputs: ['wydatki'], outputs: ['uczniowie'] });
    expect(result).toMatchObject({ ok: true, input: { ids: ['A', 'B'], inputs } });
  });

  it('matches a header case-insensitively only when there is no exact match', () => {
    const result = parseDeaCsv('Gmina,Wydatki,Uczniowie\nA,1,2\n', {
      id: 'gmina',
      inputs: ['WYDATKI'],
      outputs: ['uczniowie'],
    });
    expect(result).toMatchObject({ ok: true, input: { ids: ['A'], inputs: [[1]], outputs: [[2]] } });
  });

  it('names a missing column and lists the header', () => {
    expect(
      parseDeaCsv('gmina,wydatki,uczniowie\nA,1,2\n', { id: 'gmina', inputs: ['koszty'], outputs: ['uczniowie'] }),
    ).toEqual({
      ok: false,
      reason: 'line 1, column "koszty": missing column "koszty" (the header has: "gmina", "wydatki", "uczniowie")',
      problems: [
        {
          row: 1,
          column: 'koszty',
          reason: 'missing column "koszty" (the header has: "gmina", "wydatki", "uczniowie")',
        },
      ],
    });
  });

  it('refuses a column used twice and an empty list of outputs', () => {
    const result = parseDeaCsv('gmina,a,b\nA,1,2\n', { id: 'gmina', inputs: ['a'], outputs: ['a'] });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { row: 1, column: 'a', reason: 'column "a" is named more than once among the id, inputs and outputs' },
      ],
    });
    expect(parseDeaCsv('gmina,a\nA,1\n', { id: 'gmina', inputs: ['a'], outputs: [] })).toMatchObject({
      ok: false,
      problems: [{ row: 1, reason: 'name at least one output column' }],
    });
  });

  it('reports every bad cell with its line and column', () => {
    const text = 'gmina;wydatki;uczniowie\nA;12,5;3\nB;;4\nC;1.234,5;x\n;7;1\nE;1;2;3\n';
    expect(parseDeaCsv(text, { id: 'gmina', inputs: ['wydatki'], outputs: ['uczniowie'] })).toEqual({
      ok: false,
      reason: 'line 3, column "wydatki": the value is empty (and 4 more problems)',
      problems: [
        { row: 3, column: 'wydatki', reason: 'the value is empty' },
        { row: 4, column: 'wydatki', reason: '"1.234,5" is not a number' },
        { row: 4, column: 'uczniowie', reason: '"x" is not a number' },
        { row: 5, column: 'gmina', reason: 'the id is empty' },
        { row: 6, reason: 'expected 3 fields, found 4' },
      ],
    });
  });

  it('refuses an empty file and a file without units', () => {
    expect(parseDeaCsv('', { id: 'a', inputs: ['b'], outputs: ['c'] })).toMatchObject({
      ok: false,
      problems: [{ row: 1, reason: 'the file is empty' }],
    });
    expect(parseDeaCsv('a,b,c\n', { id: 'a', inputs: ['b'], outputs: ['c'] })).toMatchObject({
      ok: false,
      problems: [{ row: 2, reason: 'the file has a header but no units' }],
    });
  });

  it('leaves value checks to validateDeaInput: zeros and negatives parse', () => {
    expect(parseDeaCsv('id,x,y\nA,0,-1\n', { id: 'id', inputs: ['x'], outputs: ['y'] })).toMatchObject({
      ok: true,
      input: { inputs: [[0]], outputs: [[-1]] },
    });
  });
});
