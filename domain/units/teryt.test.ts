import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildUnitHistory, parseTerc, tercUnit, type RegisterState } from './teryt';

const shipped = (date: string) => readFileSync(new URL(`../../data/teryt/TERC_${date}.csv`, import.meta.url), 'utf8');

function state(date: string): RegisterState {
  const parsed = parseTerc(shipped(date));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { date, units: parsed.value.map(tercUnit) };
}

describe('parseTerc', () => {
  it('accepts BOM, CRLF and codes that lost their leading zero', () => {
    const text =
      '\uFEFFWOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\r\n2;;;;DOLNOŚLĄSKIE;województwo;2024-01-01\r\n2;1;1;1;Bolesławiec;gmina miejska;2024-01-01\r\n';
    const parsed = parseTerc(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.map(tercUnit).map((u) => u.code)).toEqual(['02', '0201011']);
  });

  it('reports every bad line with its number', () => {
    const text =
      'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n02;;;;X;województwo;2024\n0X;;;;Y;województwo;2024\n02;01;01;7;Z;?;2024\n02;01\n';
    const parsed = parseTerc(text);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { line: 3, reason: 'WOJ "0X" is not a 2-digit code' },
        { line: 4, reason: 'RODZ "7" is not a TERC unit type' },
        { line: 5, reason: 'expected 7 fields, found 2' },
      ],
    });
  });

  it('rejects a file with another header', () => {
    expect(parseTerc('a;b\n1;2').ok).toBe(false);
  });
});

describe('tercUnit', () => {
  it.each([
    [{ woj: '12', pow: '', gmi: '', rodz: '' }, '12', 'voivodeship', null],
    [{ woj: '12', pow: '01', gmi: '', rodz: '' }, '1201', 'county', '12'],
    [{ woj: '12', pow: '61', gmi: '', rodz: '' }, '1261', 'city-county', '12'],
    [{ woj: '12', pow: '61', gmi: '01', rodz: '1' }, '1261011', 'municipality-urban', '1261'],
    [{ woj: '02', pow: '01', gmi: '02', rodz: '2' }, '0201022', 'municipality-rural', '0201'],
    [{ woj: '02', pow: '01', gmi: '04', rodz: '3' }, '0201043', 'municipality-urban-rural', '0201'],
    [{ woj: '02', pow: '01', gmi: '04', rodz: '4' }, '0201044', 'municipality-town-part', '0201043'],
    [{ woj: '02', pow: '01', gmi: '04', rodz: '5' }, '0201045', 'municipality-rural-part', '0201043'],
    [{ woj: '14', pow: '65', gmi: '02', rodz: '8' }, '1465028', 'city-district', '1465011'],
    [{ woj: '12', pow: '61', gmi: '02', rodz: '9' }, '1261029', 'city-district', '1261011'],
  ])('%o → %s %s under %s', (codes, code, kind, parentCode) => {
    const unit = tercUnit({ ...codes, name: 'X', label: '', stateDate: '', line: 2 });
    expect([unit.code, unit.kind, unit.parentCode]).toEqual([code, kind, parentCode]);
  });
});

describe('the shipped register', () => {
  it.each(['2020-01-01', '2022-01-01', '2024-01-01'])(
    '%s has 16 voivodeships, 314 + 66 powiaty and 2,477 gminy',
    (date) => {
      const units = state(date).units;
      const count = (kind: string) => units.filter((u) => u.kind === kind).length;
      expect(count('voivodeship')).toBe(16);
      expect(count('county')).toBe(314);
      expect(count('city-county')).toBe(66);
      expect(count('municipality-urban') + count('municipality-rural') + count('municipality-urban-rural')).toBe(2477);
    },
  );

  it('splits the 2020 and 2024 gminy by type as published (METHODS.md §6.1)', () => {
    for (const [date, urban, urbanRural, rural] of [
      ['2020-01-01', 302, 642, 1533],
      ['2024-01-01', 302, 711, 1464],
    ] as const) {
      const units = state(date).units;
      const count = (kind: string) => units.filter((u) => u.kind === kind).length;
      expect([count('municipality-urban'), count('municipality-urban-rural'), count('municipality-rural')]).toEqual([
        urban,
        urbanRural,
        rural,
      ]);
    }
  });
});

describe('buildUnitHistory', () => {
  const u = (code: string, name = code) =>
    tercUnit({
      woj: code.slice(0, 2),
      pow: code.slice(2, 4),
      gmi: code.slice(4, 6),
      rodz: code.slice(6, 7),
      name,
      label: '',
      stateDate: '',
      line: 2,
    });

  it('keeps a code that changed type as history linked to its successor', () => {
    const { units, successions } = buildUnitHistory([
      { date: '2020-01-01', units: [u('0201'), u('0201022', 'Old')] },
      { date: '2022-01-01', units: [u('0201'), u('0201023', 'New')] },
    ]);
    expect(units.find((x) => x.code === '0201022')).toMatchObject({
      validFrom: null,
      validTo: '2022-01-01',
      name: 'Old',
    });
    expect(units.find((x) => x.code === '0201023')).toMatchObject({ validFrom: '2022-01-01', validTo: null });
    expect(successions).toEqual([{ fromCode: '0201022', toCode: '0201023', kind: 'type-change', date: '2022-01-01' }]);
  });

  it('takes the newest name of a code (Słupsk → Redzikowo, 2023)', () => {
    const { units } = buildUnitHistory([state('2022-01-01'), state('2024-01-01')]);
    expect(units.find((x) => x.code === '2212082')).toMatchObject({ name: 'Redzikowo', validTo: null });
  });

  it('finds the 69 gminy that changed type between the 2020 and 2024 states', () => {
    const { units, successions } = buildUnitHistory([state('2020-01-01'), state('2022-01-01'), state('2024-01-01')]);
    const gminaChanges = successions.filter((s) => s.fromCode.length === 7 && /[123]$/.test(s.fromCode));
    // 73 codes differ between 2019 and 2024 (SOURCE.md); 4 of them changed on 2020-01-01, before the oldest state.
    expect(gminaChanges).toHaveLength(69);
    expect(gminaChanges.every((s) => s.fromCode.endsWith('2') && s.toCode.endsWith('3'))).toBe(true);
    const current = units.filter((x) => x.validTo === null);
    expect(current).toHaveLength(state('2024-01-01').units.length);
  });
});
