import type { RouteObject } from 'react-router';
import { canManageCatalogue } from '../../lib/permissions';
import { RequireUser } from '../auth';
import { IndicatorNewPage } from './pages/indicator-new-page';
import { IndicatorPage } from './pages/indicator-page';
import { IndicatorsPage } from './pages/indicators-page';
import { VariableNewPage } from './pages/variable-new-page';
import { VariablePage } from './pages/variable-page';
import { VariablesPage } from './pages/variables-page';

/** The indicator catalogue: public to read, kept by its keepers (admins and global operators). */
export const indicatorsRoutes: RouteObject[] = [
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
];
