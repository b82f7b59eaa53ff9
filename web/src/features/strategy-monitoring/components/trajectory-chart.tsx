import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart, useLatest } from '../../../lib/use-chart';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface TrajectoryChartProps {
  periods: string[];
  actual: (number | null)[];
  expected: (number | null)[];
  milestones: (number | null)[];
  peerMedian: (number | null)[];
  target: { period: string; value: number };
  labels: { actual: string; expected: string; milestones: string; peerMedian: string; target: string };
  ariaLabel: string;
  format: (value: number) => string;
}

/**
 * A measure's trajectory: actual values (solid line, dots), the linear expected path from baseline
 * to target (dashed), milestones and the target (diamonds), the peers' median (dotted, squares) —
 * told apart by line style and symbol as well as colour. An image for assistive technology; the
 * table on the page has the numbers.
 */
export default function TrajectoryChart(props: TrajectoryChartProps) {
  const { periods, actual, expected, milestones, peerMedian, target, labels, ariaLabel, format } = props;
  const formatRef = useLatest(format);
  const option = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      legend: { bottom: 0, textStyle: { color: '#1f2933' } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatRef.current(v) : '—'),
      },
      xAxis: { type: 'category', data: periods, boundaryGap: false, axisLabel: { color: '#3e4c59' } },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { color: '#3e4c59', formatter: (v: number) => formatRef.current(v) },
        splitLine: { lineStyle: { color: '#e4e7eb' } },
      },
      series: [
        {
          type: 'line',
          name: labels.actual,
          data: actual,
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { width: 3, color: '#12355b' },
          itemStyle: { color: '#12355b' },
        },
        {
          type: 'line',
          name: labels.expected,
          data: expected,
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 2, color: '#8a5a00' },
          itemStyle: { color: '#8a5a00' },
        },
        {
          type: 'line',
          name: labels.peerMedian,
          data: peerMedian,
          symbol: 'rect',
          symbolSize: 6,
          lineStyle: { type: 'dotted', width: 2, color: '#5c6b7a' },
          itemStyle: { color: '#5c6b7a' },
        },
        {
          type: 'scatter',
          name: labels.milestones,
          data: milestones,
          symbol: 'diamond',
          symbolSize: 12,
          itemStyle: { color: '#7b3fa0' },
        },
        {
          type: 'scatter',
          name: labels.target,
          data: periods.map((p) => (p === target.period ? target.value : null)),
          symbol: 'diamond',
          symbolSize: 16,
          itemStyle: { color: '#1b6e3a' },
        },
      ],
    }),
    [periods, actual, expected, milestones, peerMedian, target, labels, formatRef],
  );
  const ref = useChart(option);
  return <div ref={ref} className="series-chart" role="img" aria-label={ariaLabel} />;
}
