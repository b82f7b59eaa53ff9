import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { canImportData, canImportExternalData, canManageRounds } from '../../lib/permissions';
import type { Me } from '../../lib/session';
import { RequireUser } from '../auth';
import { BdlPage } from './pages/bdl-page';
import { FormPage } from './pages/form-page';
import { ImportPage } from './pages/import-page';
import { OutboxPage } from './pages/outbox-page';
import { RoundNewPage } from './pages/round-new-page';
import { RoundPage } from './pages/round-page';
import { RoundsPage } from './pages/rounds-page';
import { ValueHistoryPage } from './pages/value-history-page';

// The server decides who may see a round, a form or a unit's history (403 otherwise); the UI only asks for a login.
const signedIn = (_me: Me) => true;

function guarded(allow: (me: Me) => boolean, element: ReactNode): ReactNode {
  return <RequireUser allow={allow}>{element}</RequireUser>;
}

/** Collection rounds, data entry, the value import (file and GUS BDL) and a unit's revision history. */
export const dataCollectionRoutes: RouteObject[] = [
  { path: 'units/:code/history', element: guarded(signedIn, <ValueHistoryPage />) },
  { path: 'rounds', element: guarded(signedIn, <RoundsPage />) },
  { path: 'rounds/new', element: guarded(canManageRounds, <RoundNewPage />) },
  { path: 'rounds/outbox', element: guarded(canManageRounds, <OutboxPage />) },
  { path: 'rounds/:id', element: guarded(signedIn, <RoundPage />) },
  { path: 'rounds/:id/units/:code', element: guarded(signedIn, <FormPage />) },
  { path: 'data/import', element: guarded(canImportData, <ImportPage />) },
  { path: 'data/bdl', element: guarded(canImportExternalData, <BdlPage />) },
];
