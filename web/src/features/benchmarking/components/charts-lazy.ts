import { lazy } from 'react';

// ECharts (a few hundred kB) loads with the first chart a page shows, in one chunk for all of them.
const charts = () => import('./charts');

export const DistributionChart = lazy(() => charts().then((m) => ({ default: m.DistributionChart })));
export const BoxPlotChart = lazy(() => charts().then((m) => ({ default: m.BoxPlotChart })));
export const TrendBandChart = lazy(() => charts().then((m) => ({ default: m.TrendBandChart })));
export const ChoroplethChart = lazy(() => charts().then((m) => ({ default: m.ChoroplethChart })));
export const DeaScatterChart = lazy(() => charts().then((m) => ({ default: m.DeaScatterChart })));
export const RankIntervalChart = lazy(() => charts().then((m) => ({ default: m.RankIntervalChart })));
