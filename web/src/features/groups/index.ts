/** The groups feature's one door: what other features and the app may use of it. */
export { useGroups, SERVICE_AREAS } from './api';
export { groupsRoutes } from './routes';
