import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLp,
  createHighsSolver,
  toCplexLp,
  type DisposableLpSolver,
  type LinearProgram,
  type LpResult,
} from './dea-solver';

/** Builds an LP from dense rows, for readable tests. */
function lp(spec: {
  sense: LinearProgram['sense'];
  cost: number[];
  rows: { coefficients: number[]; lower: number; upper: number }[];
  bounds?: [number, number][];
  names?: string[];
}): LinearProgram {
  const numCols = spec.cost.length;
  const colStart = [0];
  const rowIndex: number[] = [];
  const value: number[] = [];
  for (let j = 0; j < numCols; j++) {
    spec.rows.forEach((row, i) => {
      if (row.coefficients[j] !== 0) {
        rowIndex.push(i);
        value.push(row.coefficients[j]!);
      }
    });
    colStart.push(rowIndex.length);
  }
  return {
    sense: spec.sense,
    numRows: spec.rows.length,
    numCols,
    cost: Float64Array.from(spec.cost),
    colLower: Float64Array.from(spec.bounds?.map((b) => b[0]) ?? spec.cost.map(() => 0)),
    colUpper: Float64Array.from(spec.bounds?.map((b) => b[1]) ?? spec.cost.map(() => Infinity)),
    rowLower: Float64Array.from(spec.rows.map((r) => r.lower)),
    rowUpper: Float64Array.from(spec.rows.map((r) => r.upper)),
    colStart: Int32Array.from(colStart),
    rowIndex: Int32Array.from(rowIndex),
    value: Float64Array.from(value),
    ...(spec.names ? { colNames: spec.names } : {}),
  };
}

// max 3x + 2y  s.t.  x + y ≤ 4,  x + 3y ≤ 6,  0 ≤ x ≤ 3  →  x = 3, y = 1, objective 11
const textbook = lp({
  sense: 'maximize',
  cost: [3, 2],
  rows: [
    { coefficients: [1, 1], lower: -Infinity, upper: 4 },
    { coefficients: [1, 3], lower: -Infinity, upper: 6 },
  ],
  bounds: [
    [0, 3],
    [0, Infinity],
  ],
});

let solver: DisposableLpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('createHighsSolver', () => {
  it('solves an LP and returns the objective and every column value', () => {
    const result = solver.solve(textbook);
    expect(result.status).toBe('optimal');
    if (result.status !== 'optimal') return;
    expect(result.objective).toBeCloseTo(11, 9);
    expect(Array.from(result.values)).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
  });

  it('reports infeasible and unbounded programmes as values', () => {
    const infeasible = lp({
      sense: 'minimize',
      cost: [1],
      rows: [{ coefficients: [1], lower: 2, upper: Infinity }],
      bounds: [[0, 1]],
    });
    expect(solver.solve(infeasible)).toEqual({ status: 'infeasible', detail: 'HiGHS proved the LP infeasible' });
    const unbounded = lp({
      sense: 'maximize',
      cost: [1, 1],
      rows: [{ coefficients: [1, -1], lower: -Infinity, upper: 1 }],
    });
    expect(['unbounded', 'infeasible-or-unbounded']).toContain(solver.solve(unbounded).status);
  });

  it.each([
    [
      'a bad column start',
      { ...textbook, colStart: Int32Array.from([0, 2, 3]) },
      'the matrix is not valid compressed sparse column data',
    ],
    [
      'a NaN coefficient',
      { ...textbook, value: Float64Array.from([1, 1, Number.NaN, 3]) },
      'coefficient 2: not a finite number',
    ],
    ['crossed bounds', { ...textbook, colLower: Float64Array.from([4, 0]) }, 'column 0: bounds are missing or crossed'],
    [
      'a row index out of range',
      { ...textbook, rowIndex: Int32Array.from([0, 1, 0, 2]) },
      'coefficient 3: row index 2 is out of range',
    ],
  ])('refuses %s without calling HiGHS', (_, broken, detail) => {
    expect(checkLp(broken)).toBe(detail);
    expect(solver.solve(broken)).toEqual({ status: 'failed', detail });
  });

  it('answers each LP of a sequence exactly as a fresh solver does (consecutive LPs patch the loaded model)', async () => {
    // Same structure, then: coefficients, cost, bounds, row bounds, sense, an infeasible one, another structure.
    const sequence: LinearProgram[] = [
      textbook,
      { ...textbook, value: Float64Array.from([1, 1, 1, 4]) },
      { ...textbook, cost: Float64Array.from([1, 4]) },
      { ...textbook, colUpper: Float64Array.from([1, 1.5]) },
      { ...textbook, rowUpper: Float64Array.from([10, 9]) },
      { ...textbook, sense: 'minimize', rowLower: Float64Array.from([1, 2]) },
      {
        ...textbook,
        rowLower: Float64Array.from([5, -Infinity]),
        rowUpper: Float64Array.from([Infinity, 6]),
        colUpper: Float64Array.from([1, 1]),
      },
      lp({ sense: 'minimize', cost: [1, 1, 1], rows: [{ coefficients: [1, 2, 3], lower: 6, upper: Infinity }] }),
      textbook,
    ];
    const reused = sequence.map((program) => solver.solve(program));
    const fresh: LpResult[] = [];
    for (const program of sequence) {
      const one = await createHighsSolver();
      fresh.push(one.solve(program));
      one.dispose();
    }
    expect(reused.map((r) => r.status)).toEqual([
      'optimal',
      'optimal',
      'optimal',
      'optimal',
      'optimal',
      'optimal',
      'infeasible',
      'optimal',
      'optimal',
    ]);
    reused.forEach((result, k) => {
      expect(result.status, `LP ${k}`).toBe(fresh[k]!.status);
      if (result.status === 'optimal' && fresh[k]!.status === 'optimal')
        expect(result.objective, `LP ${k}`).toBeCloseTo(fresh[k]!.objective, 9);
    });
    expect(reused.map((r) => (r.status === 'optimal' ? r.objective : null))).toEqual([
      expect.closeTo(11, 9),
      expect.closeTo(10.5, 9),
      expect.closeTo(8, 9),
      expect.closeTo(6, 9),
      expect.closeTo(13, 9),
      expect.closeTo(2, 9),
      null,
      expect.closeTo(2, 9),
      expect.closeTo(11, 9),
    ]);
  });

  it('keeps working after dispose()', () => {
    const own = solver;
    own.dispose();
    own.dispose();
    expect(own.solve(textbook)).toMatchObject({ status: 'optimal', objective: expect.closeTo(11, 9) });
  });
});

describe('toCplexLp', () => {
  // Every kind of bound and row the writer knows, plus numbers that print in exponent form.
  const varied = lp({
    sense: 'minimize',
    cost: [1, -2, 0.5, 1e-7, 0],
    names: ['x', 'y', 'z', 'tiny', 'fixed'],
    rows: [
      { coefficients: [1, 1, 1, 0, 1], lower: 1, upper: 10 }, // ranged
      { coefficients: [1, -1, 0, 1, 0], lower: -Infinity, upper: 2 }, // ≤
      { coefficients: [0, 1, -1, 0, 0], lower: -3, upper: -3 }, // =
      { coefficients: [2.5e-8, 0, 1, 1, 0], lower: 0.25, upper: Infinity }, // ≥
      { coefficients: [1, 0, 0, 0, 0], lower: -Infinity, upper: Infinity }, // free row: left out
    ],
    bounds: [
      [0, Infinity],
      [-Infinity, Infinity],
      [-2, 5],
      [0, 1e6],
      [0.5, 0.5],
    ],
  });

  it('writes the CPLEX LP format', () => {
    expect(toCplexLp(textbook)).toBe(
      [
        'Maximize',
        ' obj: 3 c0 + 2 c1',
        'Subject To',
        ' r0: c0 + c1 <= 4',
        ' r1: c0 + 3 c1 <= 6',
        'Bounds',
        ' 0 <= c0 <= 3',
        'End',
        '',
      ].join('\n'),
    );
    const text = toCplexLp(varied);
    expect(text).toContain(' r0_lo: x + y + z + fixed >= 1\n r0_hi: x + y + z + fixed <= 10');
    expect(text).toContain(' r2: y - z = -3');
    expect(text).toContain(' r3: 2.5e-8 x + z + tiny >= 0.25');
    expect(text).not.toContain('r4');
    expect(text).toContain('Bounds\n y free\n -2 <= z <= 5\n 0 <= tiny <= 1000000\n fixed = 0.5\nEnd');
  });

  it("is read back by HiGHS's own LP parser to the same optimum", async () => {
    const direct = solver.solve(varied);
    expect(direct.status).toBe('optimal');
    if (direct.status !== 'optimal') return;
    const highs = await (await import('highs')).default();
    const parsed = highs.solve(toCplexLp(varied), { output_flag: false });
    expect(parsed.Status).toBe('Optimal');
    expect(parsed.ObjectiveValue).toBeCloseTo(direct.objective, 9);
  });

  const hasGlpsol = spawnSync('glpsol', ['--version']).status === 0;
  it.skipIf(!hasGlpsol)(
    hasGlpsol
      ? 'is read by GLPK (glpsol --lp) to the same optimum'
      : 'is read by GLPK — SKIPPED: `glpsol` is not installed (apt-get install glpk-utils)',
    () => {
      const direct = solver.solve(varied);
      if (direct.status !== 'optimal') expect.fail(direct.detail);
      const dir = mkdtempSync(join(tmpdir(), 'miernik-lp-'));
      try {
        writeFileSync(join(dir, 'varied.lp'), toCplexLp(varied));
        const run = spawnSync('glpsol', ['--lp', join(dir, 'varied.lp'), '-o', join(dir, 'varied.out')], {
          encoding: 'utf8',
        });
        expect(run.status, run.stdout).toBe(0);
        const report = readFileSync(join(dir, 'varied.out'), 'utf8');
        expect(report).toMatch(/Status:\s+OPTIMAL/);
        expect(Number(/Objective:\s+\S+ = (\S+)/.exec(report)![1])).toBeCloseTo(direct.objective, 8);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
