/**
 * The word for the unit in a survey's texts. One template serves gminy, cities, powiaty and
 * voivodeships, so its texts say `{jednostka_miejscownik}` where a gmina's survey says "naszej
 * gminie"; the placeholder is filled in for the wave's unit when the form is rendered. Polish texts
 * (SurveyJS `default`, `pl`) get the Polish form, `en` texts the English one.
 *
 * The placeholders are named after the Polish case they stand for, because the surrounding words
 * must agree with it:
 * - `{jednostka_mianownik}` nominative: "gmina rozwija się", "powiat rozwija się"
 * - `{jednostka_dopelniacz}` genitive: "rozwój gminy", "rozwój powiatu"
 * - `{jednostka_biernik}` accusative: "przez gminę", "przez powiat"
 * - `{jednostka_miejscownik}` locative with "nasz": "w naszej gminie", "w naszym powiecie"
 * - `{urzad_miejscownik}` the office, locative: "w urzędzie gminy", "w starostwie powiatowym"
 * A verb in the past tense or conditional would have to agree with the noun's gender ("gmina
 * mogłaby", "powiat mógłby"), so templates phrase such sentences around another subject.
 */

export const UNIT_WORD_PLACEHOLDERS = [
  'jednostka_mianownik',
  'jednostka_dopelniacz',
  'jednostka_biernik',
  'jednostka_miejscownik',
  'urzad_miejscownik',
] as const;
export type UnitWordPlaceholder = (typeof UNIT_WORD_PLACEHOLDERS)[number];

type Words = Record<UnitWordPlaceholder, string>;

const GMINA: Words = {
  jednostka_mianownik: 'gmina',
  jednostka_dopelniacz: 'gminy',
  jednostka_biernik: 'gminę',
  jednostka_miejscownik: 'naszej gminie',
  urzad_miejscownik: 'urzędzie gminy',
};
const CITY: Words = {
  jednostka_mianownik: 'miasto',
  jednostka_dopelniacz: 'miasta',
  jednostka_biernik: 'miasto',
  jednostka_miejscownik: 'naszym mieście',
  urzad_miejscownik: 'urzędzie miasta',
};
const POLISH: Record<string, Words> = {
  'municipality-rural': GMINA,
  'municipality-urban-rural': { ...GMINA, urzad_miejscownik: 'urzędzie miasta i gminy' },
  'municipality-urban': CITY,
  'city-county': CITY,
  county: {
    jednostka_mianownik: 'powiat',
    jednostka_dopelniacz: 'powiatu',
    jednostka_biernik: 'powiat',
    jednostka_miejscownik: 'naszym powiecie',
    urzad_miejscownik: 'starostwie powiatowym',
  },
  voivodeship: {
    jednostka_mianownik: 'województwo',
    jednostka_dopelniacz: 'województwa',
    jednostka_biernik: 'województwo',
    jednostka_miejscownik: 'naszym województwie',
    urzad_miejscownik: 'urzędzie marszałkowskim',
  },
};
/** Any other kind (sub-gmina parts, imported sets): the neutral "jednostka". */
const POLISH_OTHER: Words = {
  jednostka_mianownik: 'jednostka',
  jednostka_dopelniacz: 'jednostki',
  jednostka_biernik: 'jednostkę',
  jednostka_miejscownik: 'naszej jednostce',
  urzad_miejscownik: 'urzędzie',
};

/** English has no cases: the noun, or "our …" where Polish says "naszej …". */
function english(noun: string, office: string): Words {
  return {
    jednostka_mianownik: noun,
    jednostka_dopelniacz: noun,
    jednostka_biernik: noun,
    jednostka_miejscownik: `our ${noun}`,
    urzad_miejscownik: office,
  };
}
const ENGLISH: Record<string, Words> = {
  'municipality-rural': english('municipality', 'municipal office'),
  'municipality-urban-rural': english('municipality', 'municipal office'),
  'municipality-urban': english('city', 'city hall'),
  'city-county': english('city', 'city hall'),
  county: english('county', 'county office'),
  voivodeship: english('region', "marshal's office"),
};
const ENGLISH_OTHER = english('unit', 'office');

export function unitWords(kind: string, language: 'pl' | 'en'): Words {
  return language === 'en' ? (ENGLISH[kind] ?? ENGLISH_OTHER) : (POLISH[kind] ?? POLISH_OTHER);
}

const PATTERN = new RegExp(`\\{(${UNIT_WORD_PLACEHOLDERS.join('|')})\\}`, 'g');

function fill(text: string, words: Words): string {
  return text.replace(PATTERN, (_, name: UnitWordPlaceholder) => words[name]);
}

/**
 * A copy of a form (or any JSON) with every unit-word placeholder filled in for a unit of this
 * kind: strings under an `en` key in English, all others in Polish. Other `{…}` references
 * (SurveyJS piping of answers) are left alone.
 */
export function fillUnitWords<T>(json: T, kind: string): T {
  const pl = unitWords(kind, 'pl');
  const en = unitWords(kind, 'en');
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return fill(value, key === 'en' ? en : pl);
    if (Array.isArray(value)) return value.map((v) => walk(v, null));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(json, null) as T;
}

/** A template whose form speaks of a unit of this kind (titles and metadata carry no placeholders). */
export function templateForUnit<T extends { form: unknown }>(template: T, kind: string): T {
  return { ...template, form: fillUnitWords(template.form, kind) };
}
