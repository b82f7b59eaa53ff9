/** The strategy-monitoring feature's one door for other features. */
export { strategyMonitoringRoutes } from './routes';
export { UnitStrategyLinks } from './components/unit-strategy-links';
