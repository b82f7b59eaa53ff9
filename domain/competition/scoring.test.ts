import { describe, expect, it } from 'vitest';
import {
  calibrationScale,
  contributions,
  rankApplications,
  validateCriteria,
  validateScore,
  weightedScore,
  type Rating,
} from './scoring';

describe('criteria and scores', () => {
  it('weights must sum to 100 (decimal weights up to rounding)', () => {
    const c = (id: string, weight: number) => ({ id, weight, min: 0, max: 10 });
    expect(validateCriteria([c('a', 40), c('b', 60)])).toEqual([]);
    expect(validateCriteria([c('a', 33.3), c('b', 33.3), c('c', 33.4)])).toEqual([]);
    expect(validateCriteria([c('a', 40), c('b', 50)])).toEqual([
      { path: 'criteria', message: 'the weights sum to 90, not 100' },
    ]);
    expect(validateCriteria([c('a', 100), c('a', 0)]).map((p) => p.path)).toEqual([
      'criteria[1].id',
      'criteria[1].weight',
    ]);
  });

  it('a score outside the scale or without a justification names the criterion', () => {
    const crit = { id: 'impact', weight: 50, min: 0, max: 10 };
    expect(validateScore(crit, 10, 'ok')).toEqual([]);
    expect(validateScore(crit, 11, 'ok')[0]!.path).toBe('scores.impact.score');
    expect(validateScore(crit, -1, 'ok')[0]!.path).toBe('scores.impact.score');
    expect(validateScore(crit, 5, '  ')[0]!.path).toBe('scores.impact.justification');
  });

  it('weighted score: 30 % × 8 + 70 % × 4 = 5.2', () => {
    const criteria = [
      { id: 'a', weight: 30, min: 0, max: 10 },
      { id: 'b', weight: 70, min: 0, max: 10 },
    ];
    expect(
      weightedScore(
        criteria,
        new Map([
          ['a', 8],
          ['b', 4],
        ]),
      ),
    ).toBeCloseTo(5.2, 12);
    expect(weightedScore(criteria, new Map([['a', 8]]))).toBeNull();
  });
});

/**
 * Four applications, four jurors; juror X skips application X (each application has three jurors,
 * each juror three applications). Weighted scores S:
 *   A (skips 1): app2 8, app3 6, app4 4   → mean 6, SD 2   → z  1, 0, −1
 *   B (skips 2): app1 9, app3 7, app4 5   → mean 7, SD 2   → z  1, 0, −1
 *   C (skips 3): app1 7, app2 6, app4 5   → mean 6, SD 1   → z  1, 0, −1
 *   D (skips 4): app1 8, app2 7, app3 3   → mean 6, SD √7  → z  2/√7, 1/√7, −3/√7
 * Raw means: app1 8, app2 7, app3 16/3, app4 14/3 → ranking 1, 2, 3, 4.
 * Calibrated: app1 (1 + 1 + 2/√7)/3, app2 (1 + 0 + 1/√7)/3, app3 (0 + 0 − 3/√7)/3, app4 −1.
 * Juror D 3 points harsher (5, 4, 0): raw app3 = 13/3 < app4 = 14/3, so raw ranks 3 and 4 swap;
 * D's z are unchanged, so the calibrated scores and ranking are exactly the same.
 */
const base: Rating[] = [
  { jurorId: 'A', applicationId: 2, score: 8 },
  { jurorId: 'A', applicationId: 3, score: 6 },
  { jurorId: 'A', applicationId: 4, score: 4 },
  { jurorId: 'B', applicationId: 1, score: 9 },
  { jurorId: 'B', applicationId: 3, score: 7 },
  { jurorId: 'B', applicationId: 4, score: 5 },
  { jurorId: 'C', applicationId: 1, score: 7 },
  { jurorId: 'C', applicationId: 2, score: 6 },
  { jurorId: 'C', applicationId: 4, score: 5 },
  { jurorId: 'D', applicationId: 1, score: 8 },
  { jurorId: 'D', applicationId: 2, score: 7 },
  { jurorId: 'D', applicationId: 3, score: 3 },
];
const harsh = base.map((r) => (r.jurorId === 'D' ? { ...r, score: r.score - 3 } : r));
const applications = [1, 2, 3, 4].map((id) => ({ id, category: 'gmina' }));
const r7 = Math.sqrt(7);

describe('calibration', () => {
  it('z-scores within each juror, by hand', () => {
    const z = contributions(base, 'calibrated');
    const expected = [1, 0, -1, 1, 0, -1, 1, 0, -1, 2 / r7, 1 / r7, -3 / r7];
    z.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });

  it('raw and calibrated scores and ranks, by hand', () => {
    const raw = rankApplications({ applications, ratings: base, method: 'raw' });
    expect(raw.map((r) => r.score)).toEqual([8, 7, 16 / 3, 14 / 3]);
    expect(raw.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(raw.map((r) => r.spread)).toEqual([2, 2, 4, 1]);
    const cal = rankApplications({ applications, ratings: base, method: 'calibrated' });
    const expected = [(2 + 2 / r7) / 3, (1 + 1 / r7) / 3, -3 / r7 / 3, -1];
    cal.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!, 12));
    expect(cal.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('a juror who scores everyone 3 points lower does not change the calibrated ranking (but changes the raw one)', () => {
    const rawHarsh = rankApplications({ applications, ratings: harsh, method: 'raw' });
    expect(rawHarsh.map((r) => r.rank)).toEqual([1, 2, 4, 3]);
    const cal = rankApplications({ applications, ratings: base, method: 'calibrated' });
    const calHarsh = rankApplications({ applications, ratings: harsh, method: 'calibrated' });
    expect(calHarsh.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    calHarsh.forEach((r, i) => expect(r.score).toBeCloseTo(cal[i]!.score!, 12));
  });

  it('calibrated scores on the criteria scale: mean 75/12 = 6.25, sd √((4 + 4 + 1 + 7)/4) = 2', () => {
    expect(calibrationScale(base)).toEqual({ mean: 6.25, sd: 2 });
    expect(calibrationScale([])).toBeNull();
  });

  it('a juror with one application, or equal scores throughout, contributes z = 0', () => {
    const z = contributions(
      [
        { jurorId: 'solo', applicationId: 1, score: 9 },
        { jurorId: 'flat', applicationId: 1, score: 5 },
        { jurorId: 'flat', applicationId: 2, score: 5 },
      ],
      'calibrated',
    );
    expect(z).toEqual([0, 0, 0]);
  });

  it('ranks within each category; ties share the best rank; unscored applications have none', () => {
    const ranked = rankApplications({
      applications: [
        { id: 1, category: 'gmina' },
        { id: 2, category: 'powiat' },
        { id: 3, category: 'gmina' },
        { id: 4, category: 'gmina' },
        { id: 5, category: 'powiat' },
      ],
      ratings: [
        { jurorId: 'A', applicationId: 1, score: 5 },
        { jurorId: 'A', applicationId: 2, score: 1 },
        { jurorId: 'A', applicationId: 3, score: 5 },
        { jurorId: 'A', applicationId: 4, score: 7 },
      ],
      method: 'raw',
    });
    expect(ranked.map((r) => r.rank)).toEqual([2, 1, 2, 1, null]);
    expect(ranked[4]).toMatchObject({ score: null, jurors: 0, spread: null });
  });
});

describe('bootstrap rank intervals', () => {
  it('reproducible with a seed; every interval contains the rank', () => {
    const a = rankApplications({ applications, ratings: base, method: 'calibrated', bootstrap: { seed: 42 } });
    const b = rankApplications({ applications, ratings: base, method: 'calibrated', bootstrap: { seed: 42 } });
    const c = rankApplications({
      applications,
      ratings: base,
      method: 'calibrated',
      bootstrap: { seed: 7, draws: 999 },
    });
    expect(a.map((r) => r.rankInterval)).toEqual(b.map((r) => r.rankInterval));
    // Application 1's contributions (1, 1, 0.76) and 2's (1, 0, 0.38) overlap, but only 1 in 27
    // resamples of 2 reaches 1 — under the 5 % tail — so the intervals are points here.
    expect(a.map((r) => r.rankInterval)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    // With D harsh, raw scores of 3 (6, 7, 0) and 4 (4, 5, 5) overlap widely: a real interval, drawn the same twice.
    const h1 = rankApplications({ applications, ratings: harsh, method: 'raw', bootstrap: { seed: 42 } });
    const h2 = rankApplications({ applications, ratings: harsh, method: 'raw', bootstrap: { seed: 42 } });
    expect(h1).toEqual(h2);
    expect(h1[2]!.rankInterval![1] - h1[2]!.rankInterval![0]).toBeGreaterThan(0);
    for (const r of [...a, ...c, ...h1]) {
      expect(r.rankInterval![0]).toBeLessThanOrEqual(r.rank!);
      expect(r.rankInterval![1]).toBeGreaterThanOrEqual(r.rank!);
    }
  });

  it('applications whose jurors never overlap have point intervals; overlapping ones, wide ones', () => {
    const ratings: Rating[] = [
      // Application 1: every juror 8–9; application 2: every juror 2–3: no resample can swap them.
      { jurorId: 'A', applicationId: 1, score: 9 },
      { jurorId: 'B', applicationId: 1, score: 8 },
      { jurorId: 'A', applicationId: 2, score: 3 },
      { jurorId: 'B', applicationId: 2, score: 2 },
      // Applications 3 and 4 (another category): 3 gets 1 and 9, 4 gets 5 and 5.
      { jurorId: 'A', applicationId: 3, score: 1 },
      { jurorId: 'B', applicationId: 3, score: 9 },
      { jurorId: 'A', applicationId: 4, score: 5 },
      { jurorId: 'B', applicationId: 4, score: 5 },
    ];
    const ranked = rankApplications({
      applications: [
        { id: 1, category: 'x' },
        { id: 2, category: 'x' },
        { id: 3, category: 'y' },
        { id: 4, category: 'y' },
      ],
      ratings,
      method: 'raw',
      bootstrap: { seed: 1 },
    });
    expect(ranked.map((r) => r.rankInterval)).toEqual([
      [1, 1],
      [2, 2],
      [1, 2],
      [1, 2],
    ]);
  });
});
