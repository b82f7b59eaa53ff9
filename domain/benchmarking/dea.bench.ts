/**
 * Timing of `runDea` on municipal-sized synthetic data: 2 500 units × 3 inputs × 3 outputs, all
 * four model/orientation combinations, plus super-efficiency. Not a test; run by hand:
 *
 *   npx tsx domain/benchmarking/dea.bench.ts [units]
 *
 * Wall time counts waiting for the CPU on a busy machine; CPU time is what the run itself costs.
 *
 * Data: a Cobb–Douglas frontier y_r = w_r · Π x_i^(0.9/m) with a half-normal inefficiency
 * exp(−|N(0, 0.3)|) and independent log-normal inputs (seeded, so every run sees the same data).
 */
import { runDea, type DeaInput, type DeaModel, type DeaOrientation } from './dea';
import { createHighsSolver } from './dea-solver';

const n = Number(process.argv[2] ?? 2500);
const m = 3;
const s = 3;

let seed = 20_240_601;
const uniform = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());

const inputs: number[][] = [];
const outputs: number[][] = [];
for (let j = 0; j < n; j++) {
  const x = Array.from({ length: m }, () => Math.exp(3 + normal()));
  const frontier = x.reduce((product, v) => product * v ** (0.9 / m), 1);
  const inefficiency = Math.exp(-Math.abs(0.3 * normal()));
  outputs.push(Array.from({ length: s }, () => frontier * inefficiency * (0.5 + uniform())));
  inputs.push(x);
}
const data: DeaInput = { ids: Array.from({ length: n }, (_, j) => `unit-${j + 1}`), inputs, outputs };

const solver = await createHighsSolver();
try {
  for (const model of ['ccr', 'bcc'] as DeaModel[]) {
    for (const orientation of ['input', 'output'] as DeaOrientation[]) {
      for (const superEfficiency of [false, true]) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const result = runDea(data, { model, orientation, superEfficiency }, solver);
        const cpu = process.cpuUsage(cpuBefore);
        const seconds = (performance.now() - started) / 1000;
        const cpuSeconds = (cpu.user + cpu.system) / 1e6;
        if (!result.ok) throw new Error(result.reason);
        for (const warning of result.warnings) console.log(`  warning: ${warning}`);
        const efficient = result.units.filter((u) => u.efficient).length;
        const infeasible = result.units.filter((u) => u.superEfficiency === null).length;
        console.log(
          `${n} × ${m} × ${s}  ${model.toUpperCase()}-${orientation}${superEfficiency ? ' + super-efficiency' : ''}: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU` +
            ` (${efficient} efficient${superEfficiency ? `, ${infeasible} super-efficiency infeasible` : ''}; warnings: ${result.warnings.length})`,
        );
      }
    }
  }
} finally {
  solver.dispose();
}
