/**
 * Data Envelopment Analysis (METHODS.md §4.6): radial CCR (constant returns to scale) and BCC
 * (variable returns to scale) models, input or output oriented, with a second, slack-maximising
 * phase, peers, targets and Andersen–Petersen super-efficiency.
 *
 * The models are built here as plain linear programmes (`LinearProgram`) and handed to whatever
 * `LpSolver` the caller passes — `createHighsSolver()` in the product, a recording or failing
 * stub in tests. Nothing here knows which solver runs.
 *
 * Notation: n units (DMUs) j, m inputs x_ij > 0, s outputs y_rj > 0, unit under evaluation o.
 *
 * Phase 1, input orientation (score θ ≤ 1, "by how much could all inputs shrink"):
 *   min θ  s.t.  Σ_j λ_j x_ij ≤ θ x_io (∀i),  Σ_j λ_j y_rj ≥ y_ro (∀r),  λ ≥ 0  [BCC: Σ_j λ_j = 1]
 * Phase 1, output orientation (score φ ≥ 1, "by how much could all outputs grow"):
 *   max φ  s.t.  Σ_j λ_j x_ij ≤ x_io,  Σ_j λ_j y_rj ≥ φ y_ro,  λ ≥ 0  [BCC: Σ_j λ_j = 1]
 * Phase 2, with θ* (φ*) fixed: max Σ_i s⁻_i/x̄_i + Σ_r s⁺_r/ȳ_r  s.t.
 *   Σ_j λ_j x_ij + s⁻_i = θ* x_io (output: = x_io),  Σ_j λ_j y_rj − s⁺_r = y_ro (output: = φ* y_ro),
 *   λ, s⁻, s⁺ ≥ 0  [BCC: Σ λ = 1]
 * Targets (the Pareto-efficient projection): input orientation θ* x_o − s⁻ and y_o + s⁺; output
 * orientation x_o − s⁻ and φ* y_o + s⁺. They equal Σ_j λ_j x_j and Σ_j λ_j y_j of phase 2.
 *
 * Scores follow R's deaR (`model_basic`) and Benchmarking (`dea`, Farrell measure): θ for input
 * orientation, φ for output orientation; under CCR θ = 1/φ, under BCC in general not.
 */
import { type LinearProgram, type LpResult, type LpSolver } from './dea-solver';

export type DeaModel = 'ccr' | 'bcc';
export type DeaOrientation = 'input' | 'output';

/** Units in rows: `inputs[j][i]` is input i of unit `ids[j]`. Names are only used in messages. */
export interface DeaInput {
  readonly ids: readonly string[];
  readonly inputs: readonly (readonly number[])[];
  readonly outputs: readonly (readonly number[])[];
  readonly inputNames?: readonly string[];
  readonly outputNames?: readonly string[];
}

export interface DeaOptions {
  model: DeaModel;
  orientation: DeaOrientation;
  /** Also compute Andersen–Petersen super-efficiency (one more LP per efficient unit). */
  superEfficiency?: boolean;
  /**
   * Units per block of the frontier screening (default `DEA_SCREENING_BLOCK`); `Infinity` turns
   * the screening off. Only speed depends on it — the tests compare the two.
   */
  screeningBlock?: number;
}

export interface DeaPeer {
  id: string;
  lambda: number;
}

export interface DeaUnitResult {
  id: string;
  /** θ ≤ 1 (input orientation) or φ ≥ 1 (output orientation); 1 = on the frontier. */
  score: number;
  /** Units with λ_j > `DEA_LAMBDA_EPSILON` in the phase-2 solution, in input order. */
  peers: DeaPeer[];
  /** The projected, Pareto-efficient point, in the units of the data. */
  targets: { inputs: number[]; outputs: number[] };
  /** Input excess s⁻ and output shortfall s⁺ left after the radial move, in the units of the data. */
  slacks: { inputs: number[]; outputs: number[] };
  /** Pareto–Koopmans efficient: score within `DEA_EFFICIENCY_TOLERANCE` of 1 and no slack. */
  efficient: boolean;
  /**
   * Only with `superEfficiency: true`. Input orientation ≥ 1 and output orientation ≤ 1 for
   * efficient units (further from 1 = more robustly efficient); equal to `score` for inefficient
   * units. Null when the LP without the unit has no solution (possible under BCC).
   */
  superEfficiency?: number | null;
  /** Why `superEfficiency` is null. */
  superEfficiencyReason?: string;
}

export type DeaProblemCode =
  | 'NO_INPUTS'
  | 'NO_OUTPUTS'
  | 'SHAPE'
  | 'EMPTY_ID'
  | 'DUPLICATE_ID'
  | 'MISSING_VALUE'
  | 'NON_POSITIVE_VALUE'
  | 'TOO_FEW_UNITS';

export interface DeaInputProblem {
  code: DeaProblemCode;
  unitId?: string;
  column?: string;
  reason: string;
}

export type DeaValidation =
  { ok: true; warnings: string[] } | { ok: false; reason: string; problems: DeaInputProblem[] };

export type DeaRunResult =
  | { ok: true; model: DeaModel; orientation: DeaOrientation; units: DeaUnitResult[]; warnings: string[] }
  | { ok: false; reason: string; problems?: DeaInputProblem[] };

/** λ_j above this makes unit j a peer; smaller values are solver noise (λ does not depend on the data's units). */
export const DEA_LAMBDA_EPSILON = 1e-9;

/**
 * |score − 1| ≤ this counts as radially efficient (for `efficient`, for the phase-2 reference set
 * and for skipping the super-efficiency LP of inefficient units). It is ten times the HiGHS
 * feasibility tolerance (1e-7; actual errors are nearer 1e-13), so a unit on the frontier is never
 * mistaken for an inefficient one. Scores themselves are never rounded.
 */
export const DEA_EFFICIENCY_TOLERANCE = 1e-6;

/** A slack below this, measured in multiples of its column's mean, counts as zero for `efficient`. */
export const DEA_SLACK_TOLERANCE = 1e-6;

/**
 * Phase 2 holds the score fixed. If the solver then finds no solution (the score from phase 1 is
 * off in its last digits and the fixed face of the frontier comes out empty), phase 2 is solved
 * once more with the score allowed to be worse by this relative amount. Slacks this creates are
 * of the same order, far below `DEA_SLACK_TOLERANCE`.
 */
export const DEA_PHASE2_SCORE_BAND = 1e-7;

/** Above this max/min ratio within one column a warning is given: LP accuracy starts to suffer. */
const MAX_COLUMN_RANGE = 1e9;

/**
 * Checks DEA data before any LP is built and lists every problem, each naming the unit and the
 * column where there is one.
 *
 * Errors: no input or no output column; rows of the wrong length; an empty or duplicate id; a
 * missing value (undefined, null, NaN, ±Infinity); a value ≤ 0 (radial DEA needs strictly positive
 * data — replace zeros deliberately, e.g. by a small positive number, or drop the unit); fewer
 * units than inputs + outputs (with so few units almost every unit is efficient and the scores
 * say nothing).
 *
 * Warnings (`ok: true`): fewer units than the rule of thumb n ≥ max(m·s, 3(m+s)) (Cooper, Seiford
 * & Tone), and a column whose values span more than 9 orders of magnitude.
 */
export function validateDeaInput(input: DeaInput): DeaValidation {
  const problems: DeaInputProblem[] = [];
  const n = input.ids.length;
  const m = input.inputNames?.length ?? input.inputs[0]?.length ?? 0;
  const s = input.outputNames?.length ?? input.outputs[0]?.length ?? 0;
  const inputName = (i: number) => columnLabel('input', i, input.inputNames);
  const outputName = (r: number) => columnLabel('output', r, input.outputNames);

  if (m === 0) problems.push({ code: 'NO_INPUTS', reason: 'DEA needs at least one input' });
  if (s === 0) problems.push({ code: 'NO_OUTPUTS', reason: 'DEA needs at least one output' });
  if (input.inputs.length !== n || input.outputs.length !== n) {
    problems.push({
      code: 'SHAPE',
      reason: `there are ${n} ids but ${input.inputs.length} rows of inputs and ${input.outputs.length} rows of outputs`,
    });
  }

  const firstSeen = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const id = input.ids[j]!;
    if (typeof id !== 'string' || id.trim() === '')
      problems.push({ code: 'EMPTY_ID', reason: `unit ${j + 1} has an empty id` });
    else if (firstSeen.has(id))
      problems.push({
        code: 'DUPLICATE_ID',
        unitId: id,
        reason: `duplicate id "${id}" (units ${firstSeen.get(id)! + 1} and ${j + 1})`,
      });
    else firstSeen.set(id, j);
    const label = typeof id === 'string' && id !== '' ? `"${id}"` : `${j + 1}`;
    for (const [kind, rows, width, name] of [
      ['input', input.inputs, m, inputName],
      ['output', input.outputs, s, outputName],
    ] as const) {
      const row = rows[j];
      if (row === undefined) continue; // already reported as SHAPE
      if (row.length !== width) {
        problems.push({
          code: 'SHAPE',
          unitId: id,
          reason: `unit ${label} has ${row.length} ${kind} values, expected ${width}`,
        });
        continue;
      }
      for (let c = 0; c < width; c++) {
        const value = row[c];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          problems.push({
            code: 'MISSING_VALUE',
            unitId: id,
            column: name(c),
            reason: `unit ${label}: ${kind} "${name(c)}" is missing or not a finite number`,
          });
        } else if (value <= 0) {
          problems.push({
            code: 'NON_POSITIVE_VALUE',
            unitId: id,
            column: name(c),
            reason: `unit ${label}: ${kind} "${name(c)}" is ${value}; DEA needs values greater than 0`,
          });
        }
      }
    }
  }

  if (m > 0 && s > 0 && n < m + s) {
    problems.push({
      code: 'TOO_FEW_UNITS',
      reason: `${n} units for ${m} inputs and ${s} outputs: DEA needs at least inputs + outputs = ${m + s} units, because with so few units almost every unit comes out efficient`,
    });
  }
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    return { ok: false, reason: problems[0]!.reason + more, problems };
  }

  const warnings: string[] = [];
  const thumb = Math.max(m * s, 3 * (m + s));
  if (n < thumb) {
    warnings.push(
      `${n} units for ${m} inputs and ${s} outputs is below the rule of thumb n ≥ max(m·s, 3(m+s)) = ${thumb}: many units will appear efficient only for lack of comparators`,
    );
  }
  for (const [kind, rows, width, name] of [
    ['input', input.inputs, m, inputName],
    ['output', input.outputs, s, outputName],
  ] as const) {
    for (let c = 0; c < width; c++) {
      let min = Infinity;
      let max = 0;
      for (const row of rows) {
        min = Math.min(min, row[c]!);
        max = Math.max(max, row[c]!);
      }
      if (max / min > MAX_COLUMN_RANGE)
        warnings.push(
          `${kind} "${name(c)}" ranges from ${min} to ${max} (more than 9 orders of magnitude); check its unit — LP accuracy suffers`,
        );
    }
  }
  return { ok: true, warnings };
}

/**
 * Runs DEA for every unit and returns one result per unit, in input order.
 *
 * `model`: 'ccr' (constant returns to scale) or 'bcc' (variable returns to scale, adds Σλ = 1).
 * `orientation`: 'input' → score θ ≤ 1; 'output' → score φ ≥ 1 (1/φ is the Farrell output
 * efficiency). See the file header for the programmes.
 *
 * Numerics: every column is divided by its mean before the LPs are built (the scores, λ and the
 * efficient/inefficient split do not change under such scaling; slacks and targets are scaled
 * back), so the LP sees numbers around 1 whatever the units of the data. The phase-2 objective
 * is the sum of slacks on that scale, i.e. Σ s⁻_i/x̄_i + Σ s⁺_r/ȳ_r in the data's units: changing
 * the unit of a column (złoty → thousand złoty) changes nothing. (deaR and Benchmarking maximise
 * the plain sum of slacks; when the phase-2 optimum is not unique, individual slacks and peers
 * may then differ from theirs — scores never do.) Slacks below 0 by solver noise are reported as 0.
 *
 * Reference sets (exact, they only save time): phase 1 leaves out units dominated by another
 * unit (it needs no more of any input and makes no less of any output — under CCR after scaling
 * the other unit up or down), because they add nothing to the frontier; phase 2 uses only the
 * units with score 1 (within `DEA_EFFICIENCY_TOLERANCE`), because a slack-maximal projection
 * never rests on an inefficient unit. Peers therefore are always frontier units.
 *
 * Super-efficiency (Andersen & Petersen 1993): the phase-1 LP with the evaluated unit taken out
 * of the (full) reference set. Only computed for radially efficient units; for an inefficient unit
 * it provably equals its score. Under BCC the LP can be infeasible (input orientation: no convex
 * combination of the other units makes as much of every output; output orientation: none uses as
 * little of every input) → null with a reason.
 *
 * Bad input gives `{ ok: false, reason, problems }` (see `validateDeaInput`); a solver failure in
 * phase 1 gives `{ ok: false, reason }` naming the unit. If the phase-2 LP of a unit fails, it is
 * solved again with the score allowed `DEA_PHASE2_SCORE_BAND` of slack; if that fails too, the unit
 * keeps the phase-1 slacks (its targets may then not be Pareto-efficient) and a warning says so.
 *
 * LPs are solved phase by phase (all phase-1 LPs, then all phase-2 LPs, then super-efficiency), so
 * consecutive LPs share their structure and a warm-starting solver such as `createHighsSolver()`
 * can reuse its basis.
 */
export function runDea(input: DeaInput, options: DeaOptions, solver: LpSolver): DeaRunResult {
  if (options.model !== 'ccr' && options.model !== 'bcc')
    return { ok: false, reason: `unknown DEA model "${String(options.model)}" (use "ccr" or "bcc")` };
  if (options.orientation !== 'input' && options.orientation !== 'output') {
    return { ok: false, reason: `unknown orientation "${String(options.orientation)}" (use "input" or "output")` };
  }
  const validation = validateDeaInput(input);
  if (!validation.ok) return validation;
  const warnings = [...validation.warnings];
  const data = prepare(input, options);
  const { n, m, s } = data;
  const ids = input.ids;

  // Phase 1: the radial score of every unit, against the frontier candidates.
  const screened = frontierCandidates(
    data,
    undominatedUnits(data),
    solver,
    options.screeningBlock ?? DEA_SCREENING_BLOCK,
  );
  if (!screened.ok) return { ok: false, reason: `unit "${ids[screened.unit]}": the efficiency LP ${screened.detail}` };
  const candidates = lambdaBlock(data, screened.candidates);
  const scores = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    const result = solver.solve(radialLp(data, candidates, o));
    if (result.status !== 'optimal')
      return { ok: false, reason: `unit "${ids[o]}": the efficiency LP ${describe(result)}` };
    scores[o] = result.values[candidates.members.length]!;
  }

  // Phase 2: maximal slacks with the score fixed → peers, slacks, Pareto-efficient targets.
  const frontier = lambdaBlock(
    data,
    range(n).filter((j) => Math.abs(scores[j]! - 1) <= DEA_EFFICIENCY_TOLERANCE),
  );
  const k = frontier.members.length;
  const units: DeaUnitResult[] = [];
  for (let o = 0; o < n; o++) {
    const score = scores[o]!;
    let result = solver.solve(slackLp(data, frontier, o, score, false));
    // Holding the score exactly leaves the LP only a face of the frontier; a last-digit error in
    // phase 1 can make that face empty for the solver. Then allow the score its own error band.
    if (result.status !== 'optimal') result = solver.solve(slackLp(data, frontier, o, score, true));
    if (result.status === 'optimal') {
      const values = result.values;
      const slackIn = range(m).map((i) => Math.max(0, values[k + i]!));
      const slackOut = range(s).map((r) => Math.max(0, values[k + m + r]!));
      units.push(unitResult(data, o, score, values[k + m + s]!, spread(frontier, values, n), slackIn, slackOut));
      continue;
    }
    const radial = solver.solve(radialLp(data, candidates, o));
    if (radial.status !== 'optimal')
      return { ok: false, reason: `unit "${ids[o]}": the efficiency LP ${describe(radial)} on the second attempt` };
    warnings.push(
      `unit "${ids[o]}": the slack LP ${describe(result)}; its slacks are what the first phase left, so its targets may not be Pareto-efficient`,
    );
    const lambda = spread(candidates, radial.values, n);
    const { slackIn, slackOut } = residualSlacks(data, o, score, lambda);
    units.push(unitResult(data, o, score, score, lambda, slackIn, slackOut));
  }

  if (options.superEfficiency) {
    const everyone = lambdaBlock(data, range(n));
    for (let o = 0; o < n; o++) {
      const unit = units[o]!;
      if (Math.abs(unit.score - 1) > DEA_EFFICIENCY_TOLERANCE) {
        unit.superEfficiency = unit.score;
        continue;
      }
      const result = solver.solve(radialLp(data, everyone, o, o));
      if (result.status === 'optimal') unit.superEfficiency = result.values[n]!;
      else {
        unit.superEfficiency = null;
        unit.superEfficiencyReason =
          result.status === 'infeasible' || result.status === 'infeasible-or-unbounded'
            ? options.orientation === 'input'
              ? 'infeasible: without this unit no convex combination of the others produces at least its outputs (BCC)'
              : 'infeasible: without this unit no convex combination of the others uses at most its inputs (BCC)'
            : `the super-efficiency LP ${describe(result)}`;
      }
    }
  }
  return { ok: true, model: options.model, orientation: options.orientation, units, warnings };
}

/**
 * Scale efficiency SE = TE_CCR / TE_BCC ∈ (0, 1] (METHODS §4.6), where TE is the Farrell
 * efficiency ≤ 1: for input orientation SE = θ_CCR / θ_BCC, for output orientation (scores
 * φ ≥ 1) SE = φ_BCC / φ_CCR. SE = 1: the unit operates at its most productive scale. Pass the two
 * scores of the same unit from CCR and BCC runs with the same orientation. Null when a score is
 * not a positive finite number. Not rounded: solver noise may give 1 + 1e-12.
 */
export function scaleEfficiency(
  ccrScore: number,
  bccScore: number,
  orientation: DeaOrientation = 'input',
): number | null {
  if (!Number.isFinite(ccrScore) || !Number.isFinite(bccScore) || ccrScore <= 0 || bccScore <= 0) return null;
  return orientation === 'input' ? ccrScore / bccScore : bccScore / ccrScore;
}

// ── LP construction ────────────────────────────────────────────────────────────────────────────

/** Data scaled to column means of 1, column-major. */
interface Prepared {
  n: number;
  m: number;
  s: number;
  bcc: boolean;
  input: boolean;
  raw: DeaInput;
  /** x̃[i][j] = x_ij / x̄_i and ỹ[r][j] = y_rj / ȳ_r. */
  x: Float64Array[];
  y: Float64Array[];
  inputMean: Float64Array;
  outputMean: Float64Array;
  /** Rows: inputs 0..m−1, outputs m..m+s−1, [convexity m+s]. */
  numRows: number;
  rowNames: string[];
}

/** The λ columns of a reference set: unit `members[c]` is column c, stored as CSC. */
interface LambdaBlock {
  members: number[];
  start: Int32Array;
  row: Int32Array;
  value: Float64Array;
  names: string[];
}

interface ExtraColumn {
  name: string;
  cost: number;
  lower: number;
  upper: number;
  rows: number[];
  values: number[];
}

const range = (length: number, offset = 0) => Array.from({ length }, (_, k) => k + offset);

function prepare(input: DeaInput, options: DeaOptions): Prepared {
  const n = input.ids.length;
  const m = input.inputs[0]!.length;
  const s = input.outputs[0]!.length;
  const bcc = options.model === 'bcc';
  const scale = (rows: readonly (readonly number[])[], width: number) => {
    const mean = new Float64Array(width);
    const columns: Float64Array[] = [];
    for (let c = 0; c < width; c++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += rows[j]![c]!;
      mean[c] = sum / n;
      columns.push(Float64Array.from(rows, (row) => row[c]! / mean[c]!));
    }
    return { mean, columns };
  };
  const xs = scale(input.inputs, m);
  const ys = scale(input.outputs, s);
  return {
    n,
    m,
    s,
    bcc,
    input: options.orientation === 'input',
    raw: input,
    x: xs.columns,
    y: ys.columns,
    inputMean: xs.mean,
    outputMean: ys.mean,
    numRows: m + s + (bcc ? 1 : 0),
    rowNames: [
      ...range(m).map((i) => `input_${i}`),
      ...range(s).map((r) => `output_${r}`),
      ...(bcc ? ['convexity'] : []),
    ],
  };
}

function lambdaBlock(d: Prepared, members: number[]): LambdaBlock {
  const start = new Int32Array(members.length + 1);
  const row = new Int32Array(members.length * d.numRows);
  const value = new Float64Array(members.length * d.numRows);
  let k = 0;
  members.forEach((j, c) => {
    const entries = [...d.x.map((column) => column[j]!), ...d.y.map((column) => column[j]!), ...(d.bcc ? [1] : [])];
    entries.forEach((v, r) => {
      row[k] = r;
      value[k++] = v;
    });
    start[c + 1] = k;
  });
  return { members, start, row, value, names: members.map((j) => `lambda_${j}`) };
}

/** Units per block in the hierarchical frontier screening (see `frontierCandidates`). */
export const DEA_SCREENING_BLOCK = 400;

/**
 * The units that can span the frontier, found hierarchically (Barr & Durchholz 1997): the
 * candidates are cut into blocks, every unit is scored against its own block only, and a unit
 * that comes out inefficient there (score off 1 by more than `DEA_EFFICIENCY_TOLERANCE`) is
 * inefficient against everyone — a smaller reference set can only raise θ (lower φ) — so it
 * leaves. The survivors are merged into blocks again until they fit in one; the units efficient
 * within that last block are the result. It holds every strongly efficient unit (one is
 * efficient in every subset that contains it), and a slack-maximal projection rests only on
 * those (Cooper, Seiford & Tone 2007, thm 3.3), so scoring every unit against the result gives the
 * scores of the full LP — with far fewer columns per LP. When a round removes less than a fifth of
 * the pool the blocks double, so the loop always ends. Measured on 2,500 synthetic units × 3 × 3
 * (CPU time, one core): CCR 3.9 → 3.3 s, BCC 5.3 → 3.9 s; most of what remains is HiGHS itself.
 */
function frontierCandidates(
  d: Prepared,
  units: number[],
  solver: LpSolver,
  block: number,
): { ok: true; candidates: number[] } | { ok: false; unit: number; detail: string } {
  // Within one block the screening would only repeat phase 1 against the same units.
  if (units.length <= block) return { ok: true, candidates: units };
  let pool = units;
  let size = block;
  for (;;) {
    const last = pool.length <= size;
    const blocks = last
      ? [pool]
      : range(Math.ceil(pool.length / size)).map((b) => pool.slice(b * size, (b + 1) * size));
    const kept: number[] = [];
    for (const members of blocks) {
      const block = lambdaBlock(d, members);
      for (const o of members) {
        const result = solver.solve(radialLp(d, block, o));
        if (result.status !== 'optimal') return { ok: false, unit: o, detail: describe(result) };
        if (Math.abs(result.values[members.length]! - 1) <= DEA_EFFICIENCY_TOLERANCE) kept.push(o);
      }
    }
    if (last) return { ok: true, candidates: kept };
    if (kept.length > 0.8 * pool.length) size *= 2;
    pool = kept;
  }
}

/**
 * Units that no other unit dominates; only they can span the frontier, so phase 1 needs no others.
 *
 * BCC: j is dominated by k when k needs no more of any input and makes no less of any output, and
 * is better somewhere — or is identical and comes first (one of two twins stays). Exact
 * comparisons of the data, no arithmetic.
 * CCR: j is dominated by k when some multiple t·k is strictly better in every output and no worse
 * in any input: max_r y_rj/y_rk < min_i x_ij/x_ik. The test keeps a relative margin of
 * `DOMINANCE_MARGIN` so that rounding in the ratios can never make two proportional units
 * dominate each other (both stay, which is harmless).
 * Leaving dominated units out never changes a score: they lie inside the technology their
 * dominators span. O(n²(m+s)).
 */
function undominatedUnits(d: Prepared): number[] {
  const { n, m, s } = d;
  const x = d.raw.inputs;
  const y = d.raw.outputs;
  const kept: number[] = [];
  for (let j = 0; j < n; j++) {
    const xj = x[j]!;
    const yj = y[j]!;
    let dominated = false;
    for (let k = 0; k < n && !dominated; k++) {
      if (k === j) continue;
      const xk = x[k]!;
      const yk = y[k]!;
      if (d.bcc) {
        let weakly = true;
        let strictly = false;
        for (let i = 0; i < m && weakly; i++) {
          if (xk[i]! > xj[i]!) weakly = false;
          else if (xk[i]! < xj[i]!) strictly = true;
        }
        for (let r = 0; r < s && weakly; r++) {
          if (yk[r]! < yj[r]!) weakly = false;
          else if (yk[r]! > yj[r]!) strictly = true;
        }
        dominated = weakly && (strictly || k < j);
      } else {
        let shrink = Infinity; // the largest t with t·x_k ≤ x_j
        let grow = 0; // the smallest t with t·y_k ≥ y_j
        for (let i = 0; i < m; i++) shrink = Math.min(shrink, xj[i]! / xk[i]!);
        for (let r = 0; r < s; r++) grow = Math.max(grow, yj[r]! / yk[r]!);
        dominated = grow < shrink * (1 - DOMINANCE_MARGIN);
      }
    }
    if (!dominated) kept.push(j);
  }
  return kept;
}

/** Relative margin of the CCR dominance test (ratios carry rounding errors of about 1e-16). */
const DOMINANCE_MARGIN = 1e-12;

/** An LP whose first columns are the λ of `block`, followed by `extra` columns. */
function withLambdaColumns(d: Prepared, block: LambdaBlock, extra: ExtraColumn[], sense: LinearProgram['sense']) {
  const first = block.members.length;
  const numCols = first + extra.length;
  const extraNnz = extra.reduce((sum, c) => sum + c.rows.length, 0);
  const colStart = new Int32Array(numCols + 1);
  colStart.set(block.start);
  const rowIndex = new Int32Array(block.row.length + extraNnz);
  const value = new Float64Array(block.value.length + extraNnz);
  rowIndex.set(block.row);
  value.set(block.value);
  const cost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(Infinity);
  let k = block.row.length;
  extra.forEach((column, c) => {
    const j = first + c;
    cost[j] = column.cost;
    colLower[j] = column.lower;
    colUpper[j] = column.upper;
    column.rows.forEach((row, e) => {
      rowIndex[k] = row;
      value[k++] = column.values[e]!;
    });
    colStart[j + 1] = k;
  });
  const rowLower = new Float64Array(d.numRows);
  const rowUpper = new Float64Array(d.numRows);
  if (d.bcc) rowLower[d.m + d.s] = rowUpper[d.m + d.s] = 1;
  return {
    sense,
    numRows: d.numRows,
    numCols,
    cost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    colStart,
    rowIndex,
    value,
    colNames: [...block.names, ...extra.map((c) => c.name)],
    rowNames: d.rowNames,
  };
}

/**
 * Phase 1 for unit o against the units of `block` (see the file header); `exclude` is a unit
 * whose λ is fixed at 0 (super-efficiency). Columns: λ, then θ (or φ).
 */
function radialLp(d: Prepared, block: LambdaBlock, o: number, exclude?: number): LinearProgram {
  const { m, s } = d;
  const radial: ExtraColumn = d.input
    ? {
        name: 'theta',
        cost: 1,
        lower: -Infinity,
        upper: Infinity,
        rows: range(m),
        values: range(m).map((i) => -d.x[i]![o]!),
      }
    : {
        name: 'phi',
        cost: 1,
        lower: -Infinity,
        upper: Infinity,
        rows: range(s, m),
        values: range(s).map((r) => -d.y[r]![o]!),
      };
  const lp = withLambdaColumns(d, block, [radial], d.input ? 'minimize' : 'maximize');
  for (let i = 0; i < m; i++) {
    lp.rowLower[i] = -Infinity;
    lp.rowUpper[i] = d.input ? 0 : d.x[i]![o]!;
  }
  for (let r = 0; r < s; r++) {
    lp.rowLower[m + r] = d.input ? d.y[r]![o]! : 0;
    lp.rowUpper[m + r] = Infinity;
  }
  if (exclude !== undefined) {
    const column = block.members.indexOf(exclude);
    if (column >= 0) lp.colUpper[column] = 0;
  }
  return lp;
}

/**
 * Phase 2 for unit o. Columns: λ of `block`, s⁻ (m), s⁺ (s), then θ or φ, fixed at `score` — or,
 * with `band`, allowed to be worse than `score` by `DEA_PHASE2_SCORE_BAND` (relative).
 */
function slackLp(d: Prepared, block: LambdaBlock, o: number, score: number, band: boolean): LinearProgram {
  const { m, s } = d;
  const radial: ExtraColumn = d.input
    ? {
        name: 'theta',
        cost: 0,
        lower: score,
        upper: band ? score * (1 + DEA_PHASE2_SCORE_BAND) : score,
        rows: range(m),
        values: range(m).map((i) => -d.x[i]![o]!),
      }
    : {
        name: 'phi',
        cost: 0,
        lower: band ? score * (1 - DEA_PHASE2_SCORE_BAND) : score,
        upper: score,
        rows: range(s, m),
        values: range(s).map((r) => -d.y[r]![o]!),
      };
  const lp = withLambdaColumns(
    d,
    block,
    [
      ...range(m).map((i) => ({ name: `slack_in_${i}`, cost: 1, lower: 0, upper: Infinity, rows: [i], values: [1] })),
      ...range(s).map((r) => ({
        name: `slack_out_${r}`,
        cost: 1,
        lower: 0,
        upper: Infinity,
        rows: [m + r],
        values: [-1],
      })),
      radial,
    ],
    'maximize',
  );
  // Input orientation: Σλx̃ + s⁻ − θx̃_o = 0, Σλỹ − s⁺ = ỹ_o. Output: Σλx̃ + s⁻ = x̃_o, Σλỹ − s⁺ − φỹ_o = 0.
  for (let i = 0; i < m; i++) lp.rowLower[i] = lp.rowUpper[i] = d.input ? 0 : d.x[i]![o]!;
  for (let r = 0; r < s; r++) lp.rowLower[m + r] = lp.rowUpper[m + r] = d.input ? d.y[r]![o]! : 0;
  return lp;
}

/** λ for all n units from the λ columns of `block` (zero for units outside it). */
function spread(block: LambdaBlock, values: Float64Array, n: number): Float64Array {
  const lambda = new Float64Array(n);
  block.members.forEach((j, c) => {
    lambda[j] = values[c]!;
  });
  return lambda;
}

/** Slacks implied by a phase-1 solution (fallback when phase 2 fails), on the scaled data. */
function residualSlacks(d: Prepared, o: number, score: number, lambda: Float64Array) {
  const combination = (columns: Float64Array[], c: number) =>
    columns[c]!.reduce((sum, v, j) => sum + lambda[j]! * v, 0);
  return {
    slackIn: range(d.m).map((i) => Math.max(0, (d.input ? score : 1) * d.x[i]![o]! - combination(d.x, i))),
    slackOut: range(d.s).map((r) => Math.max(0, combination(d.y, r) - (d.input ? 1 : score) * d.y[r]![o]!)),
  };
}

/**
 * One unit's result in the data's units; `radial` is the θ or φ of the phase-2 solution (equal to
 * `score` unless the band was needed), `slackIn`/`slackOut` are on the scaled data.
 */
function unitResult(
  d: Prepared,
  o: number,
  score: number,
  radial: number,
  lambda: Float64Array,
  slackIn: number[],
  slackOut: number[],
): DeaUnitResult {
  const ids = d.raw.ids;
  const peers: DeaPeer[] = [];
  lambda.forEach((value, j) => {
    if (value > DEA_LAMBDA_EPSILON) peers.push({ id: ids[j]!, lambda: value });
  });
  const radialIn = d.input ? radial : 1;
  const radialOut = d.input ? 1 : radial;
  const efficient =
    Math.abs(score - 1) <= DEA_EFFICIENCY_TOLERANCE && [...slackIn, ...slackOut].every((v) => v <= DEA_SLACK_TOLERANCE);
  const slacks = {
    inputs: slackIn.map((v, i) => v * d.inputMean[i]!),
    outputs: slackOut.map((v, r) => v * d.outputMean[r]!),
  };
  return {
    id: ids[o]!,
    score,
    peers,
    targets: {
      inputs: range(d.m).map((i) => radialIn * d.raw.inputs[o]![i]! - slacks.inputs[i]!),
      outputs: range(d.s).map((r) => radialOut * d.raw.outputs[o]![r]! + slacks.outputs[r]!),
    },
    slacks,
    efficient,
  };
}

function describe(result: Exclude<LpResult, { status: 'optimal' }>): string {
  return `is ${result.status} (${result.detail})`;
}

function columnLabel(kind: 'input' | 'output', index: number, names: readonly string[] | undefined): string {
  return names?.[index] ?? `${kind} ${index + 1}`;
}
