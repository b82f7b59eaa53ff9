/**
 * Deadlines are set and shown in Polish time (Europe/Warsaw), whatever the browser's zone, and
 * sent to the server as ISO 8601 with the offset in force on that day (+01:00 or +02:00).
 */
export const WARSAW = 'Europe/Warsaw';

/** Minutes Warsaw is ahead of UTC at the instant `utcMs`. */
function warsawOffsetMinutes(utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: WARSAW,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMs) / 60_000);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `2024-12-31` + `23:59` in Warsaw → `2024-12-31T23:59:00+01:00`; null for an incomplete input. */
export function warsawToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offset at the wall-clock time read as UTC is right except within hours of a DST switch; one more pass settles it.
  let offset = warsawOffsetMinutes(wall);
  offset = warsawOffsetMinutes(wall - offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  return `${d[1]}-${d[2]}-${d[3]}T${t[1]}:${t[2]}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The Warsaw calendar date (YYYY-MM-DD) of an instant, for date inputs. */
export function warsawDate(instant: Date): string {
  const offset = warsawOffsetMinutes(instant.getTime());
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** Date and time of an instant in Polish time, in the user's language. */
export function formatWarsaw(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: WARSAW }).format(parsed);
}

/** The period before, of the same granularity: 2024 → 2023, 2024-H1 → 2023-H2, 2024-Q1 → 2023-Q4. */
export function previousPeriod(period: string): string {
  const match = /^(\d{4})(?:-([HQ])(\d))?$/.exec(period);
  if (!match) return '';
  const year = Number(match[1]);
  if (!match[2]) return String(year - 1);
  const index = Number(match[3]);
  const parts = match[2] === 'H' ? 2 : 4;
  return index > 1 ? `${year}-${match[2]}${index - 1}` : `${year - 1}-${match[2]}${parts}`;
}
