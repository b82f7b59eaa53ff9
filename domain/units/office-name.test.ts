import { describe, expect, it } from 'vitest';
import { defaultOfficeName, neededQualifiers, officeName, type PlacedUnit } from './office-name';

describe('officeName', () => {
  it.each([
    ['municipality-rural', 'Zabierzów', 'Urząd Gminy Zabierzów'],
    ['municipality-urban', 'Zakopane', 'Urząd Miasta Zakopane'],
    ['municipality-urban-rural', 'Brzesko', 'Urząd Miasta i Gminy Brzesko'],
    ['city-county', 'Kraków', 'Urząd Miasta Kraków'],
    ['city-county', 'Warszawa', 'Urząd m.st. Warszawy'],
    ['municipality-urban', 'Warszawa', 'Urząd m.st. Warszawy'],
    ['county', 'krakowski', 'Starostwo Powiatowe — powiat krakowski'],
    ['voivodeship', 'OPOLSKIE', 'Urząd Marszałkowski Województwa Opolskiego'],
    ['voivodeship', 'ŁÓDZKIE', 'Urząd Marszałkowski Województwa Łódzkiego'],
    ['voivodeship', 'KUJAWSKO-POMORSKIE', 'Urząd Marszałkowski Województwa Kujawsko-Pomorskiego'],
    ['voivodeship', 'WARMIŃSKO-MAZURSKIE', 'Urząd Marszałkowski Województwa Warmińsko-Mazurskiego'],
  ])('%s %s → %s', (kind, name, expected) => {
    expect(officeName({ kind, name })).toBe(expected);
  });

  it('uses the stored proper name when set, and the default when it is blank', () => {
    expect(officeName({ kind: 'county', name: 'brzeski', officeName: 'Starostwo Powiatowe w Brzegu' })).toBe(
      'Starostwo Powiatowe w Brzegu',
    );
    expect(officeName({ kind: 'municipality-rural', name: 'Zabierzów', officeName: '  ' })).toBe(
      'Urząd Gminy Zabierzów',
    );
    // A stored name is the office's own: no qualifiers are added to it.
    expect(
      officeName(
        { kind: 'county', name: 'brzeski', officeName: 'Starostwo Powiatowe w Brzesku' },
        { voivodeship: 'MAŁOPOLSKIE' },
      ),
    ).toBe('Starostwo Powiatowe w Brzesku');
  });

  it('adds the voivodeship, and the powiat where needed, to tell namesakes apart', () => {
    expect(officeName({ kind: 'county', name: 'brzeski' }, { voivodeship: 'OPOLSKIE' })).toBe(
      'Starostwo Powiatowe — powiat brzeski (woj. opolskie)',
    );
    expect(
      officeName({ kind: 'municipality-rural', name: 'Czarna' }, { voivodeship: 'PODKARPACKIE', county: 'dębicki' }),
    ).toBe('Urząd Gminy Czarna (powiat dębicki, woj. podkarpackie)');
  });

  it('keeps the own name of units without an office of their own', () => {
    expect(officeName({ kind: 'municipality-town-part', name: 'Brzesko' })).toBe('Brzesko');
    expect(officeName({ kind: 'city-district', name: 'Mokotów' })).toBe('Mokotów');
    expect(officeName({ kind: 'kommun', name: 'Uppsala' })).toBe('Uppsala');
    expect(defaultOfficeName({ kind: 'kommun', name: 'Uppsala' })).toBeNull();
  });

  it('falls back to a plain form for a voivodeship name that is not a -kie adjective', () => {
    expect(officeName({ kind: 'voivodeship', name: 'Testowo' })).toBe('Urząd Marszałkowski — województwo testowo');
  });
});

describe('neededQualifiers', () => {
  const unit = (code: string, kind: string, name: string): PlacedUnit => ({
    code,
    kind,
    name,
    voivodeshipCode: code.slice(0, 2),
    countyCode: code.length === 7 ? code.slice(0, 4) : null,
  });
  const brzegOpole = unit('1601', 'county', 'brzeski');
  const brzeskoMalopolska = unit('1202', 'county', 'brzeski');

  it('needs nothing for a unique name', () => {
    const krakowski = unit('1206', 'county', 'krakowski');
    expect(neededQualifiers(krakowski, [krakowski])).toEqual({ voivodeship: false, county: false });
  });

  it('needs the voivodeship for namesakes in different voivodeships', () => {
    expect(neededQualifiers(brzegOpole, [brzegOpole, brzeskoMalopolska])).toEqual({
      voivodeship: true,
      county: false,
    });
  });

  it('needs the powiat too for namesakes in the same voivodeship', () => {
    const czarna = [unit('1803032', 'municipality-rural', 'Czarna'), unit('1805032', 'municipality-rural', 'Czarna')];
    expect(neededQualifiers(czarna[0]!, czarna)).toEqual({ voivodeship: true, county: true });
  });

  it('ignores units of another kind with the same name (Urząd Miasta and Urząd Gminy differ already)', () => {
    const city = unit('0661011', 'municipality-urban', 'Chełm');
    const rural = unit('0604032', 'municipality-rural', 'Chełm');
    expect(neededQualifiers(city, [city, rural])).toEqual({ voivodeship: false, county: false });
  });
});
