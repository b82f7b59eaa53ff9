/** Small trend lines for the unit profile: a value series as an SVG polyline (no axes). */
import { escapeHtml } from './html';

/**
 * Polyline points of a series scaled into width × height (1 px padding; y grows downwards), one x
 * step per period, so a missing period leaves a gap: the line breaks into segments at null values.
 * A flat series is drawn in the middle. Empty or all-null series give no segments.
 * @example sparklineSegments([1, 3, null, 2], 31, 12) → [["1.0,11.0 11.0,1.0"], ["31.0,6.0"]]
 */
export function sparklineSegments(series: readonly (number | null)[], width: number, height: number): string[] {
  const values = series.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = series.length > 1 ? (width - 2) / (series.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : 1 + ((max - v) * (height - 2)) / (max - min));
  const segments: string[] = [];
  let current: string[] = [];
  series.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${(1 + i * step).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  return segments;
}

/** The sparkline as SVG; a lone point of a segment is drawn as a dot. `label` is the accessible name. */
export function sparklineSvg(series: readonly (number | null)[], label: string, width = 120, height = 28): string {
  const shapes = sparklineSegments(series, width, height)
    .map((points) => {
      if (!points.includes(' ')) {
        const [cx, cy] = points.split(',');
        return `<circle cx="${cx}" cy="${cy}" r="1.5" class="spark-dot"/>`;
      }
      return `<polyline points="${points}" class="spark"/>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}" class="sparkline">${shapes}</svg>`;
}
