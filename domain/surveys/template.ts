/**
 * Survey templates: a SurveyJS form (what the respondent sees, Polish by default with English
 * translations) plus Miernik's metadata over its questions (what the answers mean for scoring:
 * dimension, scale, reverse coding, which answers count as "satisfied", the headline question).
 *
 * Localized strings follow SurveyJS: `{ "default": "<Polish>", "en": "<English>" }`. SurveyJS reads
 * `default` as the text of `surveyLocalization.defaultLocale`, so a renderer must set that to "pl"
 * for `locale = 'en'` to pick the English texts.
 */
// survey-core 3.0.0, the version survey-react-ui (the respondents' form) needs, has no linter:
// the server lints with a copy of 3.1.1 under an npm alias, which resolves `survey-core` inside
// itself to itself, so the two versions never mix.
import { lintSurvey, type ILintFinding } from 'survey-core-linter/linter';
import {
  DEFAULT_TEXT_LIMIT,
  LAYOUT_ELEMENT_TYPES,
  SUPPORTED_QUESTION_TYPES,
  createModel,
  describeQuestions,
  isRecord,
  isSupportedQuestionType,
  listFormElements,
  type FormQuestion,
  type SurveyJson,
} from './form';
import { fillUnitWords } from './unit-words';

export type { SurveyJson } from './form';

export const SURVEY_KINDS = ['customer', 'employee', 'resident', 'ngo', 'business'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export interface LocalizedTitle {
  pl: string;
  en: string;
}

export interface ScaleRange {
  min: number;
  max: number;
}

/** Miernik's metadata for one question of the form. */
export interface QuestionMeta {
  /** The SurveyJS question name. */
  name: string;
  /** Id of the dimension (block) the item is scored in; needs `scale`. */
  dimension?: string;
  /** The numeric scale of the answers (e.g. 1–5); answers outside it must be `noOpinionValues`. */
  scale?: ScaleRange;
  /** Higher answers are worse ("I often feel stressed"); scored as min + max − x. Needs `scale`. */
  reverseCoded?: boolean;
  /**
   * Raw answer values (as the respondent chose them) that count as satisfied / favourable — the
   * "top-2-box" ([4, 5] on a 1–5 scale, [1, 2] on a reverse-coded item, ['yes'] on a choice).
   * Default for a scaled item: the two most favourable points (see {@link favourableValues}).
   */
  satisfiedValues?: (number | string)[];
  /** "Trudno powiedzieć / nie dotyczy" codes: valid answers, excluded from every denominator (METHODS §3.2). */
  noOpinionValues?: (number | string)[];
  /** The question is a headline figure (e.g. % satisfied customers), linked to the indicator catalogue. */
  headline?: boolean;
  /**
   * For a headline: the indicator-catalogue variables (data/catalogue/variables.json codes) its
   * counts feed — favourable answers and substantive answers, e.g. `customer_survey_satisfied` /
   * `customer_survey_respondents`, from which the catalogue computes `customer_satisfaction_share`.
   */
  catalogueVariables?: { satisfied: string; respondents: string };
}

/** A dimension (block of items) with its display titles. */
export interface DimensionMeta {
  id: string;
  titles: LocalizedTitle;
}

export interface SurveyTemplate {
  /** Stable slug, e.g. `customer-office`. */
  id: string;
  kind: SurveyKind;
  /** Positive integer; a change to wording or scales makes a new version (waves of different versions are not compared). */
  version: number;
  titles: LocalizedTitle;
  form: SurveyJson;
  questions: QuestionMeta[];
  /** Titles of the dimensions named in `questions`; optional, but when present every dimension used must be listed. */
  dimensions?: DimensionMeta[];
}

export type TemplateProblemCode =
  | 'invalid-structure'
  | 'form-unloadable'
  | 'form-json-error'
  | 'form-lint'
  | 'unsupported-question-type'
  | 'unsupported-property'
  | 'duplicate-question-name'
  | 'text-limit-too-large'
  | 'unknown-question'
  | 'duplicate-meta'
  | 'scale-not-applicable'
  | 'scale-mismatch'
  | 'invalid-value'
  | 'reverse-without-scale'
  | 'dimension-without-scale'
  | 'dimension-scale-mismatch'
  | 'unknown-dimension'
  | 'empty-dimension'
  | 'headline-without-satisfied-values'
  | 'catalogue-variables-without-headline'
  | 'missing-translation'
  | 'missing-title';

/** One problem, with the JSON path into the template (`form.pages[0].elements[2].visibleIf`, `questions[3].scale`). */
export interface TemplateProblem {
  path: string;
  code: TemplateProblemCode;
  message: string;
  /** For `form-lint`: survey-core linter rule id. */
  rule?: string;
}

/**
 * `ok` with the template when no error was found; `warnings` are things a respondent would still
 * get a working form with (a missing English text, a lint warning such as a contradictory
 * condition). Shipped templates are expected to have none.
 */
export type TemplateValidation =
  | { ok: true; template: SurveyTemplate; warnings: TemplateProblem[] }
  | { ok: false; problems: TemplateProblem[]; warnings: TemplateProblem[] };

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
const VARIABLE_CODE = /^[a-z][a-z0-9_]{0,99}$/;
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Properties that put answers where Miernik does not look (other keys, remote choices, free-text "other"). */
const UNSUPPORTED_PROPERTIES: Record<string, string> = {
  showOtherItem:
    'an "other (please specify)" item stores a second, free-text answer; add a separate comment question instead',
  hasOther:
    'an "other (please specify)" item stores a second, free-text answer; add a separate comment question instead',
  showCommentArea: 'a comment area stores a second, free-text answer; add a separate comment question instead',
  hasComment: 'a comment area stores a second, free-text answer; add a separate comment question instead',
  storeOthersAsComment: 'an "other" item is not supported',
  valueName: 'the answer would be stored under another key than the question name',
  choicesByUrl: 'choices loaded from a URL cannot be checked on the server',
};

/** Lint warnings that break scoring or validation, reported as errors. */
const LINT_ERRORS = new Set([
  'property/unknown',
  'property/invalid-value',
  'property/not-an-array',
  'choices/duplicate',
  'validator/unknown-type',
  'value/not-a-choice',
  'expression/unknown-function',
]);

/** Keys whose values are texts shown to the respondent (and so need Polish and English). */
const LOCALIZABLE_KEYS = new Set([
  'title',
  'description',
  'html',
  'text',
  'placeholder',
  'minRateDescription',
  'maxRateDescription',
  'labelTrue',
  'labelFalse',
  'noneText',
  'completedHtml',
  'completedBeforeHtml',
  'loadingHtml',
  'requiredErrorText',
  'pageNextText',
  'pagePrevText',
  'completeText',
]);

/**
 * The values counted as satisfied/favourable for a question: `satisfiedValues` when given, else
 * for a scaled item the two most favourable points — [max − 1, max], or [min, min + 1] when
 * reverse-coded (on a 1–5 scale: [4, 5] / [1, 2]; 1–4: [3, 4]; 0–10: [9, 10]). Null for an
 * unscaled question without `satisfiedValues`.
 */
export function favourableValues(meta: QuestionMeta): (number | string)[] | null {
  if (meta.satisfiedValues !== undefined) return meta.satisfiedValues;
  if (meta.scale === undefined) return null;
  const { min, max } = meta.scale;
  return meta.reverseCoded ? [min, min + 1] : [max - 1, max];
}

/**
 * Scored value of a scale answer: x on a normal item, min + max − x on a reverse-coded one
 * (so that higher is always better). Null when the item has no scale or x is not a number on it
 * (a "don't know" code).
 */
export function scoreValue(meta: QuestionMeta, value: unknown): number | null {
  if (meta.scale === undefined || typeof value !== 'number') return null;
  const { min, max } = meta.scale;
  if (value < min || value > max) return null;
  return meta.reverseCoded ? min + max - value : value;
}

/**
 * Checks a template and reports every problem with its path:
 *
 * - structure: id (slug), kind, version (positive integer), titles in Polish and English, form
 *   object, questions array;
 * - the form: survey-core must load it (`new Model(json)` and its `jsonErrors`) and its linter
 *   (`survey-core/linter`) must find no error — unknown references in conditions, duplicate names,
 *   syntax errors, unknown properties; only supported question types ({@link SUPPORTED_QUESTION_TYPES}
 *   plus panels and html); no properties that store answers elsewhere (other item, comment area,
 *   valueName); question names usable as identifiers; text limits ≤ {@link DEFAULT_TEXT_LIMIT};
 * - the metadata: every name is a question of the form, listed once; scales match the form's
 *   numeric values exactly (all non-numeric values must be no-opinion codes); satisfied and
 *   no-opinion values are values the question can hold; reverse coding and dimensions need a scale,
 *   items of one dimension share it; a headline has favourable values;
 * - warnings: missing English (or Polish) texts, questions without a title, linter warnings.
 *
 * Accepts any value (e.g. parsed JSON from a file or an upload) and never throws.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  const problems: TemplateProblem[] = [];
  const warnings: TemplateProblem[] = [];
  const problem = (path: string, code: TemplateProblemCode, message: string, rule?: string) =>
    problems.push(rule === undefined ? { path, code, message } : { path, code, message, rule });

  if (!isRecord(input))
    return {
      ok: false,
      problems: [{ path: '', code: 'invalid-structure', message: 'a template must be a JSON object' }],
      warnings,
    };
  const { id, kind, version, titles, form, questions, dimensions } = input;
  if (typeof id !== 'string' || !ID_PATTERN.test(id))
    problem('id', 'invalid-structure', 'id must be a lower-case slug of 2–64 letters, digits and "-"');
  if (typeof kind !== 'string' || !(SURVEY_KINDS as readonly string[]).includes(kind))
    problem('kind', 'invalid-structure', `kind must be one of ${SURVEY_KINDS.join(', ')}`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    problem('version', 'invalid-structure', 'version must be a positive integer');
  checkTitles(titles, 'titles', problem);
  if (dimensions !== undefined) {
    if (!Array.isArray(dimensions)) problem('dimensions', 'invalid-structure', 'dimensions must be an array');
    else {
      const seen = new Set<string>();
      dimensions.forEach((d, i) => {
        if (!isRecord(d) || typeof d.id !== 'string' || d.id === '')
          problem(`dimensions[${i}]`, 'invalid-structure', 'a dimension needs an id');
        else if (seen.has(d.id))
          problem(`dimensions[${i}].id`, 'invalid-structure', `dimension "${d.id}" is listed twice`);
        else seen.add(d.id);
        if (isRecord(d)) checkTitles(d.titles, `dimensions[${i}].titles`, problem);
      });
    }
  }
  if (!Array.isArray(questions))
    problem('questions', 'invalid-structure', 'questions must be an array of question metadata');
  if (!isRecord(form)) {
    problem('form', 'invalid-structure', 'form must be a SurveyJS JSON object');
    return { ok: false, problems, warnings };
  }

  // The form as survey-core sees it.
  const model = createModel(form);
  if (model === null) {
    problem('form', 'form-unloadable', 'survey-core cannot load the form JSON');
    return { ok: false, problems, warnings };
  }
  const elements = listFormElements(form);
  const lintPaths = new Set<string>();
  // Unit-word placeholders ({jednostka_miejscownik}) are filled in before SurveyJS sees the form;
  // unfilled, the linter takes them for references to questions that do not exist.
  for (const finding of lintFindings(fillUnitWords(form, 'municipality-rural'))) {
    const path = prefix(finding.path);
    if (finding.ruleId === 'element/unknown-type') continue; // reported below as unsupported-question-type
    if (finding.severity === 'error' || LINT_ERRORS.has(finding.ruleId)) {
      const code = finding.ruleId === 'name/duplicate' ? 'duplicate-question-name' : 'form-lint';
      problem(path, code, finding.message, finding.ruleId);
    } else if (finding.severity === 'warning') {
      warnings.push({ path, code: 'form-lint', message: finding.message, rule: finding.ruleId });
    } else continue;
    lintPaths.add(path);
  }
  for (const error of model.jsonErrors ?? []) {
    const e = error as unknown as { message?: string; propertyName?: string; jsonObj?: unknown; type?: string };
    const at = e.jsonObj === form ? 'form' : elements.find((el) => el.json === e.jsonObj)?.path;
    const path =
      at === undefined ? 'form' : `${at === 'form' ? 'form' : prefix(at)}${e.propertyName ? `.${e.propertyName}` : ''}`;
    if (lintPaths.has(path)) continue; // the linter already explained it, with a better message
    if (e.type === 'incorrecttype' && e.propertyName === 'elements') continue; // an unknown type, reported below
    problem(path, 'form-json-error', e.message ?? 'survey-core could not read this part of the form');
  }
  for (const element of elements) {
    const path = prefix(element.path);
    const isLayout = (LAYOUT_ELEMENT_TYPES as readonly string[]).includes(element.type);
    if (!isLayout && !isSupportedQuestionType(element.type)) {
      problem(
        path,
        'unsupported-question-type',
        `question type "${element.type}" is not supported (use one of ${SUPPORTED_QUESTION_TYPES.join(', ')})`,
      );
      continue;
    }
    for (const [key, why] of Object.entries(UNSUPPORTED_PROPERTIES)) {
      if (element.json[key] !== undefined && element.json[key] !== false)
        problem(`${path}.${key}`, 'unsupported-property', `"${key}" is not supported: ${why}`);
    }
    if (!isLayout && (element.name === null || !NAME_PATTERN.test(element.name))) {
      problem(
        `${path}.name`,
        'invalid-structure',
        'a question name must start with a letter and hold only letters, digits and "_" (it is the answer key)',
      );
    }
    const maxLength = element.json.maxLength;
    if (typeof maxLength === 'number' && maxLength > DEFAULT_TEXT_LIMIT) {
      problem(`${path}.maxLength`, 'text-limit-too-large', `maxLength may be at most ${DEFAULT_TEXT_LIMIT} characters`);
    }
    if (!isLayout && element.json.title === undefined)
      warnings.push({
        path,
        code: 'missing-title',
        message: `question "${element.name}" has no title (the respondent would see its name)`,
      });
  }
  checkTranslations(form, 'form', warnings);

  // The metadata against the form.
  const formQuestions = new Map<string, FormQuestion>();
  for (const q of describeQuestions(model, form)) if (!formQuestions.has(q.name)) formQuestions.set(q.name, q);
  const declaredDimensions = Array.isArray(dimensions) ? new Set(dimensions.filter(isRecord).map((d) => d.id)) : null;
  const dimensionScales = new Map<string, { scale: ScaleRange; path: string }>();
  const usedDimensions = new Set<string>();
  const seenMeta = new Set<string>();
  (Array.isArray(questions) ? questions : []).forEach((raw, i) => {
    const at = `questions[${i}]`;
    if (!isRecord(raw) || typeof raw.name !== 'string')
      return problem(at, 'invalid-structure', 'question metadata needs the name of a form question');
    const meta = raw as unknown as QuestionMeta;
    if (seenMeta.has(meta.name)) problem(`${at}.name`, 'duplicate-meta', `"${meta.name}" has metadata twice`);
    seenMeta.add(meta.name);
    const question = formQuestions.get(meta.name);
    if (question === undefined)
      return problem(`${at}.name`, 'unknown-question', `the form has no supported question named "${meta.name}"`);
    const values = question.values;
    const noOpinion = meta.noOpinionValues ?? [];
    const isValue = (v: unknown) => values !== null && values.some((x) => x === v);

    if (meta.noOpinionValues !== undefined) {
      if (!isValueList(meta.noOpinionValues))
        problem(`${at}.noOpinionValues`, 'invalid-structure', 'noOpinionValues must be a list of numbers or strings');
      else
        meta.noOpinionValues.forEach((v, j) => {
          if (!isValue(v))
            problem(
              `${at}.noOpinionValues[${j}]`,
              'invalid-value',
              `${JSON.stringify(v)} is not a value question "${meta.name}" can hold`,
            );
        });
    }
    if (meta.scale !== undefined) {
      const scale = meta.scale as unknown;
      if (
        !isRecord(scale) ||
        typeof scale.min !== 'number' ||
        typeof scale.max !== 'number' ||
        !(scale.max > scale.min)
      ) {
        problem(`${at}.scale`, 'invalid-structure', 'scale must be { min, max } numbers with min < max');
      } else if (values === null || question.type === 'checkbox' || question.type === 'boolean') {
        problem(`${at}.scale`, 'scale-not-applicable', `a ${question.type} question has no numeric scale`);
      } else {
        const substantive = values.filter((v) => !noOpinion.includes(v as number | string));
        const numbers = substantive.filter((v): v is number => typeof v === 'number');
        if (numbers.length !== substantive.length) {
          problem(
            `${at}.scale`,
            'scale-mismatch',
            `question "${meta.name}" has non-numeric values (${substantive
              .filter((v) => typeof v !== 'number')
              .map((v) => JSON.stringify(v))
              .join(', ')}) that are not noOpinionValues`,
          );
        } else if (numbers.length === 0 || Math.min(...numbers) !== scale.min || Math.max(...numbers) !== scale.max) {
          problem(
            `${at}.scale`,
            'scale-mismatch',
            `scale ${scale.min}–${scale.max} does not match the form's values ${numbers.length === 0 ? '(none)' : `${Math.min(...numbers)}–${Math.max(...numbers)}`}`,
          );
        }
      }
    }
    if (meta.reverseCoded && meta.scale === undefined)
      problem(`${at}.reverseCoded`, 'reverse-without-scale', 'a reverse-coded item needs a scale');
    if (meta.satisfiedValues !== undefined) {
      if (!isValueList(meta.satisfiedValues) || meta.satisfiedValues.length === 0)
        problem(
          `${at}.satisfiedValues`,
          'invalid-structure',
          'satisfiedValues must be a non-empty list of numbers or strings',
        );
      else
        meta.satisfiedValues.forEach((v, j) => {
          if (!isValue(v))
            problem(
              `${at}.satisfiedValues[${j}]`,
              'invalid-value',
              `${JSON.stringify(v)} is not a value question "${meta.name}" can hold`,
            );
          else if (noOpinion.includes(v))
            problem(
              `${at}.satisfiedValues[${j}]`,
              'invalid-value',
              `${JSON.stringify(v)} is a no-opinion code and cannot count as satisfied`,
            );
        });
    }
    if (question.type === 'checkbox' && (meta.satisfiedValues !== undefined || meta.noOpinionValues !== undefined)) {
      problem(
        `${at}.satisfiedValues`,
        'invalid-value',
        'satisfied and no-opinion values apply to single-answer questions, not to a checkbox',
      );
    }
    if (meta.headline && favourableValues(meta) === null)
      problem(
        `${at}.headline`,
        'headline-without-satisfied-values',
        'a headline question needs satisfiedValues or a scale',
      );
    if (meta.catalogueVariables !== undefined) {
      const v = meta.catalogueVariables as unknown;
      if (
        !isRecord(v) ||
        typeof v.satisfied !== 'string' ||
        !VARIABLE_CODE.test(v.satisfied) ||
        typeof v.respondents !== 'string' ||
        !VARIABLE_CODE.test(v.respondents)
      ) {
        problem(
          `${at}.catalogueVariables`,
          'invalid-structure',
          'catalogueVariables must be { satisfied, respondents } variable codes (snake_case)',
        );
      } else if (!meta.headline)
        problem(
          `${at}.catalogueVariables`,
          'catalogue-variables-without-headline',
          'only a headline question feeds catalogue variables',
        );
    }
    if (meta.dimension !== undefined) {
      if (typeof meta.dimension !== 'string' || meta.dimension === '')
        problem(`${at}.dimension`, 'invalid-structure', 'dimension must be a non-empty id');
      else {
        usedDimensions.add(meta.dimension);
        if (declaredDimensions !== null && !declaredDimensions.has(meta.dimension))
          problem(`${at}.dimension`, 'unknown-dimension', `dimension "${meta.dimension}" is not listed in dimensions`);
        if (meta.scale === undefined)
          problem(`${at}.dimension`, 'dimension-without-scale', 'an item scored in a dimension needs a scale');
        else {
          const first = dimensionScales.get(meta.dimension);
          if (first === undefined) dimensionScales.set(meta.dimension, { scale: meta.scale, path: at });
          else if (first.scale.min !== meta.scale.min || first.scale.max !== meta.scale.max) {
            problem(
              `${at}.scale`,
              'dimension-scale-mismatch',
              `items of dimension "${meta.dimension}" must share one scale (${first.path} uses ${first.scale.min}–${first.scale.max})`,
            );
          }
        }
      }
    }
  });
  if (Array.isArray(dimensions)) {
    dimensions.forEach((d, i) => {
      if (isRecord(d) && typeof d.id === 'string' && !usedDimensions.has(d.id))
        problem(`dimensions[${i}]`, 'empty-dimension', `no question is scored in dimension "${d.id}"`);
    });
  }

  return problems.length > 0
    ? { ok: false, problems, warnings }
    : { ok: true, template: input as unknown as SurveyTemplate, warnings };
}

function lintFindings(form: SurveyJson): ILintFinding[] {
  try {
    return lintSurvey(form).findings;
  } catch {
    return []; // the linter is a second opinion; the model's own jsonErrors still apply
  }
}

function prefix(path: string): string {
  return path === '' ? 'form' : `form.${path}`;
}

function isValueList(value: unknown): value is (number | string)[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number' || typeof v === 'string');
}

function checkTitles(
  titles: unknown,
  path: string,
  problem: (path: string, code: TemplateProblemCode, message: string) => void,
) {
  if (!isRecord(titles)) return problem(path, 'invalid-structure', 'titles must be { pl, en }');
  for (const lang of ['pl', 'en'] as const) {
    if (typeof titles[lang] !== 'string' || (titles[lang] as string).trim() === '')
      problem(`${path}.${lang}`, 'invalid-structure', `the ${lang === 'pl' ? 'Polish' : 'English'} title is missing`);
  }
}

/** Warns for every respondent-facing text that is not `{ default: <pl>, en: <en> }` with both non-empty. */
function checkTranslations(node: unknown, path: string, warnings: TemplateProblem[]) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkTranslations(item, `${path}[${i}]`, warnings));
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`;
    if (LOCALIZABLE_KEYS.has(key) && (typeof value === 'string' || isRecord(value))) {
      const pl = typeof value === 'string' ? value : (value.default ?? value.pl);
      const en = typeof value === 'string' ? undefined : value.en;
      if (typeof pl !== 'string' || pl.trim() === '')
        warnings.push({ path: at, code: 'missing-translation', message: 'the Polish text ("default") is missing' });
      if (typeof en !== 'string' || en.trim() === '')
        warnings.push({ path: at, code: 'missing-translation', message: 'the English text ("en") is missing' });
    } else if (typeof value === 'object') {
      checkTranslations(value, at, warnings);
    }
  }
}
