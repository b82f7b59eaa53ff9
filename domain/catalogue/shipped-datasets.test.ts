import { describe, expect, it } from 'vitest';
import { parseBdlWide } from './bdl-wide';
import {
  gminaInForce,
  parseCodeValueCsv,
  parsePkwFile,
  parseVaccinationJson,
  pkwGminaTotals,
  type PkwLayout,
  type RegisterEntry,
} from './shipped-datasets';

describe('parseCodeValueCsv', () => {
  it('pads codes that lost their leading zero and keeps every digit', () => {
    expect(parseCodeValueCsv('201011,1044.93\n1261011,2269.14\n')).toEqual({
      values: [
        { code: '0201011', value: 1044.93, line: 1 },
        { code: '1261011', value: 2269.14, line: 2 },
      ],
      problems: [],
    });
  });

  it('reports a header, a bad code, a non-number and a duplicate with their lines', () => {
    const { problems } = parseCodeValueCsv('teryt,zł\n0201011,1\n201011,2\n02010x1,3\n0201022,abc\n');
    expect(problems).toEqual([
      { line: 1, reason: '"teryt" is not a 6–7 digit TERYT code' },
      { line: 3, reason: 'code 0201011 already on line 2' },
      { line: 4, reason: '"02010x1" is not a 6–7 digit TERYT code' },
      { line: 5, reason: '"abc" is not a number' },
    ]);
  });
});

describe('parseVaccinationJson', () => {
  it('reads the ranking records and reports a record without numbers', () => {
    const json = JSON.stringify([
      { teryt_code: '1261011', population: 779966, full_vaccinated_amount: 508207, full_vaccinated_percent: 65.1576 },
      { teryt_code: '126101', population: 1, full_vaccinated_amount: 1, full_vaccinated_percent: 100 },
      { teryt_code: '0201011', population: '1', full_vaccinated_amount: 1, full_vaccinated_percent: 100 },
    ]);
    const parsed = parseVaccinationJson(json);
    expect(parsed.records).toEqual([
      { code: '1261011', population: 779966, fullyVaccinated: 508207, percent: 65.1576, line: 1 },
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

const LAYOUT_2015: PkwLayout = {
  code: 'TERYT',
  name: 'Gmina',
  county: 'Gmina',
  eligible: 'Liczba wyborców',
  voters: 'Karty wyjęte z urny',
  thousandsCommas: true,
};

describe('parsePkwFile', () => {
  it('2015: thousands commas and "-" for zero; abroad dropped', () => {
    const text =
      'Nr okr.;TERYT;Gmina;Liczba wyborców;Karty wyjęte z urny\n' +
      '2;020203;m. Pieszyce;7,670;3,183\n' +
      '3;020204;gm. X;1,234,567;-\n' +
      '19;149901;Zagranica;199,451;146,043\n';
    const parsed = parsePkwFile(text, LAYOUT_2015);
    expect(parsed.problems).toEqual([]);
    expect(parsed.dropped).toBe(1);
    expect(parsed.rows.map((r) => [r.code, r.eligible, r.voters])).toEqual([
      ['020203', 7670, 3183],
      ['020204', 1234567, 0],
    ]);
  });

  it('names a missing column on the header line and a bad number on its line', () => {
    expect(parsePkwFile('TERYT;Gmina;Liczba wyborców\n', LAYOUT_2015).problems).toEqual([
      { line: 1, reason: 'the header has no column "Karty wyjęte z urny"' },
    ]);
    const bad = parsePkwFile('TERYT;Gmina;Liczba wyborców;Karty wyjęte z urny\n020203;m. P;7.670;1\n', LAYOUT_2015);
    expect(bad.problems).toEqual([{ line: 2, reason: '"7.670" / "1" (eligible / voters) is not a whole number' }]);
  });
});

const register: RegisterEntry[] = [
  { code: '0202031', kind: 'municipality-urban', name: 'Pieszyce', validFrom: null, validTo: '2016-01-01' },
  { code: '0202033', kind: 'municipality-urban-rural', name: 'Pieszyce', validFrom: null, validTo: null },
  { code: '0202034', kind: 'municipality-town-part', name: 'Pieszyce', validFrom: null, validTo: null },
  { code: '0202035', kind: 'municipality-rural-part', name: 'Pieszyce', validFrom: null, validTo: null },
];

describe('gminaInForce', () => {
  it('takes the code of the election day: the type of 2015 before the change of 2016, never a part', () => {
    expect(gminaInForce(register, '020203', '2015-10-25')).toBe('0202031');
    expect(gminaInForce(register, '020203', '2019-10-13')).toBe('0202033');
    expect(gminaInForce(register, '020299', '2019-10-13')).toBeNull();
  });
});

describe('pkwGminaTotals', () => {
  const layout: PkwLayout = { code: 'c', name: 'n', county: 'p', eligible: 'e', voters: 'v' };
  const row = (line: number, code: string, eligible: number, voters: number, county = '') => ({
    line,
    code,
    name: '',
    county,
    voivodeship: 'małopolskie',
    eligible,
    voters,
  });
  const resolver = {
    gminaBySixDigits: (six: string) => gminaInForce(register, six, '2019-10-13'),
    cityCountyGmina: (county: string) => (county === 'Kraków' ? '1261011' : null),
  };

  it('sums Warsaw dzielnice, maps a city row without a code, resolves six digits', () => {
    const result = pkwGminaTotals(
      [
        row(2, '146502', 100, 60),
        row(3, '146519', 50, 40),
        row(4, '', 621058, 466754, 'Kraków'),
        row(5, '20203', 7485, 3876),
      ],
      layout,
      resolver,
    );
    expect(result.problems).toEqual([]);
    expect(result.totals).toEqual([
      { code: '1465011', eligible: 150, voters: 100, lines: [2, 3] },
      { code: '1261011', eligible: 621058, voters: 466754, lines: [4] },
      { code: '0202033', eligible: 7485, voters: 3876, lines: [5] },
    ]);
  });

  it('reports an unknown code, an unknown city and a gmina met twice', () => {
    const result = pkwGminaTotals(
      [row(2, '020299', 1, 1), row(3, '', 1, 1, 'Nibylandia'), row(4, '020203', 1, 1), row(5, '020203', 1, 1)],
      layout,
      resolver,
    );
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 5]);
    expect(result.problems[2]!.reason).toBe('gmina 0202033 already on line 4');
  });

  it('2011: 7-digit codes with the type digit, leading zero lost', () => {
    const result = pkwGminaTotals([row(2, '201022', 10560, 4214)], { ...layout, codesWithType: true }, resolver);
    expect(result.totals[0]!.code).toBe('0201022');
  });
});

describe('parseBdlWide on a comma-separated BDL save (P2425)', () => {
  it('splits labels, year and unit on "," and reads decimal points', () => {
    const text =
      '"Kod","Nazwa","ludność na 1 km2,2024,[osoba]","ludność w tysiącach,2024,[tys. osób]",\n' +
      '1261011,"Kraków (1)",2475.7,809.17,\n';
    const parsed = parseBdlWide(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((r) => [r.unitCode, r.column.labels, r.column.measure, r.value])).toEqual([
      ['1261011', ['ludność na 1 km2'], 'osoba', 2475.7],
      ['1261011', ['ludność w tysiącach'], 'tys. osób', 809.17],
    ]);
  });
});
