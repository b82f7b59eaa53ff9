import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../lib/api';
import { call, client, type ApiBody, type ApiResponse } from '../../lib/client';

export const ROLES = [
  'admin',
  'network-operator',
  'unit-coordinator',
  'unit-member',
  'group-moderator',
  'juror',
] as const;
export type Role = (typeof ROLES)[number];

export type Session = ApiResponse<'/api/v1/auth/me', 'get'>;
/** The signed-in user (the session's user is null for an anonymous visitor). */
export type Me = NonNullable<Session['user']>;
export type RoleAssignment = Me['roles'][number];

/** Mirrors the server's password rule so the browser can say so before a round trip. */
export const PASSWORD_MIN_LENGTH = 12;

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

function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    setCsrfToken(session.csrfToken);
    // Anything fetched anonymously may look different now (edit rights, admin lists).
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    queryClient.setQueryData(authKeys.me, session.user);
  };
}

export function useLogin() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (credentials: ApiBody<'/api/v1/auth/login', 'post'>) =>
      call(client.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: store,
  });
}

export function useAcceptInvitation() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (input: ApiBody<'/api/v1/auth/invitations/accept', 'post'>) =>
      call(client.POST('/api/v1/auth/invitations/accept', { body: input })),
    onSuccess: store,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/v1/auth/logout')),
    onSettled: () => {
      // Even if the request failed the user asked to leave: forget everything client-side.
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
