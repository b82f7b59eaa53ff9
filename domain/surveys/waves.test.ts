import { describe, expect, it } from 'vitest';
import { addMonthsInZone, fromLocal, localDate, toLocal, wavePeriod, waveStatus } from './waves';

describe('waveStatus', () => {
  const wave = { opensAt: new Date('2026-10-01T06:00:00Z'), closesAt: new Date('2026-11-30T23:00:00Z') };
  it.each([
    ['2026-09-30T23:59:59.999Z', 'scheduled'],
    ['2026-10-01T06:00:00.000Z', 'open'],
    ['2026-11-30T22:59:59.999Z', 'open'],
    ['2026-11-30T23:00:00.000Z', 'closed'],
    ['2027-01-01T00:00:00.000Z', 'closed'],
  ])('at %s the wave is %s', (now, status) => {
    expect(waveStatus(wave, new Date(now))).toBe(status);
  });
});

describe('Europe/Warsaw wall clock', () => {
  it.each([
    // winter time UTC+1, summer time UTC+2
    ['2026-01-15T11:00:00Z', { year: 2026, month: 1, day: 15, hour: 12 }],
    ['2026-07-15T10:00:00Z', { year: 2026, month: 7, day: 15, hour: 12 }],
    ['2026-12-31T23:30:00Z', { year: 2027, month: 1, day: 1, hour: 0 }],
  ])('%s is %o in Warsaw', (instant, expected) => {
    expect(toLocal(new Date(instant))).toMatchObject(expected);
  });

  it.each([
    [{ year: 2026, month: 1, day: 15, hour: 12 }, '2026-01-15T11:00:00.000Z'],
    [{ year: 2026, month: 7, day: 15, hour: 12 }, '2026-07-15T10:00:00.000Z'],
    // 29 March 2026 02:30 does not exist (clocks go 02:00 → 03:00): the same wall time an hour later.
    [{ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, '2026-03-29T01:30:00.000Z'],
    // 25 October 2026 02:30 happens twice: the first (summer-time) occurrence.
    [{ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, '2026-10-25T00:30:00.000Z'],
  ])('%o in Warsaw is %s', (local, expected) => {
    expect(fromLocal({ minute: 0, second: 0, millisecond: 0, ...local }).toISOString()).toBe(expected);
  });

  it('round-trips every hour of a year', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      if (new Date(t).toISOString() === '2026-10-25T01:00:00.000Z') continue; // 02:00 of the repeated hour maps to its first occurrence
      expect(fromLocal(toLocal(new Date(t))).getTime()).toBe(t);
    }
  });

  it('gives the local date, which is not the UTC date around midnight', () => {
    expect(localDate(new Date('2026-05-31T22:30:00Z'))).toBe('2026-06-01');
    expect(localDate(new Date('2026-05-31T21:30:00Z'))).toBe('2026-05-31');
  });
});

describe('addMonthsInZone', () => {
  it.each([
    // 1 Oct 08:00 summer time + 6 months = 1 Apr 08:00 summer time (the UTC offset is the same)
    ['2026-10-01T06:00:00Z', 6, '2027-04-01T06:00:00.000Z'],
    // 1 Oct 08:00 summer time + 2 months = 1 Dec 08:00 winter time: one hour later in UTC
    ['2026-10-01T06:00:00Z', 2, '2026-12-01T07:00:00.000Z'],
    // 31 Aug + 1 month = 30 Sep (the last day of the shorter month)
    ['2026-08-31T10:00:00Z', 1, '2026-09-30T10:00:00.000Z'],
    ['2026-11-30T23:00:00Z', 12, '2027-11-30T23:00:00.000Z'],
    ['2026-01-31T11:00:00Z', 1, '2026-02-28T11:00:00.000Z'],
  ])('%s + %i months = %s', (instant, months, expected) => {
    expect(addMonthsInZone(new Date(instant), months).toISOString()).toBe(expected);
  });
});

describe('wavePeriod', () => {
  it.each([
    // closes at midnight starting 1 Dec (Warsaw): the last accepted instant is 30 Nov
    ['2026-11-30T23:00:00Z', 'half', '2026-H2'],
    ['2026-11-30T23:00:00Z', 'year', '2026'],
    ['2026-11-30T23:00:00Z', 'quarter', '2026-Q4'],
    ['2026-05-31T22:00:00Z', 'half', '2026-H1'],
    // "until 31 Dec": closesAt is 1 Jan 00:00 Warsaw = 31 Dec 23:00 UTC → still 2026
    ['2026-12-31T23:00:00Z', 'year', '2026'],
    ['2026-12-31T23:00:00Z', 'half', '2026-H2'],
    // 1 Jan 00:30 Warsaw: the last accepted instant is in the new year
    ['2026-12-31T23:30:00Z', 'year', '2027'],
    ['2026-06-30T22:00:00Z', 'half', '2026-H1'],
    ['2026-07-01T10:00:00Z', 'half', '2026-H2'],
  ] as const)('a wave closing at %s is in %s period %s', (closesAt, granularity, expected) => {
    expect(wavePeriod(new Date(closesAt), granularity)).toBe(expected);
  });
});
