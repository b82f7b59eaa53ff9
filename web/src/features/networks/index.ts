/** The networks feature's one door: its routes (issue #12). */
export { networksRoutes } from './routes';
