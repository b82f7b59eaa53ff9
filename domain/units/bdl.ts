/**
 * GUS BDL 12-character unit ids ↔ TERYT codes (METHODS.md §6.2).
 *
 * Layout: `MM WW R SS PP GG T` — MM NUTS macro-region, WW voivodeship (TERYT), R NUTS-2 digit,
 * SS subregion (NUTS-3), PP county (TERYT), GG gmina (TERYT), T gmina type (TERYT RODZ).
 * Examples: `011212161011` → `1261011` (Kraków), `071412865011` → `1465011` (Warszawa),
 * `011212161000` → `1261` (powiat m. Kraków), `011200000000` → `12` (małopolskie),
 * `000000000000` → Poland (no TERYT code).
 *
 * The reverse needs the NUTS digits (MM, R, SS), which a TERYT code does not contain. For
 * voivodeships they are fixed (table below, from a real BDL API extract); for counties and gminy
 * they come from an index built from BDL's own unit list (`/units?level=5|6`).
 */

export type BdlLevel = 'country' | 'voivodeship' | 'county' | 'municipality';

const BDL_ID = /^\d{12}$/;

/** Maps a BDL unit id to its TERYT code and level; null when the id is malformed or not a unit TERYT knows (NUTS regions, subregions). */
export function bdlIdToTeryt(id: string): { code: string | null; level: BdlLevel } | null {
  if (!BDL_ID.test(id)) return null;
  if (id === '000000000000') return { code: null, level: 'country' };
  const woj = id.slice(2, 4);
  const pow = id.slice(7, 9);
  const gmi = id.slice(9, 11);
  const rodz = id.slice(11, 12);
  if (woj === '00') return null; // macro-region: no TERYT equivalent
  if (pow === '00' && gmi === '00' && rodz === '0') {
    // Level 2 (voivodeship) has R = 0 and SS = 00; level 3/4 (NUTS-2 region, subregion) have no TERYT code.
    return id.slice(4, 7) === '000' ? { code: woj, level: 'voivodeship' } : null;
  }
  if (gmi === '00' && rodz === '0') return { code: woj + pow, level: 'county' };
  if (!/^[1-9]$/.test(rodz) || gmi === '00') return null;
  return { code: woj + pow + gmi + rodz, level: 'municipality' };
}

/** BDL ids of the 16 voivodeships (level 2), as the BDL API returns them. */
export const BDL_VOIVODESHIP_IDS: Readonly<Record<string, string>> = {
  '02': '030200000000',
  '04': '040400000000',
  '06': '060600000000',
  '08': '020800000000',
  '10': '051000000000',
  '12': '011200000000',
  '14': '071400000000',
  '16': '031600000000',
  '18': '061800000000',
  '20': '062000000000',
  '22': '042200000000',
  '24': '012400000000',
  '26': '052600000000',
  '28': '042800000000',
  '30': '023000000000',
  '32': '023200000000',
};

/** Builds a TERYT → BDL id index from BDL unit ids (e.g. the result of `/units?level=5` and `level=6`). */
export function buildTerytToBdlIndex(bdlIds: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>(Object.entries(BDL_VOIVODESHIP_IDS).map(([k, v]) => [k, v]));
  for (const id of bdlIds) {
    const mapped = bdlIdToTeryt(id);
    if (mapped?.code) index.set(mapped.code, id);
  }
  return index;
}

/**
 * Maps a TERYT code back to a BDL id. Voivodeships need no index; counties and gminy are looked up
 * in `index` (see {@link buildTerytToBdlIndex}). Null when unknown.
 */
export function terytToBdlId(code: string, index?: ReadonlyMap<string, string>): string | null {
  if (/^\d{2}$/.test(code)) return BDL_VOIVODESHIP_IDS[code] ?? null;
  return index?.get(code) ?? null;
}
