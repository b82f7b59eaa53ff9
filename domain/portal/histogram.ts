/**
 * The national distribution of an indicator as an SVG histogram (no script, readable without
 * colour: the highlighted bar is also outlined, and each bar's title says its range and count).
 */
import { escapeHtml } from './html';

export interface Bin {
  /** Lower edge (inclusive) and upper edge (exclusive, inclusive for the last bin). */
  from: number;
  to: number;
  count: number;
}

/**
 * Equal-width bins over [min, max], their number by Sturges' rule ⌈log₂ n⌉ + 1 (at most
 * `maxBins`). The maximum falls in the last bin. Non-finite values are ignored; no values give no
 * bins; all values equal give one bin of zero width holding them all.
 * @example histogramBins([1, 2, 2, 3, 4]) → 4 bins of width 0.75: counts 1, 2, 1, 1
 */
export function histogramBins(values: readonly number[], maxBins = 20): Bin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [{ from: min, to: max, count: finite.length }];
  const k = Math.min(maxBins, Math.ceil(Math.log2(finite.length)) + 1);
  const width = (max - min) / k;
  const bins: Bin[] = Array.from({ length: k }, (_, i) => ({
    from: min + i * width,
    to: i === k - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const v of finite) bins[Math.min(k - 1, Math.floor((v - min) / width))]!.count++;
  return bins;
}

/** Index of the bin holding `value`, or -1. */
export function binOf(bins: readonly Bin[], value: number): number {
  return bins.findIndex((b, i) => value >= b.from && (value < b.to || (i === bins.length - 1 && value <= b.to)));
}

/**
 * SVG markup of the bins: bars scaled to the largest count, the edge labels under the axis
 * (formatted by `format`), `highlight` the index of a bin to mark. `label` is the accessible name.
 */
export function histogramSvg(
  bins: readonly Bin[],
  options: { label: string; format: (n: number) => string; highlight?: number; width?: number; height?: number },
): string {
  const width = options.width ?? 640;
  const height = options.height ?? 200;
  const bottom = height - 24;
  const top = 8;
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length > 0 ? width / bins.length : width;
  const bars = bins
    .map((b, i) => {
      const h = ((bottom - top) * b.count) / peak;
      const marked = i === options.highlight;
      return (
        `<rect x="${(i * barWidth + 1).toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${Math.max(1, barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}"` +
        ` class="${marked ? 'bar bar--marked' : 'bar'}"><title>${escapeHtml(`${options.format(b.from)} – ${options.format(b.to)}: ${b.count}`)}</title></rect>`
      );
    })
    .join('');
  const first = bins[0];
  const last = bins.at(-1);
  const labels =
    first && last
      ? `<text x="0" y="${height - 6}" class="axis">${escapeHtml(options.format(first.from))}</text>` +
        `<text x="${width}" y="${height - 6}" text-anchor="end" class="axis">${escapeHtml(options.format(last.to))}</text>`
      : '';
  return (
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.label)}" class="chart">` +
    `<line x1="0" y1="${bottom}" x2="${width}" y2="${bottom}" class="axis-line"/>${bars}${labels}</svg>`
  );
}
