/**
 * Small-n suppression: a result cell (one question, dimension or headline for one group of
 * respondents) computed from fewer than `minimumN` answers is not shown at all — neither its
 * figures nor its exact n — so that a small team's or office's answers cannot be read off a
 * breakdown (METHODS §3.7: "suppress breakdowns for groups with < 5 (or < 10) respondents").
 *
 * The rule applies to the cell as a whole: within a published distribution, an option chosen by
 * 1–4 people is shown (its respondents are protected by the cell's n ≥ minimumN). Free-text answers
 * are a cell of their own, counted by the number of non-empty texts.
 */

/** Default minimum number of answers for a published cell. */
export const DEFAULT_MINIMUM_N = 5;

/** A cell that is withheld. Carries the threshold (for "fewer than 5 answers"), never the count. */
export interface Suppressed {
  suppressed: true;
  reason: 'below-minimum-n';
  minimumN: number;
}

/** A cell that may be shown, with its figures. */
export interface Published<T> {
  suppressed: false;
  figures: T;
}

export type Suppressible<T> = Suppressed | Published<T>;

/**
 * Withholds a cell with n < `minimumN` (default {@link DEFAULT_MINIMUM_N}); otherwise computes and
 * returns its figures. `compute` runs only for published cells, so withheld figures never exist
 * in the result. n = 0 is suppressed like any other small n; a `minimumN` below 1 is treated as 1
 * (an empty cell has no figures to show).
 *
 * @example suppressBelowMinimumN(3, () => ({ mean: 4.2 })) // { suppressed: true, reason: 'below-minimum-n', minimumN: 5 }
 */
export function suppressBelowMinimumN<T>(
  n: number,
  compute: () => T,
  minimumN: number = DEFAULT_MINIMUM_N,
): Suppressible<T> {
  const threshold = Math.max(1, minimumN);
  if (!(n >= threshold)) return { suppressed: true, reason: 'below-minimum-n', minimumN: threshold };
  return { suppressed: false, figures: compute() };
}

/** Type guard for a published cell. */
export function isPublished<T>(cell: Suppressible<T>): cell is Published<T> {
  return !cell.suppressed;
}
