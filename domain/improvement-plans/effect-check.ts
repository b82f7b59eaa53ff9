/**
 * Closing the loop: did the indicator an improvement action was meant to move actually move — more
 * than it moved in the peer group over the same periods? A difference-in-differences on the peer
 * median (METHODS.md §4.4 for quartiles and percentile ranks), polarity-aware.
 *
 * The rule, precisely:
 *
 * 1. Windows. Baseline = the unit's last `baselinePeriods` (default 3) periods with a value that end
 *    before the action starts; follow-up = its first `followUpPeriods` (default 3) periods with a
 *    value that start after the action ends. Periods overlapping the action (implementation time)
 *    are left out. The windows are chosen on the unit's data and then used, by period, for every peer.
 * 2. Changes. Unit: Δu = mean(follow-up values) − mean(baseline values) — means rather than
 *    last-before vs first-after, so one noisy year moves the result less. Each peer i: Δpᵢ, the same
 *    formula over the same periods, from whichever of them the peer has values for (at least one in
 *    each window, else the peer is left out and listed).
 * 3. Effect. DiD = Δu − median(Δpᵢ). With s = +1 (higher is better) or −1 (lower is better), the
 *    unit's improvement beyond peers is s·DiD (positive = better than peers).
 * 4. Normal variation. IQR = Q3 − Q1 of the peers' changes (Hyndman–Fan type 7). Tolerance
 *    τ = max(minimumEffect, spreadMultiplier × IQR), defaults minimumEffect 0, spreadMultiplier 1.
 * 5. Verdict. s·DiD > τ → improved-more-than-peers; s·DiD < −τ → worse-than-peers; otherwise
 *    in-line-with-peers. Because the median lies within [Q1, Q3], |DiD| > IQR implies that Δu is
 *    outside the peers' interquartile range: "beyond normal variation" means both the unit's
 *    change lies outside the middle half of the peers' changes and its distance from the peer median
 *    exceeds the whole width of that middle half (≈ 1.35 SD for normally distributed changes).
 * 6. Not enough data (checked first, every reason listed): no unit value before the action starts,
 *    none after it ends, or fewer than `minPeers` (default 5) peers with a change.
 *
 * Also reported, for the reader rather than the verdict: the unit's percentile rank among the
 * peers' improvements (ties half) and its rank among peers + unit (1 = most improved) — a
 * permutation-style view: with N peers, a rank of 1 has a 1/(N + 1) chance if the action did nothing.
 *
 * Periods are `YYYY`, `YYYY-Hn`, `YYYY-Qn` (the indicator value store's periods), `YYYY-MM` or
 * `YYYY-MM-DD`; peers are matched to the unit by the same period string. Action start/end accept
 * the same forms (start = its first day, end = its last day). The peer group must not include the
 * unit itself.
 */
import { mean, median, percentileRank, quantile } from '../self-assessment/statistics';

/** Same values as the indicator catalogue's polarity; a neutral indicator has no "better", so no effect check. */
export type EffectPolarity = 'higher-is-better' | 'lower-is-better';

export interface PeriodValue {
  period: string;
  /** Null = no value for the period. */
  value: number | null;
}

export interface PeerSeries {
  unitId: string;
  values: readonly PeriodValue[];
}

export interface EffectCheckInput {
  polarity: EffectPolarity;
  /** First period/day of the action (`YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`). */
  actionStart: string;
  /** Last period/day of the action. */
  actionEnd: string;
  unit: readonly PeriodValue[];
  peers: readonly PeerSeries[];
}

export interface EffectCheckOptions {
  /** How many of the unit's last periods before the action form the baseline; default 3. */
  baselinePeriods?: number;
  /** How many of the unit's first periods after the action form the follow-up; default 3. */
  followUpPeriods?: number;
  /** Fewest peers with a change for a verdict; default 5. */
  minPeers?: number;
  /** Smallest |DiD| that counts as an effect, in the indicator's unit; default 0. */
  minimumEffect?: number;
  /** Tolerance = spreadMultiplier × IQR of the peers' changes (if above minimumEffect); default 1. */
  spreadMultiplier?: number;
}

export type EffectVerdict = 'improved-more-than-peers' | 'in-line-with-peers' | 'worse-than-peers' | 'not-enough-data';

export interface NotEnoughData {
  code: 'NO_BASELINE' | 'NO_FOLLOW_UP' | 'TOO_FEW_PEERS';
  message: string;
}

export interface EffectCheck {
  verdict: EffectVerdict;
  /** Why there is no verdict; empty unless `not-enough-data`. */
  reasons: NotEnoughData[];
  polarity: EffectPolarity;
  baselinePeriods: string[];
  followUpPeriods: string[];
  unit: { before: number | null; after: number | null; change: number | null };
  peers: {
    /** Peers with a change, in input order; `change` = Δpᵢ in the indicator's unit (no polarity applied). */
    changes: { unitId: string; change: number }[];
    /** Peers left out: no value in the baseline or follow-up periods. */
    excluded: { unitId: string; reason: 'NO_BASELINE_VALUE' | 'NO_FOLLOW_UP_VALUE' }[];
    medianChange: number | null;
    q1: number | null;
    q3: number | null;
    iqr: number | null;
  };
  /** Δu − median(Δpᵢ), indicator units, no polarity applied. */
  differenceInDifferences: number | null;
  /** s·DiD: positive = the unit improved more (or worsened less) than the peer median. */
  improvementBeyondPeers: number | null;
  /** τ = max(minimumEffect, spreadMultiplier × IQR). */
  tolerance: number | null;
  /** Percentile rank (0–100, ties half) of the unit's improvement s·Δu among the peers' s·Δpᵢ. */
  percentileRank: number | null;
  /** 1 = the unit improved most among peers + unit; `of` = peers with a change + 1. */
  rank: { position: number; of: number } | null;
}

export interface EffectInputProblem {
  path: string;
  message: string;
}

/** Judges whether an improvement action moved its indicator more than the peer group's; see the module comment for the rule. */
export function checkEffect(
  input: EffectCheckInput,
  options: EffectCheckOptions = {},
): { ok: true; check: EffectCheck } | { ok: false; errors: EffectInputProblem[] } {
  const baselineCount = options.baselinePeriods ?? 3;
  const followUpCount = options.followUpPeriods ?? 3;
  const minPeers = options.minPeers ?? 5;
  const minimumEffect = options.minimumEffect ?? 0;
  const spreadMultiplier = options.spreadMultiplier ?? 1;

  const errors: EffectInputProblem[] = [];
  const wholeAtLeastOne = (name: string, v: number) => {
    if (!Number.isInteger(v) || v < 1)
      errors.push({ path: `options.${name}`, message: `${name} must be a whole number ≥ 1` });
  };
  wholeAtLeastOne('baselinePeriods', baselineCount);
  wholeAtLeastOne('followUpPeriods', followUpCount);
  wholeAtLeastOne('minPeers', minPeers);
  if (!(minimumEffect >= 0 && Number.isFinite(minimumEffect)))
    errors.push({ path: 'options.minimumEffect', message: 'minimumEffect must be a finite number ≥ 0' });
  if (!(spreadMultiplier >= 0 && Number.isFinite(spreadMultiplier)))
    errors.push({ path: 'options.spreadMultiplier', message: 'spreadMultiplier must be a finite number ≥ 0' });
  if (input.polarity !== 'higher-is-better' && input.polarity !== 'lower-is-better')
    errors.push({ path: 'polarity', message: `unknown polarity ${JSON.stringify(input.polarity)}` });

  const start = parsePeriod(input.actionStart);
  const end = parsePeriod(input.actionEnd);
  if (start === null)
    errors.push({
      path: 'actionStart',
      message: `"${input.actionStart}" is not a period (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`,
    });
  if (end === null)
    errors.push({
      path: 'actionEnd',
      message: `"${input.actionEnd}" is not a period (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`,
    });
  if (start !== null && end !== null && end.last < start.first)
    errors.push({
      path: 'actionEnd',
      message: `the action ends (${input.actionEnd}) before it starts (${input.actionStart})`,
    });

  const unitSeries = readSeries(input.unit, 'unit', errors);
  const peerSeries = input.peers.map((p, i) => ({
    unitId: p.unitId,
    series: readSeries(p.values, `peers[${i}]`, errors),
  }));
  const peerIds = input.peers.map((p) => p.unitId);
  peerIds.forEach((id, i) => {
    if (peerIds.indexOf(id) !== i)
      errors.push({ path: `peers[${i}].unitId`, message: `peer "${id}" appears more than once` });
  });
  if (errors.length > 0 || start === null || end === null) return { ok: false, errors };

  const sign = input.polarity === 'higher-is-better' ? 1 : -1;
  const valued = [...unitSeries.values()]
    .filter((p) => p.value !== null)
    .sort((a, b) => a.first - b.first || a.last - b.last);
  const baseline = valued.filter((p) => p.last < start.first).slice(-baselineCount);
  const followUp = valued.filter((p) => p.first > end.last).slice(0, followUpCount);
  const baselinePeriods = baseline.map((p) => p.period);
  const followUpPeriods = followUp.map((p) => p.period);
  const before = mean(baseline.map((p) => p.value!));
  const after = mean(followUp.map((p) => p.value!));
  const unitChange = before === null || after === null ? null : after - before;

  const reasons: NotEnoughData[] = [];
  if (baseline.length === 0)
    reasons.push({
      code: 'NO_BASELINE',
      message: `the unit has no value for any period before the action starts (${input.actionStart})`,
    });
  if (followUp.length === 0)
    reasons.push({
      code: 'NO_FOLLOW_UP',
      message: `the unit has no value for any period after the action ends (${input.actionEnd})`,
    });

  const changes: { unitId: string; change: number }[] = [];
  const excluded: EffectCheck['peers']['excluded'] = [];
  if (unitChange !== null) {
    for (const peer of peerSeries) {
      const pick = (periods: string[]) =>
        periods.map((p) => peer.series.get(p)?.value ?? null).filter((v): v is number => v !== null);
      const peerBefore = mean(pick(baselinePeriods));
      const peerAfter = mean(pick(followUpPeriods));
      if (peerBefore === null) excluded.push({ unitId: peer.unitId, reason: 'NO_BASELINE_VALUE' });
      else if (peerAfter === null) excluded.push({ unitId: peer.unitId, reason: 'NO_FOLLOW_UP_VALUE' });
      else changes.push({ unitId: peer.unitId, change: peerAfter - peerBefore });
    }
    if (changes.length < minPeers) {
      reasons.push({
        code: 'TOO_FEW_PEERS',
        message: `${changes.length} peer(s) have values in both the baseline and follow-up periods; at least ${minPeers} are needed`,
      });
    }
  }

  const peerChanges = changes.map((c) => c.change);
  const q1 = quantile(peerChanges, 0.25);
  const q3 = quantile(peerChanges, 0.75);
  const medianChange = median(peerChanges);
  const iqr = q1 === null || q3 === null ? null : q3 - q1;
  const peers = { changes, excluded, medianChange, q1, q3, iqr };
  const base = {
    polarity: input.polarity,
    baselinePeriods,
    followUpPeriods,
    unit: { before, after, change: unitChange },
    peers,
  };

  if (reasons.length > 0 || unitChange === null || medianChange === null || iqr === null) {
    return {
      ok: true,
      check: {
        ...base,
        verdict: 'not-enough-data',
        reasons,
        differenceInDifferences: null,
        improvementBeyondPeers: null,
        tolerance: null,
        percentileRank: null,
        rank: null,
      },
    };
  }

  const did = unitChange - medianChange;
  const improvement = sign * did;
  const tolerance = Math.max(minimumEffect, spreadMultiplier * iqr);
  const unitImprovement = sign * unitChange;
  const peerImprovements = peerChanges.map((c) => sign * c);
  const verdict: EffectVerdict =
    improvement > tolerance
      ? 'improved-more-than-peers'
      : improvement < -tolerance
        ? 'worse-than-peers'
        : 'in-line-with-peers';
  return {
    ok: true,
    check: {
      ...base,
      verdict,
      reasons,
      differenceInDifferences: did,
      improvementBeyondPeers: improvement,
      tolerance,
      percentileRank: percentileRank(unitImprovement, peerImprovements),
      rank: {
        position: 1 + peerImprovements.filter((p) => p > unitImprovement).length,
        of: peerImprovements.length + 1,
      },
    },
  };
}

interface ParsedPeriod {
  period: string;
  /** First and last day, as days since 1970-01-01. */
  first: number;
  last: number;
  value: number | null;
}

function readSeries(
  values: readonly PeriodValue[],
  path: string,
  errors: EffectInputProblem[],
): Map<string, ParsedPeriod> {
  const out = new Map<string, ParsedPeriod>();
  values.forEach((v, i) => {
    const at = `${path}.values[${i}]`;
    const span = parsePeriod(v.period);
    if (span === null) {
      errors.push({
        path: `${at}.period`,
        message: `"${v.period}" is not a period (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`,
      });
      return;
    }
    if (v.value !== null && (typeof v.value !== 'number' || !Number.isFinite(v.value))) {
      errors.push({ path: `${at}.value`, message: `${String(v.value)} is not a number` });
      return;
    }
    if (out.has(v.period)) {
      errors.push({ path: `${at}.period`, message: `period ${v.period} appears more than once` });
      return;
    }
    out.set(v.period, { period: v.period, first: span.first, last: span.last, value: v.value });
  });
  return out;
}

const MS_PER_DAY = 86_400_000;
const day = (y: number, m0: number, d: number) => Date.UTC(y, m0, d) / MS_PER_DAY;

/** First and last day (days since 1970-01-01) of `YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed. */
function parsePeriod(p: string): { first: number; last: number } | null {
  // Date.UTC reads years 0–99 as 1900–1999; no indicator has values that old, so refuse them.
  if (!/^[1-9]/.test(p)) return null;
  let m = /^(\d{4})$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    return { first: day(y, 0, 1), last: day(y + 1, 0, 1) - 1 };
  }
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { first: day(y, 6 * (h - 1), 1), last: day(y, 6 * h, 1) - 1 };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { first: day(y, 3 * (q - 1), 1), last: day(y, 3 * q, 1) - 1 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? { first: day(y, mo - 1, 1), last: day(y, mo, 1) - 1 } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const n = day(y, mo - 1, d);
    const back = new Date(n * MS_PER_DAY);
    return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
      ? { first: n, last: n }
      : null;
  }
  return null;
}
