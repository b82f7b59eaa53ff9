/**
 * Results of a survey wave: per-question distributions, means and top-2-box shares with intervals,
 * dimension scores, headline figures, wave-to-wave comparison and unit comparison rows — every
 * cell withheld below the minimum n (see ./suppression).
 *
 * Input responses are validated answers (./answers `validateResponse`) of one template version.
 * Denominators exclude "don't know" codes (METHODS §3.2); n is reported per item. Optional survey
 * weights (post-stratification or raking, METHODS §3.6) enter shares and means, and intervals use
 * Kish's effective sample size; suppression always counts real answers, never weights.
 */
import { scoreResponse, type Answers, type ScoreOptions } from './answers';
import { formQuestionsOf, type FormQuestion } from './form';
import {
  compareMeans,
  compareProportions,
  kishEffectiveSampleSize,
  meanInterval,
  wilsonInterval,
  type CompareProportionsOptions,
  type ConfidenceOptions,
  type Count,
  type MeanComparison,
  type MeanEstimate,
  type ProportionComparison,
  type ProportionEstimate,
} from './statistics';
import { DEFAULT_MINIMUM_N, suppressBelowMinimumN, type Suppressible } from './suppression';
import { favourableValues, type QuestionMeta, type ScaleRange, type SurveyTemplate } from './template';

/** One respondent's validated answers, with an optional survey weight (default 1; must be finite and > 0). */
export interface SurveyResponse {
  answers: Answers;
  weight?: number;
}

/**
 * A response's weight is not a finite number > 0: `index` into the responses given and, where there
 * are several lists, which one (`'earlier'`/`'later'` wave, or the position of the unit).
 */
export interface InvalidWeight {
  ok: false;
  reason: 'invalid-weight';
  index: number;
  group?: 'earlier' | 'later' | number;
}

export type WeightChecked<T> = { ok: true; value: T } | InvalidWeight;

export interface ResultOptions extends ConfidenceOptions, ScoreOptions {
  /** Smallest n of a published cell; default 5. */
  minimumN?: number;
  /** Significance level for comparison labels; default 0.05. */
  alpha?: number;
}

/** Count of one answer value. `share` is of the substantive answers (weighted when weights are given); null for a "don't know" code. */
export interface DistributionEntry {
  value: number | string | boolean;
  count: number;
  share: number | null;
  noOpinion: boolean;
}

export interface ChoiceFigures {
  /** Substantive answers (the denominator); for a checkbox, respondents who ticked anything. */
  n: number;
  /** "Don't know" answers, outside n. */
  noOpinion: number;
  /** Every value the question offers, in form order, with zero counts kept. A checkbox's shares sum to more than 1. */
  distribution: DistributionEntry[];
  /** Mean on the raw answer scale (scaled items only; reverse coding applies in dimension scores). */
  mean: MeanEstimate | null;
  /** Share of favourable answers (top-2-box) with its Wilson interval; null without favourable values. */
  favourable: ProportionEstimate | null;
}

export interface NumberFigures {
  n: number;
  mean: MeanEstimate | null;
}

/** Free-text answers, sorted alphabetically (Polish collation) so their order says nothing about who wrote them or when. */
export interface TextFigures {
  n: number;
  texts: string[];
}

export type QuestionResult =
  | { question: string; kind: 'choice'; result: Suppressible<ChoiceFigures> }
  | { question: string; kind: 'number'; result: Suppressible<NumberFigures> }
  | { question: string; kind: 'text'; result: Suppressible<TextFigures> };

export interface DimensionFigures {
  /** Respondents with a dimension score. */
  n: number;
  scale: ScaleRange;
  /** Mean of the respondents' dimension scores (items reverse-coded), t interval. */
  mean: MeanEstimate;
  /** Mean of the respondents' shares of favourable items, t interval clamped to [0, 1]. */
  favourable: MeanEstimate | null;
}

export interface DimensionResult {
  dimension: string;
  result: Suppressible<DimensionFigures>;
}

/**
 * A headline figure (e.g. "% satisfied customers") for the indicator catalogue: the favourable
 * share of a headline question. `successes` and `n` of the published figures are the counts for
 * the question's `catalogueVariables` (with survey weights they are effective counts, p̂·n_eff and
 * n_eff, not people).
 */
export interface HeadlineFigure {
  templateId: string;
  templateVersion: number;
  question: string;
  catalogueVariables: { satisfied: string; respondents: string } | null;
  result: Suppressible<ProportionEstimate>;
}

export interface WaveResults {
  templateId: string;
  templateVersion: number;
  /** Number of responses in the wave. */
  respondents: number;
  weighted: boolean;
  questions: QuestionResult[];
  dimensions: DimensionResult[];
  headlines: HeadlineFigure[];
}

/**
 * Aggregates the responses of one wave:
 *
 * - per question: counts per offered value, n (substantive answers), "don't know" count; for
 *   scaled items the mean with a t interval; for items with favourable values the top-2-box share
 *   with a Wilson interval (METHODS §3.2–3.3); numeric text: the mean; free text: the texts;
 * - per dimension: each respondent's mean of the dimension's items after reverse coding (when at
 *   least `minimumItemShare`, default ½, of the items were answered), then the mean over
 *   respondents with a t interval; likewise each respondent's share of favourable items, averaged
 *   (this equals the pooled top-2-box when everyone answers every item, and its interval respects
 *   that one person's answers to several items are not independent);
 * - headline figures: the favourable share of each headline question.
 *
 * Every cell with n < `minimumN` (default 5) is suppressed. With no responses every cell is
 * suppressed. `{ ok: false, reason: 'invalid-weight' }` when a weight is not a finite number > 0.
 */
export function summarizeWave(
  template: SurveyTemplate,
  responses: readonly SurveyResponse[],
  options: ResultOptions = {},
): WeightChecked<WaveResults> {
  const invalid = invalidWeight(responses);
  if (invalid !== null) return invalid;
  const minimumN = options.minimumN ?? DEFAULT_MINIMUM_N;
  const metas = new Map(template.questions.map((m) => [m.name, m]));
  const questions = formQuestions(template).map((form) =>
    summarizeQuestion(form, metas.get(form.name), responses, options, minimumN),
  );
  const scored = responses.map((r) => ({ scores: scoreResponse(template, r.answers, options), weight: weightOf(r) }));
  const dimensions = dimensionsOf(template).map(({ id, scale }) => {
    const rows = scored.filter((s) => s.scores.dimensions[id] !== null && s.scores.dimensions[id] !== undefined);
    return {
      dimension: id,
      result: suppressBelowMinimumN(
        rows.length,
        (): DimensionFigures => {
          const weights = rows.map((r) => r.weight);
          const mean = meanInterval(
            rows.map((r) => r.scores.dimensions[id]!),
            { ...confidenceOf(options), weights },
          ) as MeanEstimate;
          const shares = rows.filter((r) => r.scores.dimensionFavourable[id] !== null);
          const favourable =
            shares.length === rows.length
              ? clampToUnit(
                  meanInterval(
                    shares.map((r) => r.scores.dimensionFavourable[id]!),
                    { ...confidenceOf(options), weights },
                  ),
                )
              : null;
          return { n: rows.length, scale, mean, favourable };
        },
        minimumN,
      ),
    };
  });
  return {
    ok: true,
    value: {
      templateId: template.id,
      templateVersion: template.version,
      respondents: responses.length,
      weighted: responses.some((r) => r.weight !== undefined && r.weight !== 1),
      questions,
      dimensions,
      headlines: headlinesOf(template, responses, options, minimumN),
    },
  };
}

/**
 * Headline figures of a wave: for each question marked `headline`, the share of respondents whose
 * answer is one of its favourable values (e.g. "% zadowolonych i bardzo zadowolonych klientów"),
 * among those who gave a substantive answer, with its Wilson interval; suppressed below `minimumN`.
 */
export function headlineFigures(
  template: SurveyTemplate,
  responses: readonly SurveyResponse[],
  options: ResultOptions = {},
): WeightChecked<HeadlineFigure[]> {
  const invalid = invalidWeight(responses);
  if (invalid !== null) return invalid;
  return { ok: true, value: headlinesOf(template, responses, options, options.minimumN ?? DEFAULT_MINIMUM_N) };
}

function headlinesOf(
  template: SurveyTemplate,
  responses: readonly SurveyResponse[],
  options: ResultOptions,
  minimumN: number,
): HeadlineFigure[] {
  return template.questions
    .filter((m) => m.headline)
    .map((meta) => {
      const answers = favourableAnswers(meta, responses);
      return {
        templateId: template.id,
        templateVersion: template.version,
        question: meta.name,
        catalogueVariables: meta.catalogueVariables ?? null,
        // Weights were checked by the caller, so a non-empty cell always has an interval.
        result: suppressBelowMinimumN(
          answers.length,
          () => favourableShare(answers, options) as ProportionEstimate,
          minimumN,
        ),
      };
    });
}

export interface QuestionComparison {
  question: string;
  headline: boolean;
  result: Suppressible<ProportionComparison>;
}

export interface DimensionComparison {
  dimension: string;
  result: Suppressible<MeanComparison | null>;
}

export interface WaveComparison {
  templateId: string;
  templateVersion: number;
  questions: QuestionComparison[];
  dimensions: DimensionComparison[];
}

/**
 * Compares two waves of the same template (same version — a change of wording or scale makes
 * waves incomparable, METHODS §3.4), `later` against `earlier`:
 *
 * - every question with favourable values: the favourable shares, their difference in percentage
 *   points with the Newcombe hybrid score interval, the pooled two-proportion z-test and its label
 *   (see `compareProportions`; with weights, counts are taken at n_eff);
 * - every dimension: the difference of the dimension means with Welch's interval and test (null
 *   figures when a wave has no spread).
 *
 * A cell is suppressed when either wave has fewer than `minimumN` answers to it.
 */
export function compareWaves(
  template: SurveyTemplate,
  earlier: readonly SurveyResponse[],
  later: readonly SurveyResponse[],
  options: ResultOptions = {},
): WeightChecked<WaveComparison> {
  const invalid = invalidWeight(earlier, 'earlier') ?? invalidWeight(later, 'later');
  if (invalid !== null) return invalid;
  const minimumN = options.minimumN ?? DEFAULT_MINIMUM_N;
  const forms = formQuestions(template);
  const testOptions: CompareProportionsOptions = {
    ...confidenceOf(options),
    ...(options.alpha !== undefined ? { alpha: options.alpha } : {}),
  };
  const questions = template.questions
    .filter((m) => favourableValues(m) !== null && isSingleValued(forms, m))
    .map((meta) => {
      const first = favourableAnswers(meta, earlier);
      const second = favourableAnswers(meta, later);
      return {
        question: meta.name,
        headline: meta.headline === true,
        result: suppressBelowMinimumN(
          Math.min(first.length, second.length),
          () => {
            return compareProportions(countOf(first), countOf(second), testOptions) as ProportionComparison;
          },
          minimumN,
        ),
      };
    });
  const dimensions = dimensionsOf(template).map(({ id }) => {
    const first = dimensionScores(template, id, earlier, options);
    const second = dimensionScores(template, id, later, options);
    return {
      dimension: id,
      result: suppressBelowMinimumN(
        Math.min(first.values.length, second.values.length),
        () => {
          const a = meanInterval(first.values, { ...confidenceOf(options), weights: first.weights });
          const b = meanInterval(second.values, { ...confidenceOf(options), weights: second.weights });
          return a === null || b === null
            ? null
            : compareMeans(a, b, {
                ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
                ...(options.alpha !== undefined ? { alpha: options.alpha } : {}),
              });
        },
        minimumN,
      ),
    };
  });
  return { ok: true, value: { templateId: template.id, templateVersion: template.version, questions, dimensions } };
}

/** What a unit comparison shows: a question's favourable share or mean, or a dimension's mean or favourable share. */
export type UnitMeasure =
  | { kind: 'favourable'; question: string }
  | { kind: 'mean'; question: string }
  | { kind: 'dimension-mean'; dimension: string }
  | { kind: 'dimension-favourable'; dimension: string };

/** One bar of a unit comparison chart: the estimate and its interval (a share in [0, 1] or a mean on the item's scale). */
export interface UnitFigures {
  n: number;
  estimate: number;
  lower: number | null;
  upper: number | null;
}

export interface UnitRow<U> {
  unit: U;
  result: Suppressible<UnitFigures>;
}

export interface UnitGroup<U> {
  unit: U;
  responses: readonly SurveyResponse[];
}

/**
 * Rows for a table or chart comparing units (or any groups) that ran the same template: one
 * estimate with its interval per unit, in input order, suppressed below `minimumN`. Shares use the
 * Wilson interval, means the t interval. `{ ok: false }` when the measure names a question or
 * dimension the template does not score that way.
 */
export function compareUnits<U>(
  template: SurveyTemplate,
  units: readonly UnitGroup<U>[],
  measure: UnitMeasure,
  options: ResultOptions = {},
): { ok: true; rows: UnitRow<U>[] } | { ok: false; reason: 'unknown-measure' } | InvalidWeight {
  for (const [position, { responses }] of units.entries()) {
    const invalid = invalidWeight(responses, position);
    if (invalid !== null) return invalid;
  }
  const minimumN = options.minimumN ?? DEFAULT_MINIMUM_N;
  const compute = measureOf(template, measure, options);
  if (compute === null) return { ok: false, reason: 'unknown-measure' };
  return {
    ok: true,
    rows: units.map(({ unit, responses }) => {
      const { n, figures } = compute(responses);
      return { unit, result: suppressBelowMinimumN(n, () => figures() as UnitFigures, minimumN) };
    }),
  };
}

// ---------------------------------------------------------------------------------------------

function measureOf(
  template: SurveyTemplate,
  measure: UnitMeasure,
  options: ResultOptions,
): ((responses: readonly SurveyResponse[]) => { n: number; figures: () => UnitFigures | null }) | null {
  if (measure.kind === 'favourable' || measure.kind === 'mean') {
    const meta = template.questions.find((m) => m.name === measure.question);
    if (meta === undefined || !isSingleValued(formQuestions(template), meta)) return null;
    if (measure.kind === 'favourable') {
      if (favourableValues(meta) === null) return null;
      return (responses) => {
        const answers = favourableAnswers(meta, responses);
        return { n: answers.length, figures: () => fromProportion(favourableShare(answers, options)) };
      };
    }
    if (meta.scale === undefined) return null;
    return (responses) => {
      const rows = substantive(meta, responses).filter((r) => typeof r.value === 'number');
      return {
        n: rows.length,
        figures: () =>
          fromMean(
            meanInterval(
              rows.map((r) => r.value as number),
              { ...confidenceOf(options), weights: rows.map((r) => r.weight) },
            ),
          ),
      };
    };
  }
  if (!dimensionsOf(template).some((d) => d.id === measure.dimension)) return null;
  return (responses) => {
    const { values, weights, favourable } = dimensionScores(template, measure.dimension, responses, options);
    return {
      n: values.length,
      figures: () =>
        fromMean(
          measure.kind === 'dimension-mean'
            ? meanInterval(values, { ...confidenceOf(options), weights })
            : favourable.length === values.length
              ? clampToUnit(meanInterval(favourable, { ...confidenceOf(options), weights }))
              : null,
        ),
    };
  };
}

function summarizeQuestion(
  form: FormQuestion,
  meta: QuestionMeta | undefined,
  responses: readonly SurveyResponse[],
  options: ResultOptions,
  minimumN: number,
): QuestionResult {
  const name = form.name;
  if (form.type === 'comment' || (form.type === 'text' && form.numeric === null)) {
    const texts = responses.map((r) => r.answers[name]).filter((v): v is string => typeof v === 'string' && v !== '');
    return {
      question: name,
      kind: 'text',
      result: suppressBelowMinimumN(
        texts.length,
        () => ({ n: texts.length, texts: [...texts].sort((a, b) => a.localeCompare(b, 'pl')) }),
        minimumN,
      ),
    };
  }
  if (form.type === 'text') {
    const rows = responses.filter((r) => typeof r.answers[name] === 'number');
    return {
      question: name,
      kind: 'number',
      result: suppressBelowMinimumN(
        rows.length,
        () => ({
          n: rows.length,
          mean: meanInterval(
            rows.map((r) => r.answers[name] as number),
            { ...confidenceOf(options), weights: rows.map(weightOf) },
          ),
        }),
        minimumN,
      ),
    };
  }
  const noOpinionValues = meta?.noOpinionValues ?? [];
  const answered = responses.filter((r) => r.answers[name] !== undefined);
  const rows = answered.filter((r) => !noOpinionValues.includes(r.answers[name] as number | string));
  return {
    question: name,
    kind: 'choice',
    result: suppressBelowMinimumN(
      rows.length,
      (): ChoiceFigures => {
        const weights = rows.map(weightOf);
        const totalWeight = weights.reduce((a, b) => a + b, 0);
        const distribution = (form.values ?? []).map((value): DistributionEntry => {
          const isNoOpinion = noOpinionValues.includes(value as number | string);
          const chose = (r: SurveyResponse) => {
            const answer = r.answers[name];
            return Array.isArray(answer) ? answer.includes(value as number | string) : answer === value;
          };
          const count = (isNoOpinion ? answered : rows).filter(chose).length;
          const weight = rows.filter(chose).reduce((sum, r) => sum + weightOf(r), 0);
          return { value, count, share: isNoOpinion ? null : weight / totalWeight, noOpinion: isNoOpinion };
        });
        const numeric = meta?.scale !== undefined ? rows.filter((r) => typeof r.answers[name] === 'number') : [];
        const mean =
          meta?.scale !== undefined
            ? meanInterval(
                numeric.map((r) => r.answers[name] as number),
                { ...confidenceOf(options), weights: numeric.map(weightOf) },
              )
            : null;
        const favourable =
          meta !== undefined && form.type !== 'checkbox' && favourableValues(meta) !== null
            ? favourableShare(favourableAnswers(meta, responses), options)
            : null;
        return { n: rows.length, noOpinion: answered.length - rows.length, distribution, mean, favourable };
      },
      minimumN,
    ),
  };
}

interface FavourableAnswer {
  favourable: boolean;
  weight: number;
}

/** Substantive answers to an item, each marked favourable or not. */
function favourableAnswers(meta: QuestionMeta, responses: readonly SurveyResponse[]): FavourableAnswer[] {
  const values = favourableValues(meta) ?? [];
  return substantive(meta, responses).map((r) => ({
    favourable: values.includes(r.value as number | string),
    weight: r.weight,
  }));
}

function substantive(meta: QuestionMeta, responses: readonly SurveyResponse[]): { value: unknown; weight: number }[] {
  const noOpinion = meta.noOpinionValues ?? [];
  return responses
    .map((r) => ({ value: r.answers[meta.name], weight: weightOf(r) }))
    .filter((r) => r.value !== undefined && !Array.isArray(r.value) && !noOpinion.includes(r.value as number | string));
}

/** Favourable share: x/n with integer counts when unweighted; with weights p̂ = Σw·f/Σw at n_eff (METHODS §3.3). */
function favourableShare(answers: readonly FavourableAnswer[], options: ResultOptions): ProportionEstimate | null {
  const count = countOf(answers);
  return count.n > 0 ? wilsonInterval(count.successes, count.n, confidenceOf(options)) : null;
}

function countOf(answers: readonly FavourableAnswer[]): Count {
  if (answers.every((a) => a.weight === 1))
    return { successes: answers.filter((a) => a.favourable).length, n: answers.length };
  const effectiveN = kishEffectiveSampleSize(answers.map((a) => a.weight));
  const total = answers.reduce((sum, a) => sum + a.weight, 0);
  if (effectiveN === null || !(total > 0)) return { successes: NaN, n: NaN };
  const share = answers.reduce((sum, a) => sum + (a.favourable ? a.weight : 0), 0) / total;
  return { successes: share * effectiveN, n: effectiveN };
}

function dimensionScores(
  template: SurveyTemplate,
  dimension: string,
  responses: readonly SurveyResponse[],
  options: ScoreOptions,
) {
  const values: number[] = [];
  const weights: number[] = [];
  const favourable: number[] = [];
  for (const r of responses) {
    const scores = scoreResponse(template, r.answers, options);
    const score = scores.dimensions[dimension];
    if (score === null || score === undefined) continue;
    values.push(score);
    weights.push(weightOf(r));
    const share = scores.dimensionFavourable[dimension];
    if (share !== null && share !== undefined) favourable.push(share);
  }
  return { values, weights, favourable };
}

function dimensionsOf(template: SurveyTemplate): { id: string; scale: ScaleRange }[] {
  const found = new Map<string, ScaleRange>();
  for (const meta of template.questions) {
    if (meta.dimension !== undefined && meta.scale !== undefined && !found.has(meta.dimension))
      found.set(meta.dimension, meta.scale);
  }
  const order = template.dimensions?.map((d) => d.id) ?? [...found.keys()];
  return order.filter((id) => found.has(id)).map((id) => ({ id, scale: found.get(id)! }));
}

function formQuestions(template: SurveyTemplate): FormQuestion[] {
  return formQuestionsOf(template.form) ?? [];
}

function isSingleValued(forms: readonly FormQuestion[], meta: QuestionMeta): boolean {
  const form = forms.find((q) => q.name === meta.name);
  return (
    form !== undefined &&
    form.type !== 'checkbox' &&
    form.type !== 'comment' &&
    !(form.type === 'text' && form.numeric === null)
  );
}

/** The first response whose weight is not a finite number > 0, as a result value. */
function invalidWeight(
  responses: readonly SurveyResponse[],
  group?: 'earlier' | 'later' | number,
): InvalidWeight | null {
  const index = responses.findIndex((r) => r.weight !== undefined && !(Number.isFinite(r.weight) && r.weight > 0));
  if (index < 0) return null;
  return group === undefined
    ? { ok: false, reason: 'invalid-weight', index }
    : { ok: false, reason: 'invalid-weight', index, group };
}

function weightOf(r: SurveyResponse): number {
  return r.weight ?? 1;
}

function confidenceOf(options: ConfidenceOptions): ConfidenceOptions {
  return {
    ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
    ...(options.z !== undefined ? { z: options.z } : {}),
  };
}

function clampToUnit(estimate: MeanEstimate | null): MeanEstimate | null {
  if (estimate === null) return null;
  return {
    ...estimate,
    lower: estimate.lower === null ? null : Math.max(0, estimate.lower),
    upper: estimate.upper === null ? null : Math.min(1, estimate.upper),
  };
}

function fromProportion(p: ProportionEstimate | null): UnitFigures | null {
  return p === null ? null : { n: p.n, estimate: p.estimate, lower: p.lower, upper: p.upper };
}

function fromMean(m: MeanEstimate | null): UnitFigures | null {
  return m === null ? null : { n: m.n, estimate: m.mean, lower: m.lower, upper: m.upper };
}
