import { describe, expect, it } from 'vitest';
import { addMonths, checkRotation, daysBetween, proposeSchedule, toWorkingDay } from './rotation';

describe('proposeSchedule', () => {
  it.each([2, 3, 4, 5, 8])('over %i members, 2n meetings host each unit exactly twice, never twice in a row', (n) => {
    const members = Array.from({ length: n }, (_, i) => `U${i + 1}`);
    const meetings = proposeSchedule({ from: '2011-03-14', count: 2 * n, memberCodes: members });
    expect(meetings).toHaveLength(2 * n);
    const counts = new Map<string, number>();
    for (const m of meetings) counts.set(m.hostUnitCode, (counts.get(m.hostUnitCode) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...members].sort());
    for (const c of counts.values()) expect(c).toBe(2);
    for (let i = 1; i < meetings.length; i++) expect(meetings[i]!.hostUnitCode).not.toBe(meetings[i - 1]!.hostUnitCode);
    // Nobody hosts a second time before every unit has hosted once.
    expect(new Set(meetings.slice(0, n).map((m) => m.hostUnitCode)).size).toBe(n);
    expect(
      checkRotation(
        meetings.map((m) => m.hostUnitCode),
        n,
      ),
    ).toEqual([]);
  });

  it('the GWD case: 4 members, 8 quarterly meetings in two years, on working days', () => {
    const meetings = proposeSchedule({ from: '2024-01-15', count: 8, memberCodes: ['A', 'B', 'C', 'D'] });
    // 2024-01-15, 04-15 and 07-15 are Mondays, 10-15 a Tuesday; 2025-01-15 a Wednesday; 2025-06-15 is a Sunday.
    expect(meetings.map((m) => m.date)).toEqual([
      '2024-01-15',
      '2024-04-15',
      '2024-07-15',
      '2024-10-15',
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
      '2025-10-15',
    ]);
    expect(meetings.map((m) => m.hostUnitCode).join('')).toBe('ABCDABCD');
  });

  it('continues after the last host of the previous schedule, so the boundary has no repeat', () => {
    const meetings = proposeSchedule({ from: '2026-01-12', count: 3, memberCodes: ['A', 'B', 'C'], lastHostCode: 'B' });
    expect(meetings.map((m) => m.hostUnitCode)).toEqual(['C', 'A', 'B']);
  });

  it('moves weekend dates to Monday and clamps month ends', () => {
    expect(toWorkingDay('2024-03-30')).toBe('2024-04-01'); // Saturday
    expect(toWorkingDay('2024-06-30')).toBe('2024-07-01'); // Sunday
    expect(toWorkingDay('2024-07-01')).toBe('2024-07-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
    const meetings = proposeSchedule({ from: '2024-03-30', count: 2, memberCodes: ['A', 'B'] });
    expect(meetings.map((m) => m.date)).toEqual(['2024-04-01', '2024-07-01']); // 2024-06-30 is a Sunday
  });

  it('empty member list or count gives no meetings', () => {
    expect(proposeSchedule({ from: '2024-01-15', count: 4, memberCodes: [] })).toEqual([]);
    expect(proposeSchedule({ from: '2024-01-15', count: 0, memberCodes: ['A'] })).toEqual([]);
  });
});

describe('checkRotation', () => {
  it('finds a unit hosting twice in a row and a repeat before every unit hosted', () => {
    expect(checkRotation(['A', 'A', 'B'], 2)).toEqual([
      { kind: 'consecutive', index: 1, hostUnitCode: 'A' },
      { kind: 'repeat-before-all', index: 1, hostUnitCode: 'A' },
    ]);
    expect(checkRotation(['A', 'B', 'A', 'C'], 3)).toEqual([
      { kind: 'repeat-before-all', index: 2, hostUnitCode: 'A' },
    ]);
    expect(checkRotation(['A', 'B', 'C', 'B', 'A', 'C'], 3)).toEqual([]);
  });
});
