import type { RouteObject } from 'react-router';
import { InvitationPage } from './pages/invitation-page';
import { LoginPage } from './pages/login-page';

/** Signing in and accepting an invitation: public pages. */
export const authRoutes: RouteObject[] = [
  { path: 'login', element: <LoginPage /> },
  { path: 'invitation/:token', element: <InvitationPage /> },
];
