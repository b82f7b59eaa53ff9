/** The audit feature's one door: what other features and the app may use of it. */
export { auditRoutes } from './routes';
