import type { RouteObject } from 'react-router';
import { isAdmin } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { UsersPage } from './pages/users-page';

/** User administration: administrators only. */
export const usersRoutes: RouteObject[] = [
  {
    path: 'admin/users',
    element: (
      <RequireUser allow={isAdmin}>
        <UsersPage />
      </RequireUser>
    ),
  },
];
