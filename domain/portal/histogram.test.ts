import { describe, expect, it } from 'vitest';
import { binOf, histogramBins, histogramSvg } from './histogram';

describe('histogramBins', () => {
  it('5 values: ⌈log₂ 5⌉ + 1 = 4 bins of width (4 − 1) / 4 = 0.75; the maximum in the last', () => {
    const bins = histogramBins([1, 2, 2, 3, 4, NaN]);
    expect(bins.map((b) => b.count)).toEqual([1, 2, 1, 1]);
    expect(bins.map((b) => b.from)).toEqual([1, 1.75, 2.5, 3.25]);
    expect(bins.at(-1)!.to).toBe(4);
  });

  it('no values: no bins; equal values: one bin holding all', () => {
    expect(histogramBins([])).toEqual([]);
    expect(histogramBins([NaN])).toEqual([]);
    expect(histogramBins([7, 7, 7])).toEqual([{ from: 7, to: 7, count: 3 }]);
  });

  it('caps the number of bins', () => {
    expect(
      histogramBins(
        Array.from({ length: 1_000_000 }, (_, i) => i),
        12,
      ),
    ).toHaveLength(12);
  });

  it('finds the bin of a value, edges included where they belong', () => {
    const bins = histogramBins([1, 2, 2, 3, 4]);
    expect([1, 1.75, 2.4, 4, 5].map((v) => binOf(bins, v))).toEqual([0, 1, 1, 3, -1]);
  });
});

describe('histogramSvg', () => {
  it('draws one bar per bin, the tallest at full height, the marked one classed, titles escaped', () => {
    const svg = histogramSvg(histogramBins([1, 2, 2, 3, 4]), {
      label: 'a <b>',
      format: (n) => `<${n}>`,
      highlight: 1,
      width: 400,
      height: 100,
    });
    expect(svg.match(/<rect /g)).toHaveLength(4);
    // Plot area 8..76: the bin of two is 68 high, the bins of one 34.
    expect(svg).toContain('y="8.0" width="98.0" height="68.0" class="bar bar--marked"');
    expect(svg).toContain('height="34.0" class="bar"');
    expect(svg).toContain('aria-label="a &lt;b&gt;"');
    expect(svg).not.toContain('<1>');
  });
});
