import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';

export type User = ApiResponse<'/api/v1/users', 'get'>['items'][number];
export type UserStatus = User['status'];
export type UserListParams = ApiQuery<'/api/v1/users', 'get'>;
export type CreateUserInput = ApiBody<'/api/v1/users', 'post'>;
export type AssignRoleInput = ApiBody<'/api/v1/users/{id}/roles', 'post'>;

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => call(client.GET('/api/v1/users', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => call(client.POST('/api/v1/users', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useAssignRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignRoleInput) =>
      call(client.POST('/api/v1/users/{id}/roles', { params: { path: { id: userId } }, body: input })),
    // A role can change what the signed-in admin sees too (e.g. assigning one to oneself).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['auth'] }),
      ]),
  });
}

export function useRevokeRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roleId: number) =>
      call(client.DELETE('/api/v1/users/{id}/roles/{roleId}', { params: { path: { id: userId, roleId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['auth'] }),
      ]),
  });
}
