/** The data-collection feature's one door: what other features and the app may use of it. */
export { dataCollectionRoutes } from './routes';
