import { can, type Action, type Actor } from '../../domain/access/authorization';
import { AppError } from './errors';

/** The logged-in user as every service sees it: identity plus role grants. */
export interface SessionActor extends Actor {
  email: string;
  name: string;
  locale: string;
  csrfToken: string;
}

/** What a service call knows about its caller. Routes build it from the request. */
export interface RequestContext {
  actor: SessionActor | null;
  requestId: string;
}

/** Throws 401 for anonymous callers and 403 when the actor may not perform `action`. */
export function authorize(ctx: RequestContext, action: Action): SessionActor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
  if (!can(ctx.actor, action)) throw new AppError('FORBIDDEN', 'You may not do this');
  return ctx.actor;
}

/** The id used for changes made by the system itself (first start, CLI); the audit log shows no actor. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/** A context with admin rights for the CLI and first-start tasks, which run as the operator of the machine. */
export const SYSTEM_CONTEXT: RequestContext = {
  requestId: 'system',
  actor: {
    userId: SYSTEM_USER_ID,
    email: 'system',
    name: 'system',
    locale: 'pl',
    csrfToken: '',
    grants: [{ role: 'admin', unitId: null, groupId: null }],
  },
};
