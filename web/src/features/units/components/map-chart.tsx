import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from '../../../lib/use-chart';
import type { UnitFeatureCollection } from '../api';
import { unitMapSeries } from './map-series';

// Only what a choropleth-free region map needs; the full echarts bundle is several times larger.
echarts.use([MapChart, TooltipComponent, SVGRenderer]);

const COLORS = {
  region: '#b9c8d8',
  border: '#ffffff',
  highlight: '#12355b',
};

export interface MapChartProps {
  mapName: string;
  collection: UnitFeatureCollection;
  highlightCode?: string;
  ariaLabel: string;
  onSelect: (code: string) => void;
}

/**
 * The ECharts part of the unit map, loaded lazily so that pages without a map do not pay for it.
 * Regions are keyed by unit code (see `unitMapSeries`).
 */
export default function MapChartView({ mapName, collection, highlightCode, ariaLabel, onSelect }: MapChartProps) {
  const option = useMemo<echarts.EChartsCoreOption>(() => {
    // Registered with the option that draws it; registering a name again replaces its shapes.
    echarts.registerMap(mapName, collection as unknown as Parameters<typeof echarts.registerMap>[1]);
    const names = new Map(collection.features.map((feature) => [feature.properties.code, feature.properties.name]));
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const code = (params as { name?: string }).name ?? '';
          return echarts.format.encodeHTML(names.get(code) ?? code);
        },
      },
      series: [
        {
          ...unitMapSeries(mapName, { areaColor: COLORS.region, borderColor: COLORS.border, borderWidth: 0.8 }),
          data: collection.features.map((feature) => ({
            name: feature.properties.code,
            itemStyle: feature.properties.code === highlightCode ? { areaColor: COLORS.highlight } : undefined,
          })),
        },
      ],
    };
  }, [mapName, collection, highlightCode]);
  // Clicking a region selects its unit (the click handler always calls the latest `onSelect`).
  const ref = useChart(option, onSelect);

  return <div ref={ref} className="map-chart" role="img" aria-label={ariaLabel} />;
}
