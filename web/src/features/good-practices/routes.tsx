import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';
import { canCuratePractices } from '../../lib/permissions';

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** The list and the entry pages are public (the server shows the public only what was published). */
export const goodPracticesRoutes: RouteObject[] = [
  { path: 'good-practices', element: lazyPage(async () => (await import('./pages/practices-page')).PracticesPage) },
  {
    path: 'good-practices/new',
    element: (
      <RequireUser allow={() => true}>
        {lazyPage(async () => (await import('./pages/practice-form-page')).NewPracticePage)}
      </RequireUser>
    ),
  },
  {
    path: 'good-practices/moderation',
    element: (
      <RequireUser allow={canCuratePractices}>
        {lazyPage(async () => (await import('./pages/moderation-page')).ModerationPage)}
      </RequireUser>
    ),
  },
  {
    path: 'good-practices/:id',
    element: lazyPage(async () => (await import('./pages/practice-page')).PracticePage),
  },
  {
    path: 'good-practices/:id/edit',
    element: (
      <RequireUser allow={() => true}>
        {lazyPage(async () => (await import('./pages/practice-form-page')).EditPracticePage)}
      </RequireUser>
    ),
  },
];
