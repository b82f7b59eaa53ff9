import type { RouteObject } from 'react-router';
import { canImportUnits } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { UnitPage } from './pages/unit-page';
import { UnitsImportPage } from './pages/units-import-page';
import { UnitsPage } from './pages/units-page';

/** The register of units: public to read; importing a register needs an operator. */
export const unitsRoutes: RouteObject[] = [
  { path: 'units', element: <UnitsPage /> },
  { path: 'units/:code', element: <UnitPage /> },
  {
    path: 'admin/units-import',
    element: (
      <RequireUser allow={canImportUnits}>
        <UnitsImportPage />
      </RequireUser>
    ),
  },
];
