import type { RouteObject } from 'react-router';
import { canManageGroups } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { GroupNewPage } from './pages/group-new-page';
import { GroupPage } from './pages/group-page';
import { GroupsPage } from './pages/groups-page';

/** Comparison groups: public lists and pages; creating one needs a network operator. */
export const groupsRoutes: RouteObject[] = [
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
];
