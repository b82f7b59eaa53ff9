import { describe, expect, it } from 'vitest';
import { toJsonStat } from './json-stat';

describe('toJsonStat', () => {
  const meta = {
    label: 'x',
    source: 'GUS',
    updated: null,
    release: 3,
    indicatorName: (c: string) => `I ${c}`,
    unitName: (c: string) => `U ${c}`,
  };

  it('places each value at its row-major index (indicator × unit × period), worked by hand', () => {
    const ds = toJsonStat(
      [
        { indicatorCode: 'a', unitCode: '01', period: '2018', value: 1.5, release: 1 },
        { indicatorCode: 'a', unitCode: '01', period: '2019', value: 2, release: 2 },
        { indicatorCode: 'a', unitCode: '02', period: '2019', value: 3, release: 1 },
        { indicatorCode: 'b', unitCode: '02', period: '2018', value: 0, release: 3 },
      ],
      meta,
    );
    expect(ds.size).toEqual([2, 2, 2]);
    // index = (indicator · 2 + unit) · 2 + period: a/01/2018 → 0, a/01/2019 → 1, a/02/2019 → 3, b/02/2018 → 6.
    expect(ds.value).toEqual({ 0: 1.5, 1: 2, 3: 3, 6: 0 });
    expect(ds.status[6]).toBe('release 3');
    // a/02/2018 (index 2) has no value: absent, not 0.
    expect(2 in ds.value).toBe(false);
    expect(ds.dimension.unit.category).toEqual({ index: { '01': 0, '02': 1 }, label: { '01': 'U 01', '02': 'U 02' } });
  });

  it('an empty selection is a valid empty cube', () => {
    const ds = toJsonStat([], meta);
    expect(ds.size).toEqual([0, 0, 0]);
    expect(ds.value).toEqual({});
  });
});
