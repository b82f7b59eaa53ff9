import { describe, expect, it } from 'vitest';
import { parseUnitsCsv } from './units-csv';

const enc = (s: string) => new TextEncoder().encode(s);
const none = () => undefined;

describe('parseUnitsCsv', () => {
  it('reads a Swedish municipalities file with a BOM, ";" and quoted names', () => {
    const result = parseUnitsCsv(
      enc(
        '\uFEFFcode;name;kind;parent_code\r\nSE-01;"Stockholms län";county;\r\n0114;"Upplands Väsby";kommun;SE-01\r\n',
      ),
      none,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, code: 'SE-01', name: 'Stockholms län', kind: 'county', parentCode: null },
        { line: 3, code: '0114', name: 'Upplands Väsby', kind: 'kommun', parentCode: 'SE-01' },
      ],
    });
  });

  it('accepts a parent that already exists in the registry', () => {
    const result = parseUnitsCsv(enc('code,name,kind,parent_code\nS1,School 1,school,NET\n'), (c) =>
      c === 'NET' ? 'csv' : undefined,
    );
    expect(result.ok).toBe(true);
  });

  it('names a missing column', () => {
    expect(parseUnitsCsv(enc('code,name,parent_code\nA,B,\n'), none)).toEqual({
      ok: false,
      problems: [{ line: 1, field: 'kind', reason: 'missing column "kind"' }],
    });
  });

  it('lists every bad line: duplicate, unknown parent, bad kind, empty name, TERYT code', () => {
    const csv =
      'code,name,kind,parent_code\nA,Alpha,school,\nA,Again,school,\nB,Beta,school,ZZZ\nC,Gamma,Bad Kind,\nD,,school,\n1261011,Kraków,school,\n';
    const result = parseUnitsCsv(enc(csv), (c) => (c === '1261011' ? 'teryt' : undefined));
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, field: 'code', reason: 'duplicate code "A" (first on line 2)' },
        { line: 4, field: 'parent_code', reason: 'unknown parent "ZZZ"' },
        {
          line: 5,
          field: 'kind',
          reason: 'kind "Bad Kind" must be a lower-case slug such as "municipality" or "school"',
        },
        { line: 6, field: 'name', reason: 'name is empty' },
        { line: 7, field: 'code', reason: 'code "1261011" belongs to the TERYT register' },
      ],
    });
  });

  it('finds a parent cycle', () => {
    const result = parseUnitsCsv(enc('code,name,kind,parent_code\nA,A,x,B\nB,B,x,A\n'), none);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('refuses a Windows-1250 file and names the first bad line', () => {
    // "Łódź" in Windows-1250 is A3 F3 64 9F: not valid UTF-8.
    const bytes = new Uint8Array([...enc('code,name,kind,parent_code\nA,'), 0xa3, 0xf3, 0x64, 0x9f, ...enc(',x,\n')]);
    expect(parseUnitsCsv(bytes, none)).toEqual({
      ok: false,
      problems: [{ line: 2, reason: 'the file is not valid UTF-8 (save it as CSV UTF-8)' }],
    });
  });

  it('reports a line with the wrong number of fields and malformed quotes', () => {
    const wrongCount = parseUnitsCsv(enc('code,name,kind,parent_code\nA,Alpha,school\n'), none);
    expect(wrongCount.ok).toBe(false);
    if (!wrongCount.ok) expect(wrongCount.problems[0]).toMatchObject({ line: 2, reason: 'expected 4 fields, found 3' });
    const badQuote = parseUnitsCsv(enc('code,name,kind,parent_code\nA,"Alpha,school,\n'), none);
    expect(badQuote.ok).toBe(false);
  });

  it('rejects an empty file and a header-only file', () => {
    expect(parseUnitsCsv(enc(''), none).ok).toBe(false);
    expect(parseUnitsCsv(enc('code,name,kind,parent_code\n'), none)).toEqual({
      ok: false,
      problems: [{ line: 2, reason: 'the file has a header but no units' }],
    });
  });
});
