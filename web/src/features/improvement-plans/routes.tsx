import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';

/** Pages load on first visit and need a signed-in user: plans are read by the units and groups they concern. */
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

export const improvementPlansRoutes: RouteObject[] = [
  { path: 'improvement-plans', element: page(async () => (await import('./pages/plans-page')).PlansPage) },
  // "Dodaj do planu doskonalenia" links land here with the source in the query.
  {
    path: 'improvement-plans/actions/new',
    element: page(async () => (await import('./pages/action-new-page')).ActionNewPage),
  },
  { path: 'improvement-plans/:id', element: page(async () => (await import('./pages/plan-page')).PlanPage) },
  {
    path: 'improvement-plans/:planId/actions/:actionId',
    element: page(async () => (await import('./pages/action-page')).ActionPage),
  },
];
