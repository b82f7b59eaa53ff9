/**
 * Units of measure with their grammatical number: "1 osoba", "3 osoby", "26 708 osób",
 * "2,5 osoby". The catalogue stores a unit as one free text ("osoba", "osoba/km²", "zł",
 * "tys. osób"); the plural forms are derived here from a dictionary of the count nouns that
 * units are made of, so an operator's own unit ("wniosek", "uczniowie/etat") inflects too and
 * abbreviations ("zł", "szt.", "km²", "%") stay as written, which is how Polish uses them.
 *
 * Polish has four plural categories (CLDR): `one` (1), `few` (2–4, 22–24, …), `many` (0, 5–21,
 * 25–31, …, also 12–14) and `other` (any number with a fraction, which takes the genitive
 * singular: "2,5 osoby", "0,5 etatu"). The category is chosen for the number as it is shown
 * (rounded to the same decimals), so "1,0 osoby" and "2 osoby" for 1.96 shown without decimals.
 */

export type UnitLanguage = 'pl' | 'en';

export interface UnitForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

type Noun = { pl: [one: string, few: string, many: string, other: string]; en: [one: string, other: string] };

/** Count nouns units of public-service statistics are made of (nominative, then the plural forms). */
const NOUNS: Noun[] = [
  { pl: ['osoba', 'osoby', 'osób', 'osoby'], en: ['person', 'persons'] },
  { pl: ['mieszkaniec', 'mieszkańcy', 'mieszkańców', 'mieszkańca'], en: ['resident', 'residents'] },
  { pl: ['etat', 'etaty', 'etatów', 'etatu'], en: ['FTE', 'FTEs'] },
  { pl: ['dzień', 'dni', 'dni', 'dnia'], en: ['day', 'days'] },
  { pl: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca'], en: ['month', 'months'] },
  { pl: ['rok', 'lata', 'lat', 'roku'], en: ['year', 'years'] },
  { pl: ['godzina', 'godziny', 'godzin', 'godziny'], en: ['hour', 'hours'] },
  { pl: ['uczeń', 'uczniowie', 'uczniów', 'ucznia'], en: ['pupil', 'pupils'] },
  { pl: ['dziecko', 'dzieci', 'dzieci', 'dziecka'], en: ['child', 'children'] },
  { pl: ['decyzja', 'decyzje', 'decyzji', 'decyzji'], en: ['decision', 'decisions'] },
  { pl: ['wniosek', 'wnioski', 'wniosków', 'wniosku'], en: ['application', 'applications'] },
  { pl: ['sprawa', 'sprawy', 'spraw', 'sprawy'], en: ['case', 'cases'] },
  { pl: ['skarga', 'skargi', 'skarg', 'skargi'], en: ['complaint', 'complaints'] },
  { pl: ['miejsce', 'miejsca', 'miejsc', 'miejsca'], en: ['place', 'places'] },
  { pl: ['łóżko', 'łóżka', 'łóżek', 'łóżka'], en: ['bed', 'beds'] },
  { pl: ['lekarz', 'lekarze', 'lekarzy', 'lekarza'], en: ['doctor', 'doctors'] },
  { pl: ['szkoła', 'szkoły', 'szkół', 'szkoły'], en: ['school', 'schools'] },
  { pl: ['placówka', 'placówki', 'placówek', 'placówki'], en: ['facility', 'facilities'] },
  { pl: ['mieszkanie', 'mieszkania', 'mieszkań', 'mieszkania'], en: ['dwelling', 'dwellings'] },
  { pl: ['budynek', 'budynki', 'budynków', 'budynku'], en: ['building', 'buildings'] },
  { pl: ['pojazd', 'pojazdy', 'pojazdów', 'pojazdu'], en: ['vehicle', 'vehicles'] },
  { pl: ['zdarzenie', 'zdarzenia', 'zdarzeń', 'zdarzenia'], en: ['incident', 'incidents'] },
  { pl: ['odpowiedź', 'odpowiedzi', 'odpowiedzi', 'odpowiedzi'], en: ['answer', 'answers'] },
  { pl: ['punkt', 'punkty', 'punktów', 'punktu'], en: ['point', 'points'] },
];

/** Any form of a noun → the noun, so a unit written as "osób" or "dni" is recognised too. */
const BY_FORM = new Map<string, Noun>();
for (const noun of NOUNS) for (const form of noun.pl) if (!BY_FORM.has(form)) BY_FORM.set(form, noun);

/** The leading word of a unit (up to a space, "/" or the end) and the rest, kept as written. */
const HEAD = /^([\p{L}]+)(?=$|[\s/])(.*)$/u;

/**
 * The four forms of a unit. The leading count noun inflects ("osoba/km²" → "osób/km²"); anything
 * else is invariant ("zł", "tys. osób", "na 100 osób", "%"). English forms are given for the nouns
 * of the dictionary; other units are shown as stored.
 */
export function unitForms(unit: string, language: UnitLanguage = 'pl'): UnitForms {
  const match = HEAD.exec(unit.trim());
  const noun = match ? BY_FORM.get(match[1]!.toLocaleLowerCase('pl')) : undefined;
  if (!match || !noun) return { one: unit, few: unit, many: unit, other: unit };
  const rest = match[2]!;
  // Keep a capital letter the unit was written with ("Osoba").
  const cased = (form: string) =>
    /^\p{Lu}/u.test(match[1]!) ? form[0]!.toLocaleUpperCase('pl') + form.slice(1) : form;
  if (language === 'en') {
    const [one, other] = noun.en;
    return { one: cased(one) + rest, few: cased(other) + rest, many: cased(other) + rest, other: cased(other) + rest };
  }
  const [one, few, many, other] = noun.pl;
  return { one: cased(one) + rest, few: cased(few) + rest, many: cased(many) + rest, other: cased(other) + rest };
}

export function languageOfLocale(locale: string): UnitLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'pl';
}

const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string, options: Intl.NumberFormatOptions): Intl.PluralRules {
  const key = `${locale}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, {
      minimumFractionDigits: options.minimumFractionDigits,
      maximumFractionDigits: options.maximumFractionDigits,
    });
    pluralRules.set(key, rules);
  }
  return rules;
}

/** The form of `unit` that goes with `value` shown with these number options ("osób" for 26 708). */
export function unitFor(value: number, unit: string, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const forms = unitForms(unit, languageOfLocale(locale));
  if (forms.one === forms.other && forms.few === forms.other && forms.many === forms.other) return unit;
  const category = rulesFor(locale, options).select(value);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

/**
 * A number with its unit in one string: "26 708 osób", "2,5 osoby", "4 920 zł", "12,3 %". The
 * number and the unit are joined by a no-break space so they never wrap apart.
 */
export function formatMeasure(
  value: number,
  unit: string,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  const number = new Intl.NumberFormat(locale, options).format(value);
  if (!unit) return number;
  return `${number}\u00a0${unitFor(value, unit, locale, options)}`;
}

/** Options for an indicator shown with exactly its number of decimals. */
export function fixedDecimals(decimals: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}
