import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBdlHeader, parseBdlWide, type BdlWideResult } from './bdl-wide';
import { parseTerc, tercUnit } from '../units/teryt';

const shipped = (file: string) => readFileSync(new URL(`../../data/bdl/${file}`, import.meta.url));
const DOCHODY = 'dochody_gmin_2010-2019.csv';
const LUDNOSC = 'ludnosc_wg_ekonomicznych_grup_wieku_2010-2019.csv';
const POWIERZCHNIA = 'powierzchnia_km2_2010-2019.csv';

const parsed = new Map<string, BdlWideResult>();
function extract(file: string): BdlWideResult {
  if (!parsed.has(file)) parsed.set(file, parseBdlWide(shipped(file)));
  return parsed.get(file)!;
}

/** Looks up one cell by unit, category label and year. */
function cell(file: string, unitCode: string, label: string | null, year: number): number | undefined {
  return extract(file).records.find(
    (r) => r.unitCode === unitCode && r.column.year === year && (label === null || r.column.labels.includes(label)),
  )?.value;
}

/** Independent count of non-empty value cells: plain split (data rows carry no `;` inside quotes). */
function nonEmptyCells(file: string): number {
  const lines = shipped(file)
    .toString('utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return lines.reduce(
    (n, line) =>
      n +
      line
        .split(';')
        .slice(2)
        .filter((c) => c.trim() !== '').length,
    0,
  );
}

describe('parseBdlHeader', () => {
  it.each([
    [
      'gminy łącznie z miastami na prawach powiatu;razem;2010;[zł]',
      { labels: ['gminy łącznie z miastami na prawach powiatu', 'razem'], year: 2010, measure: 'zł' },
    ],
    [
      'w wieku produkcyjnym;ogółem;2019;[osoba]',
      { labels: ['w wieku produkcyjnym', 'ogółem'], year: 2019, measure: 'osoba' },
    ],
    ['rok_2015', { labels: [], year: 2015, measure: '' }],
    ['2015', { labels: [], year: 2015, measure: '' }],
    ['ogółem;2019', { labels: ['ogółem'], year: 2019, measure: '' }],
  ])('%s', (header, expected) => {
    expect(parseBdlHeader(header)).toEqual(expected);
  });

  it.each(['razem', 'razem;[zł]', 'rok_15', 'razem;1812;[zł]', ';razem;2019;[zł]'])('rejects %s', (header) => {
    expect(parseBdlHeader(header)).toBeNull();
  });
});

describe('parseBdlWide on the shipped extract (data/bdl)', () => {
  it.each([
    [DOCHODY, 2521, 100, 'zł'],
    [LUDNOSC, 3815, 50, 'osoba'],
    [POWIERZCHNIA, 3815, 10, ''],
  ])('%s: %i units, %i columns, no problems, one record per non-empty cell', (file, units, columns, measure) => {
    const result = extract(file);
    expect(result.problems).toEqual([]);
    expect(result.units).toHaveLength(units);
    expect(result.columns).toHaveLength(columns);
    expect(new Set(result.columns.map((c) => c.measure))).toEqual(new Set([measure]));
    expect(new Set(result.columns.map((c) => c.year))).toEqual(
      new Set([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]),
    );
    expect(result.records).toHaveLength(nonEmptyCells(file));
  });

  it('reads the ten revenue categories as label pairs', () => {
    const labels = new Set(extract(DOCHODY).columns.map((c) => c.labels.join(' | ')));
    expect(labels.size).toBe(10);
    expect(labels).toContain('gminy łącznie z miastami na prawach powiatu | razem');
    expect(labels).toContain(
      'gminy łącznie z miastami na prawach powiatu | dochody podatkowe - podatek od nieruchomości',
    );
  });

  it('pads codes that lost their leading zero and strips the bracketed type from names', () => {
    const unit = extract(DOCHODY).units.find((u) => u.unitCode === '0201011')!;
    expect(unit).toMatchObject({
      unitName: 'Bolesławiec',
      rawName: 'Bolesławiec (1)',
      terytCode: '0201011',
      level: 'municipality',
      row: 2,
    });
    expect(extract(POWIERZCHNIA).units[0]!.unitCode).toBe('0201011');
  });

  it('Kraków (1261011) own revenue "razem" 2019 is 3.83 bn zł', () => {
    expect(cell(DOCHODY, '1261011', 'razem', 2019)).toBe(3_833_361_744);
  });

  it('Bolesławiec (1) own revenue "razem" 2019 is 110,798,547.6 zł (decimal comma, not rounded)', () => {
    expect(cell(DOCHODY, '0201011', 'razem', 2019)).toBe(110_798_547.6);
  });

  it('Kleszczów (1001042): own revenue, property tax, population groups and area 2019', () => {
    expect(cell(DOCHODY, '1001042', 'razem', 2019)).toBe(258_450_347.6);
    expect(cell(DOCHODY, '1001042', 'dochody podatkowe - podatek od nieruchomości', 2019)).toBe(141_079_456.4);
    expect(cell(LUDNOSC, '1001042', 'w wieku przedprodukcyjnym', 2019)).toBe(1637);
    expect(cell(LUDNOSC, '1001042', 'w wieku produkcyjnym', 2019)).toBe(3884);
    expect(cell(LUDNOSC, '1001042', 'w wieku poprodukcyjnym', 2019)).toBe(814);
    expect(cell(POWIERZCHNIA, '1001042', null, 2019)).toBe(125);
  });

  it('population groups add up: mobile + non-mobile = working age in every unit-year; Kraków 2019 = 779,115', () => {
    const byKey = new Map<string, number>();
    for (const r of extract(LUDNOSC).records)
      byKey.set(`${r.unitCode}|${r.column.labels[0]}|${r.column.year}`, r.value);
    let checked = 0;
    const mismatches: string[] = [];
    for (const [key, working] of byKey) {
      const [unit, group, year] = key.split('|');
      if (group !== 'w wieku produkcyjnym') continue;
      const mobile = byKey.get(`${unit}|w wieku produkcyjnym mobilnym|${year}`);
      const nonMobile = byKey.get(`${unit}|w wieku produkcyjnym niemobilnym|${year}`);
      if (mobile! + nonMobile! !== working) mismatches.push(key);
      checked++;
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(35_000);
    const total = ['w wieku przedprodukcyjnym', 'w wieku produkcyjnym', 'w wieku poprodukcyjnym']
      .map((g) => cell(LUDNOSC, '1261011', g, 2019)!)
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(134_390 + 460_552 + 184_173);
    expect(total).toBe(779_115);
  });

  it('every gmina of TERC 2020-01-01 is present, directly or under its pre-2020 code (data/teryt/history.csv)', () => {
    const terc = parseTerc(readFileSync(new URL('../../data/teryt/TERC_2020-01-01.csv', import.meta.url), 'utf8'));
    if (!terc.ok) throw new Error('TERC did not parse');
    const gminy = terc.value
      .map(tercUnit)
      .filter((u) => ['1', '2', '3'].includes(u.terytType ?? ''))
      .map((u) => u.code);
    expect(gminy).toHaveLength(2477);
    const predecessor = new Map<string, string>();
    for (const line of readFileSync(new URL('../../data/teryt/history.csv', import.meta.url), 'utf8')
      .split('\n')
      .slice(1)) {
      const [code, , , , , , successors, kind] = line.split(',');
      if (kind === 'type-change') predecessor.set(successors!, code!);
    }
    for (const file of [DOCHODY, LUDNOSC, POWIERZCHNIA]) {
      const codes = new Set(extract(file).units.map((u) => u.unitCode));
      const viaPredecessor = gminy.filter((c) => !codes.has(c));
      expect(viaPredecessor.sort()).toEqual(['1004063', '1018043', '1420043', '2609033']);
      for (const c of viaPredecessor) expect(codes.has(predecessor.get(c)!)).toBe(true);
    }
  });

  it('keeps the sub-gmina rows (RODZ 4/5/8) of the population file, flagged as parts', () => {
    const units = extract(LUDNOSC).units;
    const count = (rodz: string) => units.filter((u) => u.unitCode.endsWith(rodz)).length;
    expect([count('4'), count('5'), count('8')]).toEqual([638, 638, 18]);
    expect(units.filter((u) => u.isMunicipalityPart)).toHaveLength(638 + 638 + 18);
    expect(units.filter((u) => !u.isMunicipalityPart)).toHaveLength(2521);
    expect(extract(DOCHODY).units.some((u) => u.isMunicipalityPart)).toBe(false);
    const parts = extract(LUDNOSC).records.filter((r) => r.unitCode.startsWith('020104'));
    expect(new Set(parts.map((r) => r.unitCode))).toEqual(new Set(['0201043', '0201044', '0201045']));
    expect(parts.find((r) => r.unitCode === '0201044')!.isMunicipalityPart).toBe(true);
  });

  it('an empty cell is no data — never 0; a written 0 and a negative stay as written', () => {
    // karta podatkowa is empty for 2010–2011; Ostrowice (abolished 2019-01-01) has no 2019 cells.
    expect(
      cell(
        DOCHODY,
        '0201011',
        'dochody podatkowe - podatek od działalności gospodarczej osób fizycznych, opłacany w formie karty podatkowej',
        2010,
      ),
    ).toBeUndefined();
    expect(extract(DOCHODY).records.filter((r) => r.unitCode === '3203042' && r.column.year === 2019)).toEqual([]);
    expect(cell(LUDNOSC, '3203042', 'w wieku produkcyjnym', 2019)).toBeUndefined();
    // Boguszów-Gorce 2019 is written as zeros in the source (see data/bdl/SOURCE.md).
    expect(cell(DOCHODY, '0221011', 'razem', 2019)).toBe(0);
    expect(
      cell(
        DOCHODY,
        '0201052',
        'dochody podatkowe - podatek od działalności gospodarczej osób fizycznych, opłacany w formie karty podatkowej',
        2013,
      ),
    ).toBe(-142);
  });
});

describe('parseBdlWide on small inputs', () => {
  it('handles BOM, CRLF, quoted and unquoted headers, trailing ";", lost zeros, decimal commas and spaces', () => {
    const text =
      '\uFEFF"Kod";Nazwa;"a;razem;2019;[zł]";rok_2019;\r\n' +
      '201011;"Bolesławiec (1)";"1 234,5";24;\r\n' +
      '1465011;M.st.Warszawa od 2002 (1);;517;\r\n';
    const result = parseBdlWide(text);
    expect(result.problems).toEqual([]);
    expect(result.columns.map((c) => [c.labels, c.year, c.measure, c.index])).toEqual([
      [['a', 'razem'], 2019, 'zł', 3],
      [[], 2019, '', 4],
    ]);
    expect(result.records.map((r) => [r.unitCode, r.unitName, r.column.index, r.value, r.row])).toEqual([
      ['0201011', 'Bolesławiec', 3, 1234.5, 2],
      ['0201011', 'Bolesławiec', 4, 24, 2],
      ['1465011', 'M.st.Warszawa od 2002', 4, 517, 3],
    ]);
  });

  it('maps county and voivodeship rows of a tablica export to their own codes', () => {
    const result = parseBdlWide(
      'Kod;Nazwa;rok_2019\n1200000;MAŁOPOLSKIE;1\n1261000;Powiat m. Kraków;2\n0000000;POLSKA;3\n',
    );
    expect(result.units.map((u) => [u.terytCode, u.level])).toEqual([
      ['12', 'voivodeship'],
      ['1261', 'county'],
      [null, 'country'],
    ]);
  });

  it('reports every bad row and cell with its row and column, and keeps the rest', () => {
    const text = [
      'Kod;Nazwa;"x;razem;2019;[zł]";"x;razem;2019;[zł]";"x;razem;[zł]"',
      '201011;Bolesławiec (2);1;9;9',
      '201011;Bolesławiec (1);2;9;9',
      '0201011;Bolesławiec (1);3;9;9',
      'ABC;Zła;3;9;9',
      '201022;Bolesławiec (2);-;9;9',
      '201032;Gromadka (2);1,2,3;9;9',
      '201043;Nowogrodziec (3);x;9;9',
      '201052;Osiecznica (2);5;9;9;7',
      '201062;Warta Bolesławiecka (2);6',
    ].join('\n');
    const result = parseBdlWide(text);
    expect(result.problems).toEqual([
      { row: 1, column: 4, reason: 'header "x;razem;2019;[zł]" repeats column 3; the repeat is ignored' },
      {
        row: 1,
        column: 5,
        reason: 'header "x;razem;[zł]" names no year (expected "labels;YYYY;[unit]" or "rok_YYYY")',
      },
      {
        row: 2,
        column: 2,
        reason: 'name "Bolesławiec (2)" says type 2 but code 0201011 ends in 1; this row is skipped',
      },
      { row: 4, column: 1, reason: 'code 0201011 already appears on row 3; this row is skipped' },
      { row: 5, column: 1, reason: 'code "ABC" is not a TERYT code of 1–7 digits' },
      {
        row: 6,
        column: 3,
        reason: 'GUS symbol "-" (magnitude zero or no occurrence) is not a number; enter 0 if zero is meant',
      },
      { row: 7, column: 3, reason: '"1,2,3" is not a number' },
      { row: 8, column: 3, reason: 'GUS symbol "x" (not applicable) is not a number; leave the cell empty' },
      { row: 9, reason: 'the row has 6 cells but the header only 5' },
      { row: 10, reason: 'the row has 3 cells but the header 5 (a cut-off line?)' },
    ]);
    expect(result.records.map((r) => [r.unitCode, r.value, r.row])).toEqual([['0201011', 2, 3]]);
    expect(result.units.map((u) => u.unitCode)).toEqual(['0201011', '0201022', '0201032', '0201043']);
  });

  it('rejects bytes that are not UTF-8, a file without Kod/Nazwa, and an empty file', () => {
    const cp1250 = new Uint8Array([
      0x4b, 0x6f, 0x64, 0x3b, 0x4e, 0x61, 0x7a, 0x77, 0x61, 0x0a, 0x31, 0x3b, 0xb3, 0xf3, 0x64, 0x9f,
    ]); // "Kod;Nazwa\n1;łódź" in cp1250
    expect(parseBdlWide(cp1250).problems[0]!.reason).toMatch(/not valid UTF-8/);
    expect(parseBdlWide('TERYT;Name;2019\n1;a;2').problems).toEqual([
      { row: 1, reason: 'the header has no "Kod" and "Nazwa" columns (is this a BDL tablica export?)' },
    ]);
    expect(parseBdlWide('').problems).toEqual([{ row: 1, reason: 'the file is empty' }]);
  });
});
