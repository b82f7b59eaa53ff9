/**
 * The name of a unit's office, as respondents and the public should read it ("Urząd Gminy
 * Zabierzów") instead of the bare register name ("Zabierzów", or "brzeski" for a powiat, which is
 * not even a noun). A unit may store its office's proper name; otherwise a default is generated from
 * its kind and name.
 *
 * The generated defaults use the register name in the nominative ("Urząd Miasta Zakopane"), the
 * common usage on offices' own signs and letterheads. A powiat's office is named after its seat in
 * the locative ("Starostwo Powiatowe w Brzegu"), which no rule derives reliably from the powiat's
 * adjective ("brzeski" is Brzeg in Opolskie but Brzesko in Małopolskie), so without a stored name
 * the default names the powiat instead. A voivodeship's adjective ends in -kie, whose genitive
 * -kiego is regular.
 */

export interface OfficeNameUnit {
  kind: string;
  /** The register name: "Zabierzów", "brzeski", "MAŁOPOLSKIE". */
  name: string;
  /** The stored proper name of the office; null or blank = the generated default. */
  officeName?: string | null | undefined;
}

/**
 * What tells apart units whose default office names would repeat (two powiaty brzeskie, three
 * gminy Czarna in Podkarpackie). Both are register names as stored ("OPOLSKIE", "dębicki").
 */
export interface OfficeNameQualifiers {
  voivodeship?: string | null | undefined;
  county?: string | null | undefined;
}

/** "MAŁOPOLSKIE" → "małopolskie"; the register writes voivodeships in capitals. */
export function voivodeshipAdjective(name: string): string {
  return name.toLocaleLowerCase('pl');
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase('pl') + word.slice(1);

/** "kujawsko-pomorskie" → "Kujawsko-Pomorskiego" (genitive, capitalised as in an office's name); null if not a -kie adjective. */
function voivodeshipGenitive(name: string): string | null {
  const adjective = voivodeshipAdjective(name);
  if (!/^[\p{L}-]+kie$/u.test(adjective)) return null;
  return adjective.slice(0, -1).split('-').map(capitalize).join('-') + 'ego';
}

/** The generated default, without qualifiers; null for kinds that have no office of their own. */
export function defaultOfficeName(unit: { kind: string; name: string }): string | null {
  const name = unit.name.trim();
  switch (unit.kind) {
    case 'municipality-urban':
    case 'city-county':
      // The capital's office has its own statutory name.
      return name === 'Warszawa' ? 'Urząd m.st. Warszawy' : `Urząd Miasta ${name}`;
    case 'municipality-rural':
      return `Urząd Gminy ${name}`;
    case 'municipality-urban-rural':
      return `Urząd Miasta i Gminy ${name}`;
    case 'county':
      return `Starostwo Powiatowe — powiat ${name}`;
    case 'voivodeship': {
      const genitive = voivodeshipGenitive(name);
      return genitive
        ? `Urząd Marszałkowski Województwa ${genitive}`
        : `Urząd Marszałkowski — województwo ${voivodeshipAdjective(name)}`;
    }
    default:
      return null;
  }
}

/**
 * The office's name: the stored one when set, else the generated default with the qualifiers
 * needed to make it unambiguous ("Urząd Gminy Czarna (powiat dębicki, woj. podkarpackie)"). Units
 * of other kinds (sub-gmina parts, districts, imported sets) keep their own name.
 */
export function officeName(unit: OfficeNameUnit, qualifiers: OfficeNameQualifiers = {}): string {
  const stored = unit.officeName?.trim();
  if (stored) return stored;
  const generated = defaultOfficeName(unit);
  if (generated === null) return unit.name;
  const parts = [
    qualifiers.county ? `powiat ${qualifiers.county}` : null,
    qualifiers.voivodeship && unit.kind !== 'voivodeship'
      ? `woj. ${voivodeshipAdjective(qualifiers.voivodeship)}`
      : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? `${generated} (${parts.join(', ')})` : generated;
}

/** Position of a unit in the register: enough to decide which qualifiers its office name needs. */
export interface PlacedUnit {
  code: string;
  kind: string;
  name: string;
  voivodeshipCode: string | null;
  countyCode: string | null;
}

/**
 * Which qualifiers a unit's default office name needs, given the current units that share its kind
 * and name (the unit itself may be among them): the voivodeship when a namesake lies elsewhere in
 * the country, the powiat as well when one lies in the same voivodeship.
 */
export function neededQualifiers(
  unit: PlacedUnit,
  namesakes: readonly PlacedUnit[],
): { voivodeship: boolean; county: boolean } {
  const others = namesakes.filter((u) => u.code !== unit.code && u.kind === unit.kind && u.name === unit.name);
  const sameVoivodeship = others.some((u) => u.voivodeshipCode === unit.voivodeshipCode);
  return { voivodeship: others.length > 0, county: sameVoivodeship && unit.countyCode !== null };
}
