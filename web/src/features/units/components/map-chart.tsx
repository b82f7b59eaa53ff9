import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { UnitFeatureCollection } from '../api';

// Only what a choropleth-free region map needs; the full echarts bundle is several times larger.
echarts.use([MapChart, TooltipComponent, SVGRenderer]);

const COLORS = {
  region: '#b9c8d8',
  border: '#ffffff',
  highlight: '#12355b',
  hover: '#e0a526',
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
 * Regions are keyed by unit code (`nameProperty: 'code'`), which stays unique where names do not
 * (there are several gminy called "Dąbrowa").
 */
export default function MapChartView({ mapName, collection, highlightCode, ariaLabel, onSelect }: MapChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  // The chart is built once per map; a ref lets its click handler call the latest callback.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;

    echarts.registerMap(mapName, collection as unknown as Parameters<typeof echarts.registerMap>[1]);
    const names = new Map(collection.features.map((feature) => [feature.properties.code, feature.properties.name]));
    let chart: echarts.EChartsType | null = null;

    // ECharts cannot lay out a map in a 0×0 box (its view transform becomes singular and it
    // throws), which happens while the page is hidden, resized for a screenshot or torn down.
    // So the chart is created, and resized, only while the container has a real size.
    const draw = () => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      if (chart) {
        if (!chart.isDisposed()) chart.resize();
        return;
      }
      chart = echarts.init(container, undefined, { renderer: 'svg' });
      chart.setOption({
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
            type: 'map',
            map: mapName,
            nameProperty: 'code',
            // Degrees of longitude are ~0.62 of a degree of latitude at Poland's latitude.
            aspectScale: 0.62,
            roam: false,
            selectedMode: false,
            label: { show: false },
            itemStyle: { areaColor: COLORS.region, borderColor: COLORS.border, borderWidth: 0.8 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: COLORS.hover } },
            data: collection.features.map((feature) => ({
              name: feature.properties.code,
              itemStyle: feature.properties.code === highlightCode ? { areaColor: COLORS.highlight } : undefined,
            })),
          },
        ],
      });
      chart.on('click', (params) => {
        if (params.name) onSelectRef.current(params.name);
      });
    };

    const observer = new ResizeObserver(draw);
    observer.observe(container);
    draw();
    return () => {
      observer.disconnect();
      chart?.dispose();
    };
  }, [mapName, collection, highlightCode]);

  return <div ref={containerRef} className="map-chart" role="img" aria-label={ariaLabel} />;
}
