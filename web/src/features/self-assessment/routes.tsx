import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { Loading } from '../../components/async-state';

/** Pages load on first visit: the scoring forms and the radar chart are not needed elsewhere. */
function page(load: () => Promise<ComponentType>, signedIn = true) {
  const Page = lazy(async () => ({ default: await load() }));
  const element = (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  // Assessments belong to a unit's people: the server answers 401/403 otherwise, so ask to sign in first.
  return signedIn ? <RequireUser allow={() => true}>{element}</RequireUser> : element;
}

/** Self-assessment: the frameworks are public reference data; assessments need a signed-in user. */
export const selfAssessmentRoutes: RouteObject[] = [
  {
    path: 'self-assessment',
    element: page(async () => (await import('./pages/self-assessment-page')).SelfAssessmentPage, false),
  },
  {
    path: 'self-assessment/frameworks/:id',
    element: page(async () => (await import('./pages/framework-page')).FrameworkPage, false),
  },
  {
    path: 'units/:code/assessments',
    element: page(async () => (await import('./pages/unit-assessments-page')).UnitAssessmentsPage),
  },
  { path: 'assessments/:id', element: page(async () => (await import('./pages/assessment-page')).AssessmentPage) },
  { path: 'assessments/:id/scoring', element: page(async () => (await import('./pages/scoring-page')).ScoringPage) },
  {
    path: 'assessments/:id/consensus',
    element: page(async () => (await import('./pages/consensus-page')).ConsensusPage),
  },
  { path: 'assessments/:id/results', element: page(async () => (await import('./pages/results-page')).ResultsPage) },
];
