/** The benchmarking feature's one door: what other features and the app may use of it. */
export { benchmarkingRoutes } from './routes';
