/**
 * Data releases (#15): which indicator periods are public, and as of when. A release lists
 * indicator periods; a public value is the value as it stood when the latest release holding its
 * indicator period was published ("as of release N": the latest such release up to N). Later
 * corrections wait for the next release, so a figure cited with its release number never changes.
 */
import { comparePeriods, formatPeriod, parsePeriod } from '../indicators/periods';

export interface ReleaseContent {
  indicator: string;
  periods: string[];
}

export interface PublishedRelease {
  number: number;
  publishedAt: Date;
  contents: readonly ReleaseContent[];
}

export type ContentProblem = { path: string; message: string };

/**
 * Merges a release's contents into one entry per indicator with canonical, sorted, distinct periods;
 * refuses an empty list, an empty period list and text that is not a period, naming the place.
 */
export function normaliseContents(
  contents: readonly ReleaseContent[],
): { ok: true; contents: ReleaseContent[] } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (contents.length === 0) problems.push({ path: 'contents', message: 'a release holds at least one indicator' });
  const merged = new Map<string, Set<string>>();
  contents.forEach((c, i) => {
    if (c.periods.length === 0)
      problems.push({ path: `contents.${i}.periods`, message: `${c.indicator}: list at least one period` });
    const periods = merged.get(c.indicator) ?? new Set<string>();
    merged.set(c.indicator, periods);
    c.periods.forEach((text, j) => {
      const parsed = parsePeriod(text);
      if (parsed.ok) periods.add(formatPeriod(parsed.period));
      else problems.push({ path: `contents.${i}.periods.${j}`, message: parsed.reason });
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    contents: [...merged]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([indicator, periods]) => ({ indicator, periods: sortPeriods([...periods]) })),
  };
}

/** Two period texts in time order (texts that are not periods last, by text). */
export function comparePeriodTexts(a: string, b: string): number {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  if (p.ok && q.ok) return comparePeriods(p.period, q.period);
  if (p.ok !== q.ok) return p.ok ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Periods in time order. */
export function sortPeriods(periods: string[]): string[] {
  return [...periods].sort(comparePeriodTexts);
}

export const releaseKey = (indicator: string, period: string) => `${indicator}|${period}`;

/** Each released indicator period → the releases holding it, in publishing order. */
export function releaseIndex(releases: readonly PublishedRelease[]): Map<string, PublishedRelease[]> {
  const index = new Map<string, PublishedRelease[]>();
  for (const release of [...releases].sort((a, b) => a.number - b.number))
    for (const content of release.contents)
      for (const period of content.periods) {
        const key = releaseKey(content.indicator, period);
        const list = index.get(key);
        if (list) list.push(release);
        else index.set(key, [release]);
      }
  return index;
}

/**
 * The release a public value is read from: the latest release holding the indicator period, or,
 * as of release `vintage`, the latest holding it among releases 1…vintage; null: not public then.
 */
export function releaseFor(holding: readonly PublishedRelease[], vintage?: number): PublishedRelease | null {
  let found: PublishedRelease | null = null;
  for (const r of holding) if (vintage === undefined || r.number <= vintage) found = r;
  return found;
}

/**
 * When a public value took the form it has in `release`: the publishing time of the first release
 * (among those holding the indicator period, up to `release`) that saw the value's last change.
 * A change at or before a release's publishing is in that release (values are read "as of" it).
 * `changes` are the times the unit's inputs changed (revisions, round approvals), in any order.
 */
export function publicSince(
  holding: readonly PublishedRelease[],
  release: PublishedRelease,
  changes: readonly Date[],
): Date {
  const upTo = holding.filter((r) => r.number <= release.number);
  const cut = release.publishedAt.getTime();
  let last = -Infinity;
  for (const c of changes) {
    const t = c.getTime();
    if (t <= cut && t > last) last = t;
  }
  const first = upTo.find((r) => r.publishedAt.getTime() >= last);
  return (first ?? release).publishedAt;
}

/**
 * Indicator periods new in `contents` against the releases before it, and those released again.
 * For a period released again, `previousRelease` is the last earlier release holding it.
 */
export function classifyContents(
  contents: readonly ReleaseContent[],
  earlier: readonly PublishedRelease[],
): {
  added: { indicator: string; period: string }[];
  again: { indicator: string; period: string; previousRelease: number }[];
} {
  const index = releaseIndex(earlier);
  const added: { indicator: string; period: string }[] = [];
  const again: { indicator: string; period: string; previousRelease: number }[] = [];
  for (const c of contents)
    for (const period of c.periods) {
      const previous = releaseFor(index.get(releaseKey(c.indicator, period)) ?? []);
      if (previous) again.push({ indicator: c.indicator, period, previousRelease: previous.number });
      else added.push({ indicator: c.indicator, period });
    }
  return { added, again };
}
