import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { RadarChart as Radar } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from '../../../lib/use-chart';

echarts.use([Radar, RadarComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface RadarSeries {
  name: string;
  /** One 0–100 score per axis. Only complete rounds are drawn: a missing score is not a zero. */
  values: number[];
  /** The earlier round is drawn dashed, so the two differ by more than colour. */
  dashed?: boolean;
}

export interface RadarChartProps {
  axes: { name: string; max: number }[];
  series: RadarSeries[];
  ariaLabel: string;
}

const COLOURS = ['#12355b', '#b45309'];

/** Breaks a label into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * Criterion scores on a radar, loaded lazily with ECharts. An image for assistive technology
 * (role=img with a label): the criteria table next to it carries the same numbers.
 */
export default function RadarChart({ axes, series, ariaLabel }: RadarChartProps) {
  const option = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      legend: { bottom: 0, data: series.map((s) => s.name), textStyle: { color: '#1f2933' } },
      tooltip: { trigger: 'item' },
      radar: {
        indicator: axes,
        radius: '60%',
        center: ['50%', '50%'],
        // Long criterion titles wrap onto short lines instead of running off the canvas.
        axisName: { color: '#1f2933', fontSize: 12, formatter: (name?: string) => wrap(name ?? '', 22) },
        splitLine: { lineStyle: { color: '#cbd2d9' } },
        splitArea: { show: false },
        axisLine: { lineStyle: { color: '#7b8794' } },
      },
      series: [
        {
          type: 'radar',
          data: series.map((s, index) => ({
            name: s.name,
            value: s.values,
            symbol: index === 0 ? 'circle' : 'rect',
            symbolSize: 6,
            lineStyle: { color: COLOURS[index % COLOURS.length], width: 2, type: s.dashed ? 'dashed' : 'solid' },
            itemStyle: { color: COLOURS[index % COLOURS.length] },
            areaStyle: index === 0 ? { color: 'rgba(18, 53, 91, 0.12)' } : undefined,
          })),
        },
      ],
    }),
    [axes, series],
  );
  const ref = useChart(option);

  return <div ref={ref} className="radar-chart" role="img" aria-label={ariaLabel} />;
}
