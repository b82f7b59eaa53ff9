/** The indicators feature's one door: what other features and the app may use of it. */
export { useAllIndicators, useAllVariables } from './api';
export type { Indicator } from './api';
export { PolarityLabel } from './components/polarity';
export { useVariableNames } from './components/variable-names';
export { UnitIndicatorsCard } from './components/unit-indicators-card';
export { indicatorsRoutes } from './routes';
