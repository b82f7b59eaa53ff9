/**
 * Peer-group statistics for one indicator and period (METHODS.md §4.4), over typed arrays so that a
 * national recompute and a dashboard computed on request stay in-process (STACK.md).
 *
 * Representation: the values of one indicator and period are a `Float64Array` (or `number[]`) indexed
 * by unit; a missing value is `NaN` (any non-finite value, ±Infinity included, counts as missing). A
 * peer group is a list of indexes into that array (`Int32Array`), or `null` for "every unit".
 *
 * Definitions, fixed so that the numbers agree with PostgreSQL (the test checks them with PGlite):
 * - quantiles = `percentile_cont` (Hyndman–Fan type 7): position h = (n − 1)·p over the ascending
 *   values x₍₀₎…x₍ₙ₋₁₎, result x₍⌊h⌋₎ + (x₍⌈h⌉₎ − x₍⌊h⌋₎)·(h − ⌊h⌋), computed in that exact order;
 * - `ascendingRank` = SQL `rank() over (order by value)`: 1 + number of members strictly below; ties
 *   share the lowest rank;
 * - `percentRank` = SQL `percent_rank() over (order by value)`: (ascendingRank − 1)/(n − 1), 0 when n = 1;
 * - standard deviation = sample SD, √(Σ(x − mean)²/(n − 1)) (PostgreSQL `stddev_samp`), null when n < 2.
 *
 * Polarity s = +1 for 'higher-is-better', −1 for 'lower-is-better'. A 'neutral' indicator (context,
 * e.g. population density) has no "better": its polarity-aware figures (rank, betterThan, quartile,
 * gap to best) are null, while z-score and gap to median are given with s = +1 (plain above/below).
 * Nothing is rounded; round for display only.
 */

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** Values of one indicator and period, indexed by unit; NaN (or any non-finite number) = missing. */
export type IndicatorValues = Float64Array | readonly number[];

/** Groups with fewer members than this are flagged {@link GroupStats.smallGroup} and never coloured as solid. */
export const SMALL_GROUP_SIZE = 5;

export interface GroupStats {
  /** Members with a value. */
  n: number;
  /** Members without a value (NaN / non-finite). */
  missing: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
  /** The best value by polarity (max or min); null for 'neutral' or an empty group. */
  best: number | null;
  /** n < {@link SMALL_GROUP_SIZE}: show, but never colour as solid. */
  smallGroup: boolean;
}

export type Quartile = 1 | 2 | 3 | 4;

export interface UnitPosition {
  value: number;
  /** Members with a value, the unit included. */
  n: number;
  /** 1 = best by polarity; ties share the best rank (SQL `rank()` over the "best first" order). Null for 'neutral'. */
  rank: number | null;
  /** SQL `rank() over (order by value asc)`, whatever the polarity. */
  ascendingRank: number;
  /** PostgreSQL `percent_rank() over (order by value asc)` in [0, 1], whatever the polarity. */
  percentRank: number;
  /** Share (0–1) of the other n − 1 members this value is strictly better than; 0 when n = 1; null for 'neutral'. */
  betterThan: number | null;
  /** 1 = best 25 % after polarity, by the group's quartiles (see {@link quartileOf}); null for 'neutral'. */
  quartile: Quartile | null;
  /** s·(x − mean)/SD; null when n < 2 or SD = 0. */
  zScore: number | null;
  /** s·(x − median) in the indicator's unit: positive = better than the median (s = +1 for 'neutral'). */
  gapToMedian: number;
  /** s·(x − best) in the indicator's unit: ≤ 0, 0 for the best unit(s); null for 'neutral'. */
  gapToBest: number | null;
  smallGroup: boolean;
}

/** +1 / −1 for the polar kinds; 'neutral' reads as +1 (plain above/below, no judgement). */
export function polaritySign(polarity: Polarity): 1 | -1 {
  return polarity === 'lower-is-better' ? -1 : 1;
}

/**
 * PostgreSQL `percentile_cont(p)` over ascending `sorted` values (Hyndman–Fan type 7): h = (n − 1)·p,
 * x₍⌊h⌋₎ + (x₍⌈h⌉₎ − x₍⌊h⌋₎)·(h − ⌊h⌋). Null for an empty array or p outside [0, 1] (PostgreSQL raises an error there).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = p * (n - 1);
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  if (hi === lo) return a;
  return a + (sorted[hi]! - a) * (h - lo);
}

/** Copies the members' present values into `out` (in member order), −0 folded to +0; returns the count. */
function gather(values: readonly number[], memberIndexes: Int32Array | null, out: Float64Array): number {
  let n = 0;
  const m = memberIndexes === null ? values.length : memberIndexes.length;
  for (let i = 0; i < m; i++) {
    const v = values[memberIndexes === null ? i : memberIndexes[i]!]!;
    // v - v is 0 for finite numbers and NaN for NaN/±Infinity; `+ 0` turns −0 into +0.
    if (v - v === 0) out[n++] = v + 0;
  }
  return n;
}

/** {@link gather} for typed arrays, kept separate so each loop stays monomorphic (fast) in V8. */
function gatherTyped(values: Float64Array, memberIndexes: Int32Array | null, out: Float64Array): number {
  let n = 0;
  if (memberIndexes === null) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v === 0) out[n++] = v + 0;
    }
  } else {
    for (let i = 0; i < memberIndexes.length; i++) {
      const v = values[memberIndexes[i]!]!;
      if (v - v === 0) out[n++] = v + 0;
    }
  }
  return n;
}

function memberCount(values: IndicatorValues, memberIndexes: Int32Array | null): number {
  return memberIndexes === null ? values.length : memberIndexes.length;
}

function scratchFor(size: number, scratch: Float64Array | undefined): Float64Array {
  return scratch !== undefined && scratch.length >= size ? scratch : new Float64Array(size);
}

/**
 * Mean and sample SD over the ascending values, so that every path (and any listing order of the
 * members) gives identical bits: corrected two-pass algorithm, var = (Σd² − (Σd)²/n)/(n − 1) with
 * d = x − mean. A constant group has SD exactly 0 and mean exactly its value.
 */
function statsOfSorted(sorted: Float64Array, missing: number, polarity: Polarity): GroupStats {
  const n = sorted.length;
  if (n === 0) {
    return {
      n: 0,
      missing,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
      sd: null,
      best: null,
      smallGroup: true,
    };
  }
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  let mean = min;
  let sd: number | null = n < 2 ? null : 0;
  if (min !== max) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sorted[i]!;
    mean = sum / n;
    if (n >= 2) {
      let ss = 0;
      let s1 = 0;
      for (let i = 0; i < n; i++) {
        const d = sorted[i]! - mean;
        ss += d * d;
        s1 += d;
      }
      sd = Math.sqrt(Math.max(0, ss - (s1 * s1) / n) / (n - 1));
    }
  }
  return {
    n,
    missing,
    min,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max,
    mean,
    sd,
    best: polarity === 'neutral' ? null : polarity === 'higher-is-better' ? max : min,
    smallGroup: n < SMALL_GROUP_SIZE,
  };
}

export interface SortedGroup {
  stats: GroupStats;
  /**
   * The members' present values, ascending — a view into the scratch buffer when one was passed
   * (copy it before reusing the buffer).
   */
  sorted: Float64Array;
}

/**
 * Statistics of a peer group plus its present values sorted ascending, for placing a unit's value
 * by binary search ({@link positionOf}; to rank every member at once use {@link rankGroupInto}):
 * copies the members' values into `scratch` (length ≥ member count; allocated if absent) and sorts it —
 * O(m log m), the right choice for groups of up to a few hundred; for large groups of a slice
 * whose {@link ascendingOrder} is cached, {@link sortGroupByOrder} is O(N) without sorting.
 * `memberIndexes`: distinct indexes into `values`, null = every index. Empty group (or all values
 * missing) → n = 0 and null statistics.
 */
export function sortGroup(
  values: IndicatorValues,
  memberIndexes: Int32Array | null,
  polarity: Polarity,
  scratch?: Float64Array,
): SortedGroup {
  const m = memberCount(values, memberIndexes);
  const buf = scratchFor(m, scratch);
  const n =
    values instanceof Float64Array ? gatherTyped(values, memberIndexes, buf) : gather(values, memberIndexes, buf);
  const sorted = buf.subarray(0, n);
  sorted.sort();
  return { stats: statsOfSorted(sorted, m - n, polarity), sorted };
}

/**
 * Statistics of a peer group — n, missing, min, Q1, median, Q3, max (type 7 = PostgreSQL
 * `percentile_cont`), mean, sample SD, the best value by polarity and the small-group flag.
 * Same as `sortGroup(...).stats` (see there for `memberIndexes` and `scratch`). Empty group → n = 0, nulls.
 */
export function computeGroupStats(
  values: IndicatorValues,
  memberIndexes: Int32Array | null,
  polarity: Polarity,
  scratch?: Float64Array,
): GroupStats {
  return sortGroup(values, memberIndexes, polarity, scratch).stats;
}

/**
 * Indexes of the present values of a slice (one indicator, one period, every unit), in ascending
 * order of value, ties by index. Computed once per slice and cached, it lets
 * {@link sortGroupByOrder} produce any peer group's sorted values without sorting. O(N log N).
 * `scratch` (length ≥ values.length) avoids one allocation; the returned array is new.
 */
export function ascendingOrder(values: Float64Array, scratch?: Float64Array): Int32Array {
  const keys = scratchFor(values.length, scratch);
  const order = new Int32Array(values.length);
  let n = 0;
  for (let u = 0; u < values.length; u++) {
    const v = values[u]!;
    if (v - v === 0) {
      keys[n] = v + 0;
      order[n++] = u;
    }
  }
  sortPairs(keys, order, 0, n - 1);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && keys[end] === keys[start]) end++;
    if (end - start > 1) order.subarray(start, end).sort();
    start = end;
  }
  return order.slice(0, n);
}

/**
 * The same result as {@link sortGroup} for a slice whose {@link ascendingOrder} is known: marks the
 * members in `mask` (a zeroed Uint8Array, length ≥ values.length, left zeroed again), walks `order`
 * and keeps the members' values — O(N + m), no sort. Worth it for large groups (measured on 3,000
 * units: a 1,500-unit group such as `kind:municipality-rural` is 3× faster this way, a 250-unit group
 * sorts faster with {@link sortGroup}). `memberIndexes` must be distinct; null = every unit.
 * `scratch` (length ≥ N) receives the sorted values.
 */
export function sortGroupByOrder(
  values: Float64Array,
  order: Int32Array,
  memberIndexes: Int32Array | null,
  polarity: Polarity,
  mask: Uint8Array,
  scratch?: Float64Array,
): SortedGroup {
  const buf = scratchFor(order.length, scratch);
  let n = 0;
  if (memberIndexes === null) {
    for (let i = 0; i < order.length; i++) buf[n++] = values[order[i]!]! + 0;
  } else {
    for (let i = 0; i < memberIndexes.length; i++) mask[memberIndexes[i]!] = 1;
    // Branch-free: always write, advance only for members (membership is unpredictable).
    for (let i = 0; i < order.length; i++) {
      const u = order[i]!;
      buf[n] = values[u]! + 0;
      n += mask[u]!;
    }
    for (let i = 0; i < memberIndexes.length; i++) mask[memberIndexes[i]!] = 0;
  }
  const sorted = buf.subarray(0, n);
  return { stats: statsOfSorted(sorted, memberCount(values, memberIndexes) - n, polarity), sorted };
}

/**
 * Quartile of `value` after polarity, from the group's type-7 quartiles; a value on a boundary goes
 * to the better quartile. Higher-is-better: x ≥ Q3 → 1, x ≥ median → 2, x ≥ Q1 → 3, else 4;
 * lower-is-better mirrors it (x ≤ Q1 → 1, …). Null for 'neutral' or an empty group.
 */
export function quartileOf(value: number, stats: GroupStats, polarity: Polarity): Quartile | null {
  if (polarity === 'neutral' || stats.n === 0) return null;
  const { q1, median, q3 } = stats as { q1: number; median: number; q3: number };
  if (polarity === 'higher-is-better') return value >= q3 ? 1 : value >= median ? 2 : value >= q1 ? 3 : 4;
  return value <= q1 ? 1 : value <= median ? 2 : value <= q3 ? 3 : 4;
}

// The searches below are branch-free (a conditional select instead of a branch): with random
// queries a classic binary search mispredicts most steps, which made it ~3× slower here.

/** Index of the first element ≥ x in ascending `a` (= number of elements < x). O(log n). */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let n = a.length;
  if (n === 0) return 0;
  let base = 0;
  while (n > 1) {
    const half = n >>> 1;
    base = a[base + half - 1]! < x ? base + half : base;
    n -= half;
  }
  return a[base]! < x ? base + 1 : base;
}

/** Index of the first element > x in ascending `a` (= number of elements ≤ x). O(log n). */
export function upperBound(a: ArrayLike<number>, x: number): number {
  let n = a.length;
  if (n === 0) return 0;
  let base = 0;
  while (n > 1) {
    const half = n >>> 1;
    base = a[base + half - 1]! <= x ? base + half : base;
    n -= half;
  }
  return a[base]! <= x ? base + 1 : base;
}

/** Position from the counts of members strictly below and strictly above `value` (n includes the unit). */
function positionFromCounts(
  value: number,
  below: number,
  above: number,
  n: number,
  stats: GroupStats,
  polarity: Polarity,
): UnitPosition {
  const s = polaritySign(polarity);
  const neutral = polarity === 'neutral';
  const worse = s === 1 ? below : above;
  const better = s === 1 ? above : below;
  const denominator = n - 1;
  // `+ 0` folds the −0 that s = −1 produces into +0.
  const zScore = stats.sd === null || stats.sd === 0 ? null : (s * (value - stats.mean!)) / stats.sd + 0;
  return {
    value,
    n,
    rank: neutral ? null : better + 1,
    ascendingRank: below + 1,
    percentRank: denominator === 0 ? 0 : below / denominator,
    betterThan: neutral ? null : denominator === 0 ? 0 : worse / denominator,
    quartile: quartileOf(value, stats, polarity),
    zScore,
    gapToMedian: s * (value - stats.median!) + 0,
    gapToBest: neutral ? null : s * (value - stats.best!) + 0,
    smallGroup: stats.smallGroup,
  };
}

/**
 * Position of a member's `value` in its group, by binary search over the group's ascending present
 * values (`sortGroup(...).sorted`): rank (1 = best, ties share the best rank), ascending rank,
 * PostgreSQL percent_rank, "better than" share, quartile, z-score, gaps to the median and to the
 * best (positive = better; see {@link UnitPosition}). `value` must be one of `sorted` (the unit
 * belongs to the group); to place an outsider, put it in the group. Null for a missing value or an
 * empty group. O(log n).
 */
export function positionOf(
  value: number,
  sorted: Float64Array,
  stats: GroupStats,
  polarity: Polarity,
): UnitPosition | null {
  if (!(value - value === 0) || stats.n === 0) return null;
  const below = lowerBound(sorted, value);
  const above = sorted.length - upperBound(sorted, value);
  return positionFromCounts(value + 0, below, above, sorted.length, stats, polarity);
}

/**
 * Typed outputs of {@link rankGroupInto}, each indexed like the input `values` (so one array can
 * hold every group of a partition). Pass only the ones you need. For members with a missing value
 * (and for 'neutral' where the figure needs polarity) the slot gets the "none" marker: 0 for the
 * integer arrays, NaN for the float arrays. Slots of non-members are left untouched.
 */
export interface RankOutput {
  /** 1 = best by polarity, ties share the best rank; 0 = none. */
  rank?: Int32Array;
  /** SQL `rank()` over ascending values; 0 = missing. */
  ascendingRank?: Int32Array;
  /** PostgreSQL `percent_rank()` over ascending values; NaN = missing. */
  percentRank?: Float64Array;
  /** Share of the other members strictly worse; NaN = none. */
  betterThan?: Float64Array;
  /** 1–4, 1 = best quarter; 0 = none. */
  quartile?: Uint8Array;
  /** s·(x − mean)/SD; NaN when missing, n < 2 or SD = 0. */
  zScore?: Float64Array;
}

/**
 * Sorts `keys[left..right]` ascending and applies the same moves to `indexes` (an argsort). Introsort:
 * quicksort with a median-of-three pivot, insertion sort below 16 elements, and heapsort once
 * `depthLimit` partitioning rounds are spent (default 2·⌊log₂ n⌋), so the worst case stays
 * O(n log n). Not stable: equal keys end in an unspecified (but deterministic) order. Keys must not
 * be NaN.
 */
export function sortPairs(
  keys: Float64Array,
  indexes: Int32Array,
  left = 0,
  right = keys.length - 1,
  depthLimit?: number,
): void {
  introsort(keys, indexes, left, right, depthLimit ?? 2 * (31 - Math.clz32(Math.max(1, right - left + 1))));
}

function introsort(k: Float64Array, ix: Int32Array, left: number, right: number, depth: number): void {
  while (right - left >= 16) {
    if (depth-- <= 0) {
      heapsortPairs(k, ix, left, right);
      return;
    }
    const mid = (left + right) >>> 1;
    let x = k[left]!;
    let y = k[mid]!;
    const z = k[right]!;
    if (x > y) {
      const t = x;
      x = y;
      y = t;
    }
    const pivot = z < x ? x : z > y ? y : z;
    let i = left;
    let j = right;
    while (i <= j) {
      while (k[i]! < pivot) i++;
      while (k[j]! > pivot) j--;
      if (i <= j) {
        const t = k[i]!;
        k[i] = k[j]!;
        k[j] = t;
        const u = ix[i]!;
        ix[i] = ix[j]!;
        ix[j] = u;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: stack depth O(log n).
    if (j - left < right - i) {
      introsort(k, ix, left, j, depth);
      left = i;
    } else {
      introsort(k, ix, i, right, depth);
      right = j;
    }
  }
  for (let i = left + 1; i <= right; i++) {
    const v = k[i]!;
    const w = ix[i]!;
    let j = i - 1;
    while (j >= left && k[j]! > v) {
      k[j + 1] = k[j]!;
      ix[j + 1] = ix[j]!;
      j--;
    }
    k[j + 1] = v;
    ix[j + 1] = w;
  }
}

function heapsortPairs(k: Float64Array, ix: Int32Array, left: number, right: number): void {
  const n = right - left + 1;
  const siftDown = (root: number, size: number) => {
    for (;;) {
      let child = 2 * root + 1;
      if (child >= size) return;
      if (child + 1 < size && k[left + child + 1]! > k[left + child]!) child++;
      if (!(k[left + child]! > k[left + root]!)) return;
      const a = left + root;
      const b = left + child;
      const t = k[a]!;
      k[a] = k[b]!;
      k[b] = t;
      const u = ix[a]!;
      ix[a] = ix[b]!;
      ix[b] = u;
      root = child;
    }
  };
  for (let i = (n >>> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = k[left]!;
    k[left] = k[left + end]!;
    k[left + end] = t;
    const u = ix[left]!;
    ix[left] = ix[left + end]!;
    ix[left + end] = u;
    siftDown(0, end);
  }
}

/** Reusable buffers for {@link rankGroupInto}, each of length ≥ the member count. */
export interface RankScratch {
  values: Float64Array;
  indexes: Int32Array;
}

/**
 * Statistics of a group and every member's position in one go (national recompute): sorts the
 * present values together with their unit indexes ({@link sortPairs}), then walks the runs of tied
 * values once — O(m log m), no binary search, no allocation when `scratch` is passed. Writes the
 * figures of {@link UnitPosition} into the `out` arrays (indexed like `values`; see
 * {@link RankOutput} for the "none" markers) and returns what {@link sortGroup} returns (the sorted
 * values are a view into `scratch.values`). `memberIndexes`: distinct indexes, null = every index.
 */
export function rankGroupInto(
  values: IndicatorValues,
  memberIndexes: Int32Array | null,
  polarity: Polarity,
  out: RankOutput,
  scratch?: RankScratch,
): SortedGroup {
  const m = memberCount(values, memberIndexes);
  const keys = scratch !== undefined && scratch.values.length >= m ? scratch.values : new Float64Array(m);
  const idx = scratch !== undefined && scratch.indexes.length >= m ? scratch.indexes : new Int32Array(m);
  const { rank, ascendingRank, percentRank, betterThan, quartile, zScore } = out;
  let n = 0;
  for (let i = 0; i < m; i++) {
    const u = memberIndexes === null ? i : memberIndexes[i]!;
    const v = values[u]!;
    if (v - v === 0) {
      keys[n] = v + 0;
      idx[n++] = u;
      continue;
    }
    if (rank) rank[u] = 0;
    if (ascendingRank) ascendingRank[u] = 0;
    if (percentRank) percentRank[u] = NaN;
    if (betterThan) betterThan[u] = NaN;
    if (quartile) quartile[u] = 0;
    if (zScore) zScore[u] = NaN;
  }
  sortPairs(keys, idx, 0, n - 1);
  const sorted = keys.subarray(0, n);
  const stats = statsOfSorted(sorted, m - n, polarity);
  const s = polaritySign(polarity);
  const neutral = polarity === 'neutral';
  const sd = stats.sd === null || stats.sd === 0 ? NaN : stats.sd;
  const mean = stats.mean ?? NaN;
  for (let start = 0; start < n;) {
    const v = sorted[start]!;
    let end = start + 1;
    while (end < n && sorted[end] === v) end++;
    const below = start;
    const above = n - end;
    const r = neutral ? 0 : (s === 1 ? above : below) + 1;
    const pr = n === 1 ? 0 : below / (n - 1);
    const bt = neutral ? NaN : n === 1 ? 0 : (s === 1 ? below : above) / (n - 1);
    const q = quartileOf(v, stats, polarity) ?? 0;
    const z = (s * (v - mean)) / sd + 0;
    for (let j = start; j < end; j++) {
      const u = idx[j]!;
      if (rank) rank[u] = r;
      if (ascendingRank) ascendingRank[u] = below + 1;
      if (percentRank) percentRank[u] = pr;
      if (betterThan) betterThan[u] = bt;
      if (quartile) quartile[u] = q;
      if (zScore) zScore[u] = z;
    }
    start = end;
  }
  return { stats, sorted };
}

/**
 * Convenience for small arrays (web, reports): statistics of all `values` and each value's
 * position, aligned with the input (null where the value is missing). Empty input → n = 0 stats.
 */
export function describePeerGroup(
  values: IndicatorValues,
  polarity: Polarity,
): { stats: GroupStats; positions: (UnitPosition | null)[] } {
  const { stats, sorted } = sortGroup(values, null, polarity);
  const positions: (UnitPosition | null)[] = [];
  for (let i = 0; i < values.length; i++) positions.push(positionOf(values[i]!, sorted, stats, polarity));
  return { stats, positions };
}

export type DirectionOfTravel = 'improving' | 'worsening' | 'stable' | 'insufficient-data' | 'rising' | 'falling';

export interface TravelOptions {
  /**
   * Number of most recent periods considered: observations with period > latest − window. Default 3.
   * With 2 the rule is "latest against previous".
   */
  window?: number;
  /** |slope|/|level| below this is 'stable'. Default 0.01 (1 % of the level per period). */
  tolerance?: number;
  /** If set, |slope| (indicator units per period) below this is 'stable', instead of the relative rule — for indicators that hover around 0. */
  absoluteTolerance?: number;
}

export interface Travel {
  direction: DirectionOfTravel;
  /** Least-squares slope, indicator units per period; null when insufficient. */
  slope: number | null;
  /** Mean of the values in the window. */
  level: number | null;
  /** slope/|level|; null when insufficient or level = 0. */
  relativeSlope: number | null;
  /** Observations used. */
  observations: number;
  firstPeriod: number | null;
  lastPeriod: number | null;
}

/**
 * Direction of travel of a unit's series, with the numbers behind it. Rule: take the observations
 * with a value (finite, not null) whose period lies in the last `window` periods (period > latest −
 * window; default 3); fit the least-squares slope b = Σ(t − t̄)(y − ȳ)/Σ(t − t̄)² and compare it with
 * the level ȳ: |b|/|ȳ| < tolerance (default 1 % per period) → 'stable' (with `absoluteTolerance`:
 * |b| < absoluteTolerance). Otherwise s·b > 0 → 'improving', < 0 → 'worsening' (s = polarity sign);
 * a 'neutral' indicator gets 'rising' / 'falling' instead. Level 0 with a non-zero slope is never
 * stable under the relative rule. Fewer than 2 distinct periods in the window → 'insufficient-data'.
 * Periods are numbers on an even scale (years; quarters as year + (q − 1)/4).
 */
export function measureTravel(
  series: readonly { period: number; value: number | null }[],
  polarity: Polarity,
  options: TravelOptions = {},
): Travel {
  const window = options.window ?? 3;
  const tolerance = options.tolerance ?? 0.01;
  const present = series.filter(
    (o): o is { period: number; value: number } =>
      o.value !== null && Number.isFinite(o.value) && Number.isFinite(o.period),
  );
  const insufficient: Travel = {
    direction: 'insufficient-data',
    slope: null,
    level: null,
    relativeSlope: null,
    observations: 0,
    firstPeriod: null,
    lastPeriod: null,
  };
  if (present.length === 0) return insufficient;
  let latest = -Infinity;
  for (const o of present) if (o.period > latest) latest = o.period;
  const used = present.filter((o) => o.period > latest - window);
  if (used.length === 0) return insufficient;
  let tMean = 0;
  let yMean = 0;
  let first = Infinity;
  for (const o of used) {
    tMean += o.period;
    yMean += o.value;
    if (o.period < first) first = o.period;
  }
  tMean /= used.length;
  yMean /= used.length;
  let sxy = 0;
  let sxx = 0;
  for (const o of used) {
    sxy += (o.period - tMean) * (o.value - yMean);
    sxx += (o.period - tMean) * (o.period - tMean);
  }
  if (sxx === 0) return { ...insufficient, observations: used.length, firstPeriod: first, lastPeriod: latest };
  const slope = sxy / sxx;
  const relativeSlope = yMean === 0 ? null : slope / Math.abs(yMean);
  const stable =
    options.absoluteTolerance !== undefined
      ? Math.abs(slope) < options.absoluteTolerance
      : slope === 0 || (relativeSlope !== null && Math.abs(relativeSlope) < tolerance);
  const s = polaritySign(polarity);
  const direction: DirectionOfTravel = stable
    ? 'stable'
    : polarity === 'neutral'
      ? slope > 0
        ? 'rising'
        : 'falling'
      : s * slope > 0
        ? 'improving'
        : 'worsening';
  return {
    direction,
    slope,
    level: yMean,
    relativeSlope,
    observations: used.length,
    firstPeriod: first,
    lastPeriod: latest,
  };
}

/** The direction alone; see {@link measureTravel} for the rule, the tolerance and the 'neutral' case. */
export function directionOfTravel(
  series: readonly { period: number; value: number | null }[],
  polarity: Polarity,
  options: TravelOptions = {},
): DirectionOfTravel {
  return measureTravel(series, polarity, options).direction;
}
