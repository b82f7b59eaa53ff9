import { describe, expect, it } from 'vitest';
import { minstd, mulberry32 } from './random';

/** mulberry32 again, in BigInt arithmetic modulo 2³² — an independent implementation of the same steps. */
function mulberry32BigInt(seed: number): () => number {
  const M = 1n << 32n;
  const mul = (a: bigint, b: bigint) => (a * b) % M;
  let a = BigInt(seed >>> 0);
  return () => {
    a = (a + 0x6d2b79f5n) % M;
    let t = a;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = (t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) % M)) % M;
    return Number(t ^ (t >> 14n)) / 2 ** 32;
  };
}

describe('mulberry32', () => {
  it('agrees with an independent BigInt implementation for several seeds', () => {
    for (const seed of [0, 1, 7, 20241122, 0xffffffff]) {
      const fast = mulberry32(seed);
      const slow = mulberry32BigInt(seed);
      for (let i = 0; i < 1000; i++) expect(fast()).toBe(slow());
    }
  });

  it('is reproducible, differs between seeds and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(draws[0]).not.toBe(c());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('looks uniform: mean within 4 standard errors of 1/2 and a chi-square over 10 bins below its 0.999 quantile', () => {
    const n = 100_000;
    const next = mulberry32(2026);
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = next();
      sum += u;
      bins[Math.floor(u * 10)]!++;
    }
    // Var(U) = 1/12, so the standard error of the mean is sqrt(1/(12n)).
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / (12 * n)));
    const expected = n / 10;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88); // χ²(9) at 0.999
  });
});

describe('minstd (Park–Miller, multiplier 48271)', () => {
  it("gives 399268537 as the 10000th value from seed 1, the C++ standard's check for std::minstd_rand", () => {
    const next = minstd(1);
    let value = 0;
    for (let i = 0; i < 10_000; i++) value = next();
    expect(value).toBe(399_268_537);
  });

  it('starts with 48271 from seed 1 (one step by hand)', () => {
    expect(minstd(1)()).toBe(48_271);
    expect(minstd(2)()).toBe(96_542);
  });
});
