/**
 * TERYT TERC register: parsing and interpretation (Źródło: GUS, TERYT).
 *
 * Code forms (METHODS.md §6.1): voivodeship `WW`, county `WWPP` (PP ≥ 61: city with county
 * status), gmina `WWPPGGR` where R (RODZ) is the gmina type: 1 urban, 2 rural, 3 urban-rural,
 * 4/5 the town / rural part of a type-3 gmina, 8 a Warsaw district, 9 a delegatura of Kraków,
 * Łódź, Poznań or Wrocław. 4, 5, 8 and 9 are not JST of their own.
 */
import type { PolishUnitKind } from './kinds';

export interface TercRow {
  woj: string;
  pow: string;
  gmi: string;
  rodz: string;
  name: string;
  label: string;
  stateDate: string;
  /** 1-based line number in the source file, for error messages. */
  line: number;
}

export interface TercUnit {
  code: string;
  name: string;
  kind: PolishUnitKind;
  parentCode: string | null;
  terytType: string | null;
  terytLabel: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: { line: number; reason: string }[] };

const HEADER = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'];

/**
 * Parses a TERC file in the official "urzędowy" layout (`;`-separated, header
 * `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA`). Accepts a UTF-8 BOM, CRLF or LF, and codes that lost
 * their leading zero (re-padded to 2 digits, RODZ to 1). Names never contain `;` in TERC, so a plain
 * split is exact; quotes, if a tool added them, are stripped.
 */
export function parseTerc(text: string): ParseResult<TercRow[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(';').map((h) => h.trim().replace(/^"|"$/g, ''));
  const errors: { line: number; reason: string }[] = [];
  if (HEADER.some((h, i) => header[i] !== h)) {
    return { ok: false, errors: [{ line: 1, reason: `expected header ${HEADER.join(';')}` }] };
  }
  const rows: TercRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cells = raw.split(';').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length !== HEADER.length) {
      errors.push({ line: i + 1, reason: `expected ${HEADER.length} fields, found ${cells.length}` });
      continue;
    }
    const [woj, pow, gmi, rodz, name, label, stateDate] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const pad = (s: string, n: number) => (s === '' ? '' : s.padStart(n, '0'));
    const row: TercRow = {
      woj: pad(woj, 2),
      pow: pad(pow, 2),
      gmi: pad(gmi, 2),
      rodz: rodz,
      name,
      label,
      stateDate,
      line: i + 1,
    };
    if (!/^\d{2}$/.test(row.woj)) errors.push({ line: i + 1, reason: `WOJ "${woj}" is not a 2-digit code` });
    else if (row.pow !== '' && !/^\d{2}$/.test(row.pow))
      errors.push({ line: i + 1, reason: `POW "${pow}" is not a 2-digit code` });
    else if (row.gmi !== '' && !/^(\d{2})$/.test(row.gmi))
      errors.push({ line: i + 1, reason: `GMI "${gmi}" is not a 2-digit code` });
    else if (row.gmi !== '' && !/^[1-589]$/.test(row.rodz))
      errors.push({ line: i + 1, reason: `RODZ "${rodz}" is not a TERC unit type` });
    else if (name === '') errors.push({ line: i + 1, reason: 'NAZWA is empty' });
    else rows.push(row);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rows };
}

const GMINA_KINDS: Record<string, PolishUnitKind> = {
  '1': 'municipality-urban',
  '2': 'municipality-rural',
  '3': 'municipality-urban-rural',
  '4': 'municipality-town-part',
  '5': 'municipality-rural-part',
  '8': 'city-district',
  '9': 'city-district',
};

/** True for a county code whose PP is 61 or more: a city with county status. */
export function isCityCountyCode(countyCode: string): boolean {
  return /^\d{4}$/.test(countyCode) && Number(countyCode.slice(2, 4)) >= 61;
}

/**
 * Interprets one TERC row as a unit: its code, kind and parent.
 * Parents: gmina → its county (`WWPP`); county → voivodeship; the town/rural parts (4/5) → their
 * urban-rural gmina (`WWPPGG3`); a Warsaw district or a delegatura (8/9) → the city's gmina
 * (`WWPP011`, e.g. 1465011 m.st. Warszawa), which is how BDL and TERC nest them.
 */
export function tercUnit(row: TercRow): TercUnit {
  const base = { name: row.name, terytLabel: row.label };
  if (row.pow === '') return { ...base, code: row.woj, kind: 'voivodeship', parentCode: null, terytType: null };
  const county = row.woj + row.pow;
  if (row.gmi === '') {
    return {
      ...base,
      code: county,
      kind: isCityCountyCode(county) ? 'city-county' : 'county',
      parentCode: row.woj,
      terytType: null,
    };
  }
  const code = county + row.gmi + row.rodz;
  const kind = GMINA_KINDS[row.rodz]!;
  let parentCode = county;
  if (row.rodz === '4' || row.rodz === '5') parentCode = county + row.gmi + '3';
  if (row.rodz === '8' || row.rodz === '9') parentCode = county + '011';
  return { ...base, code, kind, parentCode, terytType: row.rodz };
}

export interface RegisterState {
  date: string;
  units: TercUnit[];
}

export interface UnitVersion extends TercUnit {
  /** First register state (ISO date) in which the code appears, or null if in the oldest one. */
  validFrom: string | null;
  /** First register state in which the code no longer appears; null while current. */
  validTo: string | null;
}

export interface UnitSuccession {
  fromCode: string;
  toCode: string;
  kind: 'type-change';
  date: string;
}

/**
 * Builds a versioned unit dictionary from register states (oldest first). A code present in the
 * newest state is current. A code that disappears gets `validTo` = the first state without it, and
 * when a code with the same first 6 digits appears in that state (a gmina that changed type, e.g.
 * rural `…2` → urban-rural `…3` after a village got town rights) it is linked as its successor.
 * Names are taken from the newest state that has the code (so renamings follow the register).
 *
 * `validFrom`/`validTo` are register-state dates, not the legal dates of change: the register only
 * tells that a change happened between two states. Changes before the oldest state (e.g. Ostrowice,
 * abolished 2019-01-01) are not visible here and are supplied as explicit history records.
 */
export function buildUnitHistory(states: readonly RegisterState[]): {
  units: UnitVersion[];
  successions: UnitSuccession[];
} {
  const sorted = [...states].sort((a, b) => a.date.localeCompare(b.date));
  const latest = new Map<string, UnitVersion>();
  const successions: UnitSuccession[] = [];
  for (let s = 0; s < sorted.length; s++) {
    const state = sorted[s]!;
    const present = new Map(state.units.map((u) => [u.code, u]));
    for (const [code, unit] of present) {
      const known = latest.get(code);
      if (known && known.validTo === null) latest.set(code, { ...unit, validFrom: known.validFrom, validTo: null });
      else if (!known) latest.set(code, { ...unit, validFrom: s === 0 ? null : state.date, validTo: null });
    }
    for (const [code, version] of latest) {
      if (version.validTo !== null || present.has(code)) continue;
      version.validTo = state.date;
      if (code.length === 7) {
        for (const candidate of present.keys()) {
          if (candidate.length === 7 && candidate.slice(0, 6) === code.slice(0, 6) && /[123]/.test(candidate[6]!)) {
            successions.push({ fromCode: code, toCode: candidate, kind: 'type-change', date: state.date });
          }
        }
      }
    }
  }
  return { units: [...latest.values()], successions };
}
