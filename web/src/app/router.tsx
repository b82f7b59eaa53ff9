import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/pages/audit-page';
import { InvitationPage } from '../features/auth/pages/invitation-page';
import { LoginPage } from '../features/auth/pages/login-page';
import { canImportUnits, canManageGroups, isAdmin } from '../features/auth/permissions';
import { GroupNewPage } from '../features/groups/pages/group-new-page';
import { GroupPage } from '../features/groups/pages/group-page';
import { GroupsPage } from '../features/groups/pages/groups-page';
import { UnitPage } from '../features/units/pages/unit-page';
import { UnitsImportPage } from '../features/units/pages/units-import-page';
import { UnitsPage } from '../features/units/pages/units-page';
import { UsersPage } from '../features/users/pages/users-page';
import { RequireUser } from './guards';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundContent } from '../components/not-found';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
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
          { path: '*', element: <NotFoundContent /> },
        ],
      },
    ],
  },
]);
