/**
 * CIPFA-style nearest neighbours (METHODS.md §4.3): which units are structurally most like a unit,
 * and why.
 *
 * Steps: (1) optional natural-log transform per variable (skewed, positive variables such as
 * population or density); (2) z-score standardisation within the comparison universe — the units
 * the caller passes — z = (t − mean)/SD with the sample SD (n − 1) of the present values;
 * (3) a missing value (or a value ≤ 0 under the log transform) gets z = 0, i.e. the universe mean,
 * and is flagged; (4) weighted Euclidean distance d(a,b) = √Σₖ wₖ (z_ak − z_bk)², weights wₖ ≥ 0
 * (default 1); (5) the k nearest units (default 15), the unit itself excluded, ties broken by code.
 *
 * Two distances are reported: `distance`, the weighted Euclidean distance in SD units (symmetric,
 * comparable between units of the same model), which orders the list; and `relativeDistance` =
 * distance / the largest distance from the unit to any unit in the universe, so the farthest unit
 * has 1 (CIPFA's rebasing, 0–1; not symmetric). A variable that is constant over the universe (SD 0,
 * or fewer than 2 present values) gets z = 0 everywhere and adds nothing.
 */

export interface StructuralVariable {
  key: string;
  /** 'log': natural logarithm before standardising; a value ≤ 0 then counts as missing. Default 'none'. */
  transform?: 'none' | 'log';
  /** Default weight wₖ ≥ 0; 1 when absent. */
  weight?: number;
}

export interface NeighbourModelInput {
  /** Unit codes, distinct; row i of `values` belongs to codes[i]. */
  codes: readonly string[];
  variables: readonly StructuralVariable[];
  /**
   * units × variables: one row per unit (null / NaN = missing), or a row-major Float64Array of
   * codes.length × variables.length (NaN = missing).
   */
  values: Float64Array | readonly (readonly (number | null)[])[];
}

export interface NeighbourModel {
  codes: readonly string[];
  variables: readonly StructuralVariable[];
  /** Raw values, row-major units × variables, NaN = missing. */
  raw: Float64Array;
  /** Standardised values, row-major; 0 where imputed. */
  z: Float64Array;
  /** 1 where z was imputed (missing, or ≤ 0 under a log transform). */
  imputed: Uint8Array;
  /** Per variable, after the transform, over the present values. */
  mean: Float64Array;
  sd: Float64Array;
  /** Per variable: constant over the universe (so z = 0 for every unit). */
  constant: readonly boolean[];
  index: ReadonlyMap<string, number>;
}

export type NeighbourErrorCode =
  | 'NO_VARIABLES'
  | 'SHAPE_MISMATCH'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_VARIABLE'
  | 'BAD_WEIGHT'
  | 'UNKNOWN_VARIABLE'
  | 'UNKNOWN_UNIT'
  | 'BAD_K';

export interface NeighbourError {
  code: NeighbourErrorCode;
  message: string;
}

function error(code: NeighbourErrorCode, message: string): { ok: false; error: NeighbourError } {
  return { ok: false, error: { code, message } };
}

function validWeight(w: number): boolean {
  return Number.isFinite(w) && w >= 0;
}

/**
 * Standardises the structural variables over the universe (see the module comment for the
 * transform, the sample-SD z-score and mean imputation). Errors are values: no variables, a row of
 * the wrong length, duplicate codes or variable keys, a negative or non-finite default weight. An
 * empty universe gives an empty model.
 */
export function buildNeighbourModel(
  input: NeighbourModelInput,
): { ok: true; model: NeighbourModel } | { ok: false; error: NeighbourError } {
  const { codes, variables } = input;
  const n = codes.length;
  const m = variables.length;
  if (m === 0) return error('NO_VARIABLES', 'at least one structural variable is needed');
  const keys = new Set<string>();
  for (const v of variables) {
    if (keys.has(v.key)) return error('DUPLICATE_VARIABLE', `variable "${v.key}" appears twice`);
    keys.add(v.key);
    if (v.weight !== undefined && !validWeight(v.weight))
      return error('BAD_WEIGHT', `weight of "${v.key}" must be a finite number ≥ 0`);
  }
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (index.has(codes[i]!)) return error('DUPLICATE_CODE', `unit "${codes[i]}" appears twice`);
    index.set(codes[i]!, i);
  }
  const raw = new Float64Array(n * m);
  if (input.values instanceof Float64Array) {
    if (input.values.length !== n * m)
      return error('SHAPE_MISMATCH', `expected ${n} × ${m} = ${n * m} values, got ${input.values.length}`);
    raw.set(input.values);
  } else {
    if (input.values.length !== n) return error('SHAPE_MISMATCH', `expected ${n} rows, got ${input.values.length}`);
    for (let i = 0; i < n; i++) {
      const row = input.values[i]!;
      if (row.length !== m)
        return error('SHAPE_MISMATCH', `row ${i} (${codes[i]}) has ${row.length} values, expected ${m}`);
      for (let k = 0; k < m; k++) raw[i * m + k] = row[k] ?? NaN;
    }
  }
  const z = new Float64Array(n * m);
  const imputed = new Uint8Array(n * m);
  const mean = new Float64Array(m);
  const sd = new Float64Array(m);
  const constant: boolean[] = [];
  const t = new Float64Array(n);
  for (let k = 0; k < m; k++) {
    const log = variables[k]!.transform === 'log';
    let count = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = raw[i * m + k]!;
      const v = log ? (x > 0 ? Math.log(x) : NaN) : x;
      t[i] = Number.isFinite(v) ? v : NaN;
      if (Number.isFinite(v)) {
        count++;
        sum += v;
      }
    }
    const mu = count > 0 ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(t[i]!)) ss += (t[i]! - mu) * (t[i]! - mu);
    const s = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
    mean[k] = mu;
    sd[k] = s;
    constant.push(!(s > 0));
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(t[i]!)) {
        imputed[i * m + k] = 1;
        z[i * m + k] = 0;
      } else {
        z[i * m + k] = s > 0 ? (t[i]! - mu) / s : 0;
      }
    }
  }
  return { ok: true, model: { codes, variables, raw, z, imputed, mean, sd, constant, index } };
}

export interface NeighbourQueryOptions {
  /** How many neighbours (default 15); more than there are other units returns them all. */
  k?: number;
  /** Weights by variable key, overriding the model's defaults (re-weighting needs no rebuild). */
  weights?: Readonly<Record<string, number>>;
}

export interface VariableContribution {
  variable: string;
  weight: number;
  /** Raw (untransformed) values; null when missing. */
  rawUnit: number | null;
  rawNeighbour: number | null;
  zUnit: number;
  zNeighbour: number;
  imputedUnit: boolean;
  imputedNeighbour: boolean;
  /** wₖ (z_ak − z_bk)²: this variable's part of d². */
  contribution: number;
  /** contribution / d² (0–1); null when d = 0. */
  share: number | null;
}

export interface Neighbour {
  code: string;
  /** 1 = nearest. */
  rank: number;
  /** √Σ wₖ (z_ak − z_bk)², in SD units. */
  distance: number;
  /** distance / the unit's largest distance to any unit of the universe (farthest = 1); 0 when that is 0. */
  relativeDistance: number;
  contributions: VariableContribution[];
}

export interface NeighbourList {
  code: string;
  /** Effective weights by variable key. */
  weights: Record<string, number>;
  /** Variables imputed (set to the mean) for this unit. */
  imputedVariables: string[];
  /** The unit's largest distance to any unit of the universe (the rebasing denominator). */
  farthestDistance: number;
  neighbours: Neighbour[];
}

function effectiveWeights(
  model: NeighbourModel,
  overrides: Readonly<Record<string, number>> | undefined,
): Float64Array | NeighbourError {
  const w = new Float64Array(model.variables.length);
  model.variables.forEach((v, k) => {
    w[k] = v.weight ?? 1;
  });
  if (overrides !== undefined) {
    for (const [key, value] of Object.entries(overrides)) {
      const k = model.variables.findIndex((v) => v.key === key);
      if (k < 0) return { code: 'UNKNOWN_VARIABLE', message: `no variable "${key}" in the model` };
      if (!validWeight(value)) return { code: 'BAD_WEIGHT', message: `weight of "${key}" must be a finite number ≥ 0` };
      w[k] = value;
    }
  }
  return w;
}

function squaredDistance(model: NeighbourModel, a: number, b: number, w: Float64Array): number {
  const m = w.length;
  const z = model.z;
  let d2 = 0;
  for (let k = 0; k < m; k++) {
    const diff = z[a * m + k]! - z[b * m + k]!;
    d2 += w[k]! * diff * diff;
  }
  return d2;
}

/**
 * The weighted Euclidean distance √Σ wₖ (z_ak − z_bk)² between two units of the model (symmetric;
 * 0 for a unit and itself). Weights as in {@link findNearestNeighbours}. Errors as values.
 */
export function neighbourDistance(
  model: NeighbourModel,
  codeA: string,
  codeB: string,
  weights?: Readonly<Record<string, number>>,
): { ok: true; distance: number } | { ok: false; error: NeighbourError } {
  const a = model.index.get(codeA);
  const b = model.index.get(codeB);
  if (a === undefined || b === undefined)
    return error('UNKNOWN_UNIT', `no unit "${a === undefined ? codeA : codeB}" in the model`);
  const w = effectiveWeights(model, weights);
  if (!(w instanceof Float64Array)) return { ok: false, error: w };
  return { ok: true, distance: Math.sqrt(squaredDistance(model, a, b, w)) };
}

/**
 * The k nearest neighbours of `code` (default 15; all other units when k exceeds them), nearest
 * first, ties broken by code (plain string order), the unit itself excluded. Each neighbour comes
 * with its distance, relative distance (farthest unit of the universe = 1) and, per variable, the
 * raw values of both units, their z-scores, imputation flags, the contribution wₖ (z_ak − z_bk)²
 * and its share of d² — the "why". Weights may be overridden per call. Errors as values: unknown
 * unit or variable, bad weight, k not a positive integer. O(n·m + n log n).
 */
export function findNearestNeighbours(
  model: NeighbourModel,
  code: string,
  options: NeighbourQueryOptions = {},
): { ok: true; list: NeighbourList } | { ok: false; error: NeighbourError } {
  const k = options.k ?? 15;
  if (!Number.isInteger(k) || k < 1) return error('BAD_K', 'k must be a positive integer');
  const a = model.index.get(code);
  if (a === undefined) return error('UNKNOWN_UNIT', `no unit "${code}" in the model`);
  const w = effectiveWeights(model, options.weights);
  if (!(w instanceof Float64Array)) return { ok: false, error: w };
  const n = model.codes.length;
  const m = model.variables.length;
  const d2 = new Float64Array(n);
  let farthest2 = 0;
  const others: number[] = [];
  for (let b = 0; b < n; b++) {
    if (b === a) continue;
    d2[b] = squaredDistance(model, a, b, w);
    if (d2[b]! > farthest2) farthest2 = d2[b]!;
    others.push(b);
  }
  const codes = model.codes;
  others.sort((x, y) => d2[x]! - d2[y]! || (codes[x]! < codes[y]! ? -1 : codes[x]! > codes[y]! ? 1 : 0));
  const farthest = Math.sqrt(farthest2);
  const value = (i: number) => (Number.isNaN(model.raw[i]!) ? null : model.raw[i]!);
  const neighbours = others.slice(0, k).map((b, r): Neighbour => {
    const distance = Math.sqrt(d2[b]!);
    const contributions = model.variables.map((v, j): VariableContribution => {
      const diff = model.z[a * m + j]! - model.z[b * m + j]!;
      const contribution = w[j]! * diff * diff;
      return {
        variable: v.key,
        weight: w[j]!,
        rawUnit: value(a * m + j),
        rawNeighbour: value(b * m + j),
        zUnit: model.z[a * m + j]!,
        zNeighbour: model.z[b * m + j]!,
        imputedUnit: model.imputed[a * m + j] === 1,
        imputedNeighbour: model.imputed[b * m + j] === 1,
        contribution,
        share: d2[b] === 0 ? null : contribution / d2[b]!,
      };
    });
    return {
      code: codes[b]!,
      rank: r + 1,
      distance,
      relativeDistance: farthest === 0 ? 0 : distance / farthest,
      contributions,
    };
  });
  const weights: Record<string, number> = {};
  model.variables.forEach((v, j) => {
    weights[v.key] = w[j]!;
  });
  return {
    ok: true,
    list: {
      code,
      weights,
      imputedVariables: model.variables.filter((_, j) => model.imputed[a * m + j] === 1).map((v) => v.key),
      farthestDistance: farthest,
      neighbours,
    },
  };
}

/**
 * Just the codes of the k nearest neighbours — the shape of `PeerLookups.nearestNeighbours` in
 * peer-spec; null when the unit is not in the model or the query is invalid.
 */
export function nearestNeighbourCodes(
  model: NeighbourModel,
  code: string,
  k: number,
  weights?: Readonly<Record<string, number>>,
): string[] | null {
  const result = findNearestNeighbours(model, code, { k, ...(weights ? { weights } : {}) });
  return result.ok ? result.list.neighbours.map((nb) => nb.code) : null;
}
