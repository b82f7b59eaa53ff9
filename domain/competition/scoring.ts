/**
 * Competition scoring: weighted criteria, per-juror calibration and rankings with bootstrap rank
 * intervals.
 *
 * 1. Criteria. Each has a score scale [min, max] (e.g. 0–10) and a weight > 0; weights sum to 100.
 *    A juror's weighted score of an application is S = Σ wᶜ·sᶜ / 100, on the criteria's scale.
 * 2. Raw score of an application: the mean of its jurors' S.
 * 3. Calibrated score: jurors differ in severity (one gives 4 where another gives 7) and in how much
 *    of the scale they use. Each juror's S are standardised within that juror's own applications,
 *    z = (S − meanⱼ) / SDⱼ (sample SD, n − 1), and an application's calibrated score is the mean of
 *    its jurors' z — in SD units, 0 = the average juror's average application. A juror who scores
 *    everyone 3 points lower, or on a stretched scale, has the same z, so cannot sink (or lift) the
 *    applications they happened to get. This assumes each juror's set of applications is a fair
 *    draw (the assignment mixes them); a juror with fewer than 2 scored applications, or who gave
 *    every one the same S, carries no information about order and contributes z = 0.
 * 4. Rank: 1 = highest score within the application's category; ties share the best rank.
 * 5. Rank interval: a bootstrap over jurors — in each of B draws (default 1,000) every
 *    application's jurors are resampled with replacement (as many as it has) and its score is the
 *    mean of the drawn jurors' contributions (S or z, fixed); applications are ranked within their
 *    category; the interval is the 5th–95th percentile of an application's ranks (type 7, so it may
 *    fall between integers). Random numbers come from mulberry32 seeded by `seed`, in application
 *    order, so the same input and seed give the same intervals (the composite index's house style).
 */
import { quantileSorted } from '../benchmarking/stats';
import { mulberry32 } from '../random';

export interface Criterion {
  id: string;
  weight: number;
  min: number;
  max: number;
}

export interface Problem {
  path: string;
  message: string;
}

/** Problems of a criteria list (empty = valid): unique ids, scales, positive weights summing to 100. */
export function validateCriteria(criteria: readonly Criterion[]): Problem[] {
  const problems: Problem[] = [];
  if (criteria.length === 0) problems.push({ path: 'criteria', message: 'give at least one criterion' });
  const ids = new Set<string>();
  criteria.forEach((c, i) => {
    if (ids.has(c.id)) problems.push({ path: `criteria[${i}].id`, message: `criterion "${c.id}" appears twice` });
    ids.add(c.id);
    if (!(Number.isFinite(c.weight) && c.weight > 0))
      problems.push({ path: `criteria[${i}].weight`, message: `the weight of "${c.id}" must be a number above 0` });
    if (!(Number.isFinite(c.min) && Number.isFinite(c.max) && c.min < c.max))
      problems.push({
        path: `criteria[${i}].max`,
        message: `the scale of "${c.id}" must run from a lower to a higher number`,
      });
  });
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  // Decimal weights such as 33.3 + 33.3 + 33.4 sum to 100 only up to rounding in binary.
  if (criteria.length > 0 && Math.abs(total - 100) > 1e-9)
    problems.push({ path: 'criteria', message: `the weights sum to ${total}, not 100` });
  return problems;
}

/** Problems of one criterion score (empty = valid): on the scale, with a justification. */
export function validateScore(criterion: Criterion, score: number, justification: string): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isFinite(score) || score < criterion.min || score > criterion.max)
    problems.push({
      path: `scores.${criterion.id}.score`,
      message: `the score for "${criterion.id}" must be between ${criterion.min} and ${criterion.max}`,
    });
  if (justification.trim().length === 0)
    problems.push({ path: `scores.${criterion.id}.justification`, message: `justify the score for "${criterion.id}"` });
  return problems;
}

/** S = Σ wᶜ·sᶜ / 100; null when a criterion has no score. */
export function weightedScore(criteria: readonly Criterion[], scores: ReadonlyMap<string, number>): number | null {
  let total = 0;
  for (const c of criteria) {
    const s = scores.get(c.id);
    if (s === undefined) return null;
    total += c.weight * s;
  }
  return total / 100;
}

export interface Rating {
  applicationId: number;
  jurorId: string;
  /** The juror's weighted score S of the application. */
  score: number;
}

export type RankingMethod = 'raw' | 'calibrated';

/** Each rating's contribution: S itself (raw) or the juror-standardised z (calibrated). */
export function contributions(ratings: readonly Rating[], method: RankingMethod): number[] {
  if (method === 'raw') return ratings.map((r) => r.score);
  const byJuror = new Map<string, number[]>();
  for (const r of ratings) {
    const list = byJuror.get(r.jurorId) ?? [];
    list.push(r.score);
    byJuror.set(r.jurorId, list);
  }
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const [juror, list] of byJuror) {
    const mean = list.reduce((s, v) => s + v, 0) / list.length;
    const sd = list.length < 2 ? 0 : Math.sqrt(list.reduce((s, v) => s + (v - mean) ** 2, 0) / (list.length - 1));
    stats.set(juror, { mean, sd });
  }
  return ratings.map((r) => {
    const { mean, sd } = stats.get(r.jurorId)!;
    // Differences below rounding noise of equal scores count as no spread.
    return sd > 1e-12 ? (r.score - mean) / sd : 0;
  });
}

export interface RankedApplication {
  applicationId: number;
  category: string;
  /** Mean contribution; null when no juror has scored it. */
  score: number | null;
  rank: number | null;
  rankInterval: [number, number] | null;
  jurors: number;
  /** max − min of the jurors' weighted raw scores S (0 for one juror); null without scores. */
  spread: number | null;
}

/** Ranks (1 = highest, ties the best rank) of `scores` within each category; NaN scores get none. */
function ranksWithin(categories: readonly string[], scores: ArrayLike<number>, out: Float64Array) {
  const n = categories.length;
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    if (Number.isNaN(s)) {
      out[i] = NaN;
      continue;
    }
    let above = 0;
    for (let j = 0; j < n; j++) if (categories[j] === categories[i] && scores[j]! > s) above += 1;
    out[i] = above + 1;
  }
}

export function rankApplications(input: {
  applications: readonly { id: number; category: string }[];
  ratings: readonly Rating[];
  method: RankingMethod;
  bootstrap?: { draws?: number; seed: number };
}): RankedApplication[] {
  const { applications, ratings } = input;
  const values = contributions(ratings, input.method);
  const own = applications.map((a) => {
    const idx = ratings.flatMap((r, i) => (r.applicationId === a.id ? [i] : []));
    const raw = idx.map((i) => ratings[i]!.score);
    return {
      contributions: idx.map((i) => values[i]!),
      spread: raw.length === 0 ? null : Math.max(...raw) - Math.min(...raw),
    };
  });
  const categories = applications.map((a) => a.category);
  const scores = Float64Array.from(own, (o) =>
    o.contributions.length === 0 ? NaN : o.contributions.reduce((s, v) => s + v, 0) / o.contributions.length,
  );
  const rank = new Float64Array(applications.length);
  ranksWithin(categories, scores, rank);

  let intervals: ([number, number] | null)[] = applications.map(() => null);
  if (input.bootstrap) {
    const draws = input.bootstrap.draws ?? 1000;
    const random = mulberry32(input.bootstrap.seed);
    const n = applications.length;
    const all = new Float64Array(draws * n);
    const drawn = new Float64Array(n);
    const drawnRank = new Float64Array(n);
    for (let d = 0; d < draws; d++) {
      for (let i = 0; i < n; i++) {
        const c = own[i]!.contributions;
        if (c.length === 0) {
          drawn[i] = NaN;
          continue;
        }
        let total = 0;
        for (let j = 0; j < c.length; j++) total += c[Math.floor(random() * c.length)]!;
        drawn[i] = total / c.length;
      }
      ranksWithin(categories, drawn, drawnRank);
      all.set(drawnRank, d * n);
    }
    const mine = new Float64Array(draws);
    intervals = applications.map((_, i) => {
      if (Number.isNaN(scores[i]!)) return null;
      for (let d = 0; d < draws; d++) mine[d] = all[d * n + i]!;
      mine.sort();
      return [quantileSorted(mine, 0.05)!, quantileSorted(mine, 0.95)!];
    });
  }

  return applications.map((a, i) => ({
    applicationId: a.id,
    category: a.category,
    score: Number.isNaN(scores[i]!) ? null : scores[i]!,
    rank: Number.isNaN(rank[i]!) ? null : rank[i]!,
    rankInterval: intervals[i]!,
    jurors: own[i]!.contributions.length,
    spread: own[i]!.spread,
  }));
}

/**
 * To show a calibrated score (z̄, SD units) on the criteria's own scale — where the panel agrees
 * final scores — it is mapped to mean + z̄ × sd, with mean = the mean of every rating S and sd =
 * the root mean square of the jurors' SDs (jurors with at least 2 ratings). Linear and the same
 * for every application, so it keeps the calibrated order. Null without any rating.
 */
export function calibrationScale(ratings: readonly Rating[]): { mean: number; sd: number } | null {
  if (ratings.length === 0) return null;
  const mean = ratings.reduce((s, r) => s + r.score, 0) / ratings.length;
  const byJuror = new Map<string, number[]>();
  for (const r of ratings) byJuror.set(r.jurorId, [...(byJuror.get(r.jurorId) ?? []), r.score]);
  const variances: number[] = [];
  for (const list of byJuror.values()) {
    if (list.length < 2) continue;
    const m = list.reduce((s, v) => s + v, 0) / list.length;
    variances.push(list.reduce((s, v) => s + (v - m) ** 2, 0) / (list.length - 1));
  }
  const sd = variances.length === 0 ? 0 : Math.sqrt(variances.reduce((s, v) => s + v, 0) / variances.length);
  return { mean, sd };
}
