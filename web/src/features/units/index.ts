/** The units feature's one door: what other features and the app may use of it. */
export { useUnitKinds, useUnitMap, useVoivodeships, unitKeys, useUnit } from './api';
export type { UnitFeatureCollection, MapLevel, UnitSummary, UnitDetail } from './api';
export { UnitMap } from './components/unit-map';
export { unitMapSeries } from './components/map-series';
export { UnitPicker } from './components/unit-picker';
export { mapTargetFor } from './map-target';
export { unitsRoutes } from './routes';
export type { UnitPageSections } from './sections';
