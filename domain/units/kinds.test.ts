import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_KINDS, POLISH_UNIT_KINDS, UNIT_KIND_PATTERN } from './kinds';
import { tercUnit, type TercRow } from './teryt';

const row = (woj: string, pow: string, gmi: string, rodz: string): TercRow => ({
  woj,
  pow,
  gmi,
  rodz,
  name: 'x',
  label: 'x',
  stateDate: '2024-01-01',
  line: 1,
});

describe('unit kinds', () => {
  it('every kind the TERYT importer produces is listed, and every listed kind is produced', () => {
    const produced = new Set([
      tercUnit(row('12', '', '', '')).kind,
      tercUnit(row('12', '01', '', '')).kind,
      tercUnit(row('12', '61', '', '')).kind, // Kraków, a city with county rights
      ...['1', '2', '3', '4', '5', '8', '9'].map((rodz) => tercUnit(row('12', '61', '01', rodz)).kind),
    ]);
    expect([...produced].sort()).toEqual([...POLISH_UNIT_KINDS].sort());
  });

  it('the slug rule accepts every Polish kind and rejects what is unsafe in a URL or a peer spec', () => {
    for (const kind of POLISH_UNIT_KINDS) expect(kind).toMatch(UNIT_KIND_PATTERN);
    for (const kind of ['kommun', 'se-municipality', 'a1']) expect(kind).toMatch(UNIT_KIND_PATTERN);
    for (const bad of ['', 'Gmina', '1county', 'a b', 'a:b', 'a&b', 'ą', 'x'.repeat(41)]) {
      expect(bad).not.toMatch(UNIT_KIND_PATTERN);
    }
  });

  it('gminy are the three gmina types — not the town and rural parts, not districts', () => {
    expect(MUNICIPALITY_KINDS.every((k) => POLISH_UNIT_KINDS.includes(k))).toBe(true);
    expect([...MUNICIPALITY_KINDS].sort()).toEqual([
      'municipality-rural',
      'municipality-urban',
      'municipality-urban-rural',
    ]);
  });

  it('every kind has a Polish and an English name in the web app', () => {
    for (const lang of ['pl', 'en']) {
      const names = JSON.parse(
        readFileSync(new URL(`../../web/src/locales/${lang}/units.json`, import.meta.url), 'utf8'),
      ).kinds as Record<string, string>;
      for (const kind of POLISH_UNIT_KINDS) expect(names[kind], `${lang}: ${kind}`).toBeTruthy();
    }
  });
});
