/**
 * Stable identifiers of the Polish unit kinds. Units imported from other sources may use any other
 * kind id matching {@link UNIT_KIND_PATTERN}; nothing outside the TERYT importer may assume these.
 */
export const POLISH_UNIT_KINDS = [
  'voivodeship',
  'county',
  'city-county',
  'municipality-urban',
  'municipality-rural',
  'municipality-urban-rural',
  'municipality-town-part',
  'municipality-rural-part',
  'city-district',
] as const;

export type PolishUnitKind = (typeof POLISH_UNIT_KINDS)[number];

/** Kinds that are gminy (JST) — the sub-gmina parts and districts are not. */
export const MUNICIPALITY_KINDS: readonly PolishUnitKind[] = [
  'municipality-urban',
  'municipality-rural',
  'municipality-urban-rural',
];

/** A kind id is a lower-case slug, so it is safe in URLs and peer-group specs. */
export const UNIT_KIND_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
