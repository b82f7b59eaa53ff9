import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart, useLatest } from '../../../lib/use-chart';

echarts.use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface SeriesChartProps {
  periods: string[];
  /** One entry per period; null where there is no value (a gap, not a zero). */
  values: (number | null)[];
  ariaLabel: string;
  format: (value: number) => string;
}

/**
 * A small line chart of one indicator over time, loaded lazily with ECharts. It is an image for
 * assistive technology (role=img with a label); the table next to it carries the same numbers.
 */
export default function SeriesChart({ periods, values, ariaLabel, format }: SeriesChartProps) {
  // The formatters read the latest `format`: a new function does not rebuild the chart.
  const formatRef = useLatest(format);
  const option = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? formatRef.current(value) : '—'),
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
        axisLabel: { color: '#3e4c59', formatter: (value: number) => formatRef.current(value) },
        splitLine: { lineStyle: { color: '#e4e7eb' } },
      },
      series: [
        {
          type: 'line',
          data: values,
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { color: '#12355b', width: 2 },
          itemStyle: { color: '#12355b' },
        },
      ],
    }),
    [periods, values, formatRef],
  );
  const ref = useChart(option);

  return <div ref={ref} className="series-chart" role="img" aria-label={ariaLabel} />;
}
