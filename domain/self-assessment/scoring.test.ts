import { describe, expect, it } from 'vitest';
import cafJson from '../../data/frameworks/caf-2020.json';
import efqmJson from '../../data/frameworks/efqm-2025.json';
import { type Framework, parseFramework } from './framework';
import {
  type AssessmentScore,
  type ItemScoreInput,
  type ScoreValues,
  compareRounds,
  scoreAssessment,
  validateScore,
} from './scoring';

function load(json: unknown): Framework {
  const parsed = parseFramework(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  return parsed.framework;
}
const caf = load(cafJson);
const efqm = load(efqmJson);

function assess(framework: Framework, mode: string, inputs: ItemScoreInput[]): AssessmentScore {
  const result = scoreAssessment(framework, mode, inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.assessment;
}

/** Classical CAF inputs from `{ '1.1': 40, … }`. */
const classical = (scores: Record<string, number>): ItemScoreInput[] =>
  Object.entries(scores).map(([itemId, values]) => ({ itemId, values }));

describe('validateScore', () => {
  it.each<[string, string, string, ScoreValues, number, Record<string, string | undefined>]>([
    // classical: the single score is the subcriterion score; the band is reported
    ['classical enabler', 'classical', '1.1', 57, 57, { score: 'CHECK' }],
    ['classical enabler, record form', 'classical', '1.1', { score: 0 }, 0, { score: undefined }],
    ['classical result', 'classical', '9.2', 100, 100, { score: undefined }],
    // fine-tuned enabler: (P + D + C + A)/4 = (60 + 50 + 40 + 30)/4 = 180/4 = 45
    ['fine-tuned enabler', 'fine-tuned', '3.2', { plan: 60, do: 50, check: 40, act: 30 }, 45, {}],
    // (75 + 40 + 21 + 10)/4 = 146/4 = 36.5 — never rounded
    ['fine-tuned enabler, fractional mean', 'fine-tuned', '4.6', { plan: 75, do: 40, check: 21, act: 10 }, 36.5, {}],
    // fine-tuned result: (trend + targets)/2 = (70 + 45)/2 = 57.5
    ['fine-tuned result', 'fine-tuned', '6.1', { trend: 70, targets: 45 }, 57.5, {}],
  ])('%s: %s %s %j → %d', (_name, mode, itemId, values, expected, phases) => {
    const result = validateScore(caf, mode, itemId, values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.score.score).toBe(expected);
    for (const [component, phase] of Object.entries(phases)) expect(result.score.bands[component]?.phase).toBe(phase);
  });

  it('reports the band of each fine-tuned component', () => {
    const result = validateScore(caf, 'fine-tuned', '1.2', { plan: 95, do: 60, check: 20, act: 5 });
    expect(result.ok && Object.values(result.score.bands).map((b) => [b!.min, b!.max])).toEqual([
      [91, 100],
      [51, 70],
      [11, 30],
      [0, 10],
    ]);
  });

  it.each<[string, string, string, ScoreValues, string, string | undefined, RegExp]>([
    [
      'above 100',
      'classical',
      '1.1',
      105,
      'OUT_OF_RANGE',
      'score',
      /^subcriterion 1\.1, Score: score 105 is outside 0–100$/,
    ],
    ['negative', 'classical', '7.2', -1, 'OUT_OF_RANGE', 'score', /subcriterion 7\.2/],
    ['not whole', 'classical', '2.4', 57.5, 'OFF_STEP', 'score', /subcriterion 2\.4.*must be a whole number/],
    ['NaN', 'classical', '2.4', Number.NaN, 'NOT_A_NUMBER', 'score', /subcriterion 2\.4/],
    [
      'one number for PDCA',
      'fine-tuned',
      '1.1',
      50,
      'SINGLE_VALUE_FOR_SEVERAL_COMPONENTS',
      undefined,
      /subcriterion 1\.1: one number given, but this mode scores plan, do, check, act/,
    ],
    [
      'missing ACT',
      'fine-tuned',
      '1.1',
      { plan: 50, do: 50, check: 50 },
      'MISSING_COMPONENT',
      'act',
      /subcriterion 1\.1, ACT: no score/,
    ],
    [
      'PDCA on a result',
      'fine-tuned',
      '6.2',
      { trend: 50, targets: 50, plan: 50 },
      'UNKNOWN_COMPONENT',
      'plan',
      /subcriterion 6\.2: "plan" is not scored in this mode/,
    ],
    [
      'PLAN over 100',
      'fine-tuned',
      '5.1',
      { plan: 101, do: 50, check: 50, act: 50 },
      'OUT_OF_RANGE',
      'plan',
      /subcriterion 5\.1, PLAN/,
    ],
    ['unknown subcriterion', 'classical', '4.7', 50, 'UNKNOWN_ITEM', undefined, /no subcriterion "4\.7"/],
    [
      'unknown mode',
      'advanced',
      '1.1',
      50,
      'UNKNOWN_MODE',
      undefined,
      /no scoring mode "advanced" \(known: classical, fine-tuned\)/,
    ],
  ])('%s (%s, %s) → error', (_name, mode, itemId, values, code, component, message) => {
    const result = validateScore(caf, mode, itemId, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject(component === undefined ? { code, itemId } : { code, itemId, component });
    if (component === undefined) expect(result.errors[0]!.component).toBeUndefined();
    expect(result.errors[0]!.message).toMatch(message);
  });

  it('reports every bad component at once', () => {
    const result = validateScore(caf, 'fine-tuned', '3.3', { plan: 120, do: 33.3, act: 10 });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.component])).toEqual([
      ['OUT_OF_RANGE', 'plan'],
      ['OFF_STEP', 'do'],
      ['MISSING_COMPONENT', 'check'],
    ]);
  });

  // A framework whose data says scores are chosen as band steps (legacy CAF 0–5 stored as 0/20/…/100):
  // no code change, only data.
  const legacy = load({
    schemaVersion: 1,
    id: 'legacy-0-5',
    version: '1',
    title: { en: 'Legacy', pl: 'Dawny' },
    notes: [],
    sources: [],
    kinds: [{ id: 'enabler', title: { en: 'Enablers', pl: 'Potencjał' } }],
    modes: [
      {
        id: 'steps',
        title: { en: 'Steps', pl: 'Kroki' },
        panels: {
          enabler: {
            combine: 'mean',
            components: [
              {
                id: 'score',
                title: { en: 'Score', pl: 'Ocena' },
                min: 0,
                max: 100,
                step: 1,
                selection: 'band-value',
                bands: [
                  [0, 10, 0],
                  [11, 30, 20],
                  [31, 50, 40],
                  [51, 70, 60],
                  [71, 90, 80],
                  [91, 100, 100],
                ].map(([min, max, value]) => ({ min, max, value, description: { en: `${value}`, pl: `${value}` } })),
              },
            ],
          },
        },
      },
    ],
    criteria: [
      {
        id: '1',
        kind: 'enabler',
        points: 100,
        title: { en: 'One', pl: 'Jeden' },
        subcriteria: [{ id: '1.1', title: { en: 'a', pl: 'a' } }],
      },
    ],
    aggregation: {
      subcriteria: 'mean',
      total: 'sum-of-criterion-points',
      maxTotal: 100,
      totalLabel: { en: 'T', pl: 'T' },
      averageLabel: { en: 'A', pl: 'A' },
    },
  });

  it.each([
    [0, true],
    [20, true],
    [100, true],
    [57, false],
    [30, false],
  ])('band-value selection: %d accepted = %s', (score, accepted) => {
    const result = validateScore(legacy, 'steps', '1.1', score);
    expect(result.ok).toBe(accepted);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        code: 'NOT_A_BAND_VALUE',
        itemId: '1.1',
        message: expect.stringContaining('0, 20, 40, 60, 80, 100'),
      });
  });
});

// Round 1 of a CAF self-assessment, classical scoring, with the criterion means worked out by hand:
const ROUND_1 = {
  '1.1': 40,
  '1.2': 50,
  '1.3': 60,
  '1.4': 50, // C1 = 200/4 = 50
  '2.1': 30,
  '2.2': 40,
  '2.3': 50,
  '2.4': 40, // C2 = 160/4 = 40
  '3.1': 45,
  '3.2': 55,
  '3.3': 65, // C3 = 165/3 = 55
  '4.1': 20,
  '4.2': 30,
  '4.3': 40,
  '4.4': 50,
  '4.5': 60,
  '4.6': 70, // C4 = 270/6 = 45
  '5.1': 35,
  '5.2': 40,
  '5.3': 45, // C5 = 120/3 = 40
  '6.1': 60,
  '6.2': 70, // C6 = 65
  '7.1': 50,
  '7.2': 40, // C7 = 45
  '8.1': 25,
  '8.2': 35, // C8 = 30
  '9.1': 70,
  '9.2': 80, // C9 = 75
};
// Total = 50 + 40 + 55 + 45 + 40 + 65 + 45 + 30 + 75 = 445 of 900; average = 445/9 = 49.444…
// Enablers 50 + 40 + 55 + 45 + 40 = 230 of 500 (46 %); results 65 + 45 + 30 + 75 = 215 of 400 (53.75 %).

// Round 2: every subcriterion of a criterion at the new criterion score.
const ROUND_2_CRITERIA: Record<string, number> = { 1: 70, 2: 60, 3: 70, 4: 60, 5: 55, 6: 80, 7: 60, 8: 45, 9: 95 };
// Changes +20 +20 +15 +15 +15 +15 +15 +15 +20 = +150 → total 595.
const ROUND_2 = Object.fromEntries(Object.keys(ROUND_1).map((id) => [id, ROUND_2_CRITERIA[id.split('.')[0]!]!]));

describe('scoreAssessment — CAF 2020', () => {
  it('criterion score = mean of its subcriteria; total = sum of the 9 criterion scores (0–900); average = total/9', () => {
    const a = assess(caf, 'classical', classical(ROUND_1));
    expect(a.criteria.map((c) => c.score)).toEqual([50, 40, 55, 45, 40, 65, 45, 30, 75]);
    expect(a.criteria.map((c) => c.points)).toEqual([50, 40, 55, 45, 40, 65, 45, 30, 75]);
    expect(a.complete).toBe(true);
    expect(a.total).toMatchObject({
      value: 445,
      max: 900,
      label: { en: 'Total points (sum of the 9 criterion scores, 0–900)' },
    });
    expect(a.average.value).toBeCloseTo(445 / 9, 12);
    expect(a.average).toMatchObject({ max: 100, label: { pl: 'Średnia ocena kryterium (0–100)' } });
    expect(a.byKind).toEqual([
      { id: 'enabler', points: 230, maxPoints: 500, percent: 46 },
      { id: 'result', points: 215, maxPoints: 400, percent: 53.75 },
    ]);
    expect(a.items).toHaveLength(28);
  });

  it('fine-tuned scores aggregate the same way', () => {
    const inputs: ItemScoreInput[] = [
      // 1.1: (80 + 60 + 40 + 20)/4 = 50; 1.2: (50 + 50 + 30 + 30)/4 = 40; 1.3: 70; 1.4: (20 + 40 + 60 + 80)/4 = 50
      { itemId: '1.1', values: { plan: 80, do: 60, check: 40, act: 20 } },
      { itemId: '1.2', values: { plan: 50, do: 50, check: 30, act: 30 } },
      { itemId: '1.3', values: { plan: 70, do: 70, check: 70, act: 70 } },
      { itemId: '1.4', values: { plan: 20, do: 40, check: 60, act: 80 } },
      // 6.1: (60 + 40)/2 = 50; 6.2: (75 + 50)/2 = 62.5
      { itemId: '6.1', values: { trend: 60, targets: 40 } },
      { itemId: '6.2', values: { trend: 75, targets: 50 } },
    ];
    const a = assess(caf, 'fine-tuned', inputs);
    // C1 = (50 + 40 + 70 + 50)/4 = 52.5; C6 = (50 + 62.5)/2 = 56.25
    expect(a.criteria[0]).toMatchObject({ criterionId: '1', complete: true, score: 52.5, points: 52.5 });
    expect(a.criteria[5]).toMatchObject({ criterionId: '6', complete: true, score: 56.25 });
  });

  it('a missing subcriterion makes its criterion, the total and the average incomplete — and says which', () => {
    const { '4.6': _dropped, '9.2': _alsoDropped, ...rest } = ROUND_1;
    const a = assess(caf, 'classical', classical(rest));
    expect(a.complete).toBe(false);
    expect(a.missing).toEqual(['4.6', '9.2']);
    expect(a.criteria.filter((c) => !c.complete).map((c) => [c.criterionId, c.missing, c.score])).toEqual([
      ['4', ['4.6'], null],
      ['9', ['9.2'], null],
    ]);
    expect(a.criteria[0]!.score).toBe(50); // complete criteria still get their score
    expect(a.total.value).toBeNull();
    expect(a.average.value).toBeNull();
    expect(a.byKind.map((k) => k.points)).toEqual([null, null]);
  });

  it('an empty assessment has every subcriterion missing', () => {
    const a = assess(caf, 'classical', []);
    expect(a.missing).toHaveLength(28);
    expect(a.total.value).toBeNull();
  });

  it('lists every bad input: duplicates, unknown subcriteria, out-of-range scores', () => {
    const result = scoreAssessment(caf, 'classical', [
      { itemId: '1.1', values: 40 },
      { itemId: '1.1', values: 50 },
      { itemId: '10.1', values: 50 },
      { itemId: '2.1', values: 150 },
    ]);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.itemId])).toEqual([
      ['DUPLICATE_ITEM', '1.1'],
      ['UNKNOWN_ITEM', '10.1'],
      ['OUT_OF_RANGE', '2.1'],
    ]);
  });

  it('an unknown mode is one error, not one per subcriterion', () => {
    const result = scoreAssessment(caf, 'advanced', classical(ROUND_1));
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.itemId])).toEqual([['UNKNOWN_MODE', null]]);
  });
});

describe('scoreAssessment — EFQM (1000 points by criterion weights)', () => {
  // overall mode: one percentage per part; criterion % = mean of parts; points = % × points / 100.
  const parts = (criterion: string, scores: number[]) =>
    scores.map((values, i) => ({ itemId: `${criterion}.${i + 1}`, values }));
  const inputs = [
    ...parts('1', [50, 50, 50, 50, 50]), // 50 % × 100 = 50
    ...parts('2', [60, 60, 60, 60]), // 60 % × 100 = 60
    ...parts('3', [40, 40, 40, 40, 40]), // 40 % × 100 = 40
    ...parts('4', [50, 60, 40, 70]), // 220/4 = 55 % × 200 = 110
    ...parts('5', [45, 45, 45, 45, 45]), // 45 % × 100 = 45
    { itemId: '6', values: 30 }, // 30 % × 200 = 60
    { itemId: '7', values: 35 }, // 35 % × 200 = 70
  ];
  // Total = 50 + 60 + 40 + 110 + 45 + 60 + 70 = 435 of 1000; average = 43.5 %.
  // Direction 50 + 60 = 110 of 200 (55 %); Execution 40 + 110 + 45 = 195 of 400 (48.75 %); Results 130 of 400 (32.5 %).

  it('total = Σ criterion % × criterion points / 100', () => {
    const a = assess(efqm, 'overall', inputs);
    expect(a.criteria.map((c) => c.points)).toEqual([50, 60, 40, 110, 45, 60, 70]);
    expect(a.total).toMatchObject({ value: 435, max: 1000 });
    expect(a.average.value).toBe(43.5);
    expect(a.byGroup).toEqual([
      { id: 'direction', points: 110, maxPoints: 200, percent: 55 },
      { id: 'execution', points: 195, maxPoints: 400, percent: 48.75 },
      { id: 'results', points: 130, maxPoints: 400, percent: 32.5 },
    ]);
  });

  it('RADAR mode: part % = mean of the RADAR elements', () => {
    // (60 + 40 + 20)/3 = 40 for a Direction part; (70 + 50)/2 = 60 for criterion 6
    const part = validateScore(efqm, 'radar', '1.1', { approaches: 60, deployment: 40, 'assessment-refinement': 20 });
    const results = validateScore(efqm, 'radar', '6', { 'relevance-usability': 70, performance: 50 });
    expect([part.ok && part.score.score, results.ok && results.score.score]).toEqual([40, 60]);
  });
});

describe('compareRounds', () => {
  const round1 = assess(caf, 'classical', classical(ROUND_1));
  const round2 = assess(caf, 'classical', classical(ROUND_2));

  it('+150 since round 1: total 445 → 595 on 0–900, change per criterion', () => {
    const result = compareRounds(round1, round2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { comparison } = result;
    expect(comparison.total).toMatchObject({ before: 445, after: 595, change: 150, max: 900 });
    expect(comparison.criteria.map((c) => c.change)).toEqual([20, 20, 15, 15, 15, 15, 15, 15, 20]);
    expect(comparison.criteria.map((c) => c.pointsChange)).toEqual([20, 20, 15, 15, 15, 15, 15, 15, 20]);
    // average 445/9 → 595/9: +150/9 = +16.67 points per criterion (METHODS §1.4)
    expect(comparison.average.change).toBeCloseTo(150 / 9, 12);
    expect(comparison.modeChanged).toBe(false);
  });

  it('a criterion incomplete in one round has no change; the total neither', () => {
    const { '3.3': _dropped, ...rest } = ROUND_2;
    const result = compareRounds(round1, assess(caf, 'classical', classical(rest)));
    expect(result.ok && [result.comparison.criteria[2], result.comparison.total.change]).toEqual([
      { criterionId: '3', before: 55, after: null, change: null, pointsChange: null },
      null,
    ]);
  });

  it('flags a change of scoring mode between rounds', () => {
    const fine = assess(
      caf,
      'fine-tuned',
      Object.entries(ROUND_2).map(([itemId, s]): ItemScoreInput => ({
        itemId,
        values: Number(itemId.split('.')[0]) <= 5 ? { plan: s, do: s, check: s, act: s } : { trend: s, targets: s },
      })),
    );
    const result = compareRounds(round1, fine);
    expect(result.ok && [result.comparison.modeChanged, result.comparison.total.change]).toEqual([true, 150]);
  });

  it('refuses to compare different frameworks', () => {
    const efqmRound = assess(efqm, 'overall', []);
    const result = compareRounds(round1, efqmRound);
    expect(result.ok ? null : result.errors[0]!.code).toBe('FRAMEWORK_MISMATCH');
  });
});
