import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';
import type { ActionPageExtras } from './pages/action-page';

/** Pages load on first visit and need a signed-in user: plans are read by the units and groups they concern. */
function page<P extends object>(load: () => Promise<ComponentType<P>>, props: P) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <RequireUser allow={() => true}>
      <Suspense fallback={<Loading />}>
        <Page {...props} />
      </Suspense>
    </RequireUser>
  );
}

/**
 * The plans' pages. The good-practice bank builds on plans (a practice's evidence is their effect
 * check), so the bank's "propose as a good practice" button is handed in by the app.
 */
export const improvementPlansRoutes = (extras: ActionPageExtras): RouteObject[] => [
  { path: 'improvement-plans', element: page(async () => (await import('./pages/plans-page')).PlansPage, {}) },
  // "Dodaj do planu doskonalenia" links land here with the source in the query.
  {
    path: 'improvement-plans/actions/new',
    element: page(async () => (await import('./pages/action-new-page')).ActionNewPage, {}),
  },
  { path: 'improvement-plans/:id', element: page(async () => (await import('./pages/plan-page')).PlanPage, {}) },
  {
    path: 'improvement-plans/:planId/actions/:actionId',
    element: page(async () => (await import('./pages/action-page')).ActionPage, { extras }),
  },
];
