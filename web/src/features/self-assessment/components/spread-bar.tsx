import type { SpreadItem } from '../api';

/**
 * The members' scores of one item on a 0–100 track: the bar spans min–max, the tick is the median,
 * the dots are the individual scores. Decorative: the same numbers are in the table row.
 */
export function SpreadBar({ row, nameOf }: { row: SpreadItem; nameOf: (userId: string) => string }) {
  const pct = (value: number) => `${Math.min(100, Math.max(0, value))}%`;
  return (
    <span
      className={['spread-bar', row.needsDiscussion ? 'spread-bar--wide' : ''].filter(Boolean).join(' ')}
      aria-hidden="true"
      title={row.scores.map((s) => `${nameOf(s.userId)}: ${s.score}`).join(', ')}
    >
      <span
        className="spread-bar__range"
        style={{ left: pct(row.min), width: `${Math.max(0.5, row.max - row.min)}%` }}
      />
      <span className="spread-bar__median" style={{ left: pct(row.median) }} />
      {row.scores.map((s) => (
        <span key={s.userId} className="spread-bar__dot" style={{ left: pct(s.score) }} />
      ))}
    </span>
  );
}
