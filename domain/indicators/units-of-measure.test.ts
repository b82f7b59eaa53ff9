import { describe, expect, it } from 'vitest';
import { fixedDecimals, formatMeasure, unitFor, unitForms } from './units-of-measure';

// Hand-written Polish references (Słownik PWN: "1 osoba, 2 osoby, 5 osób, 2,5 osoby").
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('unitForms', () => {
  it('inflects the count nouns of the catalogue and keeps abbreviations as written', () => {
    expect(unitForms('osoba')).toEqual({ one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby' });
    expect(unitForms('etat')).toEqual({ one: 'etat', few: 'etaty', many: 'etatów', other: 'etatu' });
    // The catalogue stores "dni"; any form of a noun is recognised.
    expect(unitForms('dni')).toEqual({ one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' });
    expect(unitForms('osób').one).toBe('osoba');
    // Only the leading noun inflects; what follows the slash stays.
    expect(unitForms('osoba/km²').many).toBe('osób/km²');
    expect(unitForms('osoba/1000 mieszk.').few).toBe('osoby/1000 mieszk.');
    for (const unit of ['zł', 'szt.', '%', '‰', 'km²', 'tys. osób', 'na 100 osób', 'zł/km', 'szt./etat', 'osobowość'])
      expect(new Set(Object.values(unitForms(unit)))).toEqual(new Set([unit]));
  });

  it('keeps a capital letter and gives English forms for the dictionary nouns', () => {
    expect(unitForms('Osoba').many).toBe('Osób');
    expect(unitForms('osoba', 'en')).toEqual({ one: 'person', few: 'persons', many: 'persons', other: 'persons' });
    expect(unitForms('zł', 'en').one).toBe('zł');
  });
});

describe('formatMeasure', () => {
  it('chooses the Polish plural category of the number as shown', () => {
    expect(formatMeasure(1, 'osoba', 'pl-PL')).toBe(nb('1 osoba'));
    expect(formatMeasure(3, 'osoba', 'pl-PL')).toBe(nb('3 osoby'));
    expect(formatMeasure(12, 'osoba', 'pl-PL')).toBe(nb('12 osób'));
    expect(formatMeasure(22, 'osoba', 'pl-PL')).toBe(nb('22 osoby'));
    expect(formatMeasure(0, 'osoba', 'pl-PL')).toBe(nb('0 osób'));
    // The two examples: "26 708 osoba", "Mediana grupy 18 892 osoba".
    expect(formatMeasure(26708, 'osoba', 'pl-PL', fixedDecimals(0))).toBe(nb('26 708 osób'));
    expect(formatMeasure(18892, 'osoba', 'pl-PL', fixedDecimals(0))).toBe(nb('18 892 osoby'));
    // A fraction takes the genitive singular; a value rounded to a whole number takes its category.
    expect(formatMeasure(2.5, 'osoba', 'pl-PL', fixedDecimals(1))).toBe(nb('2,5 osoby'));
    expect(formatMeasure(0.5, 'etat', 'pl-PL', fixedDecimals(1))).toBe(nb('0,5 etatu'));
    expect(formatMeasure(1, 'osoba', 'pl-PL', fixedDecimals(1))).toBe(nb('1,0 osoby'));
    expect(formatMeasure(4.96, 'osoba', 'pl-PL', fixedDecimals(0))).toBe(nb('5 osób'));
    expect(formatMeasure(1, 'dni', 'pl-PL')).toBe(nb('1 dzień'));
    expect(formatMeasure(14920.15, 'zł', 'pl-PL', fixedDecimals(2))).toBe(nb('14 920,15 zł'));
  });

  it('uses English rules on English screens', () => {
    expect(formatMeasure(1, 'osoba', 'en-GB')).toBe(nb('1 person'));
    expect(formatMeasure(26708, 'osoba', 'en-GB')).toBe(nb('26,708 persons'));
    expect(unitFor(1, 'osoba', 'en-GB', fixedDecimals(1))).toBe('persons');
  });

  it('shows a bare number when there is no unit', () => {
    expect(formatMeasure(5, '', 'pl-PL')).toBe('5');
  });
});
