/**
 * The moderation workflow of a good practice. The working copy moves draft → submitted → (returned
 * → submitted …) → published; editing a published entry starts a new draft version while the
 * published version stays public until a curator publishes the new one (every published version is
 * kept).
 *
 * Yearly confirmation: a published entry's unit is asked once a year whether the practice is still
 * in use; an entry not confirmed (nor published) for two years "may be out of date".
 */

export const PRACTICE_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];
export type PracticeEvent = 'edit' | 'submit' | 'return' | 'publish';

export type Transition = { ok: true; status: PracticeStatus } | { ok: false; message: string };

export function transition(status: PracticeStatus, event: PracticeEvent): Transition {
  switch (event) {
    case 'edit':
      // A published entry's edit is a new draft version; a submitted one waits for its curator.
      if (status === 'submitted')
        return { ok: false, message: 'the entry is waiting for moderation; ask the curator to return it first' };
      return { ok: true, status: 'draft' };
    case 'submit':
      if (status === 'draft' || status === 'returned') return { ok: true, status: 'submitted' };
      return { ok: false, message: `a ${status} entry cannot be submitted; only a draft or a returned one` };
    case 'return':
    case 'publish':
      if (status === 'submitted') return { ok: true, status: event === 'return' ? 'returned' : 'published' };
      return { ok: false, message: `only a submitted entry can be ${event === 'return' ? 'returned' : 'published'}` };
  }
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** Not confirmed (nor published) for two years. */
export function mayBeOutOfDate(lastConfirmedAt: Date, now: Date): boolean {
  return now.getTime() - lastConfirmedAt.getTime() >= 2 * YEAR;
}

/** A year since the last confirmation and not asked in the past year. */
export function confirmationDue(lastConfirmedAt: Date, lastAskedAt: Date | null, now: Date): boolean {
  if (now.getTime() - lastConfirmedAt.getTime() < YEAR) return false;
  return lastAskedAt === null || now.getTime() - lastAskedAt.getTime() >= YEAR;
}
