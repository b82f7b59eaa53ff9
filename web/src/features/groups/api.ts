import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg, type Page } from '../../lib/api';
import type { UnitSummary } from '../units/api';

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

export interface GroupSummary {
  id: number;
  name: string;
  description: string | null;
  serviceArea: string;
  kind: GroupKind;
  isDemo: boolean;
  memberCount: number;
}

export interface GroupModerator {
  userId: string;
  name: string;
  email: string;
}

export interface GroupDetail extends GroupSummary {
  members: UnitSummary[];
  moderators: GroupModerator[];
}

export interface GroupInput {
  name: string;
  description?: string | null;
  serviceArea: string;
  kind: GroupKind;
}

export interface GroupListParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

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
    queryFn: ({ signal }) => api.get<Page<GroupSummary>>('/groups', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: groupKeys.detail(id),
    queryFn: ({ signal }) => api.get<GroupDetail>(`/groups/${seg(id)}`, undefined, signal),
  });
}

/** Falls back to the documented list, so the form works even before the endpoint answers. */
export function useServiceAreas() {
  return useQuery({
    queryKey: groupKeys.serviceAreas,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: { id: string }[] }>('/groups/service-areas', undefined, signal)).items.map(
        (item) => item.id,
      ),
    placeholderData: [...SERVICE_AREAS],
    staleTime: 60 * 60_000,
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GroupInput) => api.post<GroupSummary>('/groups', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

export function useUpdateGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<GroupInput>) => api.patch<GroupSummary>(`/groups/${seg(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

export function useDeleteGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/groups/${seg(id)}`),
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
    mutationFn: (unit: UnitSummary) => api.put(`/groups/${seg(id)}/members/${seg(unit.code)}`),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (unit: UnitSummary) => api.delete(`/groups/${seg(id)}/members/${seg(unit.code)}`),
    onSuccess: refresh,
  });
  return { add, remove };
}
