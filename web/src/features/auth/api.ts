import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../lib/api';
import { call, client } from '../../lib/client';

export const ROLES = [
  'admin',
  'network-operator',
  'unit-coordinator',
  'unit-member',
  'group-moderator',
  'juror',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleAssignment {
  id: number;
  role: Role;
  unit: { code: string; name: string } | null;
  group: { id: number; name: string } | null;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: string;
  isAdmin: boolean;
  roles: RoleAssignment[];
}

export interface Session {
  user: Me;
  csrfToken: string;
}

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
    mutationFn: (credentials: { email: string; password: string }) => api.post<Session>('/auth/login', credentials),
    onSuccess: store,
  });
}

export function useAcceptInvitation() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (input: { token: string; name: string; password: string }) =>
      api.post<Session>('/auth/invitations/accept', input),
    onSuccess: store,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      // Even if the request failed the user asked to leave: forget everything client-side.
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
