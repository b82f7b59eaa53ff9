import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../lib/api';
import { call, client, type ApiBody } from '../../lib/client';
import { authKeys, type Session } from '../../lib/session';

/** Mirrors the server's password rule so the browser can say so before a round trip. */
export const PASSWORD_MIN_LENGTH = 12;

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
