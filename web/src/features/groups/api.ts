import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';
import type { UnitSummary } from '../units';

export const SERVICE_AREAS = [
  'education',
  'roads',
  'health',
  'social-assistance',
  'administration',
  'finance',
  'culture',
  'environment',
  'transport',
  'housing',
  'public-safety',
  'civic-participation',
  'other',
] as const;

export const GROUP_KINDS = ['network', 'programme'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export type GroupSummary = ApiResponse<'/api/v1/groups', 'get'>['items'][number];
export type GroupDetail = ApiResponse<'/api/v1/groups/{id}', 'get'>;
export type GroupModerator = GroupDetail['moderators'][number];
export type GroupInput = ApiBody<'/api/v1/groups', 'post'>;
export type GroupListParams = ApiQuery<'/api/v1/groups', 'get'>;

export const groupKeys = {
  all: ['groups'] as const,
  lists: ['groups', 'list'] as const,
  list: (params: GroupListParams) => ['groups', 'list', params] as const,
  detail: (id: string) => ['groups', 'detail', id] as const,
  serviceAreas: ['groups', 'service-areas'] as const,
};

export function useGroups(params: GroupListParams) {
  return useQuery({
    queryKey: groupKeys.list(params),
    queryFn: ({ signal }) => call(client.GET('/api/v1/groups', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: groupKeys.detail(id),
    queryFn: ({ signal }) => call(client.GET('/api/v1/groups/{id}', { params: { path: { id: Number(id) } }, signal })),
  });
}

/** Falls back to the documented list, so the form works even before the endpoint answers. */
export function useServiceAreas() {
  return useQuery({
    queryKey: groupKeys.serviceAreas,
    queryFn: async ({ signal }) =>
      (await call(client.GET('/api/v1/groups/service-areas', { signal }))).items.map((item) => item.id),
    placeholderData: [...SERVICE_AREAS],
    staleTime: 60 * 60_000,
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GroupInput) => call(client.POST('/api/v1/groups', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

export function useUpdateGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'/api/v1/groups/{id}', 'patch'>) =>
      call(client.PATCH('/api/v1/groups/{id}', { params: { path: { id: Number(id) } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

export function useDeleteGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.DELETE('/api/v1/groups/{id}', { params: { path: { id: Number(id) } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: groupKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: groupKeys.lists });
    },
  });
}

export function useGroupMembership(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: groupKeys.all });
  const add = useMutation({
    mutationFn: (unit: UnitSummary) =>
      call(
        client.PUT('/api/v1/groups/{id}/members/{unitCode}', {
          params: { path: { id: Number(id), unitCode: unit.code } },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (unit: UnitSummary) =>
      call(
        client.DELETE('/api/v1/groups/{id}/members/{unitCode}', {
          params: { path: { id: Number(id), unitCode: unit.code } },
        }),
      ),
    onSuccess: refresh,
  });
  return { add, remove };
}
