import { createBrowserRouter } from 'react-router';
import { NotFoundContent } from '../components/not-found';
import { RouteError } from '../components/route-error';
import { auditRoutes } from '../features/audit';
import { authRoutes } from '../features/auth';
import { benchmarkingRoutes } from '../features/benchmarking';
import { competitionRoutes } from '../features/competition';
import { dataCollectionRoutes } from '../features/data-collection';
import { goodPracticesRoutes } from '../features/good-practices';
import { groupsRoutes } from '../features/groups';
import { improvementPlansRoutes } from '../features/improvement-plans';
import { indicatorsRoutes } from '../features/indicators';
import { networksRoutes } from '../features/networks';
import { selfAssessmentRoutes } from '../features/self-assessment';
import { startRoutes } from '../features/start';
import { strategyMonitoringRoutes } from '../features/strategy-monitoring';
import { respondentRoute, surveysRoutes } from '../features/surveys';
import { unitsRoutes } from '../features/units';
import { usersRoutes } from '../features/users';
import { Layout } from './layout';

/** The app only composes: every feature owns its routes (and their guards) in its routes.tsx. */
export const router = createBrowserRouter([
  // A survey respondent sees the form alone: no app navigation, only the language switch.
  respondentRoute,
  {
    element: <Layout />,
    children: [
      {
        // A pathless route so that a crashing page is replaced inside the layout, not with it.
        errorElement: <RouteError />,
        children: [
          ...startRoutes,
          ...authRoutes,
          ...unitsRoutes,
          ...groupsRoutes,
          ...indicatorsRoutes,
          ...dataCollectionRoutes,
          ...usersRoutes,
          ...auditRoutes,
          ...benchmarkingRoutes,
          ...selfAssessmentRoutes,
          ...improvementPlansRoutes,
          ...strategyMonitoringRoutes,
          ...surveysRoutes,
          ...networksRoutes,
          ...goodPracticesRoutes,
          ...competitionRoutes,
          { path: '*', element: <NotFoundContent /> },
        ],
      },
    ],
  },
]);
