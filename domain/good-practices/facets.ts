/**
 * Facet counts for the good-practice search, as a catalogue shopper expects them: values of one
 * facet are alternatives (OR), facets narrow each other (AND), and each facet's counts are taken
 * over the entries matching every *other* facet's selection — so choosing "edukacja" still shows how
 * many entries each other service area has, instead of zeros.
 */

export interface FacetedDoc<F extends string> {
  id: number;
  /** The entry's values per facet (an entry may have several, e.g. tags or unit kinds). */
  facets: Readonly<Record<F, readonly string[]>>;
}

export type FacetSelection<F extends string> = Partial<Record<F, readonly string[]>>;

export interface FacetCount {
  value: string;
  count: number;
}

function matches<F extends string>(doc: FacetedDoc<F>, selection: FacetSelection<F>, except: F | null): boolean {
  for (const [facet, wanted] of Object.entries(selection) as [F, readonly string[] | undefined][]) {
    if (facet === except || !wanted || wanted.length === 0) continue;
    const have = doc.facets[facet];
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

/**
 * The documents matching the whole selection, and per facet the count of each value (descending,
 * then by value); a selected value is listed even when its count is 0, so it can be unselected.
 */
export function facetSearch<F extends string>(
  docs: readonly FacetedDoc<F>[],
  facetNames: readonly F[],
  selection: FacetSelection<F>,
): { matching: FacetedDoc<F>[]; facets: Record<F, FacetCount[]> } {
  const matching = docs.filter((d) => matches(d, selection, null));
  const facets = {} as Record<F, FacetCount[]>;
  for (const facet of facetNames) {
    const counts = new Map<string, number>();
    for (const value of selection[facet] ?? []) counts.set(value, 0);
    for (const d of docs) {
      if (!matches(d, selection, facet)) continue;
      // An entry counts once per value even if the value is listed twice on it.
      for (const v of new Set(d.facets[facet])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    facets[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { matching, facets };
}

/** Population bands of the facet (residents; upper bound exclusive). */
export const POPULATION_BANDS = ['<5k', '5k-10k', '10k-20k', '20k-50k', '50k-100k', '100k-500k', '500k+'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
const BAND_LIMITS = [5_000, 10_000, 20_000, 50_000, 100_000, 500_000];

export function populationBand(population: number | null): PopulationBand | null {
  if (population === null || !Number.isFinite(population) || population < 0) return null;
  const i = BAND_LIMITS.findIndex((limit) => population < limit);
  return POPULATION_BANDS[i === -1 ? POPULATION_BANDS.length - 1 : i]!;
}
