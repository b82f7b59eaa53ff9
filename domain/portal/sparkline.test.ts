import { describe, expect, it } from 'vitest';
import { sparklineSegments, sparklineSvg } from './sparkline';

describe('sparklineSegments', () => {
  it('scales into the box with 1 px padding and breaks at missing periods', () => {
    // width 31: step (31 − 2) / 3 = 9.667; min 1 → y 11, max 3 → y 1, 2 → y 6.
    expect(sparklineSegments([1, 3, null, 2], 31, 12)).toEqual(['1.0,11.0 10.7,1.0', '30.0,6.0']);
  });

  it('draws a flat series in the middle; nothing for an empty or all-missing series', () => {
    expect(sparklineSegments([5, 5], 10, 10)).toEqual(['1.0,5.0 9.0,5.0']);
    expect(sparklineSegments([], 10, 10)).toEqual([]);
    expect(sparklineSegments([null, null], 10, 10)).toEqual([]);
  });

  it('renders lines and lone points; the label is escaped', () => {
    const svg = sparklineSvg([1, 3, null, 2], 'x"<', 31, 12);
    expect(svg).toContain('<polyline points="1.0,11.0 10.7,1.0"');
    expect(svg).toContain('<circle cx="30.0" cy="6.0"');
    expect(svg).toContain('aria-label="x&quot;&lt;"');
  });
});
