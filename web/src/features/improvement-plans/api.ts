import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, seg } from '../../lib/api';
import { unitKeys, type UnitDetail } from '../units/api';
import type { EffectCheck, EffectVerdict as DomainVerdict } from '../../../../domain/improvement-plans/effect-check';
import type { PriorityClass, PriorityQuadrant, Timeliness } from '../../../../domain/improvement-plans/priority';

/** The domain's verdicts, plus the server's answer for a neutral indicator (no better direction). */
export type EffectVerdict = DomainVerdict | 'not-applicable';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const SOURCE_TYPES = ['caf-improvement', 'benchmark-gap', 'survey-result', 'free'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Where an action came from; which fields are set depends on the type. */
export interface ActionSource {
  /** 'meeting-action' is set only by sending a network meeting's agreed action to the plan. */
  type: SourceType | 'meeting-action';
  groupId?: number;
  meetingId?: number;
  meetingActionId?: number;
  assessmentId?: number;
  itemId?: string;
  indicatorCode?: string;
  surveyWaveId?: number | string;
  questionId?: string;
  note?: string | null;
}

export interface PlanSummary {
  id: number;
  unit: { code: string; name: string; kind: string } | null;
  group: { id: number; name: string } | null;
  period: string;
  title: string;
  description: string | null;
  actionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ActionUpdate {
  id: number;
  date: string;
  comment: string;
  status: ActionStatus | null;
  progress: number | null;
  createdAt: string;
  author: { id: string; name: string } | null;
}

export interface ActionIndicator {
  code: string;
  names: { pl: string; en: string };
  unit: string;
  decimals: number;
  polarity: string;
  baseline: number | null;
  target: number | null;
  peers: string | null;
}

export interface Action {
  id: number;
  planId: number;
  title: string;
  description: string | null;
  source: ActionSource;
  owner: string | null;
  startDate: string | null;
  endDate: string | null;
  status: ActionStatus;
  /** impact × feasibility (CAF step 7), each 1–5. */
  priority: { impact: number; feasibility: number; score: number; class: PriorityClass; quadrant: PriorityQuadrant };
  schedule: { timeliness: Timeliness; daysLate: number; overdue: boolean };
  /** PLN as an exact decimal string (never rounded); null when not given. */
  budget: string | null;
  progress: number | null;
  indicator: ActionIndicator | null;
  updates: ActionUpdate[];
  createdAt: string;
  updatedAt: string;
}

export interface PlanDetail extends PlanSummary {
  canManage: boolean;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  /** Highest priority first. */
  actions: Action[];
}

export interface PlanInput {
  unitCode?: string;
  groupId?: number;
  period: string;
  title: string;
  description?: string | null;
}

export interface ActionInput {
  title: string;
  description?: string | null;
  source: ActionSource;
  owner?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  status: ActionStatus;
  impact: number;
  feasibility: number;
  /** PLN, digits with at most two decimals ("12500.50"). */
  budget?: string | null;
  indicator?: { code: string; baseline?: number | null; target?: number | null; peers?: string | null } | null;
}

export interface UpdateInput {
  date: string;
  comment: string;
  status?: ActionStatus;
  progress?: number;
}

type Check = Omit<EffectCheck, 'verdict' | 'reasons' | 'polarity'>;

export interface Effect {
  actionId: number;
  actionStart: string | null;
  actionEnd: string | null;
  indicator: { code: string; names: { pl: string; en: string }; unit: string; decimals: number; polarity: string };
  peers: { spec: string; count: number };
  verdict: EffectVerdict;
  /** Why there is no verdict (not enough data). */
  reasons: { code: string; message: string }[];
  /** The difference-in-differences behind the verdict; null for a neutral indicator. */
  check: Check | null;
  unitSeries: { period: string; value: number | null }[];
  /** The peers' median per period, with their quartiles and how many had a value. */
  peerMedianSeries: { period: string; value: number | null; q1: number | null; q3: number | null; n: number }[];
}

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
    queryFn: ({ signal }) => api.get<UnitDetail>(`/units/${seg(code ?? '')}`, undefined, signal),
    enabled: !!code,
  });
}

export function usePlans(filter: { unit?: string; group?: string }, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(filter),
    queryFn: ({ signal }) =>
      api.get<{ items: PlanSummary[] }>('/improvement-plans', { unit: filter.unit, group: filter.group }, signal),
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => api.get<PlanDetail>(`/improvement-plans/${seg(id)}`, undefined, signal),
    enabled: !!id,
  });
}

export function useActionEffect(actionId: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.effect(actionId),
    queryFn: ({ signal }) => api.get<Effect>(`/improvement-actions/${seg(actionId)}/effect`, undefined, signal),
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
    mutationFn: (input: PlanInput) => api.post<PlanDetail>('/improvement-plans', input),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan(id: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: Partial<Pick<PlanInput, 'period' | 'title' | 'description'>>) =>
      api.patch<PlanDetail>(`/improvement-plans/${seg(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useCreateAction(planId: number | string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: ActionInput) => api.post<Action>(`/improvement-plans/${seg(planId)}/actions`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateAction() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ id, ...input }: Partial<ActionInput> & { id: number }) =>
      api.patch<Action>(`/improvement-actions/${seg(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteAction() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/improvement-actions/${seg(id)}`),
    onSuccess: invalidate,
  });
}

export function useAddUpdate(actionId: number) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: UpdateInput) =>
      api.post<{ update: ActionUpdate; action: Action }>(`/improvement-actions/${seg(actionId)}/updates`, input),
    onSuccess: invalidate,
  });
}
