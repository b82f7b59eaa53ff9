import { describe, expect, it } from 'vitest';
import { confirmationDue, mayBeOutOfDate, transition } from './workflow';

describe('transition', () => {
  it('follows draft → submitted → returned → submitted → published', () => {
    expect(transition('draft', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(transition('submitted', 'return')).toEqual({ ok: true, status: 'returned' });
    expect(transition('returned', 'edit')).toEqual({ ok: true, status: 'draft' });
    expect(transition('returned', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(transition('submitted', 'publish')).toEqual({ ok: true, status: 'published' });
    expect(transition('published', 'edit')).toEqual({ ok: true, status: 'draft' });
  });

  it('refuses the rest', () => {
    for (const [from, ev] of [
      ['draft', 'publish'],
      ['draft', 'return'],
      ['published', 'submit'],
      ['published', 'publish'],
      ['submitted', 'submit'],
      ['submitted', 'edit'],
      ['returned', 'publish'],
    ] as const)
      expect(transition(from, ev).ok, `${from} ${ev}`).toBe(false);
  });
});

describe('yearly confirmation', () => {
  const at = (s: string) => new Date(`${s}T12:00:00Z`);
  it('is due a year after the last confirmation, once a year', () => {
    expect(confirmationDue(at('2025-01-10'), null, at('2026-01-09'))).toBe(false);
    expect(confirmationDue(at('2025-01-10'), null, at('2026-01-11'))).toBe(true);
    expect(confirmationDue(at('2025-01-10'), at('2026-01-11'), at('2026-06-01'))).toBe(false);
    expect(confirmationDue(at('2025-01-10'), at('2026-01-11'), at('2027-01-12'))).toBe(true);
  });
  it('marks an entry not confirmed for two years as possibly out of date', () => {
    expect(mayBeOutOfDate(at('2024-01-10'), at('2026-01-09'))).toBe(false);
    expect(mayBeOutOfDate(at('2024-01-10'), at('2026-01-11'))).toBe(true);
  });
});
