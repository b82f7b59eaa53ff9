import { createBrowserRouter } from 'react-router';
import { NotFoundContent } from '../components/not-found';
import { RouteError } from '../components/route-error';
import { auditRoutes } from '../features/audit';
import { authRoutes } from '../features/auth';
import { benchmarkingRoutes } from '../features/benchmarking';
import { competitionRoutes } from '../features/competition';
import { dataCollectionRoutes } from '../features/data-collection';
import { goodPracticesRoutes, ProposePracticeButton } from '../features/good-practices';
import { groupsRoutes } from '../features/groups';
import { improvementPlansRoutes } from '../features/improvement-plans';
import { indicatorsRoutes, UnitIndicatorsCard } from '../features/indicators';
import { networksRoutes } from '../features/networks';
import { selfAssessmentRoutes, UnitQualityLinks } from '../features/self-assessment';
import { startRoutes } from '../features/start';
import { strategyMonitoringRoutes, UnitStrategyLinks } from '../features/strategy-monitoring';
import { respondentRoute, surveysRoutes, UnitSurveysCard } from '../features/surveys';
import { unitsRoutes } from '../features/units';
import { usersRoutes } from '../features/users';
import { Layout } from './layout';

/**
 * The app only composes: every feature owns its routes (and their guards) in its routes.tsx. Where
 * a page shows what later features add (a unit's indicators and surveys; proposing an improvement
 * action as a good practice), the app hands their components in, so features import one way only
 * (server/web-boundaries.test.ts fails on a cycle).
 */
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
          ...unitsRoutes({
            Indicators: UnitIndicatorsCard,
            Surveys: UnitSurveysCard,
            Quality: UnitQualityLinks,
            Strategy: UnitStrategyLinks,
          }),
          ...groupsRoutes,
          ...indicatorsRoutes,
          ...dataCollectionRoutes,
          ...usersRoutes,
          ...auditRoutes,
          ...benchmarkingRoutes,
          ...selfAssessmentRoutes,
          ...improvementPlansRoutes({
            ProposePractice: ({ actionId }) => (
              <ProposePracticeButton source={{ kind: 'improvement-action', id: actionId }} />
            ),
          }),
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
