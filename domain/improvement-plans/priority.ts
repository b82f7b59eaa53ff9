/**
 * Prioritising improvement actions (CAF step 7.2: "prioritise by effectiveness (impact) and
 * feasibility", METHODS.md §1.6) and watching their deadlines. No clock: the caller passes the date.
 */

/** An impact or feasibility rating: a whole number 1–5, or a word (low = 1, medium = 3, high = 5). */
export type Rating = number | 'low' | 'medium' | 'high';

const WORDS: Record<'low' | 'medium' | 'high', number> = { low: 1, medium: 3, high: 5 };

export type PriorityClass = 'high' | 'medium' | 'low';

/**
 * Where an action sits in the impact/feasibility matrix (a rating counts as high from 4):
 * quick-win = high impact and easy (SIGMA/GIZ: realisable within max. 3 months — the owner's call);
 * major-project = high impact but hard (run as a project: what, who, deadline, budget, risks);
 * easy-extra = low impact but easy; reconsider = low impact and hard.
 */
export type PriorityQuadrant = 'quick-win' | 'major-project' | 'easy-extra' | 'reconsider';

export interface Priority {
  /** 1–5. */
  impact: number;
  /** 1–5. */
  feasibility: number;
  /** impact × feasibility, 1–25. */
  score: number;
  class: PriorityClass;
  quadrant: PriorityQuadrant;
}

export interface PriorityProblem {
  field: 'impact' | 'feasibility';
  message: string;
}

/**
 * Priority of an improvement action = impact × feasibility (METHODS.md §1.6), each rated 1–5 (whole
 * numbers) or low/medium/high, read as 1/3/5 so that words and numbers share one 1–25 scale.
 *
 * Class (Miernik's convention): high for a score ≥ 15 (e.g. high × medium = 5 × 3, or 4 × 4),
 * medium for 8–14 (e.g. medium × medium = 9), low below 8 (anything rated low on one axis scores
 * at most 5). Quadrant: see {@link PriorityQuadrant}. Ratings outside 1–5, fractional, or unknown
 * words → `{ ok: false, errors }` naming the field.
 */
export function prioritise(
  impact: Rating,
  feasibility: Rating,
): { ok: true; priority: Priority } | { ok: false; errors: PriorityProblem[] } {
  const errors: PriorityProblem[] = [];
  const read = (field: PriorityProblem['field'], r: Rating): number => {
    if (typeof r === 'string' && r in WORDS) return WORDS[r];
    if (typeof r === 'number' && Number.isInteger(r) && r >= 1 && r <= 5) return r;
    errors.push({ field, message: `${field} must be a whole number 1–5 or low/medium/high, not ${JSON.stringify(r)}` });
    return 0;
  };
  const i = read('impact', impact);
  const f = read('feasibility', feasibility);
  if (errors.length > 0) return { ok: false, errors };
  const score = i * f;
  const highImpact = i >= 4;
  const easy = f >= 4;
  return {
    ok: true,
    priority: {
      impact: i,
      feasibility: f,
      score,
      class: score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low',
      quadrant: highImpact ? (easy ? 'quick-win' : 'major-project') : easy ? 'easy-extra' : 'reconsider',
    },
  };
}

export interface RatedAction {
  id: string;
  impact: Rating;
  feasibility: Rating;
}

/**
 * Actions with their priority, highest first: score descending, then impact descending (between
 * equal scores the bigger effect wins), then id in natural order. Invalid ratings → errors listing
 * each action id and field.
 */
export function rankActions(
  actions: readonly RatedAction[],
): { ok: true; ranked: (Priority & { id: string })[] } | { ok: false; errors: (PriorityProblem & { id: string })[] } {
  const ranked: (Priority & { id: string })[] = [];
  const errors: (PriorityProblem & { id: string })[] = [];
  for (const a of actions) {
    const p = prioritise(a.impact, a.feasibility);
    if (p.ok) ranked.push({ id: a.id, ...p.priority });
    else errors.push(...p.errors.map((e) => ({ id: a.id, ...e, message: `${a.id}: ${e.message}` })));
  }
  if (errors.length > 0) return { ok: false, errors };
  const natural = new Intl.Collator('en', { numeric: true });
  ranked.sort((a, b) => b.score - a.score || b.impact - a.impact || natural.compare(a.id, b.id));
  return { ok: true, ranked };
}

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'cancelled';

export interface ScheduledAction {
  status: ActionStatus;
  /** Planned start, `YYYY-MM-DD`. */
  start?: string | null;
  /** Deadline (planned end), `YYYY-MM-DD`. */
  end?: string | null;
}

export type Timeliness = 'closed' | 'overdue' | 'late-start' | 'on-track' | 'no-deadline';

export interface ScheduleCheck {
  timeliness: Timeliness;
  /** Whole days past the deadline (overdue) or past the planned start (late-start); 0 otherwise. */
  daysLate: number;
}

/**
 * Deadline check of an improvement action on `asOf` (`YYYY-MM-DD`, the caller's "today").
 *
 * - done or cancelled → closed (never overdue);
 * - asOf after the deadline → overdue (the deadline day itself is still on time), daysLate = asOf − end;
 * - still planned after its planned start → late-start, daysLate = asOf − start;
 * - otherwise on-track, or no-deadline when there is no end date.
 * Malformed dates or an end before the start → `{ ok: false, errors }`.
 */
export function checkSchedule(
  action: ScheduledAction,
  asOf: string,
): { ok: true; check: ScheduleCheck } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const day = (label: string, value: string | null | undefined): number | null => {
    if (value === undefined || value === null) return null;
    const d = dayNumber(value);
    if (d === null) errors.push(`${label} "${value}" is not a date YYYY-MM-DD`);
    return d;
  };
  const today = day('asOf', asOf);
  const start = day('start', action.start);
  const end = day('end', action.end);
  if (start !== null && end !== null && end < start) errors.push(`end ${action.end} is before start ${action.start}`);
  if (errors.length > 0 || today === null) return { ok: false, errors };

  if (action.status === 'done' || action.status === 'cancelled')
    return { ok: true, check: { timeliness: 'closed', daysLate: 0 } };
  if (end !== null && today > end) return { ok: true, check: { timeliness: 'overdue', daysLate: today - end } };
  if (action.status === 'planned' && start !== null && today > start)
    return { ok: true, check: { timeliness: 'late-start', daysLate: today - start } };
  return { ok: true, check: { timeliness: end === null ? 'no-deadline' : 'on-track', daysLate: 0 } };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` calendar date, or null. */
function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}
