/**
 * What Miernik needs to know about a SurveyJS form, read through survey-core's own model (so
 * choices, rating values, "none" items and conditions mean exactly what they mean in the
 * respondent's browser). survey-core is pure computation; it is used here without a DOM.
 */
import { Model, type Question } from 'survey-core';

/** Question types whose answers Miernik validates and aggregates. */
export const SUPPORTED_QUESTION_TYPES = [
  'rating',
  'radiogroup',
  'dropdown',
  'checkbox',
  'boolean',
  'text',
  'comment',
] as const;
export type SupportedQuestionType = (typeof SUPPORTED_QUESTION_TYPES)[number];

/** Elements that hold no answer and may appear in a form. */
export const LAYOUT_ELEMENT_TYPES = ['panel', 'html'] as const;

/** Default and largest per-field limit on free text, in characters (UTF-16 code units, as the browser counts `maxLength`). */
export const DEFAULT_TEXT_LIMIT = 2000;

/** A single answer value as stored: a scale point or choice, a yes/no, free text, or the set of checkbox choices. */
export type AnswerValue = number | string | boolean | readonly (number | string)[];

/** A SurveyJS form JSON (the `form` of a template). */
export type SurveyJson = Record<string, unknown>;

/** One answerable question of a form. */
export interface FormQuestion {
  name: string;
  type: SupportedQuestionType;
  /** JSON path of the question inside the form, e.g. `pages[1].elements[0]`. */
  path: string;
  /** Every value the question can hold (all choices, rating values, the "none" item, true/false); null for free input. */
  values: (number | string | boolean)[] | null;
  /** The exclusive "none" value of a checkbox/dropdown/radiogroup with `showNoneItem`, else null. */
  noneValue: string | number | null;
  /** `text` with `inputType: number`: the allowed range (null bounds are open). */
  numeric: { min: number | null; max: number | null } | null;
  /** Largest number of characters for `text`/`comment`; null for other types. */
  maxLength: number | null;
}

/** A form element found while walking the JSON (questions and layout elements alike). */
export interface FormElement {
  name: string | null;
  type: string;
  path: string;
  json: Record<string, unknown>;
}

/** Every element of a form JSON with its path: `pages[i].elements[j]`, nested panel `elements`, or top-level `elements`/`questions`. */
export function listFormElements(form: unknown): FormElement[] {
  const found: FormElement[] = [];
  const walk = (elements: unknown, path: string) => {
    if (!Array.isArray(elements)) return;
    elements.forEach((element, i) => {
      if (!isRecord(element)) return;
      const at = `${path}[${i}]`;
      found.push({
        name: typeof element.name === 'string' ? element.name : null,
        type: String(element.type ?? ''),
        path: at,
        json: element,
      });
      walk(element.elements, `${at}.elements`);
      walk(element.questions, `${at}.questions`);
    });
  };
  if (!isRecord(form)) return found;
  if (Array.isArray(form.pages)) {
    form.pages.forEach((page, i) => {
      if (isRecord(page)) {
        walk(page.elements, `pages[${i}].elements`);
        walk(page.questions, `pages[${i}].questions`);
      }
    });
  }
  walk(form.elements, 'elements');
  walk(form.questions, 'questions');
  return found;
}

/**
 * Builds a survey-core model of `form`; a fresh one per call (a model holds answers and state).
 * Null when survey-core cannot build one at all (it throws on some malformed input).
 */
export function createModel(form: unknown, data?: Record<string, unknown>): Model | null {
  let model: Model;
  try {
    model = new Model(form);
  } catch {
    return null;
  }
  if (data !== undefined) model.data = data;
  return model;
}

const modelCache = new WeakMap<object, Model | null>();
const questionCache = new WeakMap<object, FormQuestion[] | null>();

/**
 * A survey-core model of `form`, built once per form object and then reused: building one costs
 * ~2–3 ms per question, setting its data ~10 ms, so a model per response would make validating a
 * paper batch take minutes. Callers set `data` before reading any state and use it synchronously
 * (JavaScript runs one call at a time, so two validations never share it mid-way). Template forms
 * are treated as immutable: a form object edited in place keeps its old model. Null when
 * survey-core cannot load the form.
 */
export function sharedModel(form: SurveyJson): Model | null {
  if (!modelCache.has(form)) modelCache.set(form, createModel(form));
  return modelCache.get(form)!;
}

/** {@link describeQuestions} of a form, computed once per form object (see {@link sharedModel}). Null when the form cannot be loaded. */
export function formQuestionsOf(form: SurveyJson): FormQuestion[] | null {
  if (!questionCache.has(form)) {
    const model = createModel(form);
    questionCache.set(form, model === null ? null : describeQuestions(model, form));
  }
  return questionCache.get(form)!;
}

const inputsCache = new WeakMap<object, readonly string[] | null>();

/** Operators and keywords of SurveyJS expressions that look like a name followed by "(". */
const EXPRESSION_KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'anyof',
  'allof',
  'contains',
  'notcontains',
  'empty',
  'notempty',
]);

/**
 * The questions whose answers a form's conditions read — every `{name}` in properties ending in
 * `If` (visibleIf, requiredIf, choicesVisibleIf, enableIf…, on questions, panels, pages and
 * choices) and every `choicesFromQuestion` — sorted; `{item}`/`{choice}` (the choice being
 * checked) are not answers. What survey-core makes visible, required or offered then depends on
 * those answers only.
 *
 * Null when that cannot be promised: validators, triggers, calculated values, expressions that set
 * or default values, functions or `{$…}` variables in a condition (e.g. `today()`), or text inputs
 * whose type brings its own validation (email, date…). Computed once per form object.
 */
export function conditionInputs(form: SurveyJson): readonly string[] | null {
  if (!inputsCache.has(form)) inputsCache.set(form, findConditionInputs(form));
  return inputsCache.get(form)!;
}

function findConditionInputs(form: SurveyJson): readonly string[] | null {
  const names = new Set<string>();
  let exact = true;
  const visit = (node: unknown): void => {
    if (!exact) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isRecord(node)) return;
    if (
      node.type === 'text' &&
      node.inputType !== undefined &&
      node.inputType !== 'text' &&
      node.inputType !== 'number'
    )
      exact = false;
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === 'validators' || key === 'triggers' || key === 'calculatedValues') &&
        !(Array.isArray(value) && value.length === 0)
      )
        exact = false;
      else if (/^(setValue|defaultValue|resetValue)/.test(key) || key === 'setValueIf') exact = false;
      else if (key === 'choicesFromQuestion' && typeof value === 'string') names.add(value);
      else if (key.endsWith('If') && typeof value === 'string') readExpression(value);
      else if (typeof value === 'object') visit(value);
    }
  };
  const readExpression = (expression: string) => {
    for (const match of expression.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g))
      if (!EXPRESSION_KEYWORDS.has(match[1]!.toLowerCase())) exact = false;
    for (const match of expression.matchAll(/\{([^{}]+)\}/g)) {
      const name = match[1]!.trim().split(/[.[]/)[0]!.trim();
      if (name.startsWith('$')) exact = false;
      else if (name !== 'item' && name !== 'choice') names.add(name);
    }
  };
  visit(form);
  return exact ? [...names].sort() : null;
}

export function isSupportedQuestionType(type: string): type is SupportedQuestionType {
  return (SUPPORTED_QUESTION_TYPES as readonly string[]).includes(type);
}

/** The answerable questions of a model, in form order, with the paths of their JSON. Questions of unsupported types are left out. */
export function describeQuestions(model: Model, form: unknown): FormQuestion[] {
  const paths = new Map<string, string>();
  for (const element of listFormElements(form))
    if (element.name !== null && !paths.has(element.name)) paths.set(element.name, element.path);
  const result: FormQuestion[] = [];
  for (const question of model.getAllQuestions(false, false, true) as Question[]) {
    const type = question.getType();
    if (!isSupportedQuestionType(type)) continue;
    result.push({
      name: question.name,
      type,
      path: paths.get(question.name) ?? '',
      values: allowedValues(question, type, false),
      noneValue: noneValueOf(question),
      numeric: type === 'text' && inputTypeOf(question) === 'number' ? numericRange(question) : null,
      maxLength:
        type === 'comment' || (type === 'text' && inputTypeOf(question) !== 'number') ? maxLengthOf(question) : null,
    });
  }
  return result;
}

/**
 * The values a question can hold. With `visibleOnly`, choices hidden by `choicesVisibleIf` /
 * `visibleIf` on items (evaluated on the model's current data) are left out, as the respondent
 * never saw them.
 */
export function allowedValues(
  question: Question,
  type: SupportedQuestionType,
  visibleOnly: boolean,
): (number | string | boolean)[] | null {
  const q = question as unknown as Record<string, unknown>;
  switch (type) {
    case 'rating':
      return (q.visibleRateValues as { value: number | string }[]).map((item) => item.value);
    case 'radiogroup':
    case 'dropdown':
    case 'checkbox': {
      const selectAll = q.selectAllItem;
      const items = visibleOnly
        ? (q.visibleChoices as { value: number | string }[]).filter((item) => item !== selectAll)
        : [
            ...(q.choices as { value: number | string }[]),
            ...(q.showNoneItem ? [q.noneItem as { value: number | string }] : []),
          ];
      return items.map((item) => item.value);
    }
    case 'boolean':
      return [q.valueTrue ?? true, q.valueFalse ?? false] as (string | boolean)[];
    default:
      return null;
  }
}

export function noneValueOf(question: Question): string | number | null {
  const q = question as unknown as Record<string, unknown>;
  return q.showNoneItem ? (q.noneItem as { value: string | number }).value : null;
}

export function inputTypeOf(question: Question): string {
  return String((question as unknown as Record<string, unknown>).inputType ?? 'text');
}

export function numericRange(question: Question): { min: number | null; max: number | null } {
  const q = question as unknown as Record<string, unknown>;
  const bound = (v: unknown) =>
    v === undefined || v === null || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
  return { min: bound(q.min), max: bound(q.max) };
}

/** `maxLength` of the question when set (> 0), else {@link DEFAULT_TEXT_LIMIT}. */
export function maxLengthOf(question: Question): number {
  const own = Number((question as unknown as Record<string, unknown>).maxLength);
  return own > 0 ? own : DEFAULT_TEXT_LIMIT;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
