/**
 * Maps as plain SVG: GeoJSON boundaries (WGS84 longitude/latitude) projected, rounded to a
 * tenth of a pixel and thinned, and a choropleth by quantile classes. No script and no tiles, so a
 * map is part of the page's HTML and reads without JavaScript.
 */
import { escapeHtml } from './html';

type Position = readonly number[];
export type Geometry =
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] };

export interface MapFeature {
  code: string;
  geometry: Geometry;
}

export interface ProjectedMap {
  width: number;
  height: number;
  /** SVG path data per feature code, in input order. */
  paths: { code: string; d: string }[];
}

function polygonsOf(g: Geometry): readonly (readonly Position[])[][] {
  return g.type === 'Polygon'
    ? [g.coordinates as (readonly Position[])[]]
    : (g.coordinates as (readonly Position[])[][]);
}

/**
 * Projects features into a box `width` wide: equirectangular with longitudes scaled by the cosine
 * of the mid latitude (true shapes at Poland's scale), north up, 2 px margin; the height follows
 * the aspect. Points closer than `minStep` px to the previous kept point are dropped, and rings
 * with fewer than 3 kept points vanish (tiny islands at country scale).
 * @example a 1°×1° square at the equator, width 104 → a 100×100 square with a 2 px margin
 */
export function projectFeatures(features: readonly MapFeature[], width: number, minStep = 1.2): ProjectedMap {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const f of features)
    for (const polygon of polygonsOf(f.geometry))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          if (lon! < minLon) minLon = lon!;
          if (lon! > maxLon) maxLon = lon!;
          if (lat! < minLat) minLat = lat!;
          if (lat! > maxLat) maxLat = lat!;
        }
  if (!Number.isFinite(minLon)) return { width, height: 0, paths: [] };
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const margin = 2;
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * margin) / spanX;
  const height = Math.round(spanY * scale + 2 * margin);
  const paths = features.map((f) => {
    let d = '';
    for (const polygon of polygonsOf(f.geometry))
      for (const ring of polygon) {
        const kept: [number, number][] = [];
        for (const [lon, lat] of ring) {
          const x = margin + (lon! - minLon) * k * scale;
          const y = margin + (maxLat - lat!) * scale;
          const last = kept.at(-1);
          if (!last || Math.hypot(x - last[0], y - last[1]) >= minStep) kept.push([x, y]);
        }
        if (kept.length < 3) continue;
        d += ringPath(kept);
      }
    return { code: f.code, d };
  });
  return { width, height, paths };
}

/** A number of tenths as SVG reads it, shortest: 20 → "2", 5 → ".5", -13 → "-1.3". */
function tenths(t: number): string {
  const s = String(t / 10);
  return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
}

/**
 * A ring's path data to a tenth of a pixel: the first point absolute, then relative steps (`l`,
 * the letter once) between the rounded points, so no rounding error accumulates; steps that round
 * to nothing and a closing point equal to the first are left out (`Z` closes). National maps are
 * most of an indicator page's bytes: relative steps are about half as long as absolute points and
 * compress better.
 */
function ringPath(points: readonly [number, number][]): string {
  const rounded = points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  const [x0, y0] = rounded[0]!;
  const tokens: string[] = [];
  let [px, py] = [x0, y0];
  for (let i = 1; i < rounded.length; i++) {
    const [x, y] = rounded[i]!;
    if ((x === px && y === py) || (i === rounded.length - 1 && x === x0 && y === y0)) continue;
    tokens.push(tenths(x - px), tenths(y - py));
    [px, py] = [x, y];
  }
  let d = `M${tenths(x0)} ${tenths(y0)}`;
  if (tokens.length > 0) {
    d += 'l';
    tokens.forEach((token, i) => (d += i === 0 || token.startsWith('-') ? token : ` ${token}`));
  }
  return `${d}Z`;
}

/**
 * Upper bounds of `classes` quantile classes of the values (type-7 quantiles at i/classes), so
 * each class holds about the same number of units; fewer distinct bounds when values repeat.
 * Empty input: no breaks.
 * @example quantileBreaks([1, 2, 3, 4, 5], 4) → [2, 3, 4, 5]
 */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const h = ((sorted.length - 1) * i) / classes;
    const lo = Math.floor(h);
    const q = sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
    if (out.length === 0 || q > out.at(-1)!) out.push(q);
  }
  return out;
}

/** Class index (0-based) of a value against upper bounds from {@link quantileBreaks}; -1 when not finite. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (!Number.isFinite(value) || breaks.length === 0) return -1;
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}

/**
 * The map as SVG: every feature a path with the class `cls-N` of its value (`no-data` without
 * one), the `highlight` feature outlined, each path titled with its name (and value). `label` is the
 * accessible name of the map; the titles are escaped here.
 */
export function mapSvg(
  map: ProjectedMap,
  options: {
    label: string;
    classOf: (code: string) => number;
    title: (code: string) => string;
    highlight?: string | undefined;
  },
): string {
  const shapes = map.paths
    .filter((p) => p.code !== options.highlight && p.d !== '')
    .map((p) => {
      const cls = options.classOf(p.code);
      return `<path d="${p.d}" class="${cls < 0 ? 'no-data' : `cls-${cls}`}"><title>${escapeHtml(options.title(p.code))}</title></path>`;
    });
  // The highlighted unit is drawn last, so its outline is on top of its neighbours'.
  const own = map.paths.find((p) => p.code === options.highlight);
  if (own && own.d !== '')
    shapes.push(`<path d="${own.d}" class="highlight"><title>${escapeHtml(options.title(own.code))}</title></path>`);
  return `<svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${escapeHtml(options.label)}" class="map">${shapes.join('')}</svg>`;
}
