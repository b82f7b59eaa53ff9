import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { useFormat } from '../../../lib/format';
import type { Direction, GroupStats, Position, TrendPoint } from '../api';
import { CLASS_COLOURS, quartileClass, type ValueClass } from '../classes';
import { barPosition, directionIcon, useClassLabel, useDirectionLabel } from '../labels';

/**
 * The unit's place in its group on a 0–100 bar, coloured by its quarter (best green … worst red;
 * grey for neutral indicators and for groups too small to colour). The bar is decoration: the
 * text beside it says the same (WCAG 1.4.1), so it is hidden from assistive technology.
 */
export function PercentileBar({ position, stats }: { position: Position | null; stats: GroupStats }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const classLabel = useClassLabel();
  const cls = quartileClass(position, stats);
  if (!position) return <p className="muted">{t('card.noPosition')}</p>;
  const at = barPosition(position);
  const percent = format.number(at, { maximumFractionDigits: 0 });
  const text = position.betterThan !== null ? t('card.betterThan', { percent }) : t('card.higherThan', { percent });
  return (
    <div className="pbar">
      <div className="pbar__track" aria-hidden="true">
        <span className="pbar__fill" style={{ width: `${at}%`, background: CLASS_COLOURS[cls] }} />
        <span className="pbar__marker" style={{ left: `${at}%` }} />
      </div>
      <p className="pbar__text">
        <QuartileSwatch cls={cls} /> {classLabel(cls)}
        {position.rank !== null
          ? ` · ${t('card.rank', { rank: format.number(position.rank), n: format.number(position.n) })}`
          : ''}{' '}
        · {text}
      </p>
    </div>
  );
}

export function QuartileSwatch({ cls }: { cls: ValueClass }) {
  return <span className="swatch" style={{ background: CLASS_COLOURS[cls] }} aria-hidden="true" />;
}

/** The colour legend of the quartile classes, shown once per page. */
export function QuartileLegend({
  classes = ['q1', 'q2', 'q3', 'q4', 'neutral', 'small'],
}: {
  classes?: readonly ValueClass[];
}) {
  const { t } = useTranslation('benchmarking');
  const classLabel = useClassLabel();
  return (
    <div className="quartile-legend">
      <p className="quartile-legend__title">{t('legend.title')}</p>
      <ul aria-label={t('legend.title')}>
        {classes.map((cls) => (
          <li key={cls}>
            <QuartileSwatch cls={cls} /> {classLabel(cls)}
            <span className="muted"> — {t(`legend.hints.${cls}`)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('legend.bar')}</p>
    </div>
  );
}

/** Direction of travel: an arrow for a glance, always with the words (improving/worsening take polarity into account). */
export function DirectionText({ direction }: { direction: Direction }) {
  const label = useDirectionLabel();
  return (
    <span className={`with-icon direction direction--${direction}`}>
      <Icon name={directionIcon(direction)} />
      {label(direction)}
    </span>
  );
}

/**
 * A small inline line of the unit's yearly values (gaps where a year has none). Its label says the
 * first and last value with their years, which is what the picture shows.
 */
export function Sparkline({ trend, format }: { trend: readonly TrendPoint[]; format: (value: number) => string }) {
  const { t } = useTranslation('benchmarking');
  const points = trend.filter((p): p is { period: string; value: number } => p.value !== null);
  if (points.length < 2) return null;
  const width = 120;
  const height = 32;
  const pad = 3;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, trend.length - 1);
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / (max - min));
  // One path segment per run of consecutive years with values, so a missing year is a gap.
  let d = '';
  let drawing = false;
  trend.forEach((p, i) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
    drawing = true;
  });
  const last = trend.length - 1 - [...trend].reverse().findIndex((p) => p.value !== null);
  const first = points[0]!;
  const final = points[points.length - 1]!;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={t('card.sparkline', {
        from: first.period,
        fromValue: format(first.value),
        to: final.period,
        toValue: format(final.value),
      })}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx={x(last)} cy={y(trend[last]!.value!)} r="2.6" fill="currentColor" />
    </svg>
  );
}
