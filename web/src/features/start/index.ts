export { StartPanels } from './components/start-panels';
