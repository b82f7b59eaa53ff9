import type { RouteObject } from 'react-router';
import { canImportUnits } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { UnitPage } from './pages/unit-page';
import type { UnitPageSections } from './sections';
import { UnitsImportPage } from './pages/units-import-page';
import { UnitsPage } from './pages/units-page';

/**
 * The register of units: public to read; importing a register needs an operator. The unit page
 * shows other features' sections, handed in by the app.
 */
export const unitsRoutes = (sections: UnitPageSections): RouteObject[] => [
  { path: 'units', element: <UnitsPage /> },
  { path: 'units/:code', element: <UnitPage sections={sections} /> },
  {
    path: 'admin/units-import',
    element: (
      <RequireUser allow={canImportUnits}>
        <UnitsImportPage />
      </RequireUser>
    ),
  },
];
