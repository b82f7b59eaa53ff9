/**
 * Survey waves in time: a wave's status at an instant, the Europe/Warsaw calendar (a wave runs
 * "1 Oct – 30 Nov" in Polish local time, across daylight-saving changes), the next wave of a
 * "repeat every N months" rule, and the reporting period a closed wave's figures belong to.
 *
 * Instants are `Date`s; the caller passes "now" (domain code reads no clock). Local date-times use
 * the IANA zone through `Intl`, so DST transitions come from the runtime's time-zone data.
 */
import { formatPeriod, type PeriodGranularity } from '../indicators/periods';

export const SURVEY_TIME_ZONE = 'Europe/Warsaw';

export type WaveStatus = 'scheduled' | 'open' | 'closed';

/**
 * `scheduled` before `opensAt`, `open` from `opensAt` (inclusive) until `closesAt` (exclusive),
 * `closed` from `closesAt` on. A wave whose closing time has passed is closed whether or not
 * anything noticed it — nothing depends on a timer.
 */
export function waveStatus(wave: { opensAt: Date; closesAt: Date }, now: Date): WaveStatus {
  if (now.getTime() < wave.opensAt.getTime()) return 'scheduled';
  if (now.getTime() < wave.closesAt.getTime()) return 'open';
  return 'closed';
}

/** Wall-clock fields of an instant in a time zone. */
export interface LocalDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of `instant` in `timeZone` (default Europe/Warsaw). */
export function toLocal(instant: Date, timeZone: string = SURVEY_TIME_ZONE): LocalDateTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/**
 * The instant at which the clock in `timeZone` shows `local`. In the hour skipped when clocks go
 * forward the result is the same wall time an hour later (02:30 → 03:30); in the hour repeated when
 * they go back it is the first (summer-time) occurrence.
 */
export function fromLocal(local: LocalDateTime, timeZone: string = SURVEY_TIME_ZONE): Date {
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );
  // offset(t) = wall clock − UTC at instant t. Around `wall` there are at most two offsets (before
  // and after a DST change a day away at most); a candidate is right when its own offset maps it back.
  const offsetAt = (t: number) => {
    const l = toLocal(new Date(t), timeZone);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second, l.millisecond) - t;
  };
  const DAY = 86_400_000;
  const before = wall - offsetAt(wall - DAY);
  const after = wall - offsetAt(wall + DAY);
  const valid = [before, after].filter((t) => t + offsetAt(t) === wall);
  // Repeated hour: both are valid, take the first; skipped hour: neither is, the earlier offset moves it forward.
  return new Date(valid.length > 0 ? Math.min(...valid) : before);
}

/** `YYYY-MM-DD` of `instant` in `timeZone` (default Europe/Warsaw). */
export function localDate(instant: Date, timeZone: string = SURVEY_TIME_ZONE): string {
  const l = toLocal(instant, timeZone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
}

/**
 * `instant` moved by `months` calendar months in `timeZone`, keeping the wall-clock time: 1 Oct
 * 08:00 (summer time) + 6 months = 1 Apr 08:00 (summer time again), whatever happened to the UTC
 * offset in between. A day that the target month lacks becomes its last day (31 Aug + 1 → 30 Sep).
 */
export function addMonthsInZone(instant: Date, months: number, timeZone: string = SURVEY_TIME_ZONE): Date {
  const l = toLocal(instant, timeZone);
  const index = l.year * 12 + (l.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromLocal({ ...l, year, month, day: Math.min(l.day, lastDay) }, timeZone);
}

/**
 * The reporting period (indicators/periods) a wave's figures belong to: the period, in Warsaw
 * time, of the last instant the wave accepted answers (closesAt − 1 ms, so a wave "until
 * 31 Dec" whose closesAt is 1 Jan 00:00 stays in the old year). A wave closing on 30 Nov is
 * `2026` for a yearly variable, `2026-H2` for a half-yearly one and `2026-Q4` for a quarterly one.
 */
export function wavePeriod(
  closesAt: Date,
  granularity: PeriodGranularity,
  timeZone: string = SURVEY_TIME_ZONE,
): string {
  const l = toLocal(new Date(closesAt.getTime() - 1), timeZone);
  const index = granularity === 'year' ? 1 : granularity === 'half' ? Math.ceil(l.month / 6) : Math.ceil(l.month / 3);
  return formatPeriod({ year: l.year, granularity, index });
}
