import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/pages/audit-page';
import { InvitationPage } from '../features/auth/pages/invitation-page';
import { LoginPage } from '../features/auth/pages/login-page';
import {
  canImportData,
  canImportExternalData,
  canImportUnits,
  canManageCatalogue,
  canManageGroups,
  canManageRounds,
  isAdmin,
} from '../features/auth/permissions';
import { BdlPage } from '../features/data-collection/pages/bdl-page';
import { FormPage } from '../features/data-collection/pages/form-page';
import { ImportPage } from '../features/data-collection/pages/import-page';
import { OutboxPage } from '../features/data-collection/pages/outbox-page';
import { RoundNewPage } from '../features/data-collection/pages/round-new-page';
import { RoundPage } from '../features/data-collection/pages/round-page';
import { RoundsPage } from '../features/data-collection/pages/rounds-page';
import { ValueHistoryPage } from '../features/data-collection/pages/value-history-page';
import { IndicatorNewPage } from '../features/indicators/pages/indicator-new-page';
import { IndicatorPage } from '../features/indicators/pages/indicator-page';
import { IndicatorsPage } from '../features/indicators/pages/indicators-page';
import { VariableNewPage } from '../features/indicators/pages/variable-new-page';
import { VariablePage } from '../features/indicators/pages/variable-page';
import { VariablesPage } from '../features/indicators/pages/variables-page';
import { GroupNewPage } from '../features/groups/pages/group-new-page';
import { GroupPage } from '../features/groups/pages/group-page';
import { GroupsPage } from '../features/groups/pages/groups-page';
import { UnitPage } from '../features/units/pages/unit-page';
import { UnitsImportPage } from '../features/units/pages/units-import-page';
import { UnitsPage } from '../features/units/pages/units-page';
import { UsersPage } from '../features/users/pages/users-page';
import { benchmarkingRoutes } from '../features/benchmarking/routes';
import { improvementPlansRoutes } from '../features/improvement-plans/routes';
import { strategyMonitoringRoutes } from '../features/strategy-monitoring';
import { selfAssessmentRoutes } from '../features/self-assessment/routes';
import { respondentRoute, surveysRoutes } from '../features/surveys/routes';
import { networksRoutes } from '../features/networks';
import { goodPracticesRoutes } from '../features/good-practices';
import { competitionRoutes } from '../features/competition';
import { RequireUser } from './guards';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundContent } from '../components/not-found';
import { RouteError } from './route-error';

const signedIn = () => true;

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
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'invitation/:token', element: <InvitationPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'units/:code', element: <UnitPage /> },
          {
            // The server decides who may see a unit's revision history (403 otherwise).
            path: 'units/:code/history',
            element: (
              <RequireUser allow={signedIn}>
                <ValueHistoryPage />
              </RequireUser>
            ),
          },
          { path: 'groups', element: <GroupsPage /> },
          {
            path: 'groups/new',
            element: (
              <RequireUser allow={canManageGroups}>
                <GroupNewPage />
              </RequireUser>
            ),
          },
          { path: 'groups/:id', element: <GroupPage /> },
          { path: 'indicators', element: <IndicatorsPage /> },
          {
            path: 'indicators/new',
            element: (
              <RequireUser allow={canManageCatalogue}>
                <IndicatorNewPage />
              </RequireUser>
            ),
          },
          { path: 'indicators/:code', element: <IndicatorPage /> },
          { path: 'variables', element: <VariablesPage /> },
          {
            path: 'variables/new',
            element: (
              <RequireUser allow={canManageCatalogue}>
                <VariableNewPage />
              </RequireUser>
            ),
          },
          { path: 'variables/:code', element: <VariablePage /> },
          {
            path: 'rounds',
            element: (
              <RequireUser allow={signedIn}>
                <RoundsPage />
              </RequireUser>
            ),
          },
          {
            path: 'rounds/new',
            element: (
              <RequireUser allow={canManageRounds}>
                <RoundNewPage />
              </RequireUser>
            ),
          },
          {
            path: 'rounds/outbox',
            element: (
              <RequireUser allow={canManageRounds}>
                <OutboxPage />
              </RequireUser>
            ),
          },
          {
            path: 'rounds/:id',
            element: (
              <RequireUser allow={signedIn}>
                <RoundPage />
              </RequireUser>
            ),
          },
          {
            path: 'rounds/:id/units/:code',
            element: (
              <RequireUser allow={signedIn}>
                <FormPage />
              </RequireUser>
            ),
          },
          {
            path: 'data/import',
            element: (
              <RequireUser allow={canImportData}>
                <ImportPage />
              </RequireUser>
            ),
          },
          {
            path: 'data/bdl',
            element: (
              <RequireUser allow={canImportExternalData}>
                <BdlPage />
              </RequireUser>
            ),
          },
          {
            path: 'admin/users',
            element: (
              <RequireUser allow={isAdmin}>
                <UsersPage />
              </RequireUser>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequireUser allow={isAdmin}>
                <AuditPage />
              </RequireUser>
            ),
          },
          {
            path: 'admin/units-import',
            element: (
              <RequireUser allow={canImportUnits}>
                <UnitsImportPage />
              </RequireUser>
            ),
          },
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
