import { describe, expect, it } from 'vitest';
import { expectedProgress, expectedValue, measureProgress, periodTime, rollUp } from './progress';

// Every expected figure below was worked out by hand (or with a pocket calculator) from METHODS §5.2.
describe('measureProgress', () => {
  it('higher is better: 100 (2019) → 200 (2030), actual 130 in 2023', () => {
    // expected = (2023 − 2019)/(2030 − 2019) = 4/11 = 0.363636…; progress = 30/100 = 0.3;
    // on track = 0.3 / (4/11) = 0.825 → amber (65–85 %).
    // Eurostat: actual rate 1.3^(1/4) − 1 = 0.067789, required 2^(1/11) − 1 = 0.065041 → 1.04226 → significant.
    const p = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2023', value: 130 },
    });
    expect(p.progress).toBeCloseTo(0.3, 12);
    expect(p.expected).toBeCloseTo(0.36363636363636, 12);
    expect(p.onTrack).toBeCloseTo(0.825, 12);
    expect(p.light).toBe('amber');
    expect(p.basis).toBe('on-track');
    expect(p.growthRatio).toBeCloseTo(1.0422637898, 8);
    expect(p.category).toBe('significant-progress');
  });

  it('lower is better: 20 (2019) → 10 (2029), actual 17 in 2024', () => {
    // expected = 5/10 = 0.5; progress = (17 − 20)/(10 − 20) = 0.3; on track 0.6 → red (< 65 %).
    // Eurostat: (0.85^(1/5) − 1)/(0.5^(1/10) − 1) = −0.031983/−0.066967 = 0.47757 → insufficient.
    const p = measureProgress({
      polarity: 'lower-is-better',
      baseline: { period: '2019', value: 20 },
      target: { period: '2029', value: 10 },
      actual: { period: '2024', value: 17 },
    });
    expect(p.progress).toBeCloseTo(0.3, 12);
    expect(p.expected).toBe(0.5);
    expect(p.onTrack).toBeCloseTo(0.6, 12);
    expect(p.light).toBe('red');
    expect(p.growthRatio).toBeCloseTo(0.4775667262, 8);
    expect(p.category).toBe('insufficient-progress');
  });

  it('lower is better, ahead of the path: 17 → 12 by 2024 is 0.8 of the distance at half time → green', () => {
    const p = measureProgress({
      polarity: 'lower-is-better',
      baseline: { period: '2019', value: 20 },
      target: { period: '2029', value: 10 },
      actual: { period: '2024', value: 12 },
    });
    expect(p.progress).toBeCloseTo(0.8, 12);
    expect(p.onTrack).toBeCloseTo(1.6, 12);
    expect(p.light).toBe('green');
  });

  it('moving away: 100 → 200 but 90 after four years; raw progress kept, display capped', () => {
    const p = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2023', value: 90 },
    });
    expect(p.progress).toBeCloseTo(-0.1, 12);
    expect(p.light).toBe('red');
    expect(p.category).toBe('moving-away');
    const far = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2023', value: 400 },
    });
    expect(far.progress).toBe(3);
    expect(far.progressDisplay).toBe(1.5);
    const below = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2023', value: -200 },
    });
    expect(below.progress).toBe(-3);
    expect(below.progressDisplay).toBe(-1);
  });

  it('target = baseline: achieved / not achieved by polarity, no distance', () => {
    const base = { baseline: { period: '2019', value: 5 }, target: { period: '2025', value: 5 } };
    const good = measureProgress({ ...base, polarity: 'lower-is-better', actual: { period: '2022', value: 4 } });
    expect(good).toMatchObject({ progress: null, achieved: true, light: 'green', basis: 'target-equals-baseline' });
    const bad = measureProgress({ ...base, polarity: 'lower-is-better', actual: { period: '2022', value: 6 } });
    expect(bad).toMatchObject({ progress: null, achieved: false, light: 'red' });
    const up = measureProgress({ ...base, polarity: 'higher-is-better', actual: { period: '2022', value: 4 } });
    expect(up.achieved).toBe(false);
    const neutral = measureProgress({ ...base, polarity: 'neutral', actual: { period: '2022', value: 5 } });
    expect(neutral.achieved).toBe(true);
  });

  it('missing actual is "no data" (grey), never 0; missing target is grey too', () => {
    const base = {
      polarity: 'higher-is-better' as const,
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
    };
    expect(measureProgress({ ...base, actual: null })).toMatchObject({
      progress: null,
      onTrack: null,
      light: 'grey',
      greyReason: 'no-data',
    });
    expect(measureProgress({ ...base, actual: { period: '2023', value: null } }).greyReason).toBe('no-data');
    expect(
      measureProgress({ ...base, target: { period: '2030', value: null }, actual: { period: '2023', value: 150 } }),
    ).toMatchObject({ light: 'grey', greyReason: 'no-target' });
  });

  it('no time elapsed: actual in the baseline period has progress but no light', () => {
    const p = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2019', value: 110 },
    });
    expect(p.progress).toBeCloseTo(0.1, 12);
    expect(p.expected).toBe(0);
    expect(p.onTrack).toBeNull();
    expect(p).toMatchObject({ light: 'grey', greyReason: 'no-time-elapsed' });
  });

  it('cumulative output indicator: achievement = actual / target, light on achievement / expected', () => {
    // 0 km (2021) → 50 km (2027); 20 km in 2024: expected 3/6 = 0.5, achievement 0.4, 0.4/0.5 = 0.8 → amber.
    const p = measureProgress({
      polarity: 'higher-is-better',
      cumulative: true,
      baseline: { period: '2021', value: 0 },
      target: { period: '2027', value: 50 },
      actual: { period: '2024', value: 20 },
    });
    expect(p.achievement).toBeCloseTo(0.4, 12);
    expect(p.expected).toBe(0.5);
    expect(p.light).toBe('amber');
    expect(p.basis).toBe('achievement');
    expect(p.category).toBeNull(); // no growth rate from a baseline of 0
  });

  it('thresholds are configurable', () => {
    const p = measureProgress({
      polarity: 'higher-is-better',
      baseline: { period: '2019', value: 100 },
      target: { period: '2030', value: 200 },
      actual: { period: '2023', value: 130 },
      thresholds: { green: 0.8, amber: 0.5 },
    });
    expect(p.light).toBe('green'); // 0.825 ≥ 0.8
  });

  it('after the target period the whole distance is expected', () => {
    expect(expectedProgress('2019', '2025', '2027')).toBe(1);
    expect(expectedProgress('2019', '2025', '2018')).toBe(0);
    expect(expectedProgress('2025', '2019', '2020')).toBeNull();
  });
});

describe('periods', () => {
  it('places periods at their end', () => {
    expect(periodTime('2024')).toBe(2025);
    expect(periodTime('2024-H1')).toBe(2024.5);
    expect(periodTime('2024-Q3')).toBe(2024.75);
    expect(periodTime('24')).toBeNull();
    // 2020 → 2022 with an actual in 2021-H1: (2021.5 − 2021)/(2023 − 2021) = 0.25
    expect(expectedProgress('2020', '2022', '2021-H1')).toBe(0.25);
  });

  it('the expected path value', () => {
    // 100 → 200 over 2019–2029, at 2024: 100 + 0.5 × 100 = 150
    expect(expectedValue({ period: '2019', value: 100 }, { period: '2029', value: 200 }, '2024')).toBe(150);
    expect(expectedValue({ period: '2019', value: null }, { period: '2029', value: 200 }, '2024')).toBeNull();
  });
});

describe('rollUp', () => {
  it('counts by light and judges the goal', () => {
    expect(rollUp([{ light: 'green' }, { light: 'green' }, { light: 'grey' }])).toEqual({
      counts: { green: 2, amber: 0, red: 0, grey: 1 },
      shares: { green: 1, amber: 0, red: 0 },
      light: 'green',
    });
    // one of three red → amber; red share 1/3 < 1/2
    expect(rollUp([{ light: 'green' }, { light: 'amber' }, { light: 'red' }]).light).toBe('amber');
    // weights: red carries 3 of 4 → red
    const w = rollUp([
      { light: 'green', weight: 1 },
      { light: 'red', weight: 3 },
    ]);
    expect(w.shares).toEqual({ green: 0.25, amber: 0, red: 0.75 });
    expect(w.light).toBe('red');
    expect(rollUp([{ light: 'grey' }])).toEqual({
      counts: { green: 0, amber: 0, red: 0, grey: 1 },
      shares: null,
      light: 'grey',
    });
  });
});
