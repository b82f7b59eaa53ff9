/**
 * The fuzz suite of issue #17, bounded for `npm test`: a fixed seed and a few hundred cases per
 * door. `npm run fuzz -- --cases 10000` runs the same fuzzers longer (scripts/fuzz.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/helpers/app';
import {
  classify,
  fuzzImports,
  fuzzJsonBodies,
  fuzzSurveyAnswers,
  summary,
  type Finding,
  type FuzzReport,
} from '../tests/fuzz/fuzzers';

const SEED = 20261207;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { surveyRateLimit: 1_000_000 } });
});
afterAll(() => t.close());

function expectClean(report: FuzzReport) {
  // The findings themselves in the failure message: the case number reproduces it with the seed.
  expect(report.findings, JSON.stringify(summary([report]))).toEqual([]);
}

describe('the detector', () => {
  it('flags a 5xx, a slow answer, an error without a code and a file error without a row', () => {
    const findings: Finding[] = [];
    classify('x', 1, { status: 500, ms: 5, body: '{}' }, findings, false);
    classify('x', 2, { status: 200, ms: 2_500, body: '{}' }, findings, false);
    classify('x', 3, { status: 400, ms: 5, body: 'Bad Request' }, findings, false);
    classify(
      'x',
      4,
      { status: 400, ms: 5, body: '{"error":{"code":"VALIDATION_FAILED","message":"m","details":[{}]}}' },
      findings,
      true,
    );
    classify(
      'x',
      5,
      { status: 400, ms: 5, body: '{"error":{"code":"VALIDATION_FAILED","message":"m","details":[{"row":2}]}}' },
      findings,
      true,
    );
    expect(findings.map((f) => [f.case, f.kind])).toEqual([
      [1, 'crash'],
      [2, 'hang'],
      [3, 'unclear'],
      [4, 'unclear'],
    ]);
  });
});

describe('fuzzing with a fixed seed', () => {
  it('value imports: 100 mutated CSV and XLSX files — no crash, hang, partial write or unlocated error', async () => {
    const report = await fuzzImports(t, { cases: 100, seed: SEED });
    expectClean(report);
    // The cases reach past the parser: some files are accepted, most are refused for a reason.
    expect(report.statuses['200'] ?? 0).toBeGreaterThan(10);
    expect(report.statuses['400'] ?? 0).toBeGreaterThan(30);
  }, 300_000);

  it('survey answers: 500 mutated answers — no crash, hang or answer stored when refused', async () => {
    const report = await fuzzSurveyAnswers(t, { cases: 500, seed: SEED });
    expectClean(report);
    expect(report.statuses['201'] ?? 0).toBeGreaterThan(50);
    expect(report.statuses['400'] ?? 0).toBeGreaterThan(50);
  }, 300_000);

  it('JSON bodies of every write route: 250 cases — no crash, hang, unclear error or audited refusal', async () => {
    const report = await fuzzJsonBodies(t, { cases: 250, seed: SEED });
    expectClean(report);
    expect(report.statuses['400'] ?? 0).toBeGreaterThan(50);
    expect(Object.keys(report.statuses).some((s) => Number(s) < 300)).toBe(true);
  }, 300_000);
});
