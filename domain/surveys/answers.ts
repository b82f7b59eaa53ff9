/**
 * Server-side validation of one response against its template, and scoring of a valid response.
 *
 * The browser (SurveyJS) already validates, but a response is an untrusted HTTP body: everything is
 * checked again here, with survey-core's own model deciding visibility (`visibleIf` on questions,
 * panels and pages), `requiredIf`, choice visibility and the form's validators — so the server and
 * the respondent's screen cannot disagree.
 */
import { type Model, type Question } from 'survey-core';
import {
  allowedValues,
  conditionInputs,
  formQuestionsOf,
  isRecord,
  listFormElements,
  sharedModel,
  type AnswerValue,
  type FormQuestion,
  type SurveyJson,
} from './form';
import { favourableValues, scoreValue, type QuestionMeta, type SurveyTemplate } from './template';

export type { AnswerValue } from './form';

/** A validated response: question name → answer, only answered, visible questions, in form order. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type AnswerErrorCode =
  | 'not-an-object'
  | 'template-unloadable'
  | 'unknown-question'
  | 'not-answerable'
  | 'required'
  | 'invalid-type'
  | 'not-a-choice'
  | 'duplicate-choice'
  | 'none-not-exclusive'
  | 'too-few-choices'
  | 'too-many-choices'
  | 'out-of-range'
  | 'too-long'
  | 'validator-failed';

/** One problem with one field; `question` is '' for the response as a whole. `message` is for logs — the UI translates `code`. */
export interface AnswerError {
  question: string;
  code: AnswerErrorCode;
  message: string;
}

export type ResponseValidation =
  { ok: true; answers: Answers; dropped: string[] } | { ok: false; errors: AnswerError[] };

/**
 * Validates one response (question name → value, as SurveyJS's `survey.data`) and returns either
 * the normalized answers or every problem found, one entry per field and problem:
 *
 * - a key that is not a question of the form → `unknown-question` (an html/panel name → `not-answerable`);
 * - rating / radiogroup / dropdown: a value the question offers, of its exact type — the string "4"
 *   is not the rating 4 (a client that sends text for a number has a bug we should not hide, and
 *   two spellings of one answer would be two bodies for the same idempotency key);
 *   checkbox: a list of offered values, no duplicates, the "none" item alone, within
 *   `minSelectedChoices`/`maxSelectedChoices`; boolean: true/false (or valueTrue/valueFalse);
 *   text with `inputType: number`: a finite number within min/max; text and comment: a string of at
 *   most `maxLength` characters (default 2 000) after trimming;
 * - empty values (null, '', whitespace, []) count as unanswered;
 * - required (`isRequired`, or `requiredIf` true on the submitted answers) and visible but
 *   unanswered → `required`;
 * - the form's own validators (numeric, regex, expression, e-mail…) → `validator-failed`;
 * - a choice hidden by `choicesVisibleIf` → `not-a-choice`.
 *
 * Answers to questions that are invisible given the other answers (`visibleIf` on the question, its
 * panel or page) are **dropped, not rejected**, and listed in `dropped`: a respondent who answered
 * and then changed an earlier answer may legitimately send one, and an answer the respondent was
 * not meant to give must never be counted. Visibility is settled to a fixpoint, so a chain
 * A → B → C drops C when B is dropped.
 *
 * Text is trimmed and NFC-normalized. Never throws. Uses one survey-core model per template form,
 * reused between calls (see `sharedModel`), and for forms whose conditions read only answers (no
 * validators, triggers or functions) reuses what survey-core decided for the same answers to
 * those conditions (see `layoutSource`): the result is the same, in microseconds instead of
 * milliseconds.
 */
export function validateResponse(template: SurveyTemplate, response: unknown): ResponseValidation {
  if (!isRecord(response))
    return {
      ok: false,
      errors: [
        { question: '', code: 'not-an-object', message: 'a response must be an object of question name → answer' },
      ],
    };
  const model = sharedModel(template.form);
  const forms = formQuestionsOf(template.form);
  if (model === null || forms === null)
    return {
      ok: false,
      errors: [{ question: '', code: 'template-unloadable', message: 'the template form cannot be loaded' }],
    };
  const questions = new Map(forms.map((q) => [q.name, q]));
  const layoutNames = new Set(
    listFormElements(template.form)
      .filter((e) => e.name !== null && !questions.has(e.name))
      .map((e) => e.name as string),
  );

  const errors: AnswerError[] = [];
  const error = (question: string, code: AnswerErrorCode, message: string) => errors.push({ question, code, message });
  const invalid = new Set<string>();
  let candidate: Record<string, AnswerValue> = {};

  for (const [name, raw] of Object.entries(response)) {
    const question = questions.get(name);
    if (question === undefined) {
      if (layoutNames.has(name)) error(name, 'not-answerable', `"${name}" is not a question that takes an answer`);
      else error(name, 'unknown-question', `the form has no question "${name}"`);
      continue;
    }
    const checked = normalizeAnswer(question, model.getQuestionByName(name) as Question, raw);
    if (checked === undefined) continue; // empty: unanswered
    if ('error' in checked) {
      invalid.add(name);
      error(name, checked.error.code, checked.error.message);
    } else candidate[name] = checked.value;
  }

  // Settle visibility: drop answers to invisible questions until nothing changes.
  const layouts = layoutSource(template.form, model, forms);
  const dropped: string[] = [];
  let layout: Layout;
  for (;;) {
    layout = layouts(candidate);
    const hidden = Object.keys(candidate).filter((name) => !layout.visible.has(name));
    if (hidden.length === 0) break;
    dropped.push(...hidden);
    candidate = Object.fromEntries(Object.entries(candidate).filter(([name]) => !hidden.includes(name)));
  }

  for (const name of questions.keys()) {
    if (!layout.visible.has(name) || invalid.has(name)) continue;
    const value = candidate[name];
    if (value === undefined) {
      if (layout.required.has(name)) error(name, 'required', `"${name}" is required`);
      continue;
    }
    // Choices can depend on other answers (choicesVisibleIf): check against what the respondent saw.
    const type = questions.get(name)!.type;
    if (type === 'radiogroup' || type === 'dropdown' || type === 'checkbox') {
      const visible = layout.offered.get(name) ?? [];
      const hiddenChoices = (Array.isArray(value) ? value : [value]).filter((v) => !visible.includes(v));
      if (hiddenChoices.length > 0) {
        error(
          name,
          'not-a-choice',
          `${hiddenChoices.map((v) => JSON.stringify(v)).join(', ')} was not offered given the other answers`,
        );
        continue;
      }
    }
    // The form's own validators; a form without any has nothing to run here (see conditionInputs).
    if (layout.exhaustive) {
      const question = model.getQuestionByName(name) as Question;
      if (!question.validate(true)) {
        for (const e of question.errors) {
          if (e.getErrorType() === 'required') continue; // value present; SurveyJS's view of emptiness differs only for whitespace
          error(name, 'validator-failed', e.text || `"${name}" failed a validation rule of the form`);
        }
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const answers: Record<string, AnswerValue> = {};
  for (const name of questions.keys()) if (candidate[name] !== undefined) answers[name] = candidate[name];
  return { ok: true, answers, dropped };
}

/**
 * What survey-core decides from the answers: which questions are visible, which are required, and
 * which values each visible question offers (`allowedValues` of what the respondent sees; null for
 * free input). `exhaustive`: the model holds exactly these answers, so the form's validators can
 * run on it.
 */
export interface Layout {
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
  offered: ReadonlyMap<string, readonly (number | string | boolean)[] | null>;
  exhaustive: boolean;
}

function computeLayout(
  model: Model,
  forms: readonly FormQuestion[],
  data: Record<string, AnswerValue>,
  exhaustive: boolean,
): Layout {
  model.data = data;
  const visible = new Set<string>();
  const required = new Set<string>();
  const offered = new Map<string, (number | string | boolean)[] | null>();
  for (const form of forms) {
    const question = model.getQuestionByName(form.name) as Question;
    if (!question.isVisibleInSurvey) continue;
    visible.add(form.name);
    if (question.isRequired) required.add(form.name);
    offered.set(form.name, allowedValues(question, form.type, true));
  }
  return { visible, required, offered, exhaustive };
}

/** Layouts already computed, per form, keyed by the answers their conditions read. Bounded: cleared when full. */
const layoutCache = new WeakMap<object, Map<string, Layout>>();
const LAYOUT_CACHE_SIZE = 2_000;

/**
 * The layout for a set of answers. Setting survey-core's data and re-running every condition is
 * the slow part of validation (milliseconds per response), yet the layout depends only on the
 * answers that conditions read (`conditionInputs`): for a form whose conditions read a handful of
 * questions, layouts are computed once per combination of those answers and reused. A form whose
 * layout may depend on more (validators, triggers, functions in expressions) takes the exhaustive
 * way every time.
 */
export function layoutSource(
  form: SurveyJson,
  model: Model,
  forms: readonly FormQuestion[],
): (data: Record<string, AnswerValue>) => Layout {
  const inputs = conditionInputs(form);
  if (inputs === null) return (data) => computeLayout(model, forms, data, true);
  let cache = layoutCache.get(form);
  if (!cache) layoutCache.set(form, (cache = new Map()));
  const known = cache;
  return (data) => {
    const projected: Record<string, AnswerValue> = {};
    for (const name of inputs) if (data[name] !== undefined) projected[name] = data[name];
    const key = JSON.stringify(inputs.map((name) => projected[name] ?? null));
    let layout = known.get(key);
    if (!layout) {
      if (known.size >= LAYOUT_CACHE_SIZE) known.clear();
      layout = computeLayout(model, forms, projected, false);
      known.set(key, layout);
    }
    return layout;
  };
}

type Normalized = { value: AnswerValue } | { error: { code: AnswerErrorCode; message: string } };

function normalizeAnswer(form: FormQuestion, question: Question, raw: unknown): Normalized | undefined {
  if (raw === null || raw === undefined) return undefined;
  const fail = (code: AnswerErrorCode, message: string): Normalized => ({ error: { code, message } });
  const values = form.values ?? [];
  switch (form.type) {
    case 'rating':
    case 'radiogroup':
    case 'dropdown':
    case 'boolean': {
      if (typeof raw === 'string' && raw.trim() === '') return undefined;
      if (typeof raw !== 'number' && typeof raw !== 'string' && typeof raw !== 'boolean')
        return fail('invalid-type', `expected a single value, got ${describe(raw)}`);
      const value = matchValue(values, raw);
      return value === undefined ? fail('not-a-choice', notAChoice(values, raw)) : { value };
    }
    case 'checkbox': {
      if (!Array.isArray(raw)) return fail('invalid-type', `expected a list of choices, got ${describe(raw)}`);
      if (raw.length === 0) return undefined;
      const chosen: (number | string)[] = [];
      for (const item of raw) {
        if (typeof item !== 'number' && typeof item !== 'string')
          return fail('invalid-type', `expected choices, got ${describe(item)} in the list`);
        const value = matchValue(values, item);
        if (value === undefined || typeof value === 'boolean') return fail('not-a-choice', notAChoice(values, item));
        if (chosen.includes(value)) return fail('duplicate-choice', `${JSON.stringify(item)} is chosen twice`);
        chosen.push(value);
      }
      if (form.noneValue !== null && chosen.includes(form.noneValue) && chosen.length > 1)
        return fail('none-not-exclusive', 'the "none" answer cannot be combined with other choices');
      const q = question as unknown as { minSelectedChoices?: number; maxSelectedChoices?: number };
      if ((q.maxSelectedChoices ?? 0) > 0 && chosen.length > q.maxSelectedChoices!)
        return fail('too-many-choices', `at most ${q.maxSelectedChoices} choices are allowed, got ${chosen.length}`);
      if (
        (q.minSelectedChoices ?? 0) > 0 &&
        chosen.length < q.minSelectedChoices! &&
        !(form.noneValue !== null && chosen[0] === form.noneValue)
      ) {
        return fail('too-few-choices', `at least ${q.minSelectedChoices} choices are required, got ${chosen.length}`);
      }
      return { value: chosen };
    }
    case 'text':
    case 'comment': {
      if (form.numeric !== null) {
        if (typeof raw === 'string' && raw.trim() === '') return undefined;
        // Strings as keyed in from paper: "12", "-3", "3.5" or the Polish "3,5".
        const number =
          typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && /^-?\d+([.,]\d+)?$/.test(raw.trim())
              ? Number(raw.trim().replace(',', '.'))
              : NaN;
        if (!Number.isFinite(number)) return fail('invalid-type', `expected a number, got ${describe(raw)}`);
        const { min, max } = form.numeric;
        if ((min !== null && number < min) || (max !== null && number > max))
          return fail('out-of-range', `${number} is outside ${min ?? '−∞'}…${max ?? '∞'}`);
        return { value: number };
      }
      if (typeof raw !== 'string') return fail('invalid-type', `expected text, got ${describe(raw)}`);
      const text = raw.normalize('NFC').trim();
      if (text === '') return undefined;
      const limit = form.maxLength ?? 0;
      if (text.length > limit) return fail('too-long', `${text.length} characters, at most ${limit} allowed`);
      return { value: text };
    }
  }
}

/** The offered value identical to `raw` (same type and value). */
function matchValue(
  values: readonly (number | string | boolean)[],
  raw: number | string | boolean,
): number | string | boolean | undefined {
  return values.includes(raw) ? raw : undefined;
}

/** "4" where 4 is offered: the message says what to send instead. */
function notAChoice(values: readonly (number | string | boolean)[], raw: unknown): string {
  if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) && values.includes(Number(raw.trim())))
    return `${JSON.stringify(raw)} is text; send the number ${Number(raw.trim())}`;
  return `${JSON.stringify(raw)} is not one of the offered answers`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** One respondent's scores. */
export interface ScoredResponse {
  /** Scaled items: the scored value (reverse-coded items as min + max − x); null when unanswered or "don't know". */
  items: Record<string, number | null>;
  /** Items with favourable values: whether the answer is one of them; null when unanswered or "don't know". */
  favourable: Record<string, boolean | null>;
  /** Dimensions: mean of the respondent's scored items; null when fewer than `minimumItemShare` of the items were answered. */
  dimensions: Record<string, number | null>;
  /** Dimensions: the respondent's share of favourable answers among the items answered; null as above. */
  dimensionFavourable: Record<string, number | null>;
}

export interface ScoreOptions {
  /** Smallest share of a dimension's items a respondent must answer to get a dimension score; default 0.5. */
  minimumItemShare?: number;
}

/**
 * Scores one validated response with the template's metadata:
 *
 * - item score x' = x, or x' = min + max − x for a reverse-coded item (so higher is always better);
 *   "don't know" codes and unanswered items score null and are left out of every mean;
 * - favourable = the raw answer is one of the item's {@link favourableValues} (top-2-box);
 * - dimension score = mean of the respondent's scored items in the dimension, and the share of
 *   them that are favourable — computed only when at least `minimumItemShare` (default ½) of the
 *   dimension's items were answered with a substantive answer, else null (a common convention:
 *   one answered item out of six is not a dimension score).
 */
export function scoreResponse(template: SurveyTemplate, answers: Answers, options: ScoreOptions = {}): ScoredResponse {
  const minimumItemShare = options.minimumItemShare ?? 0.5;
  const items: Record<string, number | null> = {};
  const favourable: Record<string, boolean | null> = {};
  const byDimension = new Map<string, QuestionMeta[]>();
  for (const meta of template.questions) {
    const value = answers[meta.name];
    const substantive = value !== undefined && !(meta.noOpinionValues ?? []).includes(value as number | string);
    if (meta.scale !== undefined) items[meta.name] = substantive ? scoreValue(meta, value) : null;
    const values = favourableValues(meta);
    if (values !== null)
      favourable[meta.name] = substantive && !Array.isArray(value) ? values.includes(value as number | string) : null;
    if (meta.dimension !== undefined)
      byDimension.set(meta.dimension, [...(byDimension.get(meta.dimension) ?? []), meta]);
  }
  const dimensions: Record<string, number | null> = {};
  const dimensionFavourable: Record<string, number | null> = {};
  for (const [dimension, metas] of byDimension) {
    const scored = metas.map((m) => items[m.name]).filter((v): v is number => v !== null && v !== undefined);
    const enough = scored.length > 0 && scored.length >= minimumItemShare * metas.length;
    dimensions[dimension] = enough ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
    const flags = metas.map((m) => favourable[m.name]).filter((v): v is boolean => v !== null && v !== undefined);
    dimensionFavourable[dimension] = enough && flags.length > 0 ? flags.filter(Boolean).length / flags.length : null;
  }
  return { items, favourable, dimensions, dimensionFavourable };
}
