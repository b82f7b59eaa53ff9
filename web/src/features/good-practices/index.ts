/** The good-practice bank's one door for other features. */
export { goodPracticesRoutes } from './routes';
export { ProposePracticeButton } from './components/propose-button';
