import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const signedIn = (load: () => Promise<ComponentType>) => <RequireUser allow={() => true}>{lazyPage(load)}</RequireUser>;

/** The list and the published results are public; an edition's working pages need a signed-in user (the server decides the rest). */
export const competitionRoutes: RouteObject[] = [
  { path: 'competition', element: lazyPage(async () => (await import('./pages/editions-page')).EditionsPage) },
  {
    path: 'competition/:id/results',
    element: lazyPage(async () => (await import('./pages/results-page')).ResultsPage),
  },
  {
    path: 'competition/new',
    element: signedIn(async () => (await import('./pages/new-edition-page')).NewEditionPage),
  },
  { path: 'competition/:id', element: signedIn(async () => (await import('./pages/edition-page')).EditionPage) },
  {
    path: 'competition/applications/:id',
    element: signedIn(async () => (await import('./pages/application-page')).ApplicationPage),
  },
];
