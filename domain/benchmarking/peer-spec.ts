/**
 * Peer-group specs: a short string naming a comparison group, usable in URLs and saved views.
 *
 * Grammar (terms joined by `&` mean the intersection; spaces around terms are ignored):
 *
 * ```
 * spec  = term *( "&" term )
 * term  = "all"
 *       | "kind:" KIND                      unit kind slug, e.g. kind:municipality-rural
 *       | "voivodeship:" WW                 TERYT voivodeship code 02, 04, …, 32
 *       | "size:" MIN "-" [ MAX ]           population band MIN ≤ population < MAX; open-ended "size:100000-"
 *       | "group:" ID                       benchmarking group id (positive integer)
 *       | "nn:" CODE [ ":" K ]              the unit CODE and its K nearest neighbours (K 1..200, default 15)
 *       | "units:" CODE *( "," CODE )       an explicit list of unit codes
 * ```
 *
 * Parsing is pure and reports the first wrong part with its position. Resolution takes the
 * comparison universe and two injected lookups (group members, nearest neighbours), so the domain
 * does no I/O.
 */
import { UNIT_KIND_PATTERN } from '../units/kinds';

export type PeerTerm =
  | { type: 'all' }
  | { type: 'kind'; kind: string }
  | { type: 'voivodeship'; code: string }
  /** min ≤ population < max; max null = no upper bound. */
  | { type: 'size'; min: number; max: number | null }
  | { type: 'group'; id: number }
  /** The unit itself plus its k nearest neighbours. */
  | { type: 'nn'; code: string; k: number }
  | { type: 'units'; codes: string[] };

export interface PeerSpec {
  /** Intersected; never empty. */
  terms: PeerTerm[];
}

export type PeerSpecErrorCode =
  | 'EMPTY_SPEC'
  | 'EMPTY_TERM'
  | 'UNKNOWN_TERM'
  | 'BAD_KIND'
  | 'BAD_VOIVODESHIP'
  | 'BAD_SIZE'
  | 'BAD_GROUP'
  | 'BAD_UNIT_CODE'
  | 'BAD_K'
  | 'SPEC_TOO_LONG';

export interface PeerSpecError {
  code: PeerSpecErrorCode;
  /** 0-based offset of the wrong part in the spec string. */
  position: number;
  /** The wrong part (the whole term, trimmed). */
  part: string;
  message: string;
}

export type ParsePeerSpecResult = { ok: true; spec: PeerSpec } | { ok: false; error: PeerSpecError };

/** Nearest-neighbour counts a spec may ask for. */
export const NN_K_DEFAULT = 15;
export const NN_K_MAX = 200;
export const PEER_SPEC_MAX_LENGTH = 20_000;

/** TERYT voivodeship codes: even numbers 02–32. */
export const VOIVODESHIP_CODES = [
  '02',
  '04',
  '06',
  '08',
  '10',
  '12',
  '14',
  '16',
  '18',
  '20',
  '22',
  '24',
  '26',
  '28',
  '30',
  '32',
] as const;

/** Same rule as unit codes in the units CSV (letters, digits, ".", "_", "-"; max 40), so ":", "," and "&" never occur in a code. */
const UNIT_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;
const INTEGER = /^(0|[1-9]\d*)$/;

/** A population size band: min ≤ population < max (max null = open-ended). */
export interface SizeBand {
  min: number;
  max: number | null;
}

/** Default population bands for gminy: < 5k, 5–10k, 10–20k, 20–50k, 50–100k, 100k+. */
export const DEFAULT_SIZE_BANDS: readonly SizeBand[] = [
  { min: 0, max: 5_000 },
  { min: 5_000, max: 10_000 },
  { min: 10_000, max: 20_000 },
  { min: 20_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: null },
];

/**
 * The band holding `population` (min ≤ population < max), from `bands` (default
 * {@link DEFAULT_SIZE_BANDS}); null when the population is unknown or falls in no band.
 */
export function sizeBandOf(
  population: number | null,
  bands: readonly SizeBand[] = DEFAULT_SIZE_BANDS,
): SizeBand | null {
  if (population === null || !Number.isFinite(population)) return null;
  return bands.find((b) => population >= b.min && (b.max === null || population < b.max)) ?? null;
}

/** The spec term for a band, e.g. `size:20000-50000` or `size:100000-`. */
export function sizeBandTerm(band: SizeBand): string {
  return `size:${band.min}-${band.max ?? ''}`;
}

type TermResult = { ok: true; term: PeerTerm } | { ok: false; code: PeerSpecErrorCode; message: string };

function fail(code: PeerSpecErrorCode, message: string): TermResult {
  return { ok: false, code, message };
}

function parseTerm(text: string): TermResult {
  if (text === 'all') return { ok: true, term: { type: 'all' } };
  const colon = text.indexOf(':');
  const key = colon < 0 ? text : text.slice(0, colon);
  const arg = colon < 0 ? null : text.slice(colon + 1);
  switch (key) {
    case 'kind':
      if (arg === null || !UNIT_KIND_PATTERN.test(arg))
        return fail('BAD_KIND', `"${arg ?? ''}" is not a unit kind (a lower-case slug such as municipality-rural)`);
      return { ok: true, term: { type: 'kind', kind: arg } };
    case 'voivodeship':
      if (arg === null || !(VOIVODESHIP_CODES as readonly string[]).includes(arg)) {
        return fail('BAD_VOIVODESHIP', `"${arg ?? ''}" is not a voivodeship code (02, 04, …, 32)`);
      }
      return { ok: true, term: { type: 'voivodeship', code: arg } };
    case 'size': {
      const m = arg === null ? null : /^(\d+)-(\d*)$/.exec(arg);
      if (m === null || !INTEGER.test(m[1]!) || (m[2] !== '' && !INTEGER.test(m[2]!))) {
        return fail('BAD_SIZE', `"${arg ?? ''}" is not a population band such as 20000-50000 or 100000-`);
      }
      const min = Number(m[1]);
      const max = m[2] === '' ? null : Number(m[2]);
      if (!Number.isSafeInteger(min) || (max !== null && !Number.isSafeInteger(max)))
        return fail('BAD_SIZE', 'population bound too large');
      if (max !== null && max <= min)
        return fail('BAD_SIZE', `the upper bound ${max} must be above the lower bound ${min}`);
      return { ok: true, term: { type: 'size', min, max } };
    }
    case 'group': {
      if (arg === null || !INTEGER.test(arg) || arg === '0' || !Number.isSafeInteger(Number(arg))) {
        return fail('BAD_GROUP', `"${arg ?? ''}" is not a group id (a positive integer)`);
      }
      return { ok: true, term: { type: 'group', id: Number(arg) } };
    }
    case 'nn': {
      const parts = arg === null ? [''] : arg.split(':');
      const code = parts[0]!;
      if (!UNIT_CODE_PATTERN.test(code)) return fail('BAD_UNIT_CODE', `"${code}" is not a unit code`);
      if (parts.length > 2) return fail('BAD_K', 'expected nn:CODE or nn:CODE:K');
      let k = NN_K_DEFAULT;
      if (parts.length === 2) {
        const kText = parts[1]!;
        k = INTEGER.test(kText) ? Number(kText) : NaN;
        if (!(k >= 1 && k <= NN_K_MAX))
          return fail('BAD_K', `"${kText}" is not a neighbour count from 1 to ${NN_K_MAX}`);
      }
      return { ok: true, term: { type: 'nn', code, k } };
    }
    case 'units': {
      const codes = arg === null ? [''] : arg.split(',').map((c) => c.trim());
      const bad = codes.find((c) => !UNIT_CODE_PATTERN.test(c));
      if (bad !== undefined)
        return fail('BAD_UNIT_CODE', bad === '' ? 'empty unit code in the list' : `"${bad}" is not a unit code`);
      return { ok: true, term: { type: 'units', codes: [...new Set(codes)] } };
    }
    default:
      return fail(
        'UNKNOWN_TERM',
        `unknown term "${key}" (expected all, kind:, voivodeship:, size:, group:, nn: or units:)`,
      );
  }
}

/**
 * Parses a peer-group spec (grammar in the module comment). Returns the AST, or the first wrong
 * part with its 0-based position, the part's text, a code and a message. Terms are kept in the
 * given order; `units:` lists are de-duplicated. Never throws.
 *
 * @example parsePeerSpec('kind:municipality-rural&voivodeship:02')
 * // → { ok: true, spec: { terms: [{ type: 'kind', kind: 'municipality-rural' }, { type: 'voivodeship', code: '02' }] } }
 */
export function parsePeerSpec(text: string): ParsePeerSpecResult {
  if (text.length > PEER_SPEC_MAX_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'SPEC_TOO_LONG',
        position: 0,
        part: '',
        message: `a spec may be at most ${PEER_SPEC_MAX_LENGTH} characters`,
      },
    };
  }
  if (text.trim() === '')
    return { ok: false, error: { code: 'EMPTY_SPEC', position: 0, part: '', message: 'the spec is empty' } };
  const terms: PeerTerm[] = [];
  let offset = 0;
  for (const raw of text.split('&')) {
    const lead = raw.length - raw.trimStart().length;
    const part = raw.trim();
    const position = offset + lead;
    offset += raw.length + 1;
    if (part === '') {
      return {
        ok: false,
        error: { code: 'EMPTY_TERM', position, part, message: 'empty term (two "&" in a row, or "&" at an end)' },
      };
    }
    const parsed = parseTerm(part);
    if (!parsed.ok) return { ok: false, error: { code: parsed.code, position, part, message: parsed.message } };
    terms.push(parsed.term);
  }
  return { ok: true, spec: { terms } };
}

/** The canonical text of a spec (terms in their order, no spaces); parsePeerSpec(formatPeerSpec(s)) gives s back. */
export function formatPeerSpec(spec: PeerSpec): string {
  return spec.terms
    .map((t) => {
      switch (t.type) {
        case 'all':
          return 'all';
        case 'kind':
          return `kind:${t.kind}`;
        case 'voivodeship':
          return `voivodeship:${t.code}`;
        case 'size':
          return sizeBandTerm(t);
        case 'group':
          return `group:${t.id}`;
        case 'nn':
          return `nn:${t.code}:${t.k}`;
        case 'units':
          return `units:${t.codes.join(',')}`;
      }
    })
    .join('&');
}

export interface UniverseUnit {
  id: number;
  code: string;
  kind: string;
  /** TERYT voivodeship code (02–32), null for units outside the TERYT tree. */
  voivodeship: string | null;
  population: number | null;
}

export interface PeerUniverse {
  units: readonly UniverseUnit[];
}

export interface PeerLookups {
  /** Unit ids of a benchmarking group; null when there is no such group. */
  groupMembers(id: number): readonly number[] | null;
  /** Codes of the k nearest neighbours of a unit (the unit itself excluded); null when the unit has no neighbour model. */
  nearestNeighbours(code: string, k: number): readonly string[] | null;
}

export type ResolvePeerSpecResult =
  | { ok: true; unitIds: number[] }
  | { ok: false; error: { code: 'UNKNOWN_GROUP' | 'UNKNOWN_UNIT' | 'NO_NEIGHBOURS'; part: string; message: string } };

/**
 * The unit ids a spec selects from `universe`, in universe order: the intersection of its terms.
 * `all` = the whole universe; `kind`, `voivodeship` and `size` filter on the unit's fields (a unit
 * with unknown population matches no size band); `group:ID` = the group's members; `nn:CODE:K` =
 * the unit CODE itself plus its K nearest neighbours (the unit is in its own peer group, so it can
 * be ranked in it); `units:` = the listed codes. Members of groups or neighbour lists that are not in
 * the universe are left out. Errors (values, not exceptions): UNKNOWN_GROUP (lookup returned null),
 * UNKNOWN_UNIT (a code in `nn:` / `units:` not in the universe), NO_NEIGHBOURS (no neighbour model
 * for the unit). An empty result is a valid answer.
 */
export function resolvePeerSpec(spec: PeerSpec, universe: PeerUniverse, lookups: PeerLookups): ResolvePeerSpecResult {
  const byCode = new Map<string, UniverseUnit>();
  for (const u of universe.units) byCode.set(u.code, u);
  const filter = (predicate: (u: UniverseUnit) => boolean) =>
    new Set(universe.units.filter(predicate).map((u) => u.id));
  let selected: Set<number> | null = null;
  for (const term of spec.terms) {
    const part = formatPeerSpec({ terms: [term] });
    let ids: Set<number>;
    switch (term.type) {
      case 'all':
        ids = filter(() => true);
        break;
      case 'kind':
        ids = filter((u) => u.kind === term.kind);
        break;
      case 'voivodeship':
        ids = filter((u) => u.voivodeship === term.code);
        break;
      case 'size':
        ids = filter(
          (u) => u.population !== null && u.population >= term.min && (term.max === null || u.population < term.max),
        );
        break;
      case 'group': {
        const members = lookups.groupMembers(term.id);
        if (members === null)
          return { ok: false, error: { code: 'UNKNOWN_GROUP', part, message: `there is no group ${term.id}` } };
        ids = new Set(members);
        break;
      }
      case 'nn': {
        const unit = byCode.get(term.code);
        if (unit === undefined)
          return { ok: false, error: { code: 'UNKNOWN_UNIT', part, message: `there is no unit "${term.code}"` } };
        const neighbours = lookups.nearestNeighbours(term.code, term.k);
        if (neighbours === null)
          return {
            ok: false,
            error: { code: 'NO_NEIGHBOURS', part, message: `no nearest-neighbour model covers "${term.code}"` },
          };
        ids = new Set([unit.id]);
        for (const code of neighbours) {
          const n = byCode.get(code);
          if (n !== undefined) ids.add(n.id);
        }
        break;
      }
      case 'units': {
        ids = new Set<number>();
        for (const code of term.codes) {
          const u = byCode.get(code);
          if (u === undefined)
            return { ok: false, error: { code: 'UNKNOWN_UNIT', part, message: `there is no unit "${code}"` } };
          ids.add(u.id);
        }
        break;
      }
    }
    if (selected === null) selected = ids;
    else for (const id of selected) if (!ids.has(id)) selected.delete(id);
  }
  const result = selected ?? new Set<number>();
  return { ok: true, unitIds: universe.units.filter((u) => result.has(u.id)).map((u) => u.id) };
}
