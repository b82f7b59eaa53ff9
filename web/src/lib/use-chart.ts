/**
 * Mounting an ECharts chart in a React component. Import this only from chart modules that are
 * themselves loaded lazily (React.lazy or a dynamic import), so ECharts stays out of the main
 * bundle. Each chart module registers the chart types and components it draws with `echarts.use`;
 * the registry is global, so the `init` below sees them.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';

/**
 * A ref that always holds the latest `value`. A chart keeps the functions in its option (value
 * formatters, the click handler) until it is rebuilt; reading them through this ref lets a parent
 * pass a new function on every render without rebuilding the chart.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}

/**
 * Draws `option` with the SVG renderer into the element the returned ref is attached to.
 *
 * - ECharts cannot lay out a 0×0 box (a map's view transform becomes singular and it throws),
 *   which happens while the page is hidden, inside a closed `<details>`, resized for a screenshot
 *   or torn down. So the chart is created, and resized, only while the box has a real size: a
 *   ResizeObserver creates it once the box gets one and resizes it after that.
 * - A new `option` (by identity) disposes the chart and builds it again, so callers memoise the
 *   option on the data it shows.
 * - `onClick` gets the clicked item's name (a map region's code, a bar's category); it is read
 *   through a ref, so a new callback does not rebuild the chart.
 * - The chart is disposed on unmount.
 *
 * @example
 * const option = useMemo(() => ({ series: [{ type: 'line', data: values }] }), [values]);
 * const ref = useChart(option);
 * return <div ref={ref} className="series-chart" role="img" aria-label={ariaLabel} />;
 */
export function useChart(
  option: EChartsCoreOption,
  onClick?: (name: string) => void,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const clickRef = useLatest(onClick);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let chart: EChartsType | null = null;
    const draw = () => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      if (chart) {
        if (!chart.isDisposed()) chart.resize();
        return;
      }
      chart = init(container, undefined, { renderer: 'svg' });
      chart.setOption(option);
      chart.on('click', (params) => {
        if (params.name) clickRef.current?.(params.name);
      });
    };
    const observer = new ResizeObserver(draw);
    observer.observe(container);
    draw();
    return () => {
      observer.disconnect();
      chart?.dispose();
    };
  }, [option, clickRef]);
  return ref;
}
