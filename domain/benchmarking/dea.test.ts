import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runDea,
  scaleEfficiency,
  validateDeaInput,
  type DeaInput,
  type DeaModel,
  type DeaOrientation,
  type DeaRunResult,
  type DeaUnitResult,
} from './dea';
import { parseDeaCsv } from './dea-csv';
import { syntheticDeaData } from './dea-synthetic';
import { createHighsSolver, toCplexLp, type DisposableLpSolver, type LinearProgram, type LpSolver } from './dea-solver';

let highs: DisposableLpSolver;
beforeAll(async () => {
  highs = await createHighsSolver();
});
afterAll(() => highs.dispose());

const COMBOS: [DeaModel, DeaOrientation][] = [
  ['ccr', 'input'],
  ['ccr', 'output'],
  ['bcc', 'input'],
  ['bcc', 'output'],
];

function fixture(file: string, columns: { id: string; inputs: string[]; outputs: string[] }): DeaInput {
  const parsed = parseDeaCsv(
    readFileSync(new URL(`../../tests/fixtures/dea/${file}`, import.meta.url), 'utf8'),
    columns,
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.input;
}

function run(
  input: DeaInput,
  model: DeaModel,
  orientation: DeaOrientation,
  superEfficiency = false,
  solver: LpSolver = highs,
) {
  const result = runDea(input, { model, orientation, superEfficiency }, solver);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** |actual − expected| ≤ tolerance × max(1, |expected|), element by element, with the index in the message. */
function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-6) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, k) => {
    const error = Math.abs(value - expected[k]!) / Math.max(1, Math.abs(expected[k]!));
    if (!(error <= tolerance))
      expect.fail(`element ${k}: ${value} differs from ${expected[k]} by more than ${tolerance}`);
  });
}

const lambdaOf = (unit: DeaUnitResult, id: string) => unit.peers.find((p) => p.id === id)?.lambda ?? 0;

// ── METHODS.md §4.6 test vector ────────────────────────────────────────────────────────────────

const VECTOR: DeaInput = { ids: ['A', 'B', 'C', 'D'], inputs: [[2], [4], [3], [5]], outputs: [[2], [3], [1], [3.5]] };

describe('runDea on the METHODS.md §4.6 test vector (A(2,2), B(4,3), C(3,1), D(5,3.5))', () => {
  // The table in METHODS.md prints 4 decimals; these are the exact values behind it.
  it.each([
    ['ccr', 'input', [1, 0.75, 1 / 3, 0.7], ['A']],
    ['bcc', 'input', [1, 1, 2 / 3, 1], ['A', 'B', 'D']],
    ['ccr', 'output', [1, 4 / 3, 3, 10 / 7], ['A']],
    ['bcc', 'output', [1, 1, 2.5, 1], ['A', 'B', 'D']],
  ] as const)('%s-%s scores and efficient units', (model, orientation, scores, efficient) => {
    const result = run(VECTOR, model, orientation);
    expectClose(
      result.units.map((u) => u.score),
      scores,
    );
    expect(result.units.filter((u) => u.efficient).map((u) => u.id)).toEqual(efficient);
    expect(result.units.map((u) => u.id)).toEqual(VECTOR.ids);
  });

  it('C: BCC input θ (2/3) is not 1 / BCC output φ (1/2.5 = 0.4), while CCR θ = 1/φ', () => {
    const c = (model: DeaModel, orientation: DeaOrientation) => run(VECTOR, model, orientation).units[2]!.score;
    expect(c('bcc', 'input')).toBeCloseTo(2 / 3, 9);
    expect(1 / c('bcc', 'output')).toBeCloseTo(0.4, 9);
    expect(c('ccr', 'input')).toBeCloseTo(1 / c('ccr', 'output'), 9);
  });

  it('warns below the rule of thumb n ≥ max(m·s, 3(m+s)) but still runs', () => {
    expect(run(VECTOR, 'ccr', 'input').warnings).toEqual([
      '4 units for 1 inputs and 1 outputs is below the rule of thumb n ≥ max(m·s, 3(m+s)) = 6: many units will appear efficient only for lack of comparators',
    ]);
  });
});

describe('super-efficiency (Andersen–Petersen) on the test vector, solved by hand', () => {
  it("CCR: A is the only efficient unit; without it the best ratio is B's 0.75", () => {
    expectClose(
      run(VECTOR, 'ccr', 'input', true).units.map((u) => u.superEfficiency!),
      [4 / 3, 0.75, 1 / 3, 0.7],
    );
    expectClose(
      run(VECTOR, 'ccr', 'output', true).units.map((u) => u.superEfficiency!),
      [0.75, 4 / 3, 3, 10 / 7],
    );
  });

  it('BCC input: A → 1.75 (half C, half B makes y = 2 from x = 3.5), B → 1 (on segment A–D), D infeasible', () => {
    const units = run(VECTOR, 'bcc', 'input', true).units;
    expectClose(
      units.slice(0, 3).map((u) => u.superEfficiency!),
      [1.75, 1, 2 / 3],
    );
    expect(units[3]).toMatchObject({
      superEfficiency: null,
      superEfficiencyReason:
        'infeasible: without this unit no convex combination of the others produces at least its outputs (BCC)',
    });
    expect(units[0]!.superEfficiencyReason).toBeUndefined();
  });

  it('BCC output: A infeasible (every other unit uses more input), D → 3/3.5', () => {
    const units = run(VECTOR, 'bcc', 'output', true).units;
    expect(units[0]).toMatchObject({
      superEfficiency: null,
      superEfficiencyReason:
        'infeasible: without this unit no convex combination of the others uses at most its inputs (BCC)',
    });
    expectClose(
      units.slice(1).map((u) => u.superEfficiency!),
      [1, 2.5, 3 / 3.5],
    );
  });

  it('is absent unless asked for', () => {
    expect(run(VECTOR, 'ccr', 'input').units[0]).not.toHaveProperty('superEfficiency');
  });
});

describe('scaleEfficiency', () => {
  it('is θ_CCR/θ_BCC (input) and φ_BCC/φ_CCR (output): C → 0.5 and 2.5/3, D → 0.7 both ways', () => {
    expect(scaleEfficiency(1 / 3, 2 / 3)).toBeCloseTo(0.5, 12);
    expect(scaleEfficiency(3, 2.5, 'output')).toBeCloseTo(2.5 / 3, 12);
    const ccr = run(VECTOR, 'ccr', 'input').units;
    const bcc = run(VECTOR, 'bcc', 'input').units;
    expect(scaleEfficiency(ccr[3]!.score, bcc[3]!.score)).toBeCloseTo(0.7, 9);
    const ccrOut = run(VECTOR, 'ccr', 'output').units;
    const bccOut = run(VECTOR, 'bcc', 'output').units;
    expect(scaleEfficiency(ccrOut[3]!.score, bccOut[3]!.score, 'output')).toBeCloseTo(0.7, 9);
  });

  it.each([
    [0, 1],
    [1, -1],
    [Number.NaN, 1],
    [1, Infinity],
  ])('is null for scores %s and %s', (a, b) => {
    expect(scaleEfficiency(a, b)).toBeNull();
  });
});

// ── Published results ──────────────────────────────────────────────────────────────────────────

describe('Coelli, Rao & Battese (1998) / DEAP 2.1 example EG1 (deaR Coelli_1998), CCR input', () => {
  const coelli = fixture('deaR_Coelli_1998.csv', { id: 'dmus', inputs: ['input1', 'input2'], outputs: ['output'] });
  // DEAP prints 3 decimals; the exact values follow from the data (per unit of output the firms use
  // (2,5), (1,2), (2,2), (3,2), (3,1); the frontier is the segment (1,2)–(3,1)).
  const published = { te: [0.5, 1, 0.833, 0.714, 1], exact: [1 / 2, 1, 5 / 6, 5 / 7, 1] };

  it("reproduces the efficiency scores: exact to 1e-6, DEAP's printed values to their last digit", () => {
    const units = run(coelli, 'ccr', 'input').units;
    expectClose(
      units.map((u) => u.score),
      published.exact,
    );
    expectClose(
      units.map((u) => u.score),
      published.te,
      5e-4,
    );
    expect(units.map((u) => u.efficient)).toEqual([false, true, false, false, true]);
  });

  it("reproduces DEAP's slacks, peers, peer weights and targets", () => {
    const [f1, f2, f3, f4, f5] = run(coelli, 'ccr', 'input').units as [
      DeaUnitResult,
      DeaUnitResult,
      DeaUnitResult,
      DeaUnitResult,
      DeaUnitResult,
    ];
    expectClose(f1.slacks.inputs, [0, 0.5]);
    for (const unit of [f2, f3, f4, f5]) expectClose([...unit.slacks.inputs, ...unit.slacks.outputs], [0, 0, 0]);
    expect(f1.peers.map((p) => p.id)).toEqual(['DMU2']);
    expectClose([lambdaOf(f1, 'DMU2')], [0.5]);
    expect(f3.peers.map((p) => p.id)).toEqual(['DMU2', 'DMU5']);
    expectClose([lambdaOf(f3, 'DMU5'), lambdaOf(f3, 'DMU2')], [0.5, 1]);
    expectClose([lambdaOf(f4, 'DMU5'), lambdaOf(f4, 'DMU2')], [2 / 7, 3 / 14]);
    expectClose([lambdaOf(f4, 'DMU5'), lambdaOf(f4, 'DMU2')], [0.286, 0.214], 5e-4);
    expectClose(f1.targets.inputs, [1, 2]);
    expectClose(f3.targets.inputs, [5, 5]);
    expectClose(f4.targets.inputs, [15 / 7, 10 / 7]);
    expectClose(f4.targets.inputs, [2.143, 1.429], 5e-4);
    for (const unit of [f1, f2, f3, f4, f5])
      expectClose(unit.targets.outputs, coelli.outputs[coelli.ids.indexOf(unit.id)]!);
  });
});

describe('Ali & Seiford (1993) data (deaR Fried1993) against DataEnvelopmentAnalysis.jl (test/dea.jl)', () => {
  const fried = fixture('deaR_Fried1993.csv', { id: 'DMU', inputs: ['x1', 'x2'], outputs: ['y'] });
  // The Julia package (and the book's other copies) have y = 26 for unit 10; deaR has 26.5.
  const fls: DeaInput = { ...fried, outputs: fried.outputs.map((row, j) => (j === 9 ? [26] : row)) };
  const reference: Record<string, { scores: number[]; slackX: [number, number][]; slackY: number[] }> = {
    'ccr-input': {
      scores: [
        1, 0.6222896791, 0.8198562444, 1, 0.3103709311, 0.5555555556, 1, 0.7576690896, 0.8201058201, 0.4905660377, 1,
      ],
      slackX: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [4.444444444, 0],
        [0, 0],
        [0, 0],
        [1.64021164, 0],
        [0, 0],
        [0, 4],
      ],
      slackY: Array(11).fill(0),
    },
    'ccr-output': {
      scores: [1, 1.606968641, 1.219726027, 1, 3.22195122, 1.8, 1, 1.319837398, 1.219354839, 2.038461538, 1],
      slackX: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [8, 0],
        [0, 0],
        [0, 0],
        [2, 0],
        [0, 0],
        [0, 4],
      ],
      slackY: Array(11).fill(0),
    },
    'bcc-input': {
      scores: [1, 0.8699861687, 1, 1, 0.7116402116, 1, 1, 1, 1, 0.4931209269, 1],
      slackX: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 4],
      ],
      slackY: [0, 0, 0, 0, 2.698412698, 0, 0, 0, 0, 0, 0],
    },
    'bcc-output': {
      scores: [1, 1.507518797, 1, 1, 3.203947368, 1, 1, 1, 1, 1.192307692, 1],
      slackX: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [5, 11],
        [0, 4],
      ],
      slackY: Array(11).fill(0),
    },
  };

  it.each(COMBOS)('%s-%s: scores and slacks of all 11 units', (model, orientation) => {
    const expected = reference[`${model}-${orientation}`]!;
    const units = run(fls, model, orientation).units;
    expectClose(
      units.map((u) => u.score),
      expected.scores,
    );
    expectClose(
      units.flatMap((u) => u.slacks.inputs),
      expected.slackX.flat(),
    );
    expectClose(
      units.flatMap((u) => u.slacks.outputs),
      expected.slackY,
    );
  });

  it("deaR's copy (y10 = 26.5): unit 10 becomes exactly 0.5 (half unit 4 + half unit 7), nobody else moves", () => {
    const units = run(fried, 'ccr', 'input').units;
    expect(units[9]!.score).toBeCloseTo(0.5, 9);
    expectClose([lambdaOf(units[9]!, 'Unit 4'), lambdaOf(units[9]!, 'Unit 7')], [0.5, 0.5]);
    expectClose(
      units.filter((_, j) => j !== 9).map((u) => u.score),
      reference['ccr-input']!.scores.filter((_, j) => j !== 9),
    );
  });
});

// ── Cross-check with GLPK ──────────────────────────────────────────────────────────────────────

const glpsolVersion = spawnSync('glpsol', ['--version'], { encoding: 'utf8' });
const hasGlpsol = glpsolVersion.status === 0;
const glpkTitle = hasGlpsol
  ? 'agrees with GLPK (glpsol) on every unit of Charnes, Cooper & Rhodes (1981), 70 school sites, 5 inputs × 3 outputs'
  : 'agrees with GLPK — SKIPPED: the `glpsol` program is not installed (Debian/Ubuntu: apt-get install glpk-utils)';

describe('cross-check with an independent LP solver', () => {
  const pft = fixture('deaR_PFT1981.csv', {
    id: 'Site',
    inputs: ['Education', 'Occupation', 'Parental', 'Counseling', 'Teachers'],
    outputs: ['Reading', 'Math', 'Coopersmith'],
  });
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'miernik-dea-glpk-'));
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  /** Solves CPLEX LP text with `glpsol --lp file -o out` and returns the optimal objective. */
  const glpk = (name: string, text: string): number => {
    const lpFile = join(dir, `${name}.lp`);
    const outFile = join(dir, `${name}.out`);
    writeFileSync(lpFile, text);
    const run = spawnSync('glpsol', ['--lp', lpFile, '-o', outFile], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const report = readFileSync(outFile, 'utf8');
    expect(report).toMatch(/Status:\s+OPTIMAL/);
    return Number(/Objective:\s+\S+ = (\S+)/.exec(report)![1]);
  };

  /** The envelopment LP written out by hand from METHODS §4.6, on the raw data, all 70 units as peers. */
  const textbookLp = (data: DeaInput, o: number, model: DeaModel, orientation: DeaOrientation): string => {
    const n = data.ids.length;
    const terms = (values: number[]) => values.map((v, j) => `+ ${v} l${j}`).join(' ');
    const lines = [orientation === 'input' ? 'Minimize' : 'Maximize', ' obj: score', 'Subject To'];
    data.inputs[0]!.forEach((_, i) => {
      const column = data.inputs.map((row) => row[i]!);
      lines.push(
        orientation === 'input'
          ? ` in${i}: ${terms(column)} - ${data.inputs[o]![i]} score <= 0`
          : ` in${i}: ${terms(column)} <= ${data.inputs[o]![i]}`,
      );
    });
    data.outputs[0]!.forEach((_, r) => {
      const column = data.outputs.map((row) => row[r]!);
      lines.push(
        orientation === 'input'
          ? ` out${r}: ${terms(column)} >= ${data.outputs[o]![r]}`
          : ` out${r}: ${terms(column)} - ${data.outputs[o]![r]} score >= 0`,
      );
    });
    if (model === 'bcc') lines.push(` convexity: ${terms(Array(n).fill(1))} = 1`);
    lines.push('Bounds', ' score free', 'End', '');
    return lines.join('\n');
  };

  it.skipIf(!hasGlpsol).each([
    ['ccr', 'input'],
    ['bcc', 'output'],
  ] as const)(`${glpkTitle}: %s-%s`, (model, orientation) => {
    const captured: LinearProgram[] = [];
    const recording: LpSolver = { solve: (lp) => (captured.push(lp), highs.solve(lp)) };
    const units = run(pft, model, orientation, false, recording).units;
    const n = pft.ids.length;
    // The first n programmes are phase 1, one per unit, exactly as runDea built and HiGHS solved them.
    const sameLps = captured.slice(0, n).map((lp, o) => glpk(`${model}-${orientation}-${o}`, toCplexLp(lp)));
    const textbook = pft.ids.map((_, o) =>
      glpk(`${model}-${orientation}-textbook-${o}`, textbookLp(pft, o, model, orientation)),
    );
    expectClose(
      units.map((u) => u.score),
      sameLps,
    );
    expectClose(
      units.map((u) => u.score),
      textbook,
    );
    expect(units.filter((u) => Math.abs(u.score - 1) > 1e-6).length).toBeGreaterThan(10); // the check has teeth
  });
});

describe('warm-started HiGHS (the adapter patches one model) against one-shot solves', () => {
  it('gives the same scores, super-efficiencies (incl. infeasible ones) and targets on PFT1981, all four models', async () => {
    const pft = fixture('deaR_PFT1981.csv', {
      id: 'Site',
      inputs: ['Education', 'Occupation', 'Parental', 'Counseling', 'Teachers'],
      outputs: ['Reading', 'Math', 'Coopersmith'],
    });
    const h = await (await import('highs')).default();
    const oneShot: LpSolver = {
      solve(lp) {
        const result = h.raw.lpCall({
          numCols: lp.numCols,
          numRows: lp.numRows,
          sense: lp.sense === 'minimize' ? h.constants.objectiveSense.minimize : h.constants.objectiveSense.maximize,
          colCost: lp.cost,
          colLower: lp.colLower,
          colUpper: lp.colUpper,
          rowLower: lp.rowLower,
          rowUpper: lp.rowUpper,
          matrix: {
            format: 'csc',
            numRows: lp.numRows,
            numCols: lp.numCols,
            starts: lp.colStart,
            indices: lp.rowIndex,
            values: lp.value,
          },
        });
        if (result.status === -1) return { status: 'failed', detail: 'lpCall error' };
        const { modelStatus, solution } = result.value;
        if (modelStatus === h.constants.modelStatus.optimal) {
          return {
            status: 'optimal',
            objective: lp.cost.reduce((sum, c, j) => sum + c * solution.colValue[j]!, 0),
            values: solution.colValue,
          };
        }
        return {
          status: modelStatus === h.constants.modelStatus.infeasible ? 'infeasible' : 'failed',
          detail: `status ${modelStatus}`,
        };
      },
    };
    let nulls = 0;
    for (const [model, orientation] of COMBOS) {
      const warm = run(pft, model, orientation, true).units;
      const cold = run(pft, model, orientation, true, oneShot).units;
      expectClose(
        warm.map((u) => u.score),
        cold.map((u) => u.score),
        1e-9,
      );
      expect(warm.map((u) => u.superEfficiency === null)).toEqual(cold.map((u) => u.superEfficiency === null));
      expectClose(
        warm.map((u) => u.superEfficiency ?? 0),
        cold.map((u) => u.superEfficiency ?? 0),
        1e-9,
      );
      expectClose(
        warm.flatMap((u) => [...u.targets.inputs, ...u.targets.outputs]),
        cold.flatMap((u) => [...u.targets.inputs, ...u.targets.outputs]),
        1e-7,
      );
      nulls += warm.filter((u) => u.superEfficiency === null).length;
    }
    expect(nulls).toBeGreaterThan(0); // BCC super-efficiency infeasibility is exercised too
  });
});

// ── Identities that must hold for every unit ───────────────────────────────────────────────────

describe.each([
  ['Fried1993', () => fixture('deaR_Fried1993.csv', { id: 'DMU', inputs: ['x1', 'x2'], outputs: ['y'] })],
  [
    'PFT1981',
    () =>
      fixture('deaR_PFT1981.csv', {
        id: 'Site',
        inputs: ['Education', 'Occupation', 'Parental', 'Counseling', 'Teachers'],
        outputs: ['Reading', 'Math', 'Coopersmith'],
      }),
  ],
] as const)('identities on %s', (_, load) => {
  const data = load();
  const results = new Map<string, Extract<DeaRunResult, { ok: true }>>();
  beforeAll(() => {
    for (const [model, orientation] of COMBOS) results.set(`${model}-${orientation}`, run(data, model, orientation));
  });
  const get = (model: DeaModel, orientation: DeaOrientation) => results.get(`${model}-${orientation}`)!;

  it.each(COMBOS)(
    '%s-%s: peers and λ reproduce the targets (Σλx = target), slacks ≥ 0, targets dominate the unit',
    (model, orientation) => {
      for (const unit of get(model, orientation).units) {
        const o = data.ids.indexOf(unit.id);
        const combination = (rows: DeaInput['inputs'], c: number) =>
          unit.peers.reduce((sum, p) => sum + p.lambda * rows[data.ids.indexOf(p.id)]![c]!, 0);
        expectClose(
          unit.targets.inputs,
          unit.targets.inputs.map((_, i) => combination(data.inputs, i)),
        );
        expectClose(
          unit.targets.outputs,
          unit.targets.outputs.map((_, r) => combination(data.outputs, r)),
        );
        for (const slack of [...unit.slacks.inputs, ...unit.slacks.outputs]) expect(slack).toBeGreaterThanOrEqual(0);
        unit.targets.inputs.forEach((t, i) => expect(t).toBeLessThanOrEqual(data.inputs[o]![i]! * (1 + 1e-9)));
        unit.targets.outputs.forEach((t, r) => expect(t).toBeGreaterThanOrEqual(data.outputs[o]![r]! * (1 - 1e-9)));
        if (model === 'bcc') expectClose([unit.peers.reduce((sum, p) => sum + p.lambda, 0)], [1]);
        for (const peer of unit.peers)
          expect(get(model, orientation).units[data.ids.indexOf(peer.id)]!.score).toBeCloseTo(1, 6);
        if (orientation === 'input') expect(unit.score).toBeLessThanOrEqual(1 + 1e-9);
        else expect(unit.score).toBeGreaterThanOrEqual(1 - 1e-9);
      }
    },
  );

  it('CCR: input θ = 1/output φ for every unit', () => {
    const theta = get('ccr', 'input').units.map((u) => u.score);
    expectClose(
      theta,
      get('ccr', 'output').units.map((u) => 1 / u.score),
    );
  });

  it.each(COMBOS)(
    '%s-%s: the targets are Pareto-efficient (an additive LP written here finds no slack left)',
    async (model, orientation) => {
      // max Σ s⁻_i/x̄_i + Σ s⁺_r/ȳ_r  s.t.  Σλx + s⁻ = target_x, Σλy − s⁺ = target_y, λ, s ≥ 0 [BCC: Σλ = 1]:
      // 0 iff no unit mix does as well with less of some input or more of some output.
      const textHighs = await (await import('highs')).default();
      const n = data.ids.length;
      const mean = (rows: DeaInput['inputs'], c: number) => rows.reduce((sum, row) => sum + row[c]!, 0) / n;
      for (const unit of get(model, orientation).units) {
        const lines = [
          'Maximize',
          ` obj: ${[
            ...unit.targets.inputs.map((_, i) => `+ ${1 / mean(data.inputs, i)} sm${i}`),
            ...unit.targets.outputs.map((_, r) => `+ ${1 / mean(data.outputs, r)} sp${r}`),
          ].join(' ')}`,
          'Subject To',
        ];
        unit.targets.inputs.forEach((t, i) =>
          lines.push(` in${i}: ${data.inputs.map((row, j) => `+ ${row[i]} l${j}`).join(' ')} + sm${i} = ${t}`),
        );
        unit.targets.outputs.forEach((t, r) =>
          lines.push(` out${r}: ${data.outputs.map((row, j) => `+ ${row[r]} l${j}`).join(' ')} - sp${r} = ${t}`),
        );
        if (model === 'bcc') lines.push(` convexity: ${data.ids.map((_, j) => `+ l${j}`).join(' ')} = 1`);
        lines.push('End');
        const solution = textHighs.solve(lines.join('\n'), { output_flag: false });
        expect(solution.Status, unit.id).toBe('Optimal');
        expect(solution.ObjectiveValue, unit.id).toBeLessThan(1e-7);
      }
    },
  );

  it('changing units of measurement (×1e6 on an input, ×1e-3 on an output) changes no score and scales slacks and targets', () => {
    const rescaled: DeaInput = {
      ...data,
      inputs: data.inputs.map((row) => row.map((v, i) => (i === 0 ? v * 1e6 : v))),
      outputs: data.outputs.map((row) => row.map((v, r) => (r === 0 ? v * 1e-3 : v))),
    };
    for (const [model, orientation] of COMBOS) {
      const before = get(model, orientation).units;
      const after = run(rescaled, model, orientation).units;
      expectClose(
        after.map((u) => u.score),
        before.map((u) => u.score),
        1e-9,
      );
      expectClose(
        after.map((u) => u.targets.inputs[0]! / 1e6),
        before.map((u) => u.targets.inputs[0]!),
        1e-6,
      );
      expectClose(
        after.map((u) => u.slacks.outputs[0]! * 1e3),
        before.map((u) => u.slacks.outputs[0]!),
        1e-6,
      );
    }
  });
});

// ── Bad input and solver trouble ───────────────────────────────────────────────────────────────

describe('validateDeaInput', () => {
  const good: DeaInput = {
    ids: ['a', 'b', 'c'],
    inputs: [[1], [2], [3]],
    outputs: [[1], [1], [2]],
    inputNames: ['cost'],
    outputNames: ['pupils'],
  };

  it.each([
    [
      'no input column',
      { ...good, inputs: [[], [], []], inputNames: [] },
      [{ code: 'NO_INPUTS', reason: 'DEA needs at least one input' }],
    ],
    [
      'no output column',
      { ...good, outputs: [[], [], []], outputNames: [] },
      [{ code: 'NO_OUTPUTS', reason: 'DEA needs at least one output' }],
    ],
    [
      'a missing value',
      { ...good, inputs: [[1], [Number.NaN], [3]] },
      [
        {
          code: 'MISSING_VALUE',
          unitId: 'b',
          column: 'cost',
          reason: 'unit "b": input "cost" is missing or not a finite number',
        },
      ],
    ],
    [
      'an infinite value',
      { ...good, outputs: [[1], [1], [Infinity]] },
      [
        {
          code: 'MISSING_VALUE',
          unitId: 'c',
          column: 'pupils',
          reason: 'unit "c": output "pupils" is missing or not a finite number',
        },
      ],
    ],
    [
      'a zero',
      { ...good, outputs: [[0], [1], [2]] },
      [
        {
          code: 'NON_POSITIVE_VALUE',
          unitId: 'a',
          column: 'pupils',
          reason: 'unit "a": output "pupils" is 0; DEA needs values greater than 0',
        },
      ],
    ],
    [
      'a negative value without column names',
      { ids: ['a', 'b', 'c'], inputs: [[1], [-2], [3]], outputs: [[1], [1], [2]] },
      [
        {
          code: 'NON_POSITIVE_VALUE',
          unitId: 'b',
          column: 'input 1',
          reason: 'unit "b": input "input 1" is -2; DEA needs values greater than 0',
        },
      ],
    ],
    [
      'a duplicate id',
      { ...good, ids: ['a', 'b', 'a'] },
      [{ code: 'DUPLICATE_ID', unitId: 'a', reason: 'duplicate id "a" (units 1 and 3)' }],
    ],
    ['an empty id', { ...good, ids: ['a', ' ', 'c'] }, [{ code: 'EMPTY_ID', reason: 'unit 2 has an empty id' }]],
    [
      'a short row',
      { ...good, inputs: [[1], [2, 5], [3]] },
      [{ code: 'SHAPE', unitId: 'b', reason: 'unit "b" has 2 input values, expected 1' }],
    ],
    [
      'fewer rows than ids',
      { ...good, outputs: [[1], [1]] },
      [{ code: 'SHAPE', reason: 'there are 3 ids but 3 rows of inputs and 2 rows of outputs' }],
    ],
    [
      'fewer units than inputs + outputs',
      {
        ids: ['a', 'b'],
        inputs: [
          [1, 2],
          [2, 1],
        ],
        outputs: [[1], [1]],
      },
      [
        {
          code: 'TOO_FEW_UNITS',
          reason:
            '2 units for 2 inputs and 1 outputs: DEA needs at least inputs + outputs = 3 units, because with so few units almost every unit comes out efficient',
        },
      ],
    ],
  ] as const)('refuses %s, naming unit and column', (_, input, problems) => {
    const result = validateDeaInput(input as DeaInput);
    expect(result).toEqual({ ok: false, reason: problems[0]!.reason, problems });
  });

  it('lists every problem and says how many more there are', () => {
    const result = validateDeaInput({ ...good, ids: ['a', 'a', 'c'], inputs: [[0], [2], [Number.NaN]] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.code)).toEqual(['NON_POSITIVE_VALUE', 'DUPLICATE_ID', 'MISSING_VALUE']);
      expect(result.reason).toBe('unit "a": input "cost" is 0; DEA needs values greater than 0 (and 2 more problems)');
    }
  });

  it('accepts good data; warns only below the rule of thumb and for columns spanning > 9 orders of magnitude', () => {
    const six = {
      ids: ['1', '2', '3', '4', '5', '6'],
      inputs: [[1], [2], [3], [4], [5], [6]],
      outputs: [[1], [1], [2], [2], [3], [3]],
    };
    expect(validateDeaInput(six)).toEqual({ ok: true, warnings: [] });
    expect(validateDeaInput(good)).toEqual({
      ok: true,
      warnings: [expect.stringContaining('below the rule of thumb n ≥ max(m·s, 3(m+s)) = 6')],
    });
    const wide = { ...six, inputs: [[1e-3], [2], [3], [4], [5], [6e7]] };
    expect(validateDeaInput(wide)).toEqual({
      ok: true,
      warnings: [
        'input "input 1" ranges from 0.001 to 60000000 (more than 9 orders of magnitude); check its unit — LP accuracy suffers',
      ],
    });
  });
});

describe('runDea outcomes that are not results', () => {
  const untouchable: LpSolver = { solve: () => expect.fail('the solver must not be called') };

  it('returns the validation problems without solving anything', () => {
    const result = runDea(
      { ids: ['a', 'b'], inputs: [[1], [0]], outputs: [[1], [1]] },
      { model: 'ccr', orientation: 'input' },
      untouchable,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'unit "b": input "input 1" is 0; DEA needs values greater than 0',
      problems: [{ code: 'NON_POSITIVE_VALUE' }],
    });
  });

  it('refuses an unknown model or orientation', () => {
    expect(runDea(VECTOR, { model: 'sbm' as DeaModel, orientation: 'input' }, untouchable)).toEqual({
      ok: false,
      reason: 'unknown DEA model "sbm" (use "ccr" or "bcc")',
    });
    expect(runDea(VECTOR, { model: 'ccr', orientation: 'both' as DeaOrientation }, untouchable)).toEqual({
      ok: false,
      reason: 'unknown orientation "both" (use "input" or "output")',
    });
  });

  const isSlackLp = (lp: LinearProgram) => lp.colNames?.includes('slack_in_0') === true;

  it('reports a failed phase-1 LP as a value naming the unit', () => {
    let calls = 0;
    const flaky: LpSolver = {
      solve: (lp) => (++calls === 3 ? { status: 'failed', detail: 'simulated' } : highs.solve(lp)),
    };
    expect(runDea(VECTOR, { model: 'ccr', orientation: 'input' }, flaky)).toEqual({
      ok: false,
      reason: 'unit "C": the efficiency LP is failed (simulated)',
    });
  });

  it('retries a failed phase-2 LP with the score band and gets the same answer, without a warning', () => {
    const seen = new Set<number>();
    const onceEach: LpSolver = {
      solve: (lp) => {
        if (!isSlackLp(lp)) return highs.solve(lp);
        const key = lp.rowUpper[0]! + 1000 * lp.rowUpper[1]!; // one key per unit
        if (seen.has(key)) return highs.solve(lp);
        seen.add(key);
        return { status: 'infeasible', detail: 'simulated' };
      },
    };
    const retried = runDea(VECTOR, { model: 'bcc', orientation: 'output' }, onceEach) as Extract<
      DeaRunResult,
      { ok: true }
    >;
    const plain = run(VECTOR, 'bcc', 'output');
    expect(retried.warnings).toEqual(plain.warnings);
    expectClose(
      retried.units.map((u) => u.score),
      plain.units.map((u) => u.score),
    );
    expectClose(
      retried.units.flatMap((u) => u.targets.outputs),
      plain.units.flatMap((u) => u.targets.outputs),
    );
  });

  it('falls back to the phase-1 slacks with a warning when phase 2 keeps failing', () => {
    const noPhase2: LpSolver = {
      solve: (lp) => (isSlackLp(lp) ? { status: 'failed', detail: 'simulated' } : highs.solve(lp)),
    };
    const result = runDea(VECTOR, { model: 'ccr', orientation: 'input' }, noPhase2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContain(
      'unit "B": the slack LP is failed (simulated); its slacks are what the first phase left, so its targets may not be Pareto-efficient',
    );
    expectClose(
      result.units.map((u) => u.score),
      [1, 0.75, 1 / 3, 0.7],
    );
    const b = result.units[1]!;
    expectClose(b.targets.inputs, [
      b.peers.reduce((sum, p) => sum + p.lambda * VECTOR.inputs[VECTOR.ids.indexOf(p.id)]![0]!, 0),
    ]);
  });
});

describe('the hierarchical frontier screening only saves time', () => {
  it.each([
    ['ccr', 'input'],
    ['bcc', 'input'],
    ['bcc', 'output'],
  ] as const)(
    '%s-%s: 300 synthetic units in blocks of 40 give the results of the unscreened run',
    (model, orientation) => {
      const data = syntheticDeaData(300, 2, 2, 7);
      const screened = runDea(data, { model, orientation, superEfficiency: true, screeningBlock: 40 }, highs);
      const plain = runDea(data, { model, orientation, superEfficiency: true, screeningBlock: Infinity }, highs);
      if (!screened.ok || !plain.ok) throw new Error('DEA failed');
      expectClose(
        screened.units.map((u) => u.score),
        plain.units.map((u) => u.score),
        1e-9,
      );
      expectClose(
        screened.units.map((u) => u.superEfficiency ?? -1),
        plain.units.map((u) => u.superEfficiency ?? -1),
        1e-9,
      );
      expect(screened.units.map((u) => u.efficient)).toEqual(plain.units.map((u) => u.efficient));
      expectClose(
        screened.units.flatMap((u) => [...u.slacks.inputs, ...u.slacks.outputs]),
        plain.units.flatMap((u) => [...u.slacks.inputs, ...u.slacks.outputs]),
        1e-9,
      );
      // The screening really ran: some efficient units exist and far more units than one block.
      expect(screened.units.filter((u) => u.efficient).length).toBeGreaterThan(5);
    },
  );
});
