import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, seg } from '../../lib/api';
import { call, client, type AnyOf, type ApiBody, type ApiResponse } from '../../lib/client';
import { unitKeys } from '../units';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const SOURCE_TYPES = ['caf-improvement', 'benchmark-gap', 'survey-result', 'free'] as const;

export type PlanSummary = ApiResponse<'/api/v1/improvement-plans', 'get'>['items'][number];
export type PlanDetail = ApiResponse<'/api/v1/improvement-plans/{id}', 'get'>;
export type Action = PlanDetail['actions'][number];
export type ActionStatus = Action['status'];
export type SourceType = Action['source']['type'];
/** Where an action came from; which fields are set depends on the type. */
export type ActionSource = AnyOf<Action['source']> & { type: SourceType };
export type ActionUpdate = Action['updates'][number];
export type ActionIndicator = NonNullable<Action['indicator']>;
export type PlanInput = ApiBody<'/api/v1/improvement-plans', 'post'>;
export type ActionInput = ApiBody<'/api/v1/improvement-plans/{id}/actions', 'post'>;
export type UpdateInput = ApiBody<'/api/v1/improvement-actions/{id}/updates', 'post'>;
export type Effect = ApiResponse<'/api/v1/improvement-actions/{id}/effect', 'get'>;
export type EffectVerdict = Effect['verdict'];

export const planKeys = {
  all: ['improvement-plans'] as const,
  list: (filter: { unit?: string; group?: string }) =>
    ['improvement-plans', 'list', filter.unit ?? null, filter.group ?? null] as const,
  detail: (id: string) => ['improvement-plans', 'detail', id] as const,
  effect: (actionId: number) => ['improvement-plans', 'effect', actionId] as const,
};

export function planPath(id: number | string): string {
  return `/improvement-plans/${encodeURIComponent(String(id))}`;
}

export function actionPath(planId: number | string, actionId: number | string): string {
  return `${planPath(planId)}/actions/${encodeURIComponent(String(actionId))}`;
}

export function planExportUrl(id: number | string, format: 'xlsx' | 'csv'): string {
  return `${API_BASE}/improvement-plans/${seg(id)}/export?format=${format}`;
}

/** A unit's detail when a code is given (same cache entry as the unit page); for naming the plan's owner. */
export function useOptionalUnit(code: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(code ?? ''),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/units/{code}', { params: { path: { code: code ?? '' } }, signal })),
    enabled: !!code,
  });
}

export function usePlans(filter: { unit?: string; group?: string }, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(filter),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/improvement-plans', {
          params: {
            query: { unit: filter.unit, group: filter.group === undefined ? undefined : Number(filter.group) },
          },
          signal,
        }),
      ),
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/improvement-plans/{id}', { params: { path: { id: Number(id) } }, signal })),
    enabled: !!id,
  });
}

export function useActionEffect(actionId: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.effect(actionId),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/improvement-actions/{id}/effect', { params: { path: { id: actionId } }, signal })),
    enabled,
  });
}

/**
 * Plans, actions and effects are stale after any change. Not awaited: moving a card or deleting an
 * action unmounts the control that did it, and the caller's onSuccess (announce, navigate) must
 * still run — TanStack Query skips it for an unmounted component.
 */
function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: planKeys.all });
  };
}

export function useCreatePlan() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PlanInput) => call(client.POST('/api/v1/improvement-plans', { body: input })),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: ApiBody<'/api/v1/improvement-plans/{id}', 'patch'>) =>
      call(client.PATCH('/api/v1/improvement-plans/{id}', { params: { path: { id } }, body: input })),
    onSuccess: invalidate,
  });
}

export function useCreateAction(planId: number | string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: ActionInput) =>
      call(
        client.POST('/api/v1/improvement-plans/{id}/actions', {
          params: { path: { id: Number(planId) } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateAction() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ id, ...input }: ApiBody<'/api/v1/improvement-actions/{id}', 'patch'> & { id: number }) =>
      call(client.PATCH('/api/v1/improvement-actions/{id}', { params: { path: { id } }, body: input })),
    onSuccess: invalidate,
  });
}

export function useDeleteAction() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (id: number) => call(client.DELETE('/api/v1/improvement-actions/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useAddUpdate(actionId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: UpdateInput) =>
      call(
        client.POST('/api/v1/improvement-actions/{id}/updates', { params: { path: { id: actionId } }, body: input }),
      ),
    onSuccess: invalidate,
  });
}

/** Publish (true) or withdraw (false) a plan for everyone. */
export function usePublishPlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (published: boolean) =>
      call(
        client.POST('/api/v1/improvement-plans/{id}/publication', { params: { path: { id } }, body: { published } }),
      ),
    onSuccess: invalidate,
  });
}
