/**
 * The public revision history of one value (#15 item 2): the figure in every release holding its
 * indicator period, what each release did to it, and which input revisions fall between two
 * releases — so a journalist can cite "release 3: 42" and anyone can see when and why it changed.
 */

export type HistoryStatus = 'new' | 'revised' | 'unchanged' | 'withdrawn' | 'absent';

export interface ReleasedFigure {
  release: number;
  publishedAt: Date;
  /** The public value as of this release; null: none. */
  value: number | null;
}

export interface HistoryEntry extends ReleasedFigure {
  status: HistoryStatus;
  /** The interval of input changes this release took in: (after, until]; after is null for the first. */
  after: Date | null;
  until: Date;
}

/**
 * Statuses in release order: the first figure is `new`; a different figure is `revised` (also one
 * that returns after a withdrawal), the same `unchanged`; no figure after one is `withdrawn`, no
 * figure before any is `absent`. Values compare exactly (stored unrounded: any difference counts).
 */
export function releaseHistory(figures: readonly ReleasedFigure[]): HistoryEntry[] {
  const sorted = [...figures].sort((a, b) => a.release - b.release);
  let last: number | null = null;
  let seen = false;
  let previous: Date | null = null;
  return sorted.map((f) => {
    let status: HistoryStatus;
    if (f.value === null) status = last !== null ? 'withdrawn' : seen ? 'unchanged' : 'absent';
    else if (!seen) status = 'new';
    else status = f.value === last ? 'unchanged' : 'revised';
    const entry: HistoryEntry = { ...f, status, after: previous, until: f.publishedAt };
    last = f.value;
    seen ||= f.value !== null;
    previous = f.publishedAt;
    return entry;
  });
}

/** The revisions a release took in: changed after the previous release and at or before this one. */
export function revisionsIn<T extends { at: Date }>(entry: HistoryEntry, revisions: readonly T[]): T[] {
  return revisions
    .filter(
      (r) =>
        (entry.after === null || r.at.getTime() > entry.after.getTime()) && r.at.getTime() <= entry.until.getTime(),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
