/** The start feature's one door: the start page's route. */
export { startRoutes } from './routes';
