/**
 * Plausibility checks on data at entry (METHODS.md §4.7): validity edits (required, non-negative,
 * ranges — hard, usually errors), consistency rules across variables written in the formula
 * language, year-on-year change, and outliers among peers by the modified z-score.
 *
 * Findings with severity `error` block the submission; a `warning` is accepted once the unit
 * explains it in a comment on one of the variables concerned.
 */
import {
  formulaVariables,
  evaluateCondition,
  parseFormula,
  checkFormula,
  type FormulaNode,
  type VariableValues,
} from './formula';
import { formatPeriod, previousPeriod as periodBefore, type Period } from './periods';

export type Severity = 'error' | 'warning';
export type CheckKind = 'required' | 'non-negative' | 'range' | 'year-on-year' | 'peer-outlier' | 'rule';

export interface Finding {
  check: CheckKind;
  severity: Severity;
  /** The variable the finding is about; for a rule, the first variable of its expression (null if it has none). */
  variableCode: string | null;
  /** Every variable involved: `[variableCode]` for one-variable checks, all the rule's variables for a rule. */
  variables: string[];
  /** The rule's id, for `rule` findings. */
  ruleId?: string;
  /** Short English text with the numbers, for logs and as a fallback; the web app builds its own from `check` and `details`. */
  message: string;
  /** The numbers behind the finding (finite numbers only, so it survives JSON). */
  details: Record<string, number>;
}

export interface RangeCheck {
  min?: number;
  max?: number;
  severity: Severity;
}

export interface YearOnYearCheck {
  /** Largest accepted |x_t − x_{t−1}| / |x_{t−1}|, e.g. 0.5 for ±50 %. */
  maxRelativeChange: number;
  severity: Severity;
  /** How to name the previous period in the message, e.g. "2018"; defaults to "the previous period". */
  previousLabel?: string;
}

export interface PeerOutlierCheck {
  /** Flag when |M| exceeds this; default 3.5 (Iglewicz & Hoaglin). */
  threshold?: number;
  /** No check with fewer peers than this; default 5. */
  minPeers?: number;
  severity: Severity;
}

export interface PlausibilityRule {
  id: string;
  /** A condition in the formula language that must hold, e.g. `pupils <= pop_school_age`. */
  expression: string | FormulaNode;
  severity: Severity;
  /** What is wrong when the condition fails, e.g. "more pupils than school-age residents". */
  message: string;
}

export interface VariableChecks {
  /** A missing value is a finding of this severity. */
  required?: Severity;
  /** A negative value is an error. */
  nonNegative?: boolean;
  /** Ranges; one applies when it has no `unitKinds` or lists the unit's kind. Several may apply (e.g. a hard error range and a soft warning range). */
  ranges?: (RangeCheck & { unitKinds?: string[] })[];
  yearOnYear?: Omit<YearOnYearCheck, 'previousLabel'>;
  peerOutlier?: PeerOutlierCheck;
}

export interface PlausibilityConfig {
  /** Checks per variable code; findings come out in this order. */
  variables: Record<string, VariableChecks>;
  rules: PlausibilityRule[];
}

export const DEFAULT_OUTLIER_THRESHOLD = 3.5;
export const DEFAULT_MIN_PEERS = 5;
/** A relative change within this of the limit is not flagged (1.1 vs 1.0 is 10 %, not 10.000000000000009 %). */
const CHANGE_TOLERANCE = 1e-9;

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Number for a message: at most 6 significant digits (the exact value is in `details`). */
function show(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function percent(ratio: number): string {
  return `${ratio >= 0 ? '+' : ''}${show(ratio * 100)} %`;
}

function finding(
  check: CheckKind,
  severity: Severity,
  variableCode: string,
  message: string,
  details: Record<string, number>,
): Finding {
  return { check, severity, variableCode, variables: [variableCode], message, details };
}

/** Finding when the value is missing (null, undefined or not a finite number); null otherwise. */
export function checkRequired(
  variableCode: string,
  value: number | null | undefined,
  severity: Severity,
): Finding | null {
  return isNumber(value) ? null : finding('required', severity, variableCode, 'value is missing', {});
}

/** Error finding when `value < 0`; null for a missing value (see {@link checkRequired}) or a value ≥ 0. */
export function checkNonNegative(variableCode: string, value: number | null | undefined): Finding | null {
  if (!isNumber(value) || value >= 0) return null;
  return finding('non-negative', 'error', variableCode, `value ${show(value)} is negative`, { value });
}

/**
 * Finding when the value is below `min` or above `max` (both inclusive bounds, either optional).
 * The caller picks the range for the unit's kind (see {@link runChecks}). Null when the value is
 * missing or in range.
 */
export function checkRange(variableCode: string, value: number | null | undefined, range: RangeCheck): Finding | null {
  if (!isNumber(value)) return null;
  const bounds: Record<string, number> = {};
  if (range.min !== undefined) bounds.min = range.min;
  if (range.max !== undefined) bounds.max = range.max;
  if (range.min !== undefined && value < range.min) {
    return finding(
      'range',
      range.severity,
      variableCode,
      `value ${show(value)} is below the minimum ${show(range.min)}`,
      { value, ...bounds },
    );
  }
  if (range.max !== undefined && value > range.max) {
    return finding(
      'range',
      range.severity,
      variableCode,
      `value ${show(value)} is above the maximum ${show(range.max)}`,
      { value, ...bounds },
    );
  }
  return null;
}

/**
 * Year-on-year edit: relative change r = (x_t − x_{t−1}) / |x_{t−1}|, flagged when |r| exceeds
 * `maxRelativeChange` (dividing by |x_{t−1}| keeps the sign of r the direction of the change when
 * the previous value is negative, e.g. a budget balance).
 * - No finding when either value is missing (nothing to compare with is not a problem).
 * - Previous value 0: no finding when the value is 0 too; any other value is flagged as a change
 *   "from zero" (r is infinite, so `details` has no `relativeChange`).
 */
export function checkYearOnYear(
  variableCode: string,
  value: number | null | undefined,
  previous: number | null | undefined,
  options: YearOnYearCheck,
): Finding | null {
  if (!isNumber(value) || !isNumber(previous)) return null;
  const since = options.previousLabel ?? 'the previous period';
  const { maxRelativeChange, severity } = options;
  if (previous === 0) {
    if (value === 0) return null;
    return finding('year-on-year', severity, variableCode, `value ${show(value)} is a change from zero in ${since}`, {
      value,
      previous,
      maxRelativeChange,
    });
  }
  const relativeChange = (value - previous) / Math.abs(previous);
  if (Math.abs(relativeChange) <= maxRelativeChange + CHANGE_TOLERANCE) return null;
  return finding(
    'year-on-year',
    severity,
    variableCode,
    `value ${show(value)} is ${percent(relativeChange)} on ${show(previous)} in ${since} (limit ±${show(maxRelativeChange * 100)} %)`,
    { value, previous, relativeChange, maxRelativeChange },
  );
}

/** Median of a non-empty array (mean of the two middle values for an even count). */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PeerStatistics {
  count: number;
  median: number;
  /** Median absolute deviation from the median, unscaled: median(|x_i − median|). */
  mad: number;
  /** Mean absolute deviation from the median: mean(|x_i − median|). */
  meanAbsoluteDeviation: number;
}

/** Median, MAD and mean absolute deviation of the finite values among `peers`; null when there is none. */
export function peerStatistics(peers: readonly number[]): PeerStatistics | null {
  const values = peers.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const centre = median(values);
  const deviations = values.map((x) => Math.abs(x - centre)).sort((a, b) => a - b);
  return {
    count: values.length,
    median: centre,
    mad: median(deviations),
    meanAbsoluteDeviation: deviations.reduce((sum, d) => sum + d, 0) / deviations.length,
  };
}

function scoreFrom(value: number, stats: PeerStatistics): number {
  const deviation = value - stats.median;
  if (stats.mad > 0) return (0.6745 * deviation) / stats.mad;
  if (stats.meanAbsoluteDeviation > 0) return deviation / (1.253314 * stats.meanAbsoluteDeviation);
  return deviation === 0 ? 0 : deviation > 0 ? Infinity : -Infinity;
}

/**
 * Modified z-score of `value` against `peers` (Iglewicz & Hoaglin 1993):
 * M = 0.6745 · (x − median) / MAD, MAD = median(|x_i − median|); 0.6745 is the 0.75 quantile of
 * the standard normal, so MAD/0.6745 estimates σ for normal data and M reads like a z-score.
 *
 * MAD is 0 when more than half of the peers share one value. Then, as IBM SPSS/Cognos do,
 * M = (x − median) / (1.253314 · MeanAD), MeanAD = mean(|x_i − median|) (1.253314 = √(π/2), so
 * 1.253314 · MeanAD estimates σ for normal data). When MeanAD is 0 too, every peer has the same
 * value: M is 0 for that value and ±Infinity for any other (it is infinitely far in units of a
 * spread of zero; {@link checkPeerOutlier} flags it).
 *
 * `peers` is the reference sample, used as given (non-finite entries dropped): to reproduce a
 * published M include x among them; at data entry it is the peer group's values for the period.
 * Null when no peer has a value. Unitless; not rounded.
 *
 * @example modifiedZScore(300, [10, 11, 12, 12, 12, 13, 14, 300]) → 0.6745 · 288 / 1 = 194.256
 */
export function modifiedZScore(value: number, peers: readonly number[]): number | null {
  const stats = peerStatistics(peers);
  return stats === null ? null : scoreFrom(value, stats);
}

/**
 * Finding when |M| > threshold (default 3.5), M the {@link modifiedZScore} of `value` among
 * `peers`. Null when the value is missing or fewer than `minPeers` (default 5) peers have a value:
 * medians of tiny groups say little. When all peers share one value and `value` differs, the
 * finding has no `modifiedZ` in its details (it is infinite).
 */
export function checkPeerOutlier(
  variableCode: string,
  value: number | null | undefined,
  peers: readonly number[],
  options: PeerOutlierCheck,
): Finding | null {
  return checkPeerOutlierAgainst(variableCode, value, isNumber(value) ? peerStatistics(peers) : null, options);
}

/**
 * {@link checkPeerOutlier} with the peers' statistics computed once beforehand: checking every unit
 * of a large group against the same peers then costs O(1) per unit instead of a sort each.
 */
export function checkPeerOutlierAgainst(
  variableCode: string,
  value: number | null | undefined,
  stats: PeerStatistics | null,
  options: PeerOutlierCheck,
): Finding | null {
  if (!isNumber(value)) return null;
  const threshold = options.threshold ?? DEFAULT_OUTLIER_THRESHOLD;
  if (stats === null || stats.count < (options.minPeers ?? DEFAULT_MIN_PEERS)) return null;
  const score = scoreFrom(value, stats);
  if (Math.abs(score) <= threshold) return null;
  const details: Record<string, number> = {
    value,
    median: stats.median,
    mad: stats.mad,
    meanAbsoluteDeviation: stats.meanAbsoluteDeviation,
    threshold,
    peers: stats.count,
  };
  if (Number.isFinite(score)) {
    details.modifiedZ = score;
    return finding(
      'peer-outlier',
      options.severity,
      variableCode,
      `value ${show(value)} is far from the peer median ${show(stats.median)} (modified z-score ${show(score)}, limit ${show(threshold)}, ${stats.count} peers)`,
      details,
    );
  }
  return finding(
    'peer-outlier',
    options.severity,
    variableCode,
    `value ${show(value)} differs from all ${stats.count} peers, which have ${show(stats.median)}`,
    details,
  );
}

function ruleAst(rule: PlausibilityRule): FormulaNode {
  if (typeof rule.expression !== 'string') return rule.expression;
  const parsed = parseFormula(rule.expression);
  if (!parsed.ok) {
    // Rules are validated when they are saved (validatePlausibilityConfig); one that does not
    // parse here is a bug, not a property of the submitted data.
    throw new Error(`plausibility rule ${rule.id} does not parse at ${parsed.error.position}: ${parsed.error.message}`);
  }
  return parsed.ast;
}

/**
 * Cross-field rule: the condition (formula language, non-zero = holds) must hold for the values.
 * Finding with the rule's severity and message, followed by the variables' values, when it
 * evaluates to false. No finding when it holds or cannot be evaluated: an input is missing (the
 * rule does not apply yet), a denominator is 0, or a step is not finite.
 *
 * A text expression that does not parse throws: validate rules when they are saved with
 * {@link validatePlausibilityConfig}.
 *
 * @example checkRule({ id: 'r1', expression: 'pupils <= pop_school_age', severity: 'error', message: 'more pupils than school-age residents' },
 *   new Map([['pupils', 120], ['pop_school_age', 100]])) → finding "more pupils than school-age residents (pupils = 120, pop_school_age = 100)"
 */
export function checkRule(rule: PlausibilityRule, values: VariableValues): Finding | null {
  const ast = ruleAst(rule);
  const result = evaluateCondition(ast, values);
  if (!result.ok || result.value) return null;
  const variables = formulaVariables(ast);
  const details: Record<string, number> = {};
  for (const name of variables) details[name] = values.get(name)!;
  const shown = variables.map((name) => `${name} = ${show(details[name]!)}`).join(', ');
  return {
    check: 'rule',
    severity: rule.severity,
    variableCode: variables[0] ?? null,
    variables,
    ruleId: rule.id,
    message: shown === '' ? rule.message : `${rule.message} (${shown})`,
    details,
  };
}

export interface PlausibilityInput {
  /** Kind of the unit (e.g. `municipality-rural`), to pick the ranges that apply. */
  unitKind: string;
  /** The period the values are for. */
  period: Period;
  /** The period `previous` holds; defaults to the period before `period` (pass the same quarter a year earlier to avoid seasonality). */
  previousPeriod?: Period;
  values: VariableValues;
  /** Values of the previous period; missing → no year-on-year checks. */
  previous?: VariableValues;
  /** Values of the peer group for the same period, per variable. */
  peerValues?: ReadonlyMap<string, readonly number[]>;
  /** Precomputed {@link peerStatistics} per variable; used instead of `peerValues` where present (bulk imports). */
  peerStatistics?: ReadonlyMap<string, PeerStatistics | null>;
  config: PlausibilityConfig;
}

/**
 * Runs every configured check on one unit's values for one period and returns the findings: per
 * variable, in config order, required → non-negative → ranges → year-on-year → peer outlier; then
 * the rules in config order. Variables without config are not checked.
 *
 * A missing value gets only the `required` finding (if configured). When a variable already has
 * an error from a validity edit (non-negative, an error range), its statistical checks
 * (year-on-year, peers) are skipped: they would only restate the same wrong number.
 */
export function runChecks(input: PlausibilityInput): Finding[] {
  const { config, values } = input;
  const findings: Finding[] = [];
  const previousLabel = formatPeriod(input.previousPeriod ?? periodBefore(input.period));
  for (const [code, checks] of Object.entries(config.variables)) {
    const value = values.get(code);
    if (!isNumber(value)) {
      if (checks.required) findings.push(checkRequired(code, value, checks.required)!);
      continue;
    }
    const own: (Finding | null)[] = [];
    if (checks.nonNegative) own.push(checkNonNegative(code, value));
    for (const range of checks.ranges ?? []) {
      if (range.unitKinds === undefined || range.unitKinds.includes(input.unitKind))
        own.push(checkRange(code, value, range));
    }
    const validity = own.filter((f): f is Finding => f !== null);
    findings.push(...validity);
    if (validity.some((f) => f.severity === 'error')) continue;
    if (checks.yearOnYear && input.previous) {
      const f = checkYearOnYear(code, value, input.previous.get(code), { ...checks.yearOnYear, previousLabel });
      if (f) findings.push(f);
    }
    if (checks.peerOutlier) {
      const f = input.peerStatistics?.has(code)
        ? checkPeerOutlierAgainst(code, value, input.peerStatistics.get(code) ?? null, checks.peerOutlier)
        : checkPeerOutlier(code, value, input.peerValues?.get(code) ?? [], checks.peerOutlier);
      if (f) findings.push(f);
    }
  }
  for (const rule of config.rules) {
    const f = checkRule(rule, values);
    if (f) findings.push(f);
  }
  return findings;
}

/** True when any finding is an error (the submission is blocked). False for no findings. */
export function hasBlockingErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * The warnings that still need an explanation: those for which no variable in `variables` has a
 * comment with a non-blank text. A rule warning is explained by a comment on any of its variables.
 * Empty when there are no warnings.
 */
export function unexplainedWarnings(findings: readonly Finding[], comments: ReadonlyMap<string, string>): Finding[] {
  const explained = (code: string) => (comments.get(code) ?? '').trim() !== '';
  return findings.filter((f) => f.severity === 'warning' && !f.variables.some(explained));
}

export interface ConfigProblem {
  /** Where in the config, e.g. `rules[2].expression` or `variables.pupils.ranges[0]`. */
  path: string;
  message: string;
  /** For an expression: 0-based offset in its text. */
  position?: number;
}

/**
 * Validates a plausibility config when it is saved: variable codes known; ranges with min ≤ max;
 * maxRelativeChange > 0; threshold > 0 and minPeers ≥ 3 (a median and MAD of fewer say nothing);
 * rule ids non-empty and unique; rule expressions that parse, read only known variables (at least
 * one) and have a message. Lists every problem.
 */
export function validatePlausibilityConfig(
  config: PlausibilityConfig,
  knownVariables: ReadonlySet<string>,
): { ok: true } | { ok: false; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  for (const [code, checks] of Object.entries(config.variables)) {
    const at = `variables.${code}`;
    if (!knownVariables.has(code)) problems.push({ path: at, message: `unknown variable '${code}'` });
    (checks.ranges ?? []).forEach((range, i) => {
      if (range.min === undefined && range.max === undefined)
        problems.push({ path: `${at}.ranges[${i}]`, message: 'a range needs a min or a max' });
      if ([range.min, range.max].some((b) => b !== undefined && !Number.isFinite(b)))
        problems.push({ path: `${at}.ranges[${i}]`, message: 'range bounds must be finite numbers' });
      if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
        problems.push({ path: `${at}.ranges[${i}]`, message: `min ${range.min} is above max ${range.max}` });
      }
    });
    if (
      checks.yearOnYear &&
      !(checks.yearOnYear.maxRelativeChange > 0 && Number.isFinite(checks.yearOnYear.maxRelativeChange))
    ) {
      problems.push({ path: `${at}.yearOnYear`, message: 'maxRelativeChange must be a positive number' });
    }
    if (checks.peerOutlier) {
      const { threshold, minPeers } = checks.peerOutlier;
      if (threshold !== undefined && !(threshold > 0 && Number.isFinite(threshold)))
        problems.push({ path: `${at}.peerOutlier`, message: 'threshold must be a positive number' });
      if (minPeers !== undefined && !(Number.isInteger(minPeers) && minPeers >= 3))
        problems.push({ path: `${at}.peerOutlier`, message: 'minPeers must be an integer of at least 3' });
    }
  }
  const ids = new Set<string>();
  config.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (rule.id.trim() === '') problems.push({ path: `${at}.id`, message: 'rule id is empty' });
    else if (ids.has(rule.id)) problems.push({ path: `${at}.id`, message: `duplicate rule id '${rule.id}'` });
    ids.add(rule.id);
    if (rule.message.trim() === '') problems.push({ path: `${at}.message`, message: 'rule message is empty' });
    if (typeof rule.expression === 'string') {
      const checked = checkFormula(rule.expression, knownVariables);
      if (!checked.ok)
        problems.push({ path: `${at}.expression`, message: checked.error.message, position: checked.error.position });
      else if (checked.variables.length === 0)
        problems.push({ path: `${at}.expression`, message: 'a rule must read at least one variable' });
    } else {
      const variables = formulaVariables(rule.expression);
      const unknown = variables.find((v) => !knownVariables.has(v));
      if (unknown !== undefined) problems.push({ path: `${at}.expression`, message: `unknown variable '${unknown}'` });
      else if (variables.length === 0)
        problems.push({ path: `${at}.expression`, message: 'a rule must read at least one variable' });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true };
}
