/** The surveys feature's one door: what other features and the app may use of it. */
export { UnitSurveysCard } from './components/unit-surveys-card';
export { respondentRoute, surveysRoutes } from './routes';
