/** The competition feature's one door: its routes (issue #14). */
export { competitionRoutes } from './routes';
