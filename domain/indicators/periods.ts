/**
 * Reporting periods of indicator data: calendar years (`2019`), halves (`2019-H1`, `2019-H2`) and
 * quarters (`2019-Q1` … `2019-Q4`). Polish public statistics (GUS BDL) and budget reporting (Rb-27S,
 * Rb-28S) use these three; months and school years are not periods of this platform.
 */

export type PeriodGranularity = 'year' | 'half' | 'quarter';

export interface Period {
  year: number;
  granularity: PeriodGranularity;
  /** 1 for a year, 1–2 for a half, 1–4 for a quarter. */
  index: number;
}

export type ParsePeriodResult = { ok: true; period: Period } | { ok: false; reason: string };

/** Earliest and latest years accepted; a four-digit year outside them is almost surely a typo. */
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2100;

const PARTS: Record<PeriodGranularity, number> = { year: 1, half: 2, quarter: 4 };
const PERIOD_PATTERN = /^(\d{4})(?:-([HQ])(\d))?$/;

/**
 * Reads `YYYY`, `YYYY-Hn` (n = 1–2) or `YYYY-Qn` (n = 1–4). Surrounding spaces and a lower-case
 * `h`/`q` are accepted (format the result with {@link formatPeriod} for the canonical text); anything
 * else — `2019Q3`, `2019-Q5`, `19`, `2019-03`, `III kw. 2019` — is refused with a reason, as is a
 * year outside {@link MIN_PERIOD_YEAR}–{@link MAX_PERIOD_YEAR}.
 *
 * @example parsePeriod('2019-Q3') → { ok: true, period: { year: 2019, granularity: 'quarter', index: 3 } }
 */
export function parsePeriod(text: string): ParsePeriodResult {
  const trimmed = text.trim();
  const match = PERIOD_PATTERN.exec(trimmed.toUpperCase());
  if (!match) {
    const shown = trimmed === '' ? 'empty period' : `"${trimmed}" is not a period`;
    return { ok: false, reason: `${shown}: write a year (2019), a half (2019-H1) or a quarter (2019-Q3)` };
  }
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    return { ok: false, reason: `year ${year} is outside ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}` };
  }
  if (match[2] === undefined) return { ok: true, period: { year, granularity: 'year', index: 1 } };
  const granularity: PeriodGranularity = match[2] === 'H' ? 'half' : 'quarter';
  const index = Number(match[3]);
  if (index < 1 || index > PARTS[granularity]) {
    return {
      ok: false,
      reason: `"${trimmed}": a year has ${PARTS[granularity]} ${granularity === 'half' ? 'halves (H1–H2)' : 'quarters (Q1–Q4)'}`,
    };
  }
  return { ok: true, period: { year, granularity, index } };
}

/** Canonical text of a period: `2019`, `2019-H2`, `2019-Q3`. */
export function formatPeriod(period: Period): string {
  switch (period.granularity) {
    case 'year':
      return String(period.year);
    case 'half':
      return `${period.year}-H${period.index}`;
    case 'quarter':
      return `${period.year}-Q${period.index}`;
  }
}

/** The period just before, of the same granularity: 2019 → 2018, 2019-H1 → 2018-H2, 2019-Q1 → 2018-Q4. */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return { ...period, index: period.index - 1 };
  return { year: period.year - 1, granularity: period.granularity, index: PARTS[period.granularity] };
}

/** The period just after, of the same granularity: 2018-Q4 → 2019-Q1. */
export function nextPeriod(period: Period): Period {
  if (period.index < PARTS[period.granularity]) return { ...period, index: period.index + 1 };
  return { year: period.year + 1, granularity: period.granularity, index: 1 };
}

/** The same period one year earlier: 2019-Q3 → 2018-Q3 (the comparison that is free of seasonality). */
export function samePeriodPreviousYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

/** First month (1–12) of a period. */
export function periodStartMonth(period: Period): number {
  return (period.index - 1) * (12 / PARTS[period.granularity]) + 1;
}

/**
 * Orders periods by their start, and a longer period before a shorter one that starts with it
 * (2019 < 2019-H1 < 2019-Q1 < 2019-Q2 < 2019-H2 < 2019-Q3). Negative, zero or positive like
 * `Array.prototype.sort` expects; zero only for equal periods.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.year !== b.year) return a.year - b.year;
  const start = periodStartMonth(a) - periodStartMonth(b);
  if (start !== 0) return start;
  return PARTS[a.granularity] - PARTS[b.granularity];
}
