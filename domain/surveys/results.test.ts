import { describe, expect, it } from 'vitest';
import {
  compareUnits,
  compareWaves,
  headlineFigures,
  summarizeWave,
  type ChoiceFigures,
  type NumberFigures,
  type SurveyResponse,
  type TextFigures,
  type WaveResults,
} from './results';
import { meanInterval, wilsonInterval } from './statistics';
import { type Published, type Suppressible } from './suppression';
import { validateTemplate, type SurveyTemplate } from './template';

const t = (pl: string, en: string) => ({ default: pl, en });
const likert = [1, 2, 3, 4, 5].map((value) => ({ value, text: t(`${value}`, `${value}`) }));

const template: SurveyTemplate = {
  id: 'results-test',
  kind: 'customer',
  version: 1,
  titles: { pl: 'Test', en: 'Test' },
  form: {
    elements: [
      { type: 'radiogroup', name: 'channel', title: t('Kanał', 'Channel'), choices: ['office', 'phone'] },
      { type: 'rating', name: 'speed', title: t('Szybkość', 'Speed'), rateValues: likert },
      { type: 'rating', name: 'stress', title: t('Stres', 'Stress'), rateValues: likert },
      { type: 'radiogroup', name: 'city', title: t('Miasto', 'City'), choices: [1, 2, 3, 4, 'dk'] },
      { type: 'checkbox', name: 'topics', title: t('Tematy', 'Topics'), choices: ['a', 'b', 'c'] },
      { type: 'text', name: 'age', title: t('Wiek', 'Age'), inputType: 'number', min: 18, max: 120 },
      { type: 'rating', name: 'overall', title: t('Ogólnie', 'Overall'), rateValues: likert },
      { type: 'comment', name: 'note', title: t('Uwagi', 'Comments') },
    ],
  },
  dimensions: [{ id: 'service', titles: { pl: 'Obsługa', en: 'Service' } }],
  questions: [
    { name: 'speed', dimension: 'service', scale: { min: 1, max: 5 } },
    { name: 'stress', dimension: 'service', scale: { min: 1, max: 5 }, reverseCoded: true },
    { name: 'city', scale: { min: 1, max: 4 }, noOpinionValues: ['dk'], satisfiedValues: [3, 4] },
    { name: 'overall', scale: { min: 1, max: 5 }, satisfiedValues: [4, 5], headline: true },
  ],
};

const responses = (...answers: Record<string, unknown>[]): SurveyResponse[] =>
  answers.map((a) => ({ answers: a as never }));
const overallOnly = (values: number[]): SurveyResponse[] => responses(...values.map((overall) => ({ overall })));

function summary(rs: readonly SurveyResponse[], options = {}): WaveResults {
  const result = summarizeWave(template, rs, options);
  if (!result.ok) throw new Error('unexpected invalid weight');
  return result.value;
}
/** The figures of a cell that must be published (fails the test if it was suppressed). */
function published<T>(cell: Suppressible<T> | undefined): T {
  expect(cell?.suppressed).toBe(false);
  return (cell as Published<T>).figures;
}
/** A question's cell, typed as the caller expects it. */
const question = <T = ChoiceFigures>(w: WaveResults, name: string) =>
  w.questions.find((q) => q.question === name)!.result as Suppressible<T>;

it('the test template is valid', () => {
  expect(validateTemplate(template)).toMatchObject({ ok: true });
});

describe('summarizeWave — questions', () => {
  const overall = [5, 5, 4, 4, 4, 3, 2, 1, 5, 4];

  it('distribution, n, mean with t interval, top-2-box with Wilson (hand calculation)', () => {
    const figures = published(question<ChoiceFigures>(summary(overallOnly(overall)), 'overall'));
    expect(figures.n).toBe(10);
    expect(figures.distribution.map((d) => [d.value, d.count])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 4],
      [5, 3],
    ]);
    expect(figures.distribution.map((d) => d.share)).toEqual([0.1, 0.1, 0.1, 0.4, 0.3]);
    expect(figures.mean!.mean).toBeCloseTo(3.7, 12);
    expect(figures.mean!.lower!).toBeCloseTo(2.74321478103839, 9); // scipy: mean ± t₀.₉₇₅,₉·s/√n
    expect(figures.mean!.upper!).toBeCloseTo(4.656785218961611, 9);
    expect(figures.favourable).toEqual(wilsonInterval(7, 10));
  });

  it('excludes "don\'t know" from n and shares, but counts it', () => {
    const figures = published(
      question<ChoiceFigures>(summary(responses(...[4, 3, 'dk', 'dk', 2, 1, 4, 3].map((city) => ({ city })))), 'city'),
    );
    expect(figures.n).toBe(6);
    expect(figures.noOpinion).toBe(2);
    expect(figures.distribution).toEqual([
      { value: 1, count: 1, share: 1 / 6, noOpinion: false },
      { value: 2, count: 1, share: 1 / 6, noOpinion: false },
      { value: 3, count: 2, share: 2 / 6, noOpinion: false },
      { value: 4, count: 2, share: 2 / 6, noOpinion: false },
      { value: 'dk', count: 2, share: null, noOpinion: true },
    ]);
    expect(figures.favourable).toEqual(wilsonInterval(4, 6));
    expect(figures.mean!.mean).toBeCloseTo(17 / 6, 12);
  });

  it('checkbox: shares of respondents, summing to more than 1; no mean or top-box', () => {
    const figures = published(
      question<ChoiceFigures>(
        summary(responses(...[['a'], ['a', 'b'], ['b', 'c'], ['a'], ['a', 'c']].map((topics) => ({ topics })))),
        'topics',
      ),
    );
    expect(figures.n).toBe(5);
    expect(figures.distribution.map((d) => [d.value, d.count, d.share])).toEqual([
      ['a', 4, 0.8],
      ['b', 2, 0.4],
      ['c', 2, 0.4],
    ]);
    expect(figures.mean).toBeNull();
    expect(figures.favourable).toBeNull();
  });

  it('a question without metadata: distribution only', () => {
    const figures = published(
      question<ChoiceFigures>(
        summary(responses(...['office', 'office', 'phone', 'office', 'phone'].map((channel) => ({ channel })))),
        'channel',
      ),
    );
    expect(figures.distribution.map((d) => d.count)).toEqual([3, 2]);
    expect(figures.mean).toBeNull();
    expect(figures.favourable).toBeNull();
  });

  it('numeric text: the mean', () => {
    const result = summary(responses(...[20, 30, 40, 50, 60].map((age) => ({ age }))));
    expect(published(question<NumberFigures>(result, 'age'))).toEqual({
      n: 5,
      mean: meanInterval([20, 30, 40, 50, 60]),
    });
  });

  it('free text, sorted in Polish order', () => {
    const result = summary(responses(...['Żaba', 'ala', 'Łódź', 'Zebra', 'ćma'].map((note) => ({ note }))));
    expect(published(question<TextFigures>(result, 'note'))).toEqual({
      n: 5,
      texts: ['ala', 'ćma', 'Łódź', 'Zebra', 'Żaba'],
    });
  });

  it.each([
    ['4 answers, default minimum 5', 4, undefined, true],
    ['5 answers', 5, undefined, false],
    ['9 answers, minimum 10', 9, 10, true],
  ])('suppression: %s', (_, count, minimumN, suppressed) => {
    const result = summary(
      overallOnly(Array.from({ length: count }, () => 4)),
      minimumN === undefined ? {} : { minimumN },
    );
    expect(question(result, 'overall').suppressed).toBe(suppressed);
    expect(result.headlines[0]!.result.suppressed).toBe(suppressed);
  });

  it('suppresses free text with fewer than 5 texts even in a large wave', () => {
    const rs = overallOnly(Array.from({ length: 50 }, () => 4));
    rs[0] = { answers: { overall: 4, note: 'jedyny komentarz' } };
    expect(question(summary(rs), 'note')).toEqual({ suppressed: true, reason: 'below-minimum-n', minimumN: 5 });
  });

  it('counts "don\'t know" outside n for suppression too', () => {
    const result = summary(responses(...[4, 3, 'dk', 'dk', 2].map((city) => ({ city }))));
    expect(question(result, 'city').suppressed).toBe(true); // 3 substantive answers
  });

  it('no responses: everything suppressed', () => {
    const result = summary([]);
    expect(result.respondents).toBe(0);
    expect(result.questions.every((q) => q.result.suppressed)).toBe(true);
    expect(result.dimensions.every((d) => d.result.suppressed)).toBe(true);
    expect(result.headlines.every((h) => h.result.suppressed)).toBe(true);
  });
});

describe('summarizeWave — dimensions and headlines', () => {
  // (speed, stress): stress is reverse-coded, so scored 6 − x.
  const pairs = [
    [5, 1],
    [4, 2],
    [3, 3],
    [2, 4],
    [5, 5],
  ];
  const rs = responses(...pairs.map(([speed, stress]) => ({ speed, stress })));

  it('dimension mean: per respondent after reverse coding, then averaged (hand calculation)', () => {
    const figures = published(summary(rs).dimensions[0]!.result);
    // respondent scores: 5, 4, 3, 2, 3 → 3.4; scipy t interval [1.98429, 4.81571]
    expect(figures.n).toBe(5);
    expect(figures.scale).toEqual({ min: 1, max: 5 });
    expect(figures.mean.mean).toBeCloseTo(3.4, 12);
    expect(figures.mean.lower!).toBeCloseTo(1.9842852230177277, 9);
    expect(figures.mean.upper!).toBeCloseTo(4.815714776982272, 9);
  });

  it('dimension favourable share: per respondent share of favourable items, averaged', () => {
    // speed ∈ {4,5}: T T F F T; stress ∈ {1,2} (raw, reverse-coded): T T F F F → 1, 1, 0, 0, ½
    const figures = published(summary(rs).dimensions[0]!.result);
    expect(figures.favourable!.mean).toBeCloseTo(0.5, 12);
    expect(figures.favourable!.lower).toBeGreaterThanOrEqual(0);
    expect(figures.favourable!.upper).toBeLessThanOrEqual(1);
  });

  it('a respondent needs at least minimumItemShare of the items (default ½) for a dimension score', () => {
    const more = [...rs, ...responses({ speed: 5 }, { overall: 3 })];
    expect(published(summary(more).dimensions[0]!.result).n).toBe(6); // 1 of 2 items is half
    expect(published(summary(more, { minimumItemShare: 1 }).dimensions[0]!.result).n).toBe(5);
  });

  it('headline: favourable share of the headline question with its Wilson interval', () => {
    const result = headlineFigures(template, overallOnly([5, 5, 4, 4, 4, 3, 2, 1, 5, 4]));
    expect(result).toEqual({
      ok: true,
      value: [
        {
          templateId: 'results-test',
          templateVersion: 1,
          question: 'overall',
          catalogueVariables: null,
          result: { suppressed: false, figures: wilsonInterval(7, 10) },
        },
      ],
    });
  });
});

describe('weights', () => {
  it('weighted shares and Kish n_eff in the interval; raw counts stay counts', () => {
    const rs: SurveyResponse[] = [5, 5, 1, 1, 1].map((overall, i) => ({ answers: { overall }, weight: i < 2 ? 2 : 1 }));
    const result = summary(rs);
    expect(result.weighted).toBe(true);
    const figures = published(question<ChoiceFigures>(result, 'overall'));
    expect(figures.distribution.find((d) => d.value === 5)).toEqual({
      value: 5,
      count: 2,
      share: 4 / 7,
      noOpinion: false,
    });
    const nEff = 49 / 11; // (Σw)²/Σw² = 7²/11
    expect(figures.favourable!.estimate).toBeCloseTo(4 / 7, 12);
    expect(figures.favourable!.n).toBeCloseTo(nEff, 12);
    expect(figures.favourable!.lower).toBeCloseTo(wilsonInterval((4 / 7) * nEff, nEff)!.lower, 12);
    expect(figures.mean!.mean).toBeCloseTo((5 * 4 + 1 * 3) / 7, 12);
    expect(figures.mean!.effectiveN).toBeCloseTo(nEff, 12);
  });

  it.each([[-1], [0], [NaN], [Infinity]])('a weight of %f is reported, not used', (weight) => {
    const rs: SurveyResponse[] = [...overallOnly([4, 4]), { answers: { overall: 5 }, weight }];
    expect(summarizeWave(template, rs)).toEqual({ ok: false, reason: 'invalid-weight', index: 2 });
    expect(compareWaves(template, overallOnly([4]), rs)).toEqual({
      ok: false,
      reason: 'invalid-weight',
      index: 2,
      group: 'later',
    });
    expect(
      compareUnits(
        template,
        [
          { unit: 'A', responses: overallOnly([4]) },
          { unit: 'B', responses: rs },
        ],
        { kind: 'mean', question: 'overall' },
      ),
    ).toEqual({ ok: false, reason: 'invalid-weight', index: 2, group: 1 });
  });
});

describe('compareWaves', () => {
  // METHODS §3.4 vector: 150/200 satisfied, then 190/240.
  const wave = (satisfied: number, total: number) =>
    overallOnly(Array.from({ length: total }, (_, i) => (i < satisfied ? (i % 2 ? 4 : 5) : (i % 3) + 1)));

  it('reproduces the METHODS vector: +4.2 pp [−3.7, +12.1], z = 1.038, p = 0.299, not significant', () => {
    const result = compareWaves(template, wave(150, 200), wave(190, 240));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const overall = result.value.questions.find((q) => q.question === 'overall')!;
    expect(overall.headline).toBe(true);
    const figures = published(overall.result);
    expect(figures.differencePp).toBeCloseTo(4.1667, 4);
    expect(figures.lowerPp).toBeCloseTo(-3.7, 1);
    expect(figures.upperPp).toBeCloseTo(12.1, 1);
    expect(figures.z).toBeCloseTo(1.038, 3);
    expect(figures.pValue).toBeCloseTo(0.299, 3);
    expect(figures.label).toBe('not-significant');
  });

  it('compares every item with favourable values, and dimension means (Welch)', () => {
    const earlier = responses(
      ...[
        [5, 1],
        [4, 2],
        [3, 3],
        [2, 4],
        [5, 5],
      ].map(([speed, stress]) => ({ speed, stress })),
    );
    const later = responses(
      ...[
        [5, 1],
        [5, 1],
        [4, 2],
        [4, 1],
        [5, 2],
        [3, 2],
      ].map(([speed, stress]) => ({ speed, stress })),
    );
    const result = compareWaves(template, earlier, later);
    if (!result.ok) throw new Error();
    expect(result.value.questions.map((q) => q.question)).toEqual(['speed', 'stress', 'city', 'overall']);
    expect(result.value.questions.find((q) => q.question === 'overall')!.result.suppressed).toBe(true);
    const dimension = published(result.value.dimensions[0]!.result)!;
    expect(dimension.difference).toBeCloseTo((5 + 5 + 4 + 4.5 + 4.5 + 3.5) / 6 - 3.4, 12);
    expect(['significant', 'not-significant']).toContain(dimension.label);
  });

  it('suppresses when either wave is below the minimum', () => {
    const result = compareWaves(template, overallOnly([4, 5, 4, 5]), overallOnly([4, 5, 4, 5, 1, 2]));
    if (!result.ok) throw new Error();
    expect(result.value.questions.find((q) => q.question === 'overall')!.result).toEqual({
      suppressed: true,
      reason: 'below-minimum-n',
      minimumN: 5,
    });
  });
});

describe('compareUnits', () => {
  const units = [
    { unit: 'A', responses: overallOnly([5, 5, 4, 4, 4, 3, 2, 1, 5, 4]) },
    { unit: 'B', responses: overallOnly([5, 4, 1]) },
    { unit: 'C', responses: overallOnly([2, 2, 3, 4, 5]) },
  ];

  it('favourable share rows with Wilson intervals, small units suppressed, input order kept', () => {
    const result = compareUnits(template, units, { kind: 'favourable', question: 'overall' });
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          unit: 'A',
          result: {
            suppressed: false,
            figures: { n: 10, estimate: 0.7, lower: wilsonInterval(7, 10)!.lower, upper: wilsonInterval(7, 10)!.upper },
          },
        },
        { unit: 'B', result: { suppressed: true, reason: 'below-minimum-n', minimumN: 5 } },
        {
          unit: 'C',
          result: {
            suppressed: false,
            figures: { n: 5, estimate: 0.4, lower: wilsonInterval(2, 5)!.lower, upper: wilsonInterval(2, 5)!.upper },
          },
        },
      ],
    });
  });

  it('mean rows with t intervals', () => {
    const result = compareUnits(template, units, { kind: 'mean', question: 'overall' });
    if (!result.ok) throw new Error();
    const a = published(result.rows[0]!.result);
    expect(a.estimate).toBeCloseTo(3.7, 12);
    expect(a.lower!).toBeCloseTo(2.74321478103839, 9);
  });

  it('dimension rows', () => {
    const rs = responses(
      ...[
        [5, 1],
        [4, 2],
        [3, 3],
        [2, 4],
        [5, 5],
      ].map(([speed, stress]) => ({ speed, stress })),
    );
    const mean = compareUnits(template, [{ unit: 1, responses: rs }], { kind: 'dimension-mean', dimension: 'service' });
    const fav = compareUnits(template, [{ unit: 1, responses: rs }], {
      kind: 'dimension-favourable',
      dimension: 'service',
    });
    expect(mean.ok && published(mean.rows[0]!.result).estimate).toBeCloseTo(3.4, 12);
    expect(fav.ok && published(fav.rows[0]!.result).estimate).toBeCloseTo(0.5, 12);
  });

  it.each([
    [{ kind: 'favourable', question: 'channel' }],
    [{ kind: 'favourable', question: 'nope' }],
    [{ kind: 'mean', question: 'topics' }],
    [{ kind: 'dimension-mean', dimension: 'nope' }],
  ] as const)('unknown measure %j', (measure) => {
    expect(compareUnits(template, units, measure)).toEqual({ ok: false, reason: 'unknown-measure' });
  });
});
