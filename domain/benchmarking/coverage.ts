/**
 * Coverage of an indicator: how many units have a value in each period, and which period a view
 * should open on. A period is "substantial" for an indicator when at least half as many units have
 * a value as in its fullest period — so a year in which only a handful of units reported (or only
 * a single early-published input exists) is never the default, and every indicator opens on its
 * own latest good year rather than one global year.
 */

export interface PeriodCoverage {
  period: string;
  /** Units (of the kinds the indicator applies to) with a value. */
  units: number;
}

/** Share of the fullest period's count a period needs to be a default. */
export const SUBSTANTIAL_SHARE = 0.5;

/** Periods (in the given order) with at least half the fullest period's count; none when no unit has a value. */
export function substantialPeriods(coverage: readonly PeriodCoverage[], share = SUBSTANTIAL_SHARE): string[] {
  const fullest = Math.max(0, ...coverage.map((c) => c.units));
  if (fullest === 0) return [];
  return coverage.filter((c) => c.units > 0 && c.units >= fullest * share).map((c) => c.period);
}

/**
 * The default period of one indicator: the latest substantial period (periods sorted as strings:
 * `2019` < `2019-H1` < `2020`), or null when no unit has a value.
 *
 * @example defaultPeriod([{ period: '2019', units: 2477 }, { period: '2020', units: 12 }]) // '2019'
 */
export function defaultPeriod(coverage: readonly PeriodCoverage[]): string | null {
  return [...substantialPeriods(coverage)].sort().at(-1) ?? null;
}

/**
 * The default period for several indicators shown together (DEA, composite): the latest period
 * substantial for every one of them; failing that, the latest in which each has at least one value;
 * null when there is none.
 */
export function commonDefaultPeriod(coverages: readonly (readonly PeriodCoverage[])[]): string | null {
  if (coverages.length === 0) return null;
  const intersect = (sets: string[][]) => sets.reduce((acc, s) => acc.filter((p) => s.includes(p)));
  const substantial = intersect(coverages.map((c) => substantialPeriods(c))).sort();
  if (substantial.length > 0) return substantial.at(-1)!;
  const any = intersect(coverages.map((c) => c.filter((p) => p.units > 0).map((p) => p.period))).sort();
  return any.at(-1) ?? null;
}

/** How many of a unit's indicators have a value in one period. */
export interface UnitPeriodCount {
  period: string;
  indicators: number;
}

/**
 * The default period of a unit's dashboard, which shows all its indicators side by side in one
 * period: the period in which the unit has a value for the most indicators; among equals the
 * latest. One source reaching a later year (e.g. unemployment to 2024 while finance stops in 2019)
 * therefore does not open the dashboard on a year where almost every card is empty. Null when the
 * unit has no value at all.
 *
 * @example dashboardPeriod([{ period: '2019', indicators: 35 }, { period: '2024', indicators: 6 }]) // '2019'
 */
export function dashboardPeriod(counts: readonly UnitPeriodCount[]): string | null {
  let best: UnitPeriodCount | null = null;
  for (const c of counts) {
    if (c.indicators <= 0) continue;
    if (!best || c.indicators > best.indicators || (c.indicators === best.indicators && c.period > best.period))
      best = c;
  }
  return best?.period ?? null;
}
