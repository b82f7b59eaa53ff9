import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from '../../../lib/use-chart';

echarts.use([BarChart, CustomChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const TEXT = '#3e4c59';
const AXIS = '#7b8794';
const SPLIT = '#e4e7eb';
const BAR = '#9fb3c8';
const INTERVAL = '#12355b';

export interface IntervalRow {
  label: string;
  /** Null for a suppressed or missing figure: the row stays, without a bar. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface IntervalChartProps {
  rows: IntervalRow[];
  min: number;
  max: number;
  /** Values are percentages (0–100) rather than means on a scale. */
  percent: boolean;
  ariaLabel: string;
}

/**
 * Estimates as bars with their 95 % intervals as whiskers, one row per question or unit. An image
 * for assistive technology (role=img with a label); the table beside it holds the same numbers.
 */
export function IntervalChart({ rows, min, max, percent, ariaLabel }: IntervalChartProps) {
  const key = JSON.stringify([rows, min, max, percent]);
  const option = useMemo(() => intervalOption(JSON.parse(key) as [IntervalRow[], number, number, boolean]), [key]);
  const ref = useChart(option);
  return (
    <div
      ref={ref}
      className="survey-chart"
      style={{ height: `${Math.max(8, rows.length * 2.4 + 4)}rem` }}
      role="img"
      aria-label={ariaLabel}
    />
  );
}

function intervalOption([rows, min, max, percent]: [
  IntervalRow[],
  number,
  number,
  boolean,
]): echarts.EChartsCoreOption {
  // Axis ticks and tooltips only; the table beside the chart has the exact figures.
  const format = (v: number) => (percent ? `${Math.round(v)}%` : String(Math.round(v * 10) / 10));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—'),
    },
    xAxis: {
      type: 'value',
      min,
      max,
      axisLabel: { color: TEXT, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: SPLIT } },
      axisLine: { lineStyle: { color: AXIS } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      // Long question titles are cut: the table beside the chart has them in full.
      axisLabel: { color: TEXT, width: 200, overflow: 'truncate', ellipsis: '…' },
      axisLine: { lineStyle: { color: AXIS } },
    },
    series: [
      { type: 'bar', data: rows.map((r) => r.estimate), itemStyle: { color: BAR }, barMaxWidth: 22 },
      {
        type: 'custom',
        data: rows.map((r, i) => [i, r.lower, r.upper]).filter((d) => d[1] !== null && d[2] !== null),
        encode: { x: [1, 2], y: 0 },
        renderItem: (
          _params: unknown,
          api: { value: (i: number) => number; coord: (p: number[]) => number[]; size: (p: number[]) => number[] },
        ) => {
          const row = api.value(0);
          const start = api.coord([api.value(1), row]);
          const end = api.coord([api.value(2), row]);
          const cap = (api.size([0, 1])[1] ?? 20) * 0.18;
          const style = { stroke: INTERVAL, lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: start[0], y1: start[1], x2: end[0], y2: end[1] }, style },
              { type: 'line', shape: { x1: start[0], y1: start[1]! - cap, x2: start[0], y2: start[1]! + cap }, style },
              { type: 'line', shape: { x1: end[0], y1: end[1]! - cap, x2: end[0], y2: end[1]! + cap }, style },
            ],
          };
        },
        tooltip: { show: false },
        z: 3,
      },
    ],
  };
}

export interface DistributionPart {
  label: string;
  /** Percent of substantive answers (0–100). */
  percent: number;
}

// Dark-to-light blues that keep white or dark labels readable; each segment also carries its
// label in the legend and its number in the table beside the chart.
const PALETTE = [
  '#102a43',
  '#243b53',
  '#334e68',
  '#486581',
  '#627d98',
  '#829ab1',
  '#9fb3c8',
  '#bcccdc',
  '#d9e2ec',
  '#f0f4f8',
];

/** One question's answers as a 100 % stacked bar with a legend; a picture of the table beside it. */
export function DistributionChart({ parts, ariaLabel }: { parts: DistributionPart[]; ariaLabel: string }) {
  const key = JSON.stringify(parts);
  const option = useMemo(() => distributionOption(JSON.parse(key) as DistributionPart[]), [key]);
  const ref = useChart(option);
  return (
    <div
      ref={ref}
      className="survey-chart"
      style={{ height: `${Math.max(7, 4 + Math.ceil(parts.length / 2) * 1.6)}rem` }}
      role="img"
      aria-label={ariaLabel}
    />
  );
}

function distributionOption(parts: DistributionPart[]): echarts.EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 8, height: 36, containLabel: false },
    legend: { bottom: 0, left: 0, textStyle: { color: TEXT }, itemWidth: 14, itemHeight: 14 },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)} %` : '—') },
    xAxis: { type: 'value', max: 100, show: false },
    yAxis: { type: 'category', data: [''], show: false },
    series: parts.map((part, i) => {
      const color = PALETTE[Math.min(i, PALETTE.length - 1)]!;
      const dark = i < 5;
      return {
        type: 'bar',
        name: part.label,
        stack: 'all',
        data: [part.percent],
        itemStyle: { color, borderColor: '#fff', borderWidth: 1 },
        label: {
          show: part.percent >= 8,
          formatter: `${Math.round(part.percent)}%`,
          color: dark ? '#fff' : '#102a43',
          fontWeight: 600,
        },
      };
    }),
  };
}
