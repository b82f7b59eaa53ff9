/**
 * What every ECharts map of units shares — the unit page's map and benchmarking's choropleth.
 * Imported only by lazily loaded chart modules, which register `MapChart` and the map's shapes
 * (`echarts.registerMap(mapName, collection)`) themselves.
 */

/**
 * The map series without its data: regions keyed by unit code (`nameProperty: 'code'`), which
 * stays unique where names do not (there are several gminy called "Dąbrowa"), no labels, no
 * zooming, a hover colour; `itemStyle` is how a region without its own style looks.
 */
export function unitMapSeries(
  mapName: string,
  itemStyle: { areaColor: string; borderColor: string; borderWidth: number },
) {
  return {
    type: 'map',
    map: mapName,
    nameProperty: 'code',
    // Degrees of longitude are ~0.62 of a degree of latitude at Poland's latitude.
    aspectScale: 0.62,
    roam: false,
    selectedMode: false,
    label: { show: false },
    itemStyle,
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#e0a526' } },
  };
}
