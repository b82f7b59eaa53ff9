import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/async-state';

/** Pages of the feature load on first visit: they bring charts and forms most visitors of other pages never need. */
function page(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Benchmarking routes, public like the data they compare (the API needs no login for them). */
export const benchmarkingRoutes: RouteObject[] = [
  { path: 'benchmarking', element: page(async () => (await import('./pages/benchmarking-page')).BenchmarkingPage) },
  {
    path: 'benchmarking/units/:code',
    element: page(async () => (await import('./pages/unit-dashboard-page')).UnitDashboardPage),
  },
  {
    path: 'benchmarking/units/:code/neighbours',
    element: page(async () => (await import('./pages/neighbours-page')).NeighboursPage),
  },
  {
    path: 'benchmarking/indicators/:code',
    element: page(async () => (await import('./pages/indicator-benchmark-page')).IndicatorBenchmarkPage),
  },
  { path: 'benchmarking/dea', element: page(async () => (await import('./pages/dea-page')).DeaPage) },
  { path: 'benchmarking/composite', element: page(async () => (await import('./pages/composite-page')).CompositePage) },
];
