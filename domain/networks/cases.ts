/**
 * Decision quality from case-level data (METHODS.md §7): one row per case that ended with a
 * decision — category, initiation and decision dates, days excluded from the term (art. 35 § 5
 * KPA), the term, and the appeal outcome (art. 138 KPA). From the rows, the unit's period figures:
 * processing days, share issued after the term, median and P90 of processing days per category,
 * SKO outcomes, overturned per 1,000 decisions. Pure; every bad row is reported, none is dropped.
 */
import { quantileSorted } from '../benchmarking/stats';
import type { ImportProblem } from '../indicators/import-rows';
import { parsePeriod, periodStartMonth, type Period } from '../indicators/periods';
import { addMonths, daysBetween, isIsoDay } from './rotation';

/** Case categories a network compares (METHODS §7.1: USC, taxes, construction, benefits …). */
export const CASE_CATEGORIES = [
  'civil-registry',
  'local-taxes',
  'construction',
  'social-benefits',
  'spatial-planning',
  'environment',
  'roads',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/**
 * Outcome of the case at the SKO (art. 138 KPA): `none` no appeal; `pending` appeal not yet ruled on;
 * `upheld` § 1 pkt 1; `reversed` § 1 pkt 2 (uchylenie i orzeczenie co do istoty);
 * `reversed-discontinued` § 1 pkt 2 (uchylenie i umorzenie postępowania I instancji);
 * `remitted` § 2 (uchylenie i przekazanie do ponownego rozpatrzenia); `annulled` stwierdzenie
 * nieważności (art. 156); `appeal-discontinued` § 1 pkt 3 (umorzenie postępowania odwoławczego);
 * `inadmissible` the appeal was inadmissible or late (postanowienie, no ruling on the merits).
 */
export const APPEAL_OUTCOMES = [
  'none',
  'pending',
  'upheld',
  'reversed',
  'reversed-discontinued',
  'remitted',
  'annulled',
  'appeal-discontinued',
  'inadmissible',
] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** Counted as overturned by the SKO (METHODS §7.2 numerator). */
export const OVERTURNED: ReadonlySet<AppealOutcome> = new Set([
  'reversed',
  'reversed-discontinued',
  'remitted',
  'annulled',
]);
/** SKO rulings on the merits (METHODS §7.2 denominator): upheld or overturned. */
export const ON_MERITS: ReadonlySet<AppealOutcome> = new Set(['upheld', ...OVERTURNED]);

/** `1m` / `2m`: art. 35 § 3 KPA (one month; two for particularly complicated cases); `65d`: a special law's term in days. */
export type CaseTerm = { months: 1 | 2 } | { days: number };

export interface CaseRow {
  row: number;
  reference: string | null;
  category: CaseCategory;
  initiatedOn: string;
  decidedOn: string;
  excludedDays: number;
  term: CaseTerm;
  appealOutcome: AppealOutcome;
}

export const CASE_COLUMNS = [
  'case_ref',
  'category',
  'initiated_on',
  'decided_on',
  'excluded_days',
  'term',
  'appeal_outcome',
] as const;
const REQUIRED_COLUMNS = ['category', 'initiated_on', 'decided_on', 'term'] as const;

/** Parses `1m`, `2m` or `<n>d` (1–3650 days). */
export function parseTerm(text: string): CaseTerm | null {
  const t = text.trim().toLowerCase();
  if (t === '1m') return { months: 1 };
  if (t === '2m') return { months: 2 };
  const m = /^(\d{1,4})d$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 3650) return { days: Number(m[1]) };
  return null;
}

/** First day and the day after the last day of a period, as `YYYY-MM-DD`. */
export function periodBounds(period: Period): { start: string; endExclusive: string } {
  const months = period.granularity === 'year' ? 12 : period.granularity === 'half' ? 6 : 3;
  const start = `${period.year}-${String(periodStartMonth(period)).padStart(2, '0')}-01`;
  return { start, endExclusive: addMonths(start, months) };
}

/**
 * Validates a table of cases (header + rows as text cells, row numbers as in the file) for one
 * period: every cell of every row is checked and every problem reported with its row and column.
 */
export function validateCaseTable(
  table: {
    header: { row: number; cells: readonly string[] };
    rows: readonly { row: number; cells: readonly string[] }[];
  },
  periodText: string,
): { ok: true; cases: CaseRow[] } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) return { ok: false, problems: [{ row: 0, column: 'period', reason: parsed.reason }] };
  const bounds = periodBounds(parsed.period);
  const header = table.header.cells.map((c) => c.trim().toLowerCase());
  const index = new Map(header.map((h, i) => [h, i]));
  for (const column of REQUIRED_COLUMNS)
    if (!index.has(column))
      problems.push({
        row: table.header.row,
        column,
        reason: `missing column ${column} (columns: ${CASE_COLUMNS.join(', ')})`,
      });
  for (const h of header)
    if (h !== '' && !(CASE_COLUMNS as readonly string[]).includes(h))
      problems.push({ row: table.header.row, column: h, reason: `unknown column ${h}` });
  if (problems.length > 0) return { ok: false, problems };
  if (table.rows.length === 0)
    return { ok: false, problems: [{ row: table.header.row, column: null, reason: 'no cases in the file' }] };

  const cases: CaseRow[] = [];
  const seenRefs = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (c: (typeof CASE_COLUMNS)[number]) => {
      const i = index.get(c);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const before = problems.length;
    const bad = (column: string, reason: string) => problems.push({ row, column, reason });
    const reference = cell('case_ref') || null;
    if (reference !== null) {
      const first = seenRefs.get(reference);
      if (first !== undefined) bad('case_ref', `case ${reference} is already in row ${first}`);
      else seenRefs.set(reference, row);
    }
    const category = cell('category').toLowerCase();
    if (!(CASE_CATEGORIES as readonly string[]).includes(category))
      bad('category', `unknown case category "${cell('category')}" (one of ${CASE_CATEGORIES.join(', ')})`);
    const initiatedOn = cell('initiated_on');
    const decidedOn = cell('decided_on');
    const initiatedOk = isIsoDay(initiatedOn);
    const decidedOk = isIsoDay(decidedOn);
    if (!initiatedOk) bad('initiated_on', `"${initiatedOn}" is not a date (YYYY-MM-DD)`);
    if (!decidedOk) bad('decided_on', `"${decidedOn}" is not a date (YYYY-MM-DD)`);
    if (initiatedOk && decidedOk && decidedOn < initiatedOn)
      bad('decided_on', `the decision date ${decidedOn} is before the initiation date ${initiatedOn}`);
    if (decidedOk && (decidedOn < bounds.start || decidedOn >= bounds.endExclusive))
      bad('decided_on', `the decision date ${decidedOn} is outside the period ${periodText}`);
    const excludedText = cell('excluded_days');
    const excludedDays = excludedText === '' ? 0 : Number(excludedText);
    if (!Number.isInteger(excludedDays)) bad('excluded_days', `"${excludedText}" is not a whole number of days`);
    else if (excludedDays < 0) bad('excluded_days', `excluded days cannot be negative (${excludedDays})`);
    else if (initiatedOk && decidedOk && decidedOn >= initiatedOn && excludedDays > daysBetween(initiatedOn, decidedOn))
      bad(
        'excluded_days',
        `${excludedDays} excluded days exceed the ${daysBetween(initiatedOn, decidedOn)} days the case took`,
      );
    const term = parseTerm(cell('term'));
    if (!term) bad('term', `"${cell('term')}" is not a term: 1m, 2m (art. 35 § 3 KPA) or a number of days such as 65d`);
    const outcomeText = cell('appeal_outcome').toLowerCase() || 'none';
    if (!(APPEAL_OUTCOMES as readonly string[]).includes(outcomeText))
      bad(
        'appeal_outcome',
        `unknown appeal outcome "${cell('appeal_outcome')}" (one of ${APPEAL_OUTCOMES.join(', ')})`,
      );
    if (problems.length === before)
      cases.push({
        row,
        reference,
        category: category as CaseCategory,
        initiatedOn,
        decidedOn,
        excludedDays,
        term: term!,
        appealOutcome: outcomeText as AppealOutcome,
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases };
}

/** Calendar days from initiation to decision minus the excluded days (art. 35 § 5 KPA). */
export function processingDays(c: Pick<CaseRow, 'initiatedOn' | 'decidedOn' | 'excludedDays'>): number {
  return daysBetween(c.initiatedOn, c.decidedOn) - c.excludedDays;
}

/**
 * The term in days for a case started on `initiatedOn`: a month term ends on the same day of the
 * month (or the month's last day, art. 57 § 3 KPA), so one month is 28–31 days depending on the start.
 */
export function termDays(initiatedOn: string, term: CaseTerm): number {
  return 'months' in term ? daysBetween(initiatedOn, addMonths(initiatedOn, term.months)) : term.days;
}

/** Late when the processing days exceed the term (a decision on the last day of the term is in time). */
export function isLate(c: Pick<CaseRow, 'initiatedOn' | 'decidedOn' | 'excludedDays' | 'term'>): boolean {
  return processingDays(c) > termDays(c.initiatedOn, c.term);
}

export interface CaseFigures {
  decisions: number;
  late: number;
  /** late / decisions × 100; null without decisions. */
  lateShare: number | null;
  processingDaysTotal: number;
  processingDaysMean: number | null;
  /** Median and 90th percentile of processing days: Hyndman–Fan type 7 (PostgreSQL percentile_cont), as everywhere in Miernik. */
  processingDaysMedian: number | null;
  processingDaysP90: number | null;
  appealed: number;
  pending: number;
  onMerits: number;
  overturned: number;
  /** overturned / rulings on the merits × 100. */
  overturnedShareOfMerits: number | null;
  /** overturned / decisions issued × 1000. */
  overturnedPer1000: number | null;
  /** rulings on the merits / decisions issued × 100 (the catalogue's appeal rate). */
  appealRate: number | null;
}

export function caseFigures(cases: readonly CaseRow[]): CaseFigures {
  const days = Float64Array.from(cases.map(processingDays)).sort();
  const n = cases.length;
  const late = cases.filter(isLate).length;
  const total = days.reduce((a, b) => a + b, 0);
  const appealed = cases.filter((c) => c.appealOutcome !== 'none').length;
  const onMerits = cases.filter((c) => ON_MERITS.has(c.appealOutcome)).length;
  const overturned = cases.filter((c) => OVERTURNED.has(c.appealOutcome)).length;
  return {
    decisions: n,
    late,
    lateShare: n === 0 ? null : (late / n) * 100,
    processingDaysTotal: total,
    processingDaysMean: n === 0 ? null : total / n,
    processingDaysMedian: quantileSorted(days, 0.5),
    processingDaysP90: quantileSorted(days, 0.9),
    appealed,
    pending: cases.filter((c) => c.appealOutcome === 'pending').length,
    onMerits,
    overturned,
    overturnedShareOfMerits: onMerits === 0 ? null : (overturned / onMerits) * 100,
    overturnedPer1000: n === 0 ? null : (overturned / n) * 1000,
    appealRate: n === 0 ? null : (onMerits / n) * 100,
  };
}

export interface CaseSummary {
  total: CaseFigures;
  byCategory: ({ category: CaseCategory } & CaseFigures)[];
}

/** Figures for all cases and per category (categories in the fixed order, only those present). */
export function summariseCases(cases: readonly CaseRow[]): CaseSummary {
  return {
    total: caseFigures(cases),
    byCategory: CASE_CATEGORIES.filter((cat) => cases.some((c) => c.category === cat)).map((category) => ({
      category,
      ...caseFigures(cases.filter((c) => c.category === category)),
    })),
  };
}

/**
 * The catalogue variables a case import feeds (METHODS §7 indicators are formulas over them):
 * decisions issued, issued after the term, SKO rulings on the merits, overturned, total processing days.
 */
export function catalogueValues(figures: CaseFigures): { variableCode: string; value: number }[] {
  return [
    { variableCode: 'decisions_issued', value: figures.decisions },
    { variableCode: 'decisions_after_deadline', value: figures.late },
    { variableCode: 'decisions_appealed', value: figures.onMerits },
    { variableCode: 'decisions_overturned_sko', value: figures.overturned },
    { variableCode: 'case_processing_days_total', value: figures.processingDaysTotal },
  ];
}
