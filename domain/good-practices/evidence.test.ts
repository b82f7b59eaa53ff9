import { describe, expect, it } from 'vitest';
import { checkEffect, type PeerSeries, type PeriodValue } from '../improvement-plans/effect-check';
import { evidenceRank, gradeEvidence } from './evidence';

const years = (values: (number | null)[], from = 2014): PeriodValue[] =>
  values.map((value, i) => ({ period: String(from + i), value }));

/**
 * Constructed series 2014–2021, practice started 2018 (baseline 2015–2017, follow-up 2019–2021).
 * Six peers, each flat plus a small, known change: changes +1, +2, +3, +4, +5, +6 → median 3.5,
 * Q1 2.25, Q3 4.75 (type 7), IQR 2.5.
 */
const peers: PeerSeries[] = [1, 2, 3, 4, 5, 6].map((d, i) => ({
  unitId: `P${i}`,
  values: years([50, 50, 50, 50, null, 50 + d, 50 + d, 50 + d]),
}));

function verdictFor(unit: PeriodValue[], polarity: 'higher-is-better' | 'lower-is-better' = 'higher-is-better') {
  const r = checkEffect({ polarity, actionStart: '2018', actionEnd: '2018', unit, peers });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.check.verdict;
}

describe('gradeEvidence on constructed series', () => {
  // Unit change +10: DiD = 10 − 3.5 = 6.5 > IQR 2.5 → better than peers.
  const better = years([40, 40, 40, 40, null, 50, 50, 50]);
  // Unit change +4: DiD = 0.5 ≤ 2.5 → in line.
  const inLine = years([40, 40, 40, 40, null, 44, 44, 44]);
  // Unit change −3: DiD = −6.5 < −2.5 → worse.
  const worse = years([40, 40, 40, 40, null, 37, 37, 37]);
  // No value after the start → not enough data yet.
  const noFollowUp = years([40, 40, 40, 40, null, null, null, null]);

  it('checks the constructed verdicts first (hand-computed above)', () => {
    expect(verdictFor(better)).toBe('improved-more-than-peers');
    expect(verdictFor(inLine)).toBe('in-line-with-peers');
    expect(verdictFor(worse)).toBe('worse-than-peers');
    expect(verdictFor(noFollowUp)).toBe('not-enough-data');
    // Lower is better: +10 is then a worsening beyond the peers' (which also worsened by 3.5).
    expect(verdictFor(better, 'lower-is-better')).toBe('worse-than-peers');
  });

  it('"measured and better than peers" when an indicator improved more than peers', () => {
    expect(gradeEvidence([verdictFor(better)])).toBe('measured-better-than-peers');
    expect(gradeEvidence([verdictFor(better), verdictFor(inLine)])).toBe('measured-better-than-peers');
    expect(gradeEvidence([verdictFor(better), verdictFor(noFollowUp)])).toBe('measured-better-than-peers');
  });

  it('"measured" when verdicts exist but none is better, or a better one comes with a worse one', () => {
    expect(gradeEvidence([verdictFor(inLine)])).toBe('measured');
    expect(gradeEvidence([verdictFor(worse)])).toBe('measured');
    expect(gradeEvidence([verdictFor(better), verdictFor(worse)])).toBe('measured');
  });

  it('"described only" without indicators, without enough data, or with only neutral indicators', () => {
    expect(gradeEvidence([])).toBe('described-only');
    expect(gradeEvidence([verdictFor(noFollowUp)])).toBe('described-only');
    expect(gradeEvidence(['not-applicable'])).toBe('described-only');
  });

  it('ranks stronger evidence first', () => {
    expect(evidenceRank('measured-better-than-peers')).toBeGreaterThan(evidenceRank('measured'));
    expect(evidenceRank('measured')).toBeGreaterThan(evidenceRank('described-only'));
  });
});
