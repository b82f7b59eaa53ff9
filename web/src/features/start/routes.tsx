import type { RouteObject } from 'react-router';
import { HomePage } from './pages/home-page';

/** The start page: the map and the figures for everyone, the personal panels for signed-in users. */
export const startRoutes: RouteObject[] = [{ index: true, element: <HomePage /> }];
