/**
 * The linear-programming seam of the DEA module: a solver-neutral LP description, the one
 * interface the DEA code calls (`LpSolver`), a CPLEX-LP-format writer (any LP solver reads it —
 * the tests feed the very same programmes to GLPK's `glpsol`), and the HiGHS adapter.
 *
 * HiGHS (https://highs.dev, MIT) runs as WebAssembly from the `highs` npm package: pure
 * computation, no I/O, so it may live in `domain/`. It is loaded lazily by `createHighsSolver()`
 * so that importing this file costs nothing until an LP is actually solved.
 */

/**
 * A linear programme `min/max cᵀx  s.t.  rowLower ≤ A x ≤ rowUpper,  colLower ≤ x ≤ colUpper`.
 *
 * `A` is stored by column (compressed sparse column, CSC): the coefficients of column `j` are
 * `value[k]` in rows `rowIndex[k]` for `k` from `colStart[j]` to `colStart[j + 1] − 1`.
 * `−Infinity` / `Infinity` mark a missing bound; a row or column whose two bounds are equal is an
 * equality / a fixed variable. Names are optional and used only when the LP is written as text.
 */
export interface LinearProgram {
  readonly sense: 'minimize' | 'maximize';
  readonly numRows: number;
  readonly numCols: number;
  /** Objective coefficient of every column (length `numCols`). */
  readonly cost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Length `numCols + 1`; starts at 0, non-decreasing, ends at the number of coefficients. */
  readonly colStart: Int32Array;
  readonly rowIndex: Int32Array;
  readonly value: Float64Array;
  readonly colNames?: readonly string[];
  readonly rowNames?: readonly string[];
}

/** Outcome of one solve. Only `optimal` carries a solution; nothing is ever thrown. */
export type LpResult =
  | { status: 'optimal'; objective: number; /** primal value of every column */ values: Float64Array }
  | { status: 'infeasible' | 'unbounded' | 'infeasible-or-unbounded' | 'failed'; detail: string };

/** What the DEA code needs from an LP solver: solve one programme, synchronously. */
export interface LpSolver {
  solve(lp: LinearProgram): LpResult;
}

/** An `LpSolver` that holds native memory until `dispose()` (calling it twice is harmless). */
export interface DisposableLpSolver extends LpSolver {
  dispose(): void;
}

/**
 * Primal and dual feasibility tolerance handed to HiGHS (its default, stated explicitly). The DEA
 * programmes are built on data normalised to column means of 1, so this bounds the error of a
 * score at about 1e-7, inside the 1e-6 at which the DEA code compares scores with 1; in practice
 * scores agree with GLPK to about 1e-13 (Charnes et al. 1981 data). Tighter settings (1e-9) were
 * tried: no more accurate there, and HiGHS then declared some barely feasible LPs infeasible.
 */
export const HIGHS_FEASIBILITY_TOLERANCE = 1e-7;

/** Above this many changed coefficients/bounds the adapter reloads the model instead of patching it. */
const MAX_INCREMENTAL_CHANGES = 2_000;

/**
 * Loads HiGHS (WebAssembly, single-threaded) and returns an `LpSolver` on top of it.
 *
 * Speed: DEA solves one programme per unit, and consecutive programmes differ in a handful of
 * numbers (the evaluated unit's column and right-hand side). The adapter therefore keeps the last
 * model inside HiGHS and, when the next LP has the same sparsity pattern, changes only the
 * coefficients and bounds that differ; HiGHS then restarts the simplex from the previous optimal
 * basis. This is invisible to the caller (every `solve` answers exactly the LP it is given) and
 * is what makes 2 500 units practical. Any other LP is loaded afresh.
 *
 * Options used: no presolve (the programmes are tiny and presolve would discard the warm basis),
 * no log output, feasibility tolerances `HIGHS_FEASIBILITY_TOLERANCE`.
 *
 * Errors inside HiGHS become `{ status: 'failed', detail }`; call `dispose()` when done to free
 * the WebAssembly memory of the cached model (at most one model is held).
 *
 * @example
 * const solver = await createHighsSolver();
 * try { const result = runDea(input, { model: 'ccr', orientation: 'input' }, solver); }
 * finally { solver.dispose(); }
 */
export async function createHighsSolver(): Promise<DisposableLpSolver> {
  const highs = await (await import('highs')).default();
  type Model = ReturnType<typeof highs.createModel>;
  const status = highs.constants.modelStatus;
  let model: Model | null = null;
  let loaded: LinearProgram | null = null;

  const toModelData = (lp: LinearProgram) => ({
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: lp.sense === 'minimize' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    colCost: lp.cost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csc' as const,
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.colStart,
      indices: lp.rowIndex,
      values: lp.value,
    },
  });

  const load = (lp: LinearProgram) => {
    if (model === null) {
      model = highs.createModel();
      model.options.set({
        output_flag: false,
        presolve: 'off',
        primal_feasibility_tolerance: HIGHS_FEASIBILITY_TOLERANCE,
        dual_feasibility_tolerance: HIGHS_FEASIBILITY_TOLERANCE,
      });
    }
    model.passModel(toModelData(lp));
  };

  /**
   * Patches the loaded model into `lp`; false when the structure differs or too much changed.
   * (`!==` is exact here: `checkLp` has ruled out NaN, and 0 and −0 are the same bound.)
   */
  const patch = (m: Model, old: LinearProgram, lp: LinearProgram): boolean => {
    if (
      old.numRows !== lp.numRows ||
      old.numCols !== lp.numCols ||
      !sameInts(old.colStart, lp.colStart) ||
      !sameInts(old.rowIndex, lp.rowIndex)
    )
      return false;
    const changes: (() => void)[] = [];
    for (let j = 0; j < lp.numCols && changes.length <= MAX_INCREMENTAL_CHANGES; j++) {
      for (let k = lp.colStart[j]!; k < lp.colStart[j + 1]!; k++) {
        if (old.value[k] !== lp.value[k]) {
          const row = lp.rowIndex[k]!;
          const v = lp.value[k]!;
          changes.push(() => m.changeCoefficient(row, j, v));
        }
      }
      if (old.cost[j] !== lp.cost[j]) changes.push(() => m.changeColCost(j, lp.cost[j]!));
      if (old.colLower[j] !== lp.colLower[j] || old.colUpper[j] !== lp.colUpper[j]) {
        changes.push(() => m.changeColBounds(j, lp.colLower[j]!, lp.colUpper[j]!));
      }
    }
    for (let i = 0; i < lp.numRows; i++) {
      if (old.rowLower[i] !== lp.rowLower[i] || old.rowUpper[i] !== lp.rowUpper[i]) {
        changes.push(() => m.changeRowBounds(i, lp.rowLower[i]!, lp.rowUpper[i]!));
      }
    }
    if (old.sense !== lp.sense) {
      changes.push(() =>
        m.changeObjectiveSense(
          lp.sense === 'minimize' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
        ),
      );
    }
    if (changes.length > MAX_INCREMENTAL_CHANGES) return false;
    for (const change of changes) change();
    return true;
  };

  const dispose = () => {
    model?.dispose();
    model = null;
    loaded = null;
  };

  return {
    solve(lp: LinearProgram): LpResult {
      const problem = checkLp(lp);
      if (problem !== null) return { status: 'failed', detail: problem };
      try {
        if (model === null || loaded === null || !patch(model, loaded, lp)) load(lp);
        loaded = snapshot(lp);
        const m = model!;
        m.run();
        const code = m.getModelStatus();
        if (code === status.optimal)
          return { status: 'optimal', objective: m.getObjectiveValue(), values: m.getSolution().colValue };
        if (code === status.infeasible) return { status: 'infeasible', detail: 'HiGHS proved the LP infeasible' };
        if (code === status.unbounded) return { status: 'unbounded', detail: 'HiGHS proved the LP unbounded' };
        if (code === status.unboundedOrInfeasible)
          return { status: 'infeasible-or-unbounded', detail: 'HiGHS found the LP infeasible or unbounded' };
        return { status: 'failed', detail: `HiGHS stopped with model status ${code}` };
      } catch (error) {
        dispose();
        return { status: 'failed', detail: `HiGHS error: ${(error as Error).message}` };
      }
    },
    dispose,
  };
}

/**
 * Writes `lp` in CPLEX LP format, the plain-text format read by HiGHS, GLPK (`glpsol --lp`),
 * CPLEX, Gurobi, SCIP and CBC. Numbers are written with full (round-trip) precision; columns
 * without names become `c0, c1, …`, rows `r0, r1, …`. A ranged row (two finite, different bounds)
 * is written as two rows `<name>_lo` (≥) and `<name>_hi` (≤); a row with no finite bound is left
 * out (it constrains nothing). Throws nothing; a structurally broken LP gives a broken file, so
 * check it first (`LpSolver` implementations do).
 */
export function toCplexLp(lp: LinearProgram): string {
  const colName = (j: number) => lp.colNames?.[j] ?? `c${j}`;
  const rowName = (i: number) => lp.rowNames?.[i] ?? `r${i}`;
  const rows: { col: number; value: number }[][] = Array.from({ length: lp.numRows }, () => []);
  for (let j = 0; j < lp.numCols; j++) {
    for (let k = lp.colStart[j]!; k < lp.colStart[j + 1]!; k++)
      rows[lp.rowIndex[k]!]!.push({ col: j, value: lp.value[k]! });
  }
  const expression = (terms: { col: number; value: number }[]) => {
    if (terms.length === 0) return '0 ' + colName(0);
    const parts = terms.map(({ col, value }, n) => {
      const magnitude = Math.abs(value) === 1 ? '' : `${num(Math.abs(value))} `;
      return `${value < 0 ? '- ' : n === 0 ? '' : '+ '}${magnitude}${colName(col)}`;
    });
    // CPLEX LP readers limit line length (GLPK: 255 characters), so wrap every few terms.
    const lines: string[] = [];
    for (let n = 0; n < parts.length; n += 6) lines.push(parts.slice(n, n + 6).join(' '));
    return lines.join('\n   ');
  };

  const out: string[] = [lp.sense === 'minimize' ? 'Minimize' : 'Maximize'];
  const objective: { col: number; value: number }[] = [];
  for (let j = 0; j < lp.numCols; j++) if (lp.cost[j] !== 0) objective.push({ col: j, value: lp.cost[j]! });
  out.push(` obj: ${expression(objective)}`, 'Subject To');
  for (let i = 0; i < lp.numRows; i++) {
    const lower = lp.rowLower[i]!;
    const upper = lp.rowUpper[i]!;
    const body = expression(rows[i]!);
    if (lower === upper) out.push(` ${rowName(i)}: ${body} = ${num(lower)}`);
    else if (Number.isFinite(lower) && Number.isFinite(upper)) {
      out.push(` ${rowName(i)}_lo: ${body} >= ${num(lower)}`, ` ${rowName(i)}_hi: ${body} <= ${num(upper)}`);
    } else if (Number.isFinite(lower)) out.push(` ${rowName(i)}: ${body} >= ${num(lower)}`);
    else if (Number.isFinite(upper)) out.push(` ${rowName(i)}: ${body} <= ${num(upper)}`);
  }
  out.push('Bounds');
  for (let j = 0; j < lp.numCols; j++) {
    const lower = lp.colLower[j]!;
    const upper = lp.colUpper[j]!;
    if (lower === 0 && upper === Infinity) continue; // the format's default bounds
    if (lower === upper) out.push(` ${colName(j)} = ${num(lower)}`);
    else if (lower === -Infinity && upper === Infinity) out.push(` ${colName(j)} free`);
    else
      out.push(
        ` ${lower === -Infinity ? '-inf' : num(lower)} <= ${colName(j)} <= ${upper === Infinity ? '+inf' : num(upper)}`,
      );
  }
  out.push('End', '');
  return out.join('\n');
}

/** Shortest round-trip decimal; exponent form such as `1e-7` is valid CPLEX LP. */
function num(value: number): string {
  return String(value);
}

/** Structural check shared by solvers: array lengths, CSC invariants, finite data, bound order. */
export function checkLp(lp: LinearProgram): string | null {
  const { numRows, numCols } = lp;
  if (!Number.isInteger(numRows) || !Number.isInteger(numCols) || numRows < 0 || numCols < 1)
    return 'the LP needs at least one column and a non-negative number of rows';
  if (lp.cost.length !== numCols || lp.colLower.length !== numCols || lp.colUpper.length !== numCols)
    return 'cost and column bounds must have one entry per column';
  if (lp.rowLower.length !== numRows || lp.rowUpper.length !== numRows) return 'row bounds must have one entry per row';
  if (
    lp.colStart.length !== numCols + 1 ||
    lp.colStart[0] !== 0 ||
    lp.colStart[numCols] !== lp.rowIndex.length ||
    lp.rowIndex.length !== lp.value.length
  ) {
    return 'the matrix is not valid compressed sparse column data';
  }
  for (let j = 0; j < numCols; j++) {
    if (lp.colStart[j + 1]! < lp.colStart[j]!) return `column ${j}: column starts must not decrease`;
    if (!Number.isFinite(lp.cost[j]!)) return `column ${j}: the objective coefficient is not a finite number`;
    if (Number.isNaN(lp.colLower[j]!) || Number.isNaN(lp.colUpper[j]!) || lp.colLower[j]! > lp.colUpper[j]!)
      return `column ${j}: bounds are missing or crossed`;
  }
  for (let k = 0; k < lp.value.length; k++) {
    const row = lp.rowIndex[k]!;
    if (row < 0 || row >= numRows) return `coefficient ${k}: row index ${row} is out of range`;
    if (!Number.isFinite(lp.value[k]!)) return `coefficient ${k}: not a finite number`;
  }
  for (let i = 0; i < numRows; i++) {
    if (Number.isNaN(lp.rowLower[i]!) || Number.isNaN(lp.rowUpper[i]!) || lp.rowLower[i]! > lp.rowUpper[i]!)
      return `row ${i}: bounds are missing or crossed`;
  }
  return null;
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** A private copy, so that a caller reusing its arrays cannot desynchronise the patch logic. */
function snapshot(lp: LinearProgram): LinearProgram {
  return {
    sense: lp.sense,
    numRows: lp.numRows,
    numCols: lp.numCols,
    cost: lp.cost.slice(),
    colLower: lp.colLower.slice(),
    colUpper: lp.colUpper.slice(),
    rowLower: lp.rowLower.slice(),
    rowUpper: lp.rowUpper.slice(),
    colStart: lp.colStart.slice(),
    rowIndex: lp.rowIndex.slice(),
    value: lp.value.slice(),
  };
}
