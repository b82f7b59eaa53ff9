import { describe, expect, it } from 'vitest';
import { type Rating, type ScheduledAction, checkSchedule, prioritise, rankActions } from './priority';

describe('prioritise: impact × feasibility', () => {
  it.each<[Rating, Rating, number, string, string]>([
    [5, 5, 25, 'high', 'quick-win'],
    ['high', 'high', 25, 'high', 'quick-win'],
    ['high', 'medium', 15, 'high', 'major-project'], // 5 × 3 = 15: high class, but hard → project
    [4, 4, 16, 'high', 'quick-win'],
    [5, 2, 10, 'medium', 'major-project'],
    ['medium', 'medium', 9, 'medium', 'reconsider'], // 3 × 3: neither axis high (≥ 4)
    [2, 4, 8, 'medium', 'easy-extra'],
    [3, 2, 6, 'low', 'reconsider'],
    ['low', 'high', 5, 'low', 'easy-extra'],
    ['high', 'low', 5, 'low', 'major-project'],
    [1, 1, 1, 'low', 'reconsider'],
    [3, 'high', 15, 'high', 'easy-extra'], // numbers and words mix on one scale: 3 × 5
  ])('impact %s × feasibility %s = %d (%s, %s)', (impact, feasibility, score, cls, quadrant) => {
    expect(prioritise(impact, feasibility)).toMatchObject({ ok: true, priority: { score, class: cls, quadrant } });
  });

  it.each<[Rating, Rating, string[]]>([
    [0, 3, ['impact']],
    [6, 3, ['impact']],
    [2.5, 3, ['impact']],
    [3, 'very high' as Rating, ['feasibility']],
    [Number.NaN, 'none' as Rating, ['impact', 'feasibility']],
  ])('impact %s, feasibility %s → errors on %j', (impact, feasibility, fields) => {
    const result = prioritise(impact, feasibility);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('rankActions', () => {
  it('orders by score, then impact, then id (natural order)', () => {
    const result = rankActions([
      { id: 'A-10', impact: 3, feasibility: 4 }, // 12
      { id: 'A-2', impact: 4, feasibility: 3 }, // 12, more impact
      { id: 'A-3', impact: 'high', feasibility: 'high' }, // 25
      { id: 'A-1', impact: 3, feasibility: 4 }, // 12, same as A-10
      { id: 'A-4', impact: 'low', feasibility: 'low' }, // 1
    ]);
    expect(result.ok && result.ranked.map((r) => [r.id, r.score])).toEqual([
      ['A-3', 25],
      ['A-2', 12],
      ['A-1', 12],
      ['A-10', 12],
      ['A-4', 1],
    ]);
  });

  it('names the action in every error', () => {
    const result = rankActions([
      { id: 'A-1', impact: 7, feasibility: 2 },
      { id: 'A-2', impact: 2, feasibility: 2 },
    ]);
    expect(result.ok ? [] : result.errors.map((e) => [e.id, e.field])).toEqual([['A-1', 'impact']]);
  });
});

describe('checkSchedule (the date is passed in; no clock)', () => {
  it.each<[string, ScheduledAction, string, string, number]>([
    [
      'in progress, before the deadline',
      { status: 'in-progress', start: '2025-01-01', end: '2025-06-30' },
      '2025-03-01',
      'on-track',
      0,
    ],
    ['in progress, on the deadline day', { status: 'in-progress', end: '2025-06-30' }, '2025-06-30', 'on-track', 0],
    ['in progress, a day late', { status: 'in-progress', end: '2025-06-30' }, '2025-07-01', 'overdue', 1],
    // 2024-02-28 → 2024-03-01 is 2 days in a leap year
    ['overdue across a leap day', { status: 'planned', end: '2024-02-28' }, '2024-03-01', 'overdue', 2],
    [
      'planned, should have started 10 days ago',
      { status: 'planned', start: '2025-03-01', end: '2025-12-31' },
      '2025-03-11',
      'late-start',
      10,
    ],
    [
      'planned, starts today',
      { status: 'planned', start: '2025-03-11', end: '2025-12-31' },
      '2025-03-11',
      'on-track',
      0,
    ],
    [
      'done after the deadline is closed, not overdue',
      { status: 'done', end: '2024-12-31' },
      '2025-03-01',
      'closed',
      0,
    ],
    ['cancelled', { status: 'cancelled', end: '2024-12-31' }, '2025-03-01', 'closed', 0],
    ['no deadline', { status: 'in-progress', start: '2025-01-01', end: null }, '2025-03-01', 'no-deadline', 0],
  ])('%s', (_name, action, asOf, timeliness, daysLate) => {
    expect(checkSchedule(action, asOf)).toEqual({ ok: true, check: { timeliness, daysLate } });
  });

  it.each<[ScheduledAction, string, RegExp]>([
    [{ status: 'planned', end: '2025-02-30' }, '2025-01-01', /end "2025-02-30" is not a date/],
    [{ status: 'planned', end: '2025-12-31' }, '1.03.2025', /asOf "1.03.2025" is not a date/],
    [
      { status: 'planned', start: '2025-06-01', end: '2025-05-31' },
      '2025-01-01',
      /end 2025-05-31 is before start 2025-06-01/,
    ],
  ])('%j as of %s → error', (action, asOf, message) => {
    const result = checkSchedule(action, asOf);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(message)]);
  });
});
