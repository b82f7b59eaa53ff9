import { describe, expect, it } from 'vitest';
import { syntheticDeaData } from './dea-synthetic';

describe('syntheticDeaData', () => {
  it('has the requested shape with positive numbers and unique ids', () => {
    const data = syntheticDeaData(50, 2, 4);
    expect(data.ids).toHaveLength(50);
    expect(new Set(data.ids).size).toBe(50);
    expect(data.inputs.every((row) => row.length === 2 && row.every((v) => v > 0 && Number.isFinite(v)))).toBe(true);
    expect(data.outputs.every((row) => row.length === 4 && row.every((v) => v > 0 && Number.isFinite(v)))).toBe(true);
  });

  it('is the same data for the same seed and different data for another', () => {
    expect(syntheticDeaData(20)).toEqual(syntheticDeaData(20));
    expect(syntheticDeaData(20, 3, 3, 1).inputs[0]).not.toEqual(syntheticDeaData(20).inputs[0]);
  });

  it('keeps every unit on or below 1.5 × the Cobb–Douglas frontier (inefficiency ≤ 1, the output weight < 1.5)', () => {
    const m = 3;
    const data = syntheticDeaData(500, m, 3);
    for (let j = 0; j < 500; j++) {
      const frontier = data.inputs[j]!.reduce((p, x) => p * x ** (0.9 / m), 1);
      for (const y of data.outputs[j]!) {
        expect(y / frontier).toBeLessThan(1.5);
        expect(y / frontier).toBeGreaterThan(0);
      }
    }
  });
});
