/**
 * Seeded generator of clearly synthetic demo responses ("dane syntetyczne"), for demo waves and
 * tests. Deterministic: the same template, seed and options always give the same responses; no
 * clock, no Math.random.
 *
 * Model (a plain latent-trait sketch, not a claim about real respondents): each respondent has a
 * general satisfaction θ ~ N(shift, 1); a scaled item's answer is the k-quantile of
 * u = logistic(0.7 + δᵢ + 1.1·θ + 0.7·ε), ε ~ N(0, 1), with a fixed per-item offset δᵢ ∈ [−0.6, 0.6]
 * derived from the item name (so some items are systematically rated lower, as pay usually is).
 * Items therefore correlate within a respondent, top-2-box shares land around 50–70 %, and a
 * positive `shift` gives a better wave. Reverse-coded items are mirrored. Choice questions favour
 * earlier choices; checkboxes tick a few; free text is rare and every text starts with "[demo]".
 * Visibility (`visibleIf`), choice visibility and `isRequired` are honoured through survey-core, so
 * every response passes `validateResponse`.
 */
import { mulberry32 } from '../random';
import { type Question } from 'survey-core';
import { layoutSource, type Answers } from './answers';
import { formQuestionsOf, sharedModel, type AnswerValue, type FormQuestion } from './form';
import { type SurveyResponse } from './results';
import { favourableValues, type QuestionMeta, type SurveyTemplate } from './template';

export interface SyntheticOptions {
  /** Any number or string; combined with the template id. */
  seed: number | string;
  /** Number of responses to generate. */
  count: number;
  /** Mean of the latent satisfaction in SD units; default 0. Use e.g. +0.3 for an improved wave or a better unit. */
  shift?: number;
  /** Chance of leaving an optional question unanswered; default 0.08. */
  skipRate?: number;
  /** Chance of a "don't know" answer where the item has one; default 0.06. */
  noOpinionRate?: number;
  /** Chance of writing into an optional free-text field; default 0.15. */
  commentRate?: number;
}

/** A generated response, marked as synthetic so it can never pass for real data. */
export interface SyntheticResponse extends SurveyResponse {
  synthetic: true;
}

const DEMO_TEXTS = [
  '[demo] Krótszy czas oczekiwania byłby mile widziany.',
  '[demo] Więcej spraw do załatwienia przez internet.',
  '[demo] Bardzo miła i pomocna obsługa.',
  '[demo] Czytelniejsze formularze i oznakowanie.',
  '[demo] Dłuższe godziny pracy w jeden dzień tygodnia.',
  '[demo] Lepsza informacja o postępie sprawy.',
  '[demo] Wszystko w porządku, dziękuję.',
  '[demo] Przydałby się parking dla interesantów.',
];

/**
 * Generates `count` synthetic responses for `template` (an empty list for count ≤ 0). Answers are
 * normalized like validated answers: only visible questions, values the form offers, no empty
 * strings.
 */
export function generateSyntheticResponses(template: SurveyTemplate, options: SyntheticOptions): SyntheticResponse[] {
  const random = createRandom(`${template.id}@${template.version}#${String(options.seed)}`);
  const shift = options.shift ?? 0;
  const rates = {
    skip: options.skipRate ?? 0.08,
    noOpinion: options.noOpinionRate ?? 0.06,
    comment: options.commentRate ?? 0.15,
  };
  const model = sharedModel(template.form);
  const forms = formQuestionsOf(template.form);
  if (model === null || forms === null) return [];
  const metas = new Map(template.questions.map((m) => [m.name, m]));
  const offsets = new Map(forms.map((f) => [f.name, (hashToUnit(`${template.id}:${f.name}`) - 0.5) * 1.2]));
  // What survey-core shows given the answers, reused per combination of the answers conditions read.
  const layouts = layoutSource(template.form, model, forms);

  const responses: SyntheticResponse[] = [];
  for (let i = 0; i < Math.max(0, Math.floor(options.count)); i++) {
    const theta = shift + random.normal();
    const answer = (
      form: FormQuestion,
      offered: readonly (number | string | boolean)[],
      question: Question,
      required: boolean,
    ) =>
      generateAnswer(
        form,
        offered,
        question,
        metas.get(form.name),
        required,
        theta,
        offsets.get(form.name) ?? 0,
        rates,
        random,
      );
    // Draft every question from the form's static values (setting survey-core data is the slow
    // part), then settle against survey-core: drop answers to hidden questions, re-draw choices
    // hidden by choicesVisibleIf, fill visible required ones. Usually one round.
    const data: Record<string, AnswerValue> = {};
    for (const form of forms) {
      const value = answer(form, form.values ?? [], model.getQuestionByName(form.name) as Question, false);
      if (value !== undefined) data[form.name] = value;
    }
    for (let round = 0; round < forms.length + 1; round++) {
      const layout = layouts(data);
      let changed = false;
      for (const form of forms) {
        const question = model.getQuestionByName(form.name) as Question;
        const value = data[form.name];
        if (!layout.visible.has(form.name)) {
          if (value !== undefined) {
            delete data[form.name];
            changed = true;
          }
          continue;
        }
        const offered = layout.offered.get(form.name) ?? null;
        const required = layout.required.has(form.name);
        const stale =
          value !== undefined &&
          offered !== null &&
          (Array.isArray(value) ? value : [value]).some((v) => !offered.includes(v));
        if (stale || (value === undefined && required)) {
          const redrawn = answer(form, offered ?? [], question, required);
          if (redrawn === undefined) delete data[form.name];
          else data[form.name] = redrawn;
          changed = true;
        }
      }
      if (!changed) break;
    }
    const answers: Record<string, AnswerValue> = {};
    for (const form of forms) if (data[form.name] !== undefined) answers[form.name] = data[form.name]!;
    responses.push({ answers: answers as Answers, synthetic: true });
  }
  model.data = {};
  return responses;
}

function generateAnswer(
  form: FormQuestion,
  offered: readonly (number | string | boolean)[],
  question: Question,
  meta: QuestionMeta | undefined,
  required: boolean,
  theta: number,
  offset: number,
  rates: { skip: number; noOpinion: number; comment: number },
  random: Random,
): AnswerValue | undefined {
  if (form.type === 'comment' || (form.type === 'text' && form.numeric === null)) {
    if (!required && random.next() >= rates.comment) return undefined;
    return DEMO_TEXTS[Math.floor(random.next() * DEMO_TEXTS.length)]!;
  }
  if (!required && random.next() < rates.skip) return undefined;
  if (form.numeric !== null) {
    const min = form.numeric.min ?? 0;
    const max = form.numeric.max ?? Math.max(min, 100);
    return Math.round(min + random.next() * (max - min));
  }
  const noOpinion = (meta?.noOpinionValues ?? []).filter((v) => offered.includes(v));
  const substantive = offered.filter((v) => !noOpinion.includes(v as number | string));
  if (noOpinion.length > 0 && random.next() < rates.noOpinion)
    return noOpinion[Math.floor(random.next() * noOpinion.length)]!;
  if (form.type === 'checkbox')
    return pickSeveral(random, substantive as (number | string)[], form.noneValue, question, required);
  if (meta?.scale !== undefined) {
    const points = substantive.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    if (points.length === 0) return undefined;
    const u = logistic(0.7 + offset + 1.1 * theta + 0.7 * random.normal());
    const index = Math.min(points.length - 1, Math.floor(u * points.length));
    return meta.reverseCoded ? points[points.length - 1 - index]! : points[index]!;
  }
  const favourable = meta === undefined ? null : favourableValues(meta);
  if (favourable !== null) {
    const good = substantive.filter((v) => favourable.includes(v as number | string));
    const bad = substantive.filter((v) => !favourable.includes(v as number | string));
    const pool = bad.length === 0 || (good.length > 0 && random.next() < logistic(0.9 + theta)) ? good : bad;
    return pool[Math.floor(random.next() * pool.length)];
  }
  return pickFavouringFirst(random, substantive);
}

function pickFavouringFirst<T>(random: Random, values: readonly T[]): T | undefined {
  if (values.length === 0) return undefined;
  const weights = values.map((_, j) => 1 / (j + 1) ** 0.9);
  let r = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let j = 0; j < values.length; j++) {
    r -= weights[j]!;
    if (r < 0) return values[j];
  }
  return values[values.length - 1];
}

function pickSeveral(
  random: Random,
  values: readonly (number | string)[],
  noneValue: number | string | null,
  question: Question,
  required: boolean,
): (number | string)[] | undefined {
  const choices = values.filter((v) => v !== noneValue);
  if (noneValue !== null && values.includes(noneValue) && random.next() < 0.1) return [noneValue];
  const q = question as unknown as { maxSelectedChoices?: number; minSelectedChoices?: number };
  const max = (q.maxSelectedChoices ?? 0) > 0 ? q.maxSelectedChoices! : choices.length;
  const min = Math.max(required ? 1 : 0, q.minSelectedChoices ?? 0);
  let chosen = choices.filter((_, j) => random.next() < 0.45 / (1 + 0.2 * j));
  while (chosen.length > max) chosen.splice(Math.floor(random.next() * chosen.length), 1);
  for (const v of choices) {
    if (chosen.length >= min) break;
    if (!chosen.includes(v)) chosen.push(v);
  }
  chosen = choices.filter((v) => chosen.includes(v)); // form order
  return chosen.length > 0 ? chosen : undefined;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
}

/** mulberry32 (Tommy Ettinger's 32-bit generator) seeded with a 32-bit FNV-1a hash of `seed`. */
function createRandom(seed: string): Random {
  const next = mulberry32(fnv1a(seed));
  return {
    next,
    normal: () => {
      const u = 1 - next(); // (0, 1]: log(0) never happens
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function hashToUnit(text: string): number {
  return fnv1a(text) / 4294967296;
}
