/**
 * mulberry32: a small, fast 32-bit PRNG (Tommy Ettinger); returns uniform numbers in [0, 1).
 * Seeded, so sensitivity analyses, synthetic demo data and benches are reproducible.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Park–Miller "minimal standard" generator with multiplier 48271 (C++'s `std::minstd_rand`): returns
 * the next state in [1, 2³¹ − 2]. `state · 48271` stays below 2⁴⁷, so double arithmetic is exact.
 */
export function minstd(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48_271) % 2_147_483_647);
}
