/** The self-assessment feature's one door: what other features and the app may use of it. */
export { UnitQualityLinks } from './components/unit-links';
export { selfAssessmentRoutes } from './routes';
