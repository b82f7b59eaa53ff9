import { describe, expect, it } from 'vitest';
import { commonDefaultPeriod, dashboardPeriod, defaultPeriod, substantialPeriods } from './coverage';

// Hand-made coverages shaped like the shipped data: the unemployment count 2003–2024 for every
// gmina, the unemployment rate only 2010–2019 (the age groups end there), turnout in election years.
const years = (from: number, to: number, units: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ period: String(from + i), units }));
const unemployed = years(2003, 2024, 2477);
const rate = [...years(2010, 2019, 2477), { period: '2020', units: 3 }];
const turnout = [2011, 2015, 2019, 2023].map((y) => ({ period: String(y), units: 2477 }));

describe('coverage defaults', () => {
  it('takes the latest period with at least half the fullest count', () => {
    expect(defaultPeriod(unemployed)).toBe('2024');
    expect(defaultPeriod(rate)).toBe('2019'); // 3 of 2,477 in 2020 is no default
    expect(defaultPeriod(turnout)).toBe('2023');
    expect(
      defaultPeriod([
        { period: '2019', units: 10 },
        { period: '2020', units: 5 },
      ]),
    ).toBe('2020'); // exactly half
    expect(defaultPeriod([{ period: '2019', units: 0 }])).toBeNull();
    expect(defaultPeriod([])).toBeNull();
  });

  it('lists substantial periods in the given order', () => {
    expect(substantialPeriods(rate)).toEqual(years(2010, 2019, 1).map((p) => p.period));
  });

  it('several indicators: the latest period substantial for all, else the latest each has a value in', () => {
    expect(commonDefaultPeriod([unemployed, rate])).toBe('2019');
    expect(commonDefaultPeriod([unemployed, turnout])).toBe('2023');
    expect(commonDefaultPeriod([rate, [{ period: '2020', units: 100 }]])).toBe('2020'); // rate has 3 values in 2020
    expect(commonDefaultPeriod([turnout, [{ period: '2024', units: 5 }]])).toBeNull();
    expect(commonDefaultPeriod([])).toBeNull();
  });
});

describe('dashboardPeriod', () => {
  it('opens on the period with the most indicators, the latest among equals', () => {
    // Kraków after a first start: 35 indicators in 2019, unemployment and population alone in 2024.
    expect(
      dashboardPeriod([
        { period: '2018', indicators: 35 },
        { period: '2019', indicators: 35 },
        { period: '2023', indicators: 4 },
        { period: '2024', indicators: 6 },
      ]),
    ).toBe('2019');
    expect(
      dashboardPeriod([
        { period: '2019', indicators: 3 },
        { period: '2025', indicators: 4 },
      ]),
    ).toBe('2025');
    expect(dashboardPeriod([{ period: '2019', indicators: 0 }])).toBeNull();
    expect(dashboardPeriod([])).toBeNull();
  });
});
