import { describe, expect, it } from 'vitest';
import { parseFormula } from './formula';
import { parsePeriod, type Period } from './periods';
import {
  checkNonNegative,
  checkPeerOutlier,
  checkRange,
  checkRequired,
  checkRule,
  checkYearOnYear,
  hasBlockingErrors,
  modifiedZScore,
  peerStatistics,
  runChecks,
  unexplainedWarnings,
  validatePlausibilityConfig,
  type Finding,
  type PlausibilityConfig,
  type PlausibilityRule,
} from './plausibility';

const values = (entries: Record<string, number | null>) => new Map(Object.entries(entries));
function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

describe('modifiedZScore', () => {
  it.each([
    // Published example (codingace.net, "Modified Z Score" table): sorted 10 11 12 12 12 13 14 300,
    // median (12 + 12)/2 = 12; |x − 12| sorted 0 0 0 1 1 2 2 288, MAD = (1 + 1)/2 = 1.
    [300, [10, 12, 12, 13, 12, 11, 14, 300], (0.6745 * 288) / 1, 194.256],
    [10, [10, 12, 12, 13, 12, 11, 14, 300], (0.6745 * -2) / 1, -1.349],
    [13, [10, 12, 12, 13, 12, 11, 14, 300], (0.6745 * 1) / 1, 0.6745],
    // Published example (standarddeviationcalculator.app): 10 11 12 12 13 14 35, median 12,
    // |x − 12| sorted 0 0 1 1 2 2 23, MAD 1; M(35) = 0.6745 · 23 = 15.5135, M(14) = 1.349.
    [35, [10, 11, 12, 12, 13, 14, 35], 0.6745 * 23, 15.5135],
    [14, [10, 11, 12, 12, 13, 14, 35], 0.6745 * 2, 1.349],
    // By hand: 2 4 4 5 7 9 30 → median 5; |x − 5| = 3 1 1 0 2 4 25 → sorted 0 1 1 2 3 4 25 → MAD 2.
    [30, [2, 4, 4, 5, 7, 9, 30], (0.6745 * 25) / 2, 8.43125],
    [9, [2, 4, 4, 5, 7, 9, 30], (0.6745 * 4) / 2, 1.349],
    // By hand, even count: 1 2 3 4 6 100 → median (3 + 4)/2 = 3.5; |x − 3.5| = 2.5 1.5 0.5 0.5 2.5 96.5
    // → sorted 0.5 0.5 1.5 2.5 2.5 96.5 → MAD (1.5 + 2.5)/2 = 2.
    [100, [100, 1, 6, 2, 4, 3], (0.6745 * 96.5) / 2, 32.544625],
    [0, [100, 1, 6, 2, 4, 3], (0.6745 * -3.5) / 2, -1.180375],
    // x need not be among the peers: median 12 and MAD 1 of the first sample.
    [17.2, [10, 12, 12, 13, 12, 11, 14, 300], 0.6745 * 5.2, 3.5074],
  ])('M(%d | %j) = %s ≈ %d', (x, peers, formula, rounded) => {
    const score = modifiedZScore(x, peers)!;
    expect(score).toBeCloseTo(formula, 12);
    expect(score).toBeCloseTo(rounded, 4);
  });

  it.each([
    // MAD = 0 (7 of 8 equal): median 10, |x − 10| = 0 ×7 and 90 → MAD 0, MeanAD = 90/8 = 11.25;
    // M = (x − 10) / (1.253314 · 11.25) = (x − 10) / 14.0997825.
    [100, [10, 10, 10, 10, 10, 10, 10, 100], 90 / 14.0997825, 6.38308],
    [12, [10, 10, 10, 10, 10, 10, 10, 100], 2 / 14.0997825, 0.14185],
    [10, [10, 10, 10, 10, 10, 10, 10, 100], 0, 0],
    // MAD = 0 with an even count: 5 5 5 5 9 1 → median 5, |x − 5| = 0 0 0 0 4 4 → MAD 0, MeanAD 8/6.
    [9, [5, 5, 5, 5, 9, 1], 4 / (1.253314 * (8 / 6)), 2.39365],
  ])('MAD = 0: M(%d | %j) falls back to MeanAD: %s ≈ %d', (x, peers, formula, rounded) => {
    expect(modifiedZScore(x, peers)).toBeCloseTo(formula, 12);
    expect(modifiedZScore(x, peers)).toBeCloseTo(rounded, 4);
  });

  it.each([
    [7, [7, 7, 7, 7, 7], 0],
    [8, [7, 7, 7, 7, 7], Infinity],
    [6.5, [7, 7, 7, 7, 7], -Infinity],
  ])('all peers equal: M(%d | %j) = %d', (x, peers, expected) => {
    expect(modifiedZScore(x, peers)).toBe(expected);
  });

  it('is null without peers and ignores peers that are not finite numbers', () => {
    expect(modifiedZScore(5, [])).toBeNull();
    expect(modifiedZScore(5, [Number.NaN])).toBeNull();
    expect(peerStatistics([Number.NaN, 3, 1, Number.POSITIVE_INFINITY, 2])).toEqual({
      count: 3,
      median: 2,
      mad: 1,
      meanAbsoluteDeviation: 2 / 3,
    });
  });
});

describe('checkPeerOutlier', () => {
  const peers = [10, 12, 12, 13, 12, 11, 14, 300];

  it('flags |M| > 3.5 with the numbers', () => {
    expect(checkPeerOutlier('cost_per_pupil', 300, peers, { severity: 'warning' })).toEqual({
      check: 'peer-outlier',
      severity: 'warning',
      variableCode: 'cost_per_pupil',
      variables: ['cost_per_pupil'],
      message: 'value 300 is far from the peer median 12 (modified z-score 194.256, limit 3.5, 8 peers)',
      details: {
        value: 300,
        median: 12,
        mad: 1,
        meanAbsoluteDeviation: 294 / 8,
        threshold: 3.5,
        peers: 8,
        modifiedZ: 0.6745 * 288,
      },
    });
  });

  it.each([
    [17, null], // M = 0.6745 · 5 = 3.3725
    [17.2, 3.5074], // M = 0.6745 · 5.2 = 3.5074
    [6.8, -3.5074], // M = 0.6745 · −5.2
  ])('value %d: modified z-score %s', (value, expected) => {
    const f = checkPeerOutlier('x', value, peers, { severity: 'warning' });
    if (expected === null) expect(f).toBeNull();
    else expect(f?.details.modifiedZ).toBeCloseTo(expected, 4);
  });

  it('does not flag a score equal to the threshold', () => {
    // x = 17: M = 0.6745 · (17 − 12) / 1, computed the same way as the threshold.
    expect(checkPeerOutlier('x', 17, peers, { threshold: 0.6745 * 5, severity: 'warning' })).toBeNull();
    expect(checkPeerOutlier('x', 17, peers, { threshold: 0.6745 * 5 - 1e-12, severity: 'warning' })).not.toBeNull();
  });

  it('honours threshold and minPeers, and is silent without a value', () => {
    expect(checkPeerOutlier('x', 17, peers, { threshold: 3, severity: 'warning' })).not.toBeNull();
    expect(checkPeerOutlier('x', 300, [10, 11, 12, 300], { severity: 'warning' })).toBeNull(); // 4 < 5 peers
    expect(checkPeerOutlier('x', 300, [10, 11, 12, 300], { minPeers: 4, severity: 'warning' })).not.toBeNull();
    expect(checkPeerOutlier('x', null, peers, { severity: 'warning' })).toBeNull();
  });

  it('flags a value that differs from peers that all agree, without an infinite number in details', () => {
    expect(checkPeerOutlier('x', 8, [7, 7, 7, 7, 7], { severity: 'warning' })).toEqual({
      check: 'peer-outlier',
      severity: 'warning',
      variableCode: 'x',
      variables: ['x'],
      message: 'value 8 differs from all 5 peers, which have 7',
      details: { value: 8, median: 7, mad: 0, meanAbsoluteDeviation: 0, threshold: 3.5, peers: 5 },
    });
    expect(checkPeerOutlier('x', 7, [7, 7, 7, 7, 7], { severity: 'warning' })).toBeNull();
  });
});

describe('checkYearOnYear', () => {
  const limit = { maxRelativeChange: 0.5, severity: 'warning' as const };
  it.each([
    // value, previous, relative change r = (value − previous)/|previous| or null for no finding
    [150, 100, null], // r = +0.5, at the limit
    [151, 100, 0.51],
    [50, 100, null], // r = −0.5
    [49, 100, -0.51],
    [0, 100, -1],
    [300, 100, 2],
    [50, -100, 1.5], // (50 − (−100))/100
    [-120, -100, null], // (−120 + 100)/100 = −0.2
    [-200, -100, -1],
  ])('%d after %d → %s', (value, previous, change) => {
    const f = checkYearOnYear('x', value, previous, limit);
    if (change === null) expect(f).toBeNull();
    else expect(f?.details).toEqual({ value, previous, relativeChange: change, maxRelativeChange: 0.5 });
  });

  it('does not flag a change equal to the limit up to floating-point error', () => {
    // (1.1 − 1)/1 = 0.10000000000000009 in binary floating point.
    expect(checkYearOnYear('x', 1.1, 1, { maxRelativeChange: 0.1, severity: 'warning' })).toBeNull();
    expect(checkYearOnYear('x', 1.1000001, 1, { maxRelativeChange: 0.1, severity: 'warning' })).not.toBeNull();
  });

  it.each([
    [10, null],
    [null, 10],
    [null, null],
    [0, 0],
  ])('value %s after %s: no finding', (value, previous) => {
    expect(checkYearOnYear('x', value, previous, limit)).toBeNull();
  });

  it('reports a change from zero, naming the previous period', () => {
    expect(checkYearOnYear('decisions', 5, 0, { ...limit, previousLabel: '2018' })).toEqual({
      check: 'year-on-year',
      severity: 'warning',
      variableCode: 'decisions',
      variables: ['decisions'],
      message: 'value 5 is a change from zero in 2018',
      details: { value: 5, previous: 0, maxRelativeChange: 0.5 },
    });
  });

  it('states the change in the message', () => {
    expect(checkYearOnYear('x', 151, 100, { ...limit, previousLabel: '2018' })?.message).toBe(
      'value 151 is +51 % on 100 in 2018 (limit ±50 %)',
    );
    expect(checkYearOnYear('x', 49, 100, limit)?.message).toBe(
      'value 49 is -51 % on 100 in the previous period (limit ±50 %)',
    );
  });
});

describe('checkRange, checkNonNegative, checkRequired', () => {
  it.each([
    [5, { min: 0, max: 10 }, null],
    [0, { min: 0, max: 10 }, null],
    [10, { min: 0, max: 10 }, null],
    [-0.5, { min: 0 }, 'value -0.5 is below the minimum 0'],
    [10.01, { max: 10 }, 'value 10.01 is above the maximum 10'],
    [null, { min: 0, max: 10 }, null],
  ])('%s in %j → %s', (value, bounds, message) => {
    const f = checkRange('x', value, { ...bounds, severity: 'error' });
    expect(f?.message ?? null).toBe(message);
    if (f) expect(f.details).toEqual({ value, ...bounds });
  });

  it('flags negatives as errors and missing values when required', () => {
    expect(checkNonNegative('x', -1)).toMatchObject({
      check: 'non-negative',
      severity: 'error',
      details: { value: -1 },
    });
    expect(checkNonNegative('x', 0)).toBeNull();
    expect(checkNonNegative('x', null)).toBeNull();
    expect(checkRequired('x', null, 'error')).toMatchObject({
      check: 'required',
      severity: 'error',
      message: 'value is missing',
    });
    expect(checkRequired('x', Number.NaN, 'warning')).toMatchObject({ check: 'required', severity: 'warning' });
    expect(checkRequired('x', 0, 'error')).toBeNull();
  });
});

describe('checkRule', () => {
  const rule: PlausibilityRule = {
    id: 'pupils-vs-population',
    expression: 'pupils <= pop_school_age',
    severity: 'error',
    message: 'more pupils than school-age residents',
  };

  it.each([
    [{ pupils: 90, pop_school_age: 100 }, false],
    [{ pupils: 100, pop_school_age: 100 }, false],
    [{ pupils: 120, pop_school_age: 100 }, true],
    [{ pupils: 120, pop_school_age: null }, false], // missing input: the rule does not apply yet
    [{ pop_school_age: 100 }, false],
  ])('%j → finding: %s', (input, expected) => {
    expect(checkRule(rule, values(input)) !== null).toBe(expected);
  });

  it('names the rule and shows the numbers', () => {
    expect(checkRule(rule, values({ pupils: 120, pop_school_age: 100, other: 1 }))).toEqual({
      check: 'rule',
      severity: 'error',
      variableCode: 'pupils',
      variables: ['pupils', 'pop_school_age'],
      ruleId: 'pupils-vs-population',
      message: 'more pupils than school-age residents (pupils = 120, pop_school_age = 100)',
      details: { pupils: 120, pop_school_age: 100 },
    });
  });

  it('accepts a parsed expression and is silent when the rule cannot be evaluated', () => {
    const parsed = parseFormula('after_deadline / issued <= 1');
    if (!parsed.ok) throw new Error('parse');
    const share = { id: 'share', expression: parsed.ast, severity: 'error' as const, message: 'share above 1' };
    expect(checkRule(share, values({ after_deadline: 3, issued: 2 }))?.details).toEqual({
      after_deadline: 3,
      issued: 2,
    });
    expect(checkRule(share, values({ after_deadline: 3, issued: 0 }))).toBeNull();
  });

  it('checks sums of decimal parts without floating-point false alarms', () => {
    const sum = {
      id: 'sum',
      expression: 'part_a + part_b == total',
      severity: 'error' as const,
      message: 'parts do not add up',
    };
    expect(checkRule(sum, values({ part_a: 0.1, part_b: 0.2, total: 0.3 }))).toBeNull();
    expect(checkRule(sum, values({ part_a: 0.1, part_b: 0.2, total: 0.31 }))?.message).toBe(
      'parts do not add up (part_a = 0.1, part_b = 0.2, total = 0.31)',
    );
  });

  it('throws on a rule text that does not parse (rules are validated when saved)', () => {
    expect(() => checkRule({ ...rule, expression: 'pupils <=' }, values({}))).toThrow(
      'plausibility rule pupils-vs-population does not parse at 9: unexpected end of formula',
    );
  });
});

describe('runChecks', () => {
  const config: PlausibilityConfig = {
    variables: {
      pupils: { required: 'error', nonNegative: true, yearOnYear: { maxRelativeChange: 0.2, severity: 'warning' } },
      pupils_per_teacher: {
        ranges: [
          { min: 0, max: 100, severity: 'error' },
          { unitKinds: ['municipality-urban'], max: 25, severity: 'warning' },
          { unitKinds: ['municipality-rural', 'municipality-urban-rural'], max: 18, severity: 'warning' },
        ],
        peerOutlier: { severity: 'warning' },
      },
      teachers: { nonNegative: true, yearOnYear: { maxRelativeChange: 0.2, severity: 'warning' } },
    },
    rules: [
      {
        id: 'pupils-vs-population',
        expression: 'pupils <= pop_school_age',
        severity: 'error',
        message: 'more pupils than school-age residents',
      },
    ],
  };
  const base = { period: period('2019'), config };

  it.each([
    ['municipality-urban', 20, []],
    ['municipality-rural', 20, ['value 20 is above the maximum 18']],
    ['municipality-urban-rural', 18, []],
    ['county', 20, []],
    ['municipality-urban', 26, ['value 26 is above the maximum 25']],
    ['municipality-urban', 120, ['value 120 is above the maximum 100', 'value 120 is above the maximum 25']],
  ])('ranges per unit kind: %s with %d pupils per teacher → %j', (unitKind, ratio, messages) => {
    const findings = runChecks({
      ...base,
      unitKind,
      values: values({ pupils: 100, pupils_per_teacher: ratio, teachers: 5 }),
    });
    expect(findings.map((f) => f.message)).toEqual(messages);
  });

  it('runs every check in order and labels the previous period', () => {
    const findings = runChecks({
      ...base,
      unitKind: 'municipality-urban',
      values: values({ pupils: 1300, pupils_per_teacher: 40, teachers: -1, pop_school_age: 1200 }),
      previous: values({ pupils: 1000, teachers: 30 }),
      peerValues: new Map([['pupils_per_teacher', [12, 13, 14, 15, 16, 14]]]),
    });
    expect(findings.map((f) => [f.check, f.severity, f.variableCode])).toEqual([
      ['year-on-year', 'warning', 'pupils'], // (1300 − 1000)/1000 = +30 % > 20 %
      ['range', 'warning', 'pupils_per_teacher'], // 40 > 25 for urban gminy
      // peers 12 13 14 14 15 16: median 14, |x − 14| sorted 0 0 1 1 2 2 → MAD 1; M = 0.6745 · 26 = 17.537
      ['peer-outlier', 'warning', 'pupils_per_teacher'],
      ['non-negative', 'error', 'teachers'], // and no year-on-year on top of the error
      ['rule', 'error', 'pupils'], // 1300 > 1200
    ]);
    expect(findings[0]!.message).toBe('value 1300 is +30 % on 1000 in 2018 (limit ±20 %)');
    expect(findings[2]!.details.modifiedZ).toBeCloseTo(0.6745 * 26, 12);
  });

  it('reports a missing required value once and compares quarters with the period the caller names', () => {
    const quarter = runChecks({
      ...base,
      unitKind: 'county',
      period: period('2019-Q3'),
      previousPeriod: period('2018-Q3'),
      values: values({ pupils: null, teachers: 50 }),
      previous: values({ pupils: 10, teachers: 20 }),
    });
    expect(quarter.map((f) => f.message)).toEqual([
      'value is missing',
      'value 50 is +150 % on 20 in 2018-Q3 (limit ±20 %)',
    ]);
    const defaultLabel = runChecks({
      ...base,
      unitKind: 'county',
      period: period('2019-Q1'),
      values: values({ pupils: 10, teachers: 50 }),
      previous: values({ teachers: 20 }),
    });
    expect(defaultLabel.map((f) => f.message)).toEqual(['value 50 is +150 % on 20 in 2018-Q4 (limit ±20 %)']);
  });

  it('finds nothing in plausible data', () => {
    expect(
      runChecks({
        ...base,
        unitKind: 'municipality-rural',
        values: values({ pupils: 1100, pupils_per_teacher: 14, teachers: 80, pop_school_age: 1200 }),
        previous: values({ pupils: 1000, teachers: 75 }),
        peerValues: new Map([['pupils_per_teacher', [12, 13, 14, 15, 16, 14]]]),
      }),
    ).toEqual([]);
  });
});

describe('hasBlockingErrors and unexplainedWarnings', () => {
  const warning = (variables: string[]): Finding => ({
    check: 'rule',
    severity: 'warning',
    variableCode: variables[0]!,
    variables,
    message: 'm',
    details: {},
  });
  const error: Finding = {
    check: 'range',
    severity: 'error',
    variableCode: 'a',
    variables: ['a'],
    message: 'm',
    details: {},
  };

  it.each([
    [[], false],
    [[warning(['a'])], false],
    [[warning(['a']), error], true],
  ])('%j blocks: %s', (findings, expected) => {
    expect(hasBlockingErrors(findings)).toBe(expected);
  });

  it('needs a non-blank comment on one of the variables of each warning', () => {
    const w1 = warning(['a']);
    const w2 = warning(['b', 'c']);
    const w3 = warning(['d']);
    const comments = new Map([
      ['a', 'school merged in 2019'],
      ['c', 'new school opened'],
      ['d', '   '],
    ]);
    expect(unexplainedWarnings([w1, w2, w3, error], comments)).toEqual([w3]);
    expect(unexplainedWarnings([], comments)).toEqual([]);
  });
});

describe('validatePlausibilityConfig', () => {
  const known = new Set(['pupils', 'pop_school_age']);

  it('accepts a sound config', () => {
    expect(
      validatePlausibilityConfig(
        {
          variables: {
            pupils: {
              nonNegative: true,
              ranges: [{ min: 0, max: 1e6, severity: 'error' }],
              peerOutlier: { severity: 'warning' },
            },
          },
          rules: [{ id: 'r', expression: 'pupils <= pop_school_age', severity: 'error', message: 'too many pupils' }],
        },
        known,
      ),
    ).toEqual({ ok: true });
  });

  it('lists every problem', () => {
    expect(
      validatePlausibilityConfig(
        {
          variables: {
            pupil: {},
            pupils: {
              ranges: [{ min: 10, max: 5, severity: 'error' }, { severity: 'warning' }],
              yearOnYear: { maxRelativeChange: 0, severity: 'warning' },
              peerOutlier: { threshold: -1, minPeers: 2, severity: 'warning' },
            },
          },
          rules: [
            { id: 'r', expression: 'pupils <= pop_school_ag', severity: 'error', message: 'x' },
            { id: 'r', expression: 'pupils <=', severity: 'error', message: '' },
            { id: ' ', expression: '1 < 2', severity: 'error', message: 'x' },
          ],
        },
        known,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'variables.pupil', message: "unknown variable 'pupil'" },
        { path: 'variables.pupils.ranges[0]', message: 'min 10 is above max 5' },
        { path: 'variables.pupils.ranges[1]', message: 'a range needs a min or a max' },
        { path: 'variables.pupils.yearOnYear', message: 'maxRelativeChange must be a positive number' },
        { path: 'variables.pupils.peerOutlier', message: 'threshold must be a positive number' },
        { path: 'variables.pupils.peerOutlier', message: 'minPeers must be an integer of at least 3' },
        { path: 'rules[0].expression', message: "unknown variable 'pop_school_ag'", position: 10 },
        { path: 'rules[1].id', message: "duplicate rule id 'r'" },
        { path: 'rules[1].message', message: 'rule message is empty' },
        { path: 'rules[1].expression', message: 'unexpected end of formula', position: 9 },
        { path: 'rules[2].id', message: 'rule id is empty' },
        { path: 'rules[2].expression', message: 'a rule must read at least one variable' },
      ],
    });
  });
});

describe('peer statistics computed once', () => {
  it('gives the same findings from precomputed statistics as from the peer values', async () => {
    const { peerStatistics: stats, checkPeerOutlierAgainst: against } = await import('./plausibility');
    const peers = [10, 11, 12, 12, 12, 13, 14, 300];
    for (const value of [12, 20, 300, -50]) {
      expect(against('x', value, stats(peers), { severity: 'warning' })).toEqual(
        checkPeerOutlier('x', value, peers, { severity: 'warning' }),
      );
    }
  });
});
