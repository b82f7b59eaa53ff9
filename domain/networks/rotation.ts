/**
 * Meeting schedule of a benchmarking group: quarterly dates with the host rotating over the members
 * (the KS / GWD model — every member hosts once before anyone hosts again). Pure: dates are plain
 * `YYYY-MM-DD` strings, computed in UTC so no time zone can shift a day.
 */

export interface ProposedMeeting {
  date: string;
  hostUnitCode: string;
}

export interface ScheduleInput {
  /** First meeting's date (moved to the next Monday when it falls on a weekend). */
  from: string;
  count: number;
  /** Members in the order they host; the operator can swap entries of the proposal afterwards. */
  memberCodes: readonly string[];
  /** Host of the group's last meeting before this schedule: the rotation continues after it. */
  lastHostCode?: string | null;
  /** Months between meetings (3 = quarterly). */
  intervalMonths?: number;
}

const DAY_MS = 86_400_000;

function parseDay(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`not a date: ${text}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== text) throw new RangeError(`not a date: ${text}`);
  return d;
}

function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month becomes its
 * last day (31 January + 1 month = 28/29 February), the rule of art. 57 § 3 KPA for terms in months.
 */
export function addMonths(date: string, months: number): string {
  const d = parseDay(date);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDay(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

export function addDays(date: string, days: number): string {
  return formatDay(new Date(parseDay(date).getTime() + days * DAY_MS));
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDay(b).getTime() - parseDay(a).getTime()) / DAY_MS);
}

export function isIsoDay(text: string): boolean {
  try {
    parseDay(text);
    return true;
  } catch {
    return false;
  }
}

/** Saturday and Sunday move to the following Monday: meetings are held on working days. */
export function toWorkingDay(date: string): string {
  const dow = parseDay(date).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}

/**
 * The proposal: meeting i on `from` + i × interval months (on a working day), hosted by the members
 * in turn, starting after `lastHostCode`. Over n members a run of k·n meetings hosts each member
 * exactly k times, and with n ≥ 2 no member hosts two meetings in a row (also across the boundary
 * with the previous schedule, since the rotation continues after its last host).
 */
export function proposeSchedule(input: ScheduleInput): ProposedMeeting[] {
  const n = input.memberCodes.length;
  if (n === 0 || input.count <= 0) return [];
  const interval = input.intervalMonths ?? 3;
  const lastIndex = input.lastHostCode ? input.memberCodes.indexOf(input.lastHostCode) : -1;
  const meetings: ProposedMeeting[] = [];
  for (let i = 0; i < input.count; i++) {
    meetings.push({
      date: toWorkingDay(addMonths(input.from, i * interval)),
      hostUnitCode: input.memberCodes[(lastIndex + 1 + i) % n]!,
    });
  }
  return meetings;
}

export type RotationProblem =
  | { kind: 'consecutive'; index: number; hostUnitCode: string }
  | { kind: 'repeat-before-all'; index: number; hostUnitCode: string };

/**
 * Checks an edited schedule (after the operator swapped hosts): nobody hosts twice in a row, and
 * nobody hosts a second time before every member has hosted once in the current turn.
 */
export function checkRotation(hosts: readonly string[], memberCount: number): RotationProblem[] {
  const problems: RotationProblem[] = [];
  let turn = new Set<string>();
  hosts.forEach((host, index) => {
    if (index > 0 && hosts[index - 1] === host && memberCount > 1)
      problems.push({ kind: 'consecutive', index, hostUnitCode: host });
    if (turn.has(host)) problems.push({ kind: 'repeat-before-all', index, hostUnitCode: host });
    turn.add(host);
    if (turn.size === memberCount) turn = new Set();
  });
  return problems;
}
