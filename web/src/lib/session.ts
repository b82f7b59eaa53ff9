import { useQuery } from '@tanstack/react-query';
import { setCsrfToken } from './api';
import { call, client, type ApiResponse } from './client';

/**
 * Who is signed in: read by every feature (menus, guards, what the UI offers), so it lives here
 * rather than in the auth feature, which owns signing in and out.
 */

export { ROLES, type Role } from '../../../domain/access/authorization';

export type Session = ApiResponse<'/api/v1/auth/me', 'get'>;
/** The signed-in user (the session's user is null for an anonymous visitor). */
export type Me = NonNullable<Session['user']>;
export type RoleAssignment = Me['roles'][number];

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The current session, or null for an anonymous visitor (the server answers 200 with no user). */
export async function fetchMe(): Promise<Me | null> {
  const session = await call(client.GET('/api/v1/auth/me'));
  setCsrfToken(session.csrfToken);
  return session.user;
}

export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** Convenience for components that only need to know who is signed in (null while loading too). */
export function useCurrentUser(): Me | null {
  return useMe().data ?? null;
}
