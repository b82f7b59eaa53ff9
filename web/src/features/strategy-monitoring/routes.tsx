import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';

/** Pages load on first visit and need a signed-in user; the server decides who may read a strategy. */
function page(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <RequireUser allow={() => true}>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </RequireUser>
  );
}

export const strategyMonitoringRoutes: RouteObject[] = [
  {
    path: 'units/:code/strategies',
    element: page(async () => (await import('./pages/strategies-page')).StrategiesPage),
  },
  { path: 'units/:code/ngos', element: page(async () => (await import('./pages/ngo-page')).NgoPage) },
  { path: 'units/:code/data-set', element: page(async () => (await import('./pages/data-set-page')).DataSetPage) },
  { path: 'strategies/:id', element: page(async () => (await import('./pages/strategy-page')).StrategyPage) },
  {
    path: 'strategies/:id/evaluation',
    element: page(async () => (await import('./pages/evaluation-page')).EvaluationPage),
  },
  { path: 'strategy-measures/:id', element: page(async () => (await import('./pages/measure-page')).MeasurePage) },
];
