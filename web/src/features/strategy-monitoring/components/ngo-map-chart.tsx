import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from '../../../lib/use-chart';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, SVGRenderer]);

export interface NgoMapChartProps {
  mapName: string;
  /** The unit's boundary (GeoJSON FeatureCollection from /api/v1/maps). */
  collection: unknown;
  points: { name: string; lat: number; lon: number; cooperates: boolean }[];
  ariaLabel: string;
}

/**
 * The unit's outline with its organisations as dots (filled = co-operates with the office, hollow =
 * does not). An image for assistive technology: the register table below lists the same entries.
 */
export default function NgoMapChart({ mapName, collection, points, ariaLabel }: NgoMapChartProps) {
  const option = useMemo<echarts.EChartsCoreOption>(() => {
    echarts.registerMap(mapName, collection as Parameters<typeof echarts.registerMap>[1]);
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => echarts.format.encodeHTML((p as { name?: string }).name ?? ''),
      },
      geo: {
        map: mapName,
        roam: false,
        itemStyle: { areaColor: '#dce4ec', borderColor: '#7b8794' },
        emphasis: { disabled: true },
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 11,
          data: points.map((p) => ({
            name: p.name,
            value: [p.lon, p.lat],
            itemStyle: p.cooperates
              ? { color: '#12355b' }
              : { color: '#ffffff', borderColor: '#12355b', borderWidth: 2 },
          })),
        },
      ],
    };
  }, [mapName, collection, points]);
  const ref = useChart(option);
  return <div ref={ref} className="map-chart" role="img" aria-label={ariaLabel} />;
}
