/**
 * The indicator catalogue as data: variables (what is measured or collected), indicators (formulas
 * over variables with unit, polarity, type and service area) and cross-field rules (plausibility
 * relations between variables). The shipped model set lives in data/catalogue/*.json; see its
 * SOURCE.md for definitions and sources.
 *
 * This module validates the JSON shape and the references between the three files. It does not
 * evaluate formulas: the formula language (numbers, variable codes, + - * /, parentheses, unary
 * minus, min/max/abs/sqrt/ln) is parsed by domain/indicators; here only a light token scan checks
 * that every identifier is a known variable or function.
 */
import { z } from 'zod';
import { SERVICE_AREAS } from '../groups/service-areas';
import { UNIT_KIND_PATTERN } from '../units/kinds';
import type { BdlWideRecord } from './bdl-wide';

/** Functions of the formula language; every other identifier in a formula must be a variable code. */
export const FORMULA_FUNCTIONS = ['min', 'max', 'abs', 'sqrt', 'ln'] as const;

export const INDICATOR_TYPES = ['input', 'output', 'outcome', 'efficiency', 'quality', 'context'] as const;
export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const PERIODICITIES = ['year', 'half', 'quarter'] as const;
export const RULE_OPERATORS = ['<=', '<', '=', '>=', '>'] as const;

const CODE = /^[a-z_][a-z0-9_]*$/;

const codeSchema = z.string().regex(CODE, 'must be snake_case: [a-z_][a-z0-9_]*');
const localizedSchema = z.strictObject({ pl: z.string().trim().min(1), en: z.string().trim().min(1) });
const unitKindSchema = z.string().regex(UNIT_KIND_PATTERN, 'is not a unit kind id');
const severitySchema = z.enum(['error', 'warning']);

const rangeSchema = z
  .strictObject({
    unitKinds: z.array(unitKindSchema).min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    severity: severitySchema,
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'a range needs min or max')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min is greater than max');

export const plausibilitySchema = z.strictObject({
  nonNegative: z.boolean().optional(),
  ranges: z.array(rangeSchema).min(1).optional(),
  yearOnYear: z.strictObject({ maxRelativeChange: z.number().positive(), severity: severitySchema }).optional(),
  peerOutlier: z.strictObject({ threshold: z.number().positive(), severity: severitySchema }).optional(),
});

export const bdlLinkSchema = z.strictObject({
  /** File name of the extract in data/bdl/. */
  file: z.string().trim().min(1),
  /** Dimension labels of the column, exactly as in the header (empty for `rok_YYYY` columns). */
  labels: z.array(z.string().trim().min(1)),
  /** Unit of measure of the column (`''` when the header states none). */
  measure: z.string(),
  /** The variable for period t is read from the column of year t + yearOffset (−1: previous year). */
  yearOffset: z.number().int().max(0).optional(),
});

export const variableSchema = z.strictObject({
  code: codeSchema,
  names: localizedSchema,
  unit: z.string().trim().min(1),
  source: z.string().trim().min(1),
  periodicity: z.enum(PERIODICITIES),
  description: localizedSchema,
  bdl: bdlLinkSchema.optional(),
  plausibility: plausibilitySchema.optional(),
});

export const indicatorSchema = z.strictObject({
  code: codeSchema,
  names: localizedSchema,
  definition: localizedSchema,
  formula: z.string().trim().min(1),
  unit: z.string().trim().min(1),
  decimals: z.number().int().min(0).max(6),
  polarity: z.enum(POLARITIES),
  type: z.enum(INDICATOR_TYPES),
  area: z.enum(SERVICE_AREAS),
  unitKinds: z.array(unitKindSchema).min(1),
  source: localizedSchema,
  plausibility: plausibilitySchema.optional(),
});

export const ruleSchema = z.strictObject({
  code: codeSchema,
  left: z.string().trim().min(1),
  operator: z.enum(RULE_OPERATORS),
  right: z.string().trim().min(1),
  /** Absolute tolerance: `=` holds when |left − right| ≤ tolerance, `<=` when left ≤ right + tolerance, and so on. */
  tolerance: z.number().min(0).optional(),
  severity: severitySchema,
  message: localizedSchema,
  unitKinds: z.array(unitKindSchema).min(1).optional(),
});

export type Plausibility = z.infer<typeof plausibilitySchema>;
export type BdlLink = z.infer<typeof bdlLinkSchema>;
export type CatalogueVariable = z.infer<typeof variableSchema>;
export type CatalogueIndicator = z.infer<typeof indicatorSchema>;
export type CatalogueRule = z.infer<typeof ruleSchema>;

export interface Catalogue {
  variables: CatalogueVariable[];
  indicators: CatalogueIndicator[];
  rules: CatalogueRule[];
}

export interface CatalogueError {
  /** Where: `variables[3].code`, `indicators[12].formula`, `rules[0].right`. */
  path: string;
  message: string;
}

export type CatalogueResult = { ok: true; value: Catalogue } | { ok: false; errors: CatalogueError[] };

export interface FormulaScan {
  /** Identifiers used as values (not followed by `(`), in order of first use. */
  variables: string[];
  /** Identifiers followed by `(`, in order of first use. */
  functions: string[];
  /** Lexical problems: characters outside the language, unbalanced parentheses. */
  problems: string[];
}

/**
 * Token scan of a formula: which identifiers it uses as variables and as functions. Not a parser —
 * it accepts every formula the language accepts and catches unknown characters and unbalanced
 * parentheses, nothing more (domain/indicators parses and evaluates).
 *
 * @example scanFormula('max(a, 0) / b').variables // ['a', 'b']
 */
export function scanFormula(formula: string): FormulaScan {
  const variables: string[] = [];
  const functions: string[] = [];
  const problems: string[] = [];
  let depth = 0;
  const token = /\s+|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/,])|([()])|(.)/gy;
  let match: RegExpExecArray | null;
  while ((match = token.exec(formula)) !== null) {
    const [, , identifier, , paren, other] = match;
    if (identifier !== undefined) {
      const isCall = /^\s*\(/.test(formula.slice(token.lastIndex));
      const list = isCall ? functions : variables;
      if (!list.includes(identifier)) list.push(identifier);
    } else if (paren === '(') {
      depth++;
    } else if (paren === ')') {
      depth--;
      if (depth < 0) {
        problems.push(`unbalanced ")" at position ${match.index + 1}`);
        depth = 0;
      }
    } else if (other !== undefined) {
      problems.push(`"${other}" at position ${match.index + 1} is not part of the formula language`);
    }
  }
  if (depth > 0) problems.push(`${depth} unclosed "("`);
  return { variables, functions, problems };
}

function issuePath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}

function parseList<T>(root: string, schema: z.ZodType<T>, json: unknown, errors: CatalogueError[]): T[] | null {
  const parsed = z.array(schema).safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push({ path: issuePath(root, issue.path), message: issue.message });
    return null;
  }
  return parsed.data;
}

function checkDuplicates(root: string, items: readonly { code: string }[], errors: CatalogueError[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.code);
    if (seen === undefined) first.set(item.code, i);
    else
      errors.push({ path: `${root}[${i}].code`, message: `duplicate code "${item.code}" (first at ${root}[${seen}])` });
  });
}

function checkFormula(path: string, formula: string, known: ReadonlySet<string>, errors: CatalogueError[]): void {
  const scan = scanFormula(formula);
  for (const problem of scan.problems) errors.push({ path, message: problem });
  for (const fn of scan.functions) {
    if (!(FORMULA_FUNCTIONS as readonly string[]).includes(fn)) {
      errors.push({ path, message: `unknown function "${fn}" (known: ${FORMULA_FUNCTIONS.join(', ')})` });
    }
  }
  for (const name of scan.variables) {
    if (!known.has(name)) errors.push({ path, message: `unknown variable "${name}"` });
  }
}

function checkRangeKinds(
  path: string,
  plausibility: Plausibility | undefined,
  kinds: readonly string[],
  errors: CatalogueError[],
): void {
  plausibility?.ranges?.forEach((range, r) => {
    for (const kind of range.unitKinds ?? []) {
      if (!kinds.includes(kind)) {
        errors.push({
          path: `${path}.plausibility.ranges[${r}].unitKinds`,
          message: `kind "${kind}" is not among the indicator's unitKinds`,
        });
      }
    }
  });
}

/**
 * Validates the three catalogue files (already JSON-decoded) and the references between them.
 *
 * Errors, each with a path: any shape error (zod), a duplicate variable, indicator or rule code, a
 * variable code that is a formula function name, a formula or rule side that uses an unknown
 * variable or function or has a lexical problem, two variables linked to the same BDL column (same
 * file, labels, measure and year offset), and an indicator plausibility range for a unit kind the
 * indicator does not apply to. The result is `ok` only when there is no error.
 */
export function parseCatalogue(variablesJson: unknown, indicatorsJson: unknown, rulesJson: unknown): CatalogueResult {
  const errors: CatalogueError[] = [];
  const variables = parseList('variables', variableSchema, variablesJson, errors);
  const indicators = parseList('indicators', indicatorSchema, indicatorsJson, errors);
  const rules = parseList('rules', ruleSchema, rulesJson, errors);
  if (!variables || !indicators || !rules) return { ok: false, errors };

  checkDuplicates('variables', variables, errors);
  checkDuplicates('indicators', indicators, errors);
  checkDuplicates('rules', rules, errors);

  const known = new Set(variables.map((v) => v.code));
  const links = new Map<string, number>();
  variables.forEach((variable, i) => {
    if ((FORMULA_FUNCTIONS as readonly string[]).includes(variable.code)) {
      errors.push({ path: `variables[${i}].code`, message: `"${variable.code}" is a formula function name` });
    }
    if (variable.bdl) {
      const key = JSON.stringify([
        variable.bdl.file,
        variable.bdl.labels,
        variable.bdl.measure,
        variable.bdl.yearOffset ?? 0,
      ]);
      const first = links.get(key);
      if (first === undefined) links.set(key, i);
      else
        errors.push({
          path: `variables[${i}].bdl`,
          message: `links the same BDL column as variables[${first}] (${variables[first]!.code})`,
        });
    }
  });
  indicators.forEach((indicator, i) => {
    checkFormula(`indicators[${i}].formula`, indicator.formula, known, errors);
    checkRangeKinds(`indicators[${i}]`, indicator.plausibility, indicator.unitKinds, errors);
  });
  rules.forEach((rule, i) => {
    checkFormula(`rules[${i}].left`, rule.left, known, errors);
    checkFormula(`rules[${i}].right`, rule.right, known, errors);
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { variables, indicators, rules } };
}

/**
 * A rule as one condition in the formula language, for the plausibility checks of domain/indicators:
 * `left <= right`; `=` becomes `==`; with a tolerance t, `=` becomes `abs((left) - (right)) <= t` and
 * the inequalities are relaxed by t (`left <= right + t`, `left < right + t`, `left >= right - t`, …).
 *
 * @example ruleExpression({ left: 'decisions_after_deadline', operator: '<=', right: 'decisions_issued' }) // 'decisions_after_deadline <= decisions_issued'
 */
export function ruleExpression(rule: Pick<CatalogueRule, 'left' | 'operator' | 'right' | 'tolerance'>): string {
  const { left, operator, right, tolerance } = rule;
  if (tolerance === undefined || tolerance === 0) return `${left} ${operator === '=' ? '==' : operator} ${right}`;
  if (operator === '=') return `abs((${left}) - (${right})) <= ${tolerance}`;
  const shift = operator === '<=' || operator === '<' ? '+' : '-';
  return `${left} ${operator} (${right}) ${shift} ${tolerance}`;
}

export interface CatalogueValue {
  /** TERYT code of the unit at its own level (7 digits for a gmina or a gmina part). */
  unitCode: string;
  variableCode: string;
  /** The period the value belongs to: the year (`"2019"`), shifted by the link's yearOffset. */
  period: string;
  value: number;
  provenance: {
    source: 'bdl-extract';
    file: string;
    /** The column header exactly as in the file. */
    column: string;
  };
}

/**
 * Turns parsed records of one BDL extract file into catalogue values: every record whose column
 * (labels and measure) a variable links to (`variable.bdl.file === extract.file`) becomes a value of
 * that variable for period `year − yearOffset` (a previous-year variable, yearOffset −1, takes the
 * 2018 column as its 2019 value). Records of columns no variable links to, and rows for Poland as a
 * whole (no unit code), are left out. Values are passed through unrounded; the town/rural parts and
 * districts are kept (filter `records` on `isMunicipalityPart` first to drop them).
 */
export function bdlValuesFromExtract(
  extract: { file: string; records: readonly BdlWideRecord[] },
  variables: readonly CatalogueVariable[],
): CatalogueValue[] {
  const byColumn = new Map<string, { code: string; offset: number }[]>();
  for (const variable of variables) {
    if (variable.bdl?.file !== extract.file) continue;
    const key = JSON.stringify([variable.bdl.labels, variable.bdl.measure]);
    const list = byColumn.get(key) ?? [];
    list.push({ code: variable.code, offset: variable.bdl.yearOffset ?? 0 });
    byColumn.set(key, list);
  }
  const values: CatalogueValue[] = [];
  for (const record of extract.records) {
    if (record.terytCode === null) continue;
    const linked = byColumn.get(JSON.stringify([record.column.labels, record.column.measure]));
    if (!linked) continue;
    for (const { code, offset } of linked) {
      values.push({
        unitCode: record.terytCode,
        variableCode: code,
        period: String(record.column.year - offset),
        value: record.value,
        provenance: { source: 'bdl-extract', file: extract.file, column: record.column.header },
      });
    }
  }
  return values;
}
