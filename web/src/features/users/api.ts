import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg, type Page } from '../../lib/api';
import type { Role, RoleAssignment } from '../auth/api';

export type UserStatus = 'active' | 'invited' | 'disabled';

export interface User {
  id: string;
  email: string;
  name: string;
  status: UserStatus;
  roles: RoleAssignment[];
  createdAt: string;
}

export interface UserListParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string;
}

export interface AssignRoleInput {
  role: Role;
  unitCode?: string;
  groupId?: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<User>>('/users', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<{ user: User; invitationUrl: string | null }>('/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useAssignRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignRoleInput) => api.post<RoleAssignment>(`/users/${seg(userId)}/roles`, input),
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
    mutationFn: (roleId: number) => api.delete(`/users/${seg(userId)}/roles/${seg(roleId)}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['auth'] }),
      ]),
  });
}
