import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart, useLatest } from '../../../lib/use-chart';

echarts.use([LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, SVGRenderer]);

export interface EffectChartProps {
  periods: string[];
  unit: (number | null)[];
  median: (number | null)[];
  q1: (number | null)[];
  q3: (number | null)[];
  labels: { unit: string; median: string; band: string };
  /** The action's dates; the periods of those years are shaded. */
  actionSpan: { start: string | null; end: string | null; label: string } | null;
  ariaLabel: string;
  format: (value: number) => string;
}

/** Periods of the chart that fall in the action's years, as the first and last category to shade. */
function spanOf(periods: string[], span: NonNullable<EffectChartProps['actionSpan']>): [string, string] | null {
  const from = (span.start ?? span.end ?? '').slice(0, 4);
  const to = (span.end ?? span.start ?? '').slice(0, 4);
  const inside = periods.filter((p) => p.slice(0, 4) >= from && p.slice(0, 4) <= to);
  return inside.length > 0 ? [inside[0]!, inside[inside.length - 1]!] : null;
}

/**
 * The unit's indicator against the peers' median and middle half (Q1–Q3), the action's years
 * shaded. The unit is a solid line with dots, the median dashed with squares, so the two differ
 * by more than colour. An image for assistive technology; the table below has the numbers.
 */
export default function EffectChart({
  periods,
  unit,
  median,
  q1,
  q3,
  labels,
  actionSpan,
  ariaLabel,
  format,
}: EffectChartProps) {
  // The formatters read the latest `format`: a new function does not rebuild the chart.
  const formatRef = useLatest(format);
  const option = useMemo<echarts.EChartsCoreOption>(() => {
    const shaded = actionSpan ? spanOf(periods, actionSpan) : null;
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      legend: { bottom: 0, data: [labels.unit, labels.median], textStyle: { color: '#1f2933' } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatRef.current(v) : '—'),
      },
      xAxis: {
        type: 'category',
        data: periods,
        boundaryGap: false,
        axisLabel: { color: '#3e4c59' },
        axisLine: { lineStyle: { color: '#7b8794' } },
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { color: '#3e4c59', formatter: (v: number) => formatRef.current(v) },
        splitLine: { lineStyle: { color: '#e4e7eb' } },
      },
      series: [
        // The Q1–Q3 band: an invisible base at Q1 with the Q3 − Q1 height stacked on it.
        {
          type: 'line',
          name: 'q1',
          data: q1,
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          silent: true,
        },
        {
          type: 'line',
          name: labels.band,
          data: q3.map((v, i) => (v === null || q1[i] === null || q1[i] === undefined ? null : v - q1[i]!)),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(123, 135, 148, 0.18)' },
          tooltip: { show: false },
          silent: true,
        },
        {
          type: 'line',
          name: labels.median,
          data: median,
          symbol: 'rect',
          symbolSize: 7,
          lineStyle: { color: '#52606d', width: 2, type: 'dashed' },
          itemStyle: { color: '#52606d' },
        },
        {
          type: 'line',
          name: labels.unit,
          data: unit,
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { color: '#12355b', width: 2 },
          itemStyle: { color: '#12355b' },
          markArea: shaded
            ? {
                silent: true,
                itemStyle: { color: 'rgba(180, 83, 9, 0.1)' },
                label: { color: '#7a2e0e', position: 'insideTop' },
                data: [[{ name: actionSpan!.label, xAxis: shaded[0] }, { xAxis: shaded[1] }]],
              }
            : undefined,
        },
      ],
    };
  }, [periods, unit, median, q1, q3, labels, actionSpan, formatRef]);
  const ref = useChart(option);

  return <div ref={ref} className="effect-chart" role="img" aria-label={ariaLabel} />;
}
