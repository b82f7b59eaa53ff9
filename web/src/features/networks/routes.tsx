import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';

/** Pages load on first visit and need a signed-in user: a network's data is visible to the network only. */
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

export const networksRoutes: RouteObject[] = [
  { path: 'networks', element: page(async () => (await import('./pages/programmes-page')).ProgrammesPage) },
  {
    path: 'networks/programmes/:id',
    element: page(async () => (await import('./pages/programme-page')).ProgrammePage),
  },
  { path: 'networks/groups/:id', element: page(async () => (await import('./pages/network-page')).NetworkPage) },
  { path: 'networks/meetings/:id', element: page(async () => (await import('./pages/meeting-page')).MeetingPage) },
];
