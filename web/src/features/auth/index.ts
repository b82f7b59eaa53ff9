/** The auth feature's one door: what other features and the app may use of it. */
export { UserMenu } from './components/user-menu';
export { RequireUser } from './components/require-user';
export { PASSWORD_MIN_LENGTH } from './api';
export { authRoutes } from './routes';
