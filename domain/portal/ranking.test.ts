import { describe, expect, it } from 'vitest';
import { formatPlace, placeAmong, rankWithTies } from './ranking';

const entries = [
  { key: 'a', value: 2 },
  { key: 'b', value: 5 },
  { key: 'c', value: 2 },
  { key: 'd', value: NaN },
  { key: 'e', value: 1 },
  { key: 'f', value: 2 },
];

describe('rankWithTies', () => {
  it('higher is better: b first, the three 2s share places 2–4, e fifth; NaN left out', () => {
    expect(rankWithTies(entries, 'higher-is-better').map((r) => [r.key, r.from, r.to])).toEqual([
      ['b', 1, 1],
      ['a', 2, 4],
      ['c', 2, 4],
      ['f', 2, 4],
      ['e', 5, 5],
    ]);
  });

  it('lower is better: e first, the 2s share 2–4, b last', () => {
    expect(rankWithTies(entries, 'lower-is-better').map((r) => [r.key, r.from, r.to])).toEqual([
      ['e', 1, 1],
      ['a', 2, 4],
      ['c', 2, 4],
      ['f', 2, 4],
      ['b', 5, 5],
    ]);
  });

  it('neutral orders by value descending; empty input ranks nothing', () => {
    expect(rankWithTies(entries, 'neutral')[0]!.key).toBe('b');
    expect(rankWithTies([], 'neutral')).toEqual([]);
  });

  it('formats places as single numbers or en-dash ranges', () => {
    expect(formatPlace({ from: 3, to: 3 })).toBe('3');
    expect(formatPlace({ from: 2, to: 4 })).toBe('2–4');
  });
});

describe('placeAmong', () => {
  it('gives the tied range and the number of units with a value', () => {
    expect(placeAmong('c', entries, 'higher-is-better')).toEqual({ from: 2, to: 4, of: 5 });
  });

  it('is null under 5 units with a value, and for a unit without one', () => {
    expect(placeAmong('a', entries.slice(0, 4), 'higher-is-better')).toBeNull();
    expect(placeAmong('d', entries, 'higher-is-better')).toBeNull();
  });
});
