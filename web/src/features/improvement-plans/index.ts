/** The improvement-plans feature's door for other features. */
export { improvementPlansRoutes } from './routes';
export type { ActionPageExtras } from './pages/action-page';
export { EffectBody } from './components/effect-panel';
export type { Effect } from './api';
export { AddToPlanLink } from './components/add-to-plan-link';
