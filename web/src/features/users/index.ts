/** The users feature's one door: what other features and the app may use of it. */
export { usersRoutes } from './routes';
export { absoluteUrl, InvitationLink, PersonFields } from './components/create-user-form';
