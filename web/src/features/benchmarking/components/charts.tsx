/**
 * The ECharts views of benchmarking, in one module that the pages load lazily (see charts-lazy.ts),
 * so pages without a chart never download ECharts. Every chart is an image for assistive
 * technology (role=img with a label that says what it shows); a table on the same page carries
 * the same numbers.
 */
import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from '../../../lib/use-chart';
import type { UnitFeatureCollection } from '../../units';
import { unitMapSeries } from '../../units';
import type { FrontierPoint } from '../../../../../domain/benchmarking/frontier';
import { HIGHLIGHT_COLOUR } from '../classes';

echarts.use([
  BarChart,
  BoxplotChart,
  LineChart,
  MapChart,
  ScatterChart,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

type Option = echarts.EChartsCoreOption;

const INK = '#1f2933';
const AXIS = {
  axisLabel: { color: '#3e4c59' },
  axisLine: { lineStyle: { color: '#7b8794' } },
  splitLine: { lineStyle: { color: '#e4e7eb' } },
};
const HIGHLIGHT = HIGHLIGHT_COLOUR;
const OTHERS = '#9fb3c8';
const escape = (text: string) => echarts.format.encodeHTML(text);

interface ChartBase {
  ariaLabel: string;
  format: (value: number) => string;
}

export interface DistributionBar {
  code: string;
  name: string;
  value: number;
  colour: string;
}

/** Every member's value as a bar, in the order given (best first), the unit dark, with the median line. */
export function DistributionChart({
  bars,
  unitCode,
  median,
  medianLabel,
  ariaLabel,
  format,
}: ChartBase & { bars: DistributionBar[]; unitCode?: string | undefined; median: number | null; medianLabel: string }) {
  const option = useMemo<Option>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number; dataIndex: number }) =>
          `${escape(bars[p.dataIndex]?.name ?? p.name)}: ${escape(format(p.value))}`,
      },
      xAxis: {
        type: 'category',
        data: bars.map((b) => b.code),
        axisLabel: { show: false },
        axisTick: { show: false },
        axisLine: AXIS.axisLine,
      },
      yAxis: { type: 'value', ...AXIS, axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => format(v) } },
      series: [
        {
          type: 'bar',
          barCategoryGap: bars.length > 60 ? '0%' : '20%',
          data: bars.map((b) => ({
            value: b.value,
            itemStyle: {
              color: b.code === unitCode ? HIGHLIGHT : b.colour,
              borderColor: b.code === unitCode ? INK : undefined,
              borderWidth: b.code === unitCode ? 1 : 0,
            },
          })),
          markLine:
            median === null
              ? undefined
              : {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: INK, type: 'dashed' },
                  label: { formatter: medianLabel, color: INK },
                  data: [{ yAxis: median }],
                },
        },
      ],
    }),
    [bars, unitCode, median, medianLabel, format],
  );
  const ref = useChart(option);
  return <div ref={ref} className="bench-chart" role="img" aria-label={ariaLabel} />;
}

/** The group's box plot (whiskers at min and max) with the unit's value as a dark diamond. */
export function BoxPlotChart({
  box,
  unitValue,
  ariaLabel,
  format,
}: ChartBase & { box: [number, number, number, number, number]; unitValue: number | null }) {
  const option = useMemo<Option>(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: () => box.map((v) => escape(format(v))).join(' · ') },
      xAxis: {
        type: 'value',
        scale: true,
        ...AXIS,
        axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => format(v) },
      },
      yAxis: { type: 'category', data: [''], axisTick: { show: false }, axisLine: { show: false } },
      series: [
        {
          type: 'boxplot',
          data: [box],
          itemStyle: { color: '#e6edf5', borderColor: HIGHLIGHT, borderWidth: 1.5 },
          boxWidth: [24, 48],
        },
        ...(unitValue === null
          ? []
          : [
              {
                type: 'scatter',
                data: [[unitValue, 0]],
                symbol: 'diamond',
                symbolSize: 16,
                itemStyle: { color: HIGHLIGHT, borderColor: '#fff', borderWidth: 1 },
                z: 5,
              },
            ]),
      ],
    }),
    [box, unitValue, format],
  );
  const ref = useChart(option);
  return <div ref={ref} className="bench-chart bench-chart--short" role="img" aria-label={ariaLabel} />;
}

export interface TrendRow {
  period: string;
  unit: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
}

/** The unit's line against the peer median (dashed) with the interquartile range as a band. */
export function TrendBandChart({
  rows,
  labels,
  ariaLabel,
  format,
}: ChartBase & { rows: TrendRow[]; labels: { unit: string; median: string; iqr: string } }) {
  const option = useMemo<Option>(() => {
    const band = rows.map((r) => (r.q1 !== null && r.q3 !== null ? r.q3 - r.q1 : null));
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const row = rows[params[0]?.dataIndex ?? 0];
          if (!row) return '';
          const f = (v: number | null) => (v === null ? '—' : format(v));
          return [
            row.period,
            `${labels.unit}: ${f(row.unit)}`,
            `${labels.median}: ${f(row.median)}`,
            `${labels.iqr}: ${f(row.q1)} – ${f(row.q3)}`,
          ]
            .map(escape)
            .join('<br>');
        },
      },
      xAxis: { type: 'category', data: rows.map((r) => r.period), boundaryGap: false, ...AXIS },
      yAxis: {
        type: 'value',
        scale: true,
        ...AXIS,
        axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => format(v) },
      },
      series: [
        // The band is drawn as Q1 (invisible) with Q3 − Q1 stacked on it.
        {
          type: 'line',
          data: rows.map((r) => r.q1),
          stack: 'iqr',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          silent: true,
        },
        {
          type: 'line',
          data: band,
          stack: 'iqr',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#c9d8ea' },
          silent: true,
        },
        {
          type: 'line',
          data: rows.map((r) => r.median),
          symbol: 'none',
          lineStyle: { color: '#52606d', type: 'dashed', width: 2 },
          connectNulls: false,
        },
        {
          type: 'line',
          data: rows.map((r) => r.unit),
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { color: HIGHLIGHT, width: 2.5 },
          itemStyle: { color: HIGHLIGHT },
          connectNulls: false,
        },
      ],
    };
  }, [rows, labels, format]);
  const ref = useChart(option);
  return <div ref={ref} className="bench-chart" role="img" aria-label={ariaLabel} />;
}

/**
 * Regions coloured by their value class; regions outside the peer group pale, the unit outlined.
 * Clicking a region calls `onSelect` with its code (the table beside the map offers the same links).
 */
export function ChoroplethChart({
  mapName,
  collection,
  colours,
  highlightCode,
  tooltip,
  ariaLabel,
  outsideColour,
  onSelect,
}: {
  mapName: string;
  collection: UnitFeatureCollection;
  colours: ReadonlyMap<string, string>;
  highlightCode?: string | undefined;
  tooltip: (code: string) => string;
  ariaLabel: string;
  outsideColour: string;
  onSelect?: (code: string) => void;
}) {
  const option = useMemo<Option>(() => {
    echarts.registerMap(mapName, collection as unknown as Parameters<typeof echarts.registerMap>[1]);
    return {
      animation: false,
      tooltip: { trigger: 'item', formatter: (p: { name?: string }) => escape(tooltip(p.name ?? '')) },
      series: [
        {
          ...unitMapSeries(mapName, { areaColor: outsideColour, borderColor: '#ffffff', borderWidth: 0.4 }),
          data: collection.features.map((f) => {
            const code = f.properties.code;
            const colour = colours.get(code);
            const highlighted = code === highlightCode;
            return {
              name: code,
              itemStyle: {
                ...(colour ? { areaColor: colour, borderColor: '#7b8794', borderWidth: 0.5 } : {}),
                ...(highlighted ? { borderColor: INK, borderWidth: 2.5 } : {}),
              },
              z: highlighted ? 10 : undefined,
            };
          }),
        },
      ],
    };
  }, [mapName, collection, colours, highlightCode, tooltip, outsideColour]);
  const ref = useChart(option, onSelect);
  return <div ref={ref} className="map-chart" role="img" aria-label={ariaLabel} />;
}

export interface ScatterPoint {
  code: string;
  name: string;
  x: number;
  y: number;
  efficient: boolean;
}

/** Units by one input (x) and one output (y): efficient units as green diamonds, the frontier as a line. */
export function DeaScatterChart({
  points,
  frontier,
  axes,
  highlightCode,
  ariaLabel,
  formatX,
  formatY,
}: {
  points: ScatterPoint[];
  frontier: FrontierPoint[];
  axes: { x: string; y: string };
  highlightCode?: string | undefined;
  ariaLabel: string;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
}) {
  const option = useMemo<Option>(() => {
    const series = (efficient: boolean) => ({
      type: 'scatter',
      data: points
        .filter((p) => p.efficient === efficient)
        .map((p) => ({ name: p.code, value: [p.x, p.y], label: p.name })),
      symbol: efficient ? 'diamond' : 'circle',
      symbolSize: efficient ? 13 : 8,
      itemStyle: { color: efficient ? '#1a9641' : OTHERS, borderColor: efficient ? INK : '#52606d', borderWidth: 0.8 },
    });
    const highlighted = points.find((p) => p.code === highlightCode);
    return {
      animation: false,
      grid: { left: 16, right: 24, top: 24, bottom: 32, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { label?: string; value?: [number, number] } }) =>
          p.data?.label && p.data.value
            ? `${escape(p.data.label)}<br>${escape(axes.x)}: ${escape(formatX(p.data.value[0]))}<br>${escape(axes.y)}: ${escape(formatY(p.data.value[1]))}`
            : '',
      },
      xAxis: {
        type: 'value',
        name: axes.x,
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { color: INK },
        ...AXIS,
        axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => formatX(v) },
      },
      yAxis: {
        type: 'value',
        name: axes.y,
        nameTextStyle: { color: INK, align: 'left' },
        ...AXIS,
        axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => formatY(v) },
      },
      series: [
        {
          type: 'line',
          data: frontier.map((p) => [p.x, p.y]),
          symbol: 'none',
          lineStyle: { color: HIGHLIGHT, width: 2 },
          silent: true,
          z: 1,
        },
        series(false),
        series(true),
        ...(highlighted
          ? [
              {
                type: 'scatter',
                data: [{ name: highlighted.code, value: [highlighted.x, highlighted.y], label: highlighted.name }],
                symbol: 'circle',
                symbolSize: 18,
                itemStyle: { color: 'transparent', borderColor: INK, borderWidth: 2.5 },
                z: 6,
              },
            ]
          : []),
      ],
    };
  }, [points, frontier, axes, highlightCode, formatX, formatY]);
  const ref = useChart(option);
  return <div ref={ref} className="bench-chart bench-chart--tall" role="img" aria-label={ariaLabel} />;
}

export interface RankRow {
  code: string;
  name: string;
  rank: number;
  interval: [number, number] | null;
}

/** One row per unit: a bar for the 5–95 % rank interval over the weight draws and a dot at the rank. */
export function RankIntervalChart({
  rows,
  ariaLabel,
  maxRank,
  formatRank,
}: {
  rows: RankRow[];
  ariaLabel: string;
  maxRank: number;
  formatRank: (v: number) => string;
}) {
  const option = useMemo<Option>(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const row = rows[p.dataIndex];
          if (!row) return '';
          return escape(
            `${row.name}: ${formatRank(row.rank)}${row.interval ? ` (${formatRank(row.interval[0])}–${formatRank(row.interval[1])})` : ''}`,
          );
        },
      },
      xAxis: {
        type: 'value',
        min: 1,
        max: Math.max(2, maxRank),
        inverse: false,
        ...AXIS,
        axisLabel: { ...AXIS.axisLabel, formatter: (v: number) => formatRank(v) },
      },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        inverse: true,
        axisTick: { show: false },
        axisLabel: { color: INK, width: 140, overflow: 'truncate' },
      },
      series: [
        // The interval is a stacked bar: an invisible part up to its start, then the visible width.
        {
          type: 'bar',
          stack: 'interval',
          data: rows.map((r) => (r.interval ? r.interval[0] : null)),
          itemStyle: { color: 'transparent' },
          silent: true,
          barWidth: 10,
        },
        {
          type: 'bar',
          stack: 'interval',
          data: rows.map((r) => (r.interval ? r.interval[1] - r.interval[0] : null)),
          itemStyle: { color: '#9ecae1', borderColor: '#4292c6' },
          barWidth: 10,
        },
        {
          type: 'scatter',
          data: rows.map((r, i) => [r.rank, i]),
          symbol: 'circle',
          symbolSize: 10,
          itemStyle: { color: HIGHLIGHT },
          z: 5,
        },
      ],
    }),
    [rows, maxRank, formatRank],
  );
  const ref = useChart(option);
  return (
    <div
      ref={ref}
      className="bench-chart"
      style={{ height: `${Math.max(8, rows.length * 1.6 + 2)}rem` }}
      role="img"
      aria-label={ariaLabel}
    />
  );
}
