import { describe, expect, it } from 'vitest';
import { facetSearch, populationBand, type FacetedDoc } from './facets';

type F = 'area' | 'tag';
const docs: FacetedDoc<F>[] = [
  { id: 1, facets: { area: ['education'], tag: ['szkoła', 'cyfryzacja'] } },
  { id: 2, facets: { area: ['education'], tag: ['szkoła'] } },
  { id: 3, facets: { area: ['roads'], tag: ['cyfryzacja'] } },
  { id: 4, facets: { area: ['roads'], tag: [] } },
  { id: 5, facets: { area: ['health'], tag: ['cyfryzacja', 'cyfryzacja'] } },
];

describe('facetSearch', () => {
  it('counts every value over all entries without a selection', () => {
    const r = facetSearch(docs, ['area', 'tag'], {});
    expect(r.matching.map((d) => d.id)).toEqual([1, 2, 3, 4, 5]);
    expect(r.facets.area).toEqual([
      { value: 'education', count: 2 },
      { value: 'roads', count: 2 },
      { value: 'health', count: 1 },
    ]);
    // Entry 5 lists "cyfryzacja" twice and counts once.
    expect(r.facets.tag).toEqual([
      { value: 'cyfryzacja', count: 3 },
      { value: 'szkoła', count: 2 },
    ]);
  });

  it('ORs values within a facet, ANDs facets, and counts each facet without its own selection', () => {
    const r = facetSearch(docs, ['area', 'tag'], { area: ['education', 'roads'], tag: ['cyfryzacja'] });
    // (education or roads) and cyfryzacja → 1, 3.
    expect(r.matching.map((d) => d.id)).toEqual([1, 3]);
    // Area counts under tag=cyfryzacja only: entries 1, 3, 5.
    expect(r.facets.area).toEqual([
      { value: 'education', count: 1 },
      { value: 'health', count: 1 },
      { value: 'roads', count: 1 },
    ]);
    // Tag counts under area ∈ {education, roads}: entries 1, 2, 3, 4.
    expect(r.facets.tag).toEqual([
      { value: 'cyfryzacja', count: 2 },
      { value: 'szkoła', count: 2 },
    ]);
  });

  it('keeps a selected value with no entry at count 0', () => {
    const r = facetSearch(docs, ['area'], { area: ['culture'] });
    expect(r.matching).toEqual([]);
    expect(r.facets.area).toContainEqual({ value: 'culture', count: 0 });
  });
});

describe('populationBand', () => {
  it('puts boundaries in the upper band', () => {
    expect(populationBand(4_999)).toBe('<5k');
    expect(populationBand(5_000)).toBe('5k-10k');
    expect(populationBand(49_999.5)).toBe('20k-50k');
    expect(populationBand(500_000)).toBe('500k+');
    expect(populationBand(1_860_000)).toBe('500k+');
    expect(populationBand(null)).toBeNull();
    expect(populationBand(Number.NaN)).toBeNull();
  });
});
