import { describe, expect, it } from 'vitest';
import { classOf, mapSvg, projectFeatures, quantileBreaks, type MapFeature } from './svg-map';

const square = (code: string, x0: number, y0: number, size = 1): MapFeature => ({
  code,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + size, y0],
        [x0 + size, y0 + size],
        [x0, y0 + size],
        [x0, y0],
      ],
    ],
  },
});

describe('projectFeatures', () => {
  it('a 1°×1° square at the equator fills a 104 px box with a 2 px margin, north up', () => {
    const map = projectFeatures([square('a', 0, -0.5)], 104);
    expect(map.height).toBe(104);
    // (0,−0.5) is the bottom-left corner: x 2, y 102; then right 100, up 100, left 100; the
    // closing point equals the first, and Z draws that side.
    expect(map.paths[0]!.d).toBe('M2 102l100 0 0-100-100 0Z');
  });

  it('relative steps in tenths add up to the projected points, with no rounding drift', () => {
    // A ring of 200 points on a circle, at a scale where coordinates have many decimals.
    const ring = Array.from({ length: 200 }, (_, i) => [
      17 + 0.3 * Math.cos((2 * Math.PI * i) / 200),
      52 + 0.2 * Math.sin((2 * Math.PI * i) / 200),
    ]);
    const feature: MapFeature = { code: 'c', geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] } };
    const { d } = projectFeatures([feature], 733).paths[0]!;
    // Decode independently: numbers as SVG tokenises them, the first pair absolute, the rest relative.
    const numbers = d
      .slice(1, -1)
      .replace('l', ' ')
      .match(/-?(\d+\.?\d*|\.\d+)/g)!
      .map(Number);
    let [x, y] = [numbers[0]!, numbers[1]!];
    const decoded = [[x, y]];
    for (let i = 2; i < numbers.length; i += 2) decoded.push([(x += numbers[i]!), (y += numbers[i + 1]!)]);
    // The same projection by hand (equirectangular, cos of the mid latitude, 2 px margin).
    const k = Math.cos((52 * Math.PI) / 180);
    const scale = (733 - 4) / (0.6 * k);
    const expected = ring.map(([lon, lat]) => [2 + (lon! - 16.7) * k * scale, 2 + (52.2 - lat!) * scale]);
    expect(decoded.length).toBeGreaterThan(50);
    // Every decoded point is within a twentieth of a pixel (rounding) of a projected one, and the last one too.
    for (const [dx, dy] of [...decoded, decoded.at(-1)!])
      expect(Math.min(...expected.map(([ex, ey]) => Math.hypot(dx! - ex!, dy! - ey!)))).toBeLessThan(0.071);
  });

  it('at 60° latitude longitudes shrink by cos 60° = 0.5: two squares side by side are twice as wide as high', () => {
    const map = projectFeatures([square('a', 0, 59.5), square('b', 1, 59.5)], 204);
    // mid latitude 60°: span 2° × 0.5 = 1 unit wide, 1° high → scale 200, height 200 + 4.
    expect(map.height).toBe(204);
  });

  it('drops points closer than the step and rings that collapse', () => {
    const tiny = square('t', 10, -0.0005, 0.001);
    const map = projectFeatures([square('a', 0, -0.5), tiny], 1004);
    expect(map.paths.find((p) => p.code === 't')!.d).toBe('');
  });

  it('no features: an empty map', () => {
    expect(projectFeatures([], 100)).toEqual({ width: 100, height: 0, paths: [] });
  });
});

describe('quantile classes', () => {
  it('breaks at type-7 quantiles; repeated bounds collapse', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(quantileBreaks([1, 1, 1, 1, 9], 4)).toEqual([1, 9]);
    expect(quantileBreaks([], 4)).toEqual([]);
  });

  it('puts a value in the first class whose bound holds it', () => {
    const breaks = [2, 3, 4, 5];
    expect([1, 2, 2.5, 5, 6, NaN].map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 3, 3, -1]);
  });
});

describe('mapSvg', () => {
  it('classes each path, draws the highlighted unit last, escapes titles', () => {
    const map = projectFeatures([square('a', 0, 0), square('b', 1, 0)], 100);
    const svg = mapSvg(map, {
      label: 'Mapa',
      classOf: (code) => (code === 'a' ? 2 : -1),
      title: (code) => `<${code}>`,
      highlight: 'a',
    });
    expect(svg.indexOf('class="no-data"')).toBeLessThan(svg.indexOf('class="highlight"'));
    expect(svg).toContain('<title>&lt;a&gt;</title>');
    expect(svg).not.toContain('cls-2');
    const plain = mapSvg(map, { label: 'Mapa', classOf: () => 2, title: (c) => c });
    expect(plain.match(/class="cls-2"/g)).toHaveLength(2);
  });
});
