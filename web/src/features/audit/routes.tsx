import type { RouteObject } from 'react-router';
import { isAdmin } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { AuditPage } from './pages/audit-page';

/** The audit log: administrators only (the server answers 403 to anyone else). */
export const auditRoutes: RouteObject[] = [
  {
    path: 'admin/audit',
    element: (
      <RequireUser allow={isAdmin}>
        <AuditPage />
      </RequireUser>
    ),
  },
];
