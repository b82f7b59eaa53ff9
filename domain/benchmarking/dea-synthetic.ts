/**
 * Municipal-sized synthetic DEA data for `npm run bench`: a Cobb–Douglas frontier
 * y_r = w_r · Π x_i^(0.9/m) with a half-normal inefficiency exp(−|N(0, 0.3)|) and independent
 * log-normal inputs. Seeded (Park–Miller, `minstd`), so every run sees the same data.
 */
import { minstd } from '../random';
import type { DeaInput } from './dea';

export function syntheticDeaData(n: number, m = 3, s = 3, seed = 20_240_601): DeaInput {
  const next = minstd(seed);
  const uniform = () => next() / 2_147_483_647;
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
  return { ids: Array.from({ length: n }, (_, j) => `unit-${j + 1}`), inputs, outputs };
}
