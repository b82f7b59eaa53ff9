import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg, type Page } from '../../lib/api';
import type { ApiResponse } from '../../lib/client';
import type { UnitSummary } from '../units/api';

export const INDICATOR_TYPES = ['input', 'output', 'outcome', 'efficiency', 'quality', 'context'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const PERIODICITIES = ['year', 'half', 'quarter'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export type Severity = 'error' | 'warning';

export interface Localized {
  pl: string;
  en: string;
}

export interface VariableRef {
  code: string;
  names: Localized;
  unit: string;
}

export interface Indicator {
  code: string;
  names: Localized;
  definition: Localized;
  formula: string;
  unit: string;
  decimals: number;
  polarity: Polarity;
  type: string;
  area: string;
  unitKinds: string[];
  source: Localized;
  isShipped: boolean;
  variables: VariableRef[];
  /** Units with a value per period and the default period; null in answers to writes. */
  coverage: IndicatorCoverage | null;
}

export type IndicatorCoverage = NonNullable<ApiResponse<'/api/v1/indicators/{code}', 'get'>['coverage']>;

export interface IndicatorInput {
  code: string;
  names: Localized;
  definition: Localized;
  formula: string;
  unit: string;
  decimals: number;
  polarity: Polarity;
  type: IndicatorType;
  area: string;
  unitKinds: string[];
  source: Localized;
}

export interface RangeCheck {
  unitKinds?: string[];
  min?: number;
  max?: number;
  severity: Severity;
}

export interface Plausibility {
  nonNegative?: boolean;
  ranges?: RangeCheck[];
  yearOnYear?: { maxRelativeChange: number; severity: Severity };
  peerOutlier?: { threshold: number; severity: Severity };
}

export interface Variable {
  code: string;
  names: Localized;
  unit: string;
  source: string;
  periodicity: Periodicity;
  description: Localized;
  plausibility: Plausibility | null;
  bdl: Record<string, unknown> | null;
  isShipped: boolean;
}

export interface VariableInput {
  code: string;
  names: Localized;
  unit: string;
  source: string;
  periodicity: Periodicity;
  description: Localized;
  plausibility: Plausibility | null;
}

export interface IndicatorListParams {
  q?: string;
  area?: string;
  type?: string;
  unitKind?: string;
  page?: number;
  pageSize?: number;
}

export interface VariableListParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

export type NoValueReason = 'missing-input' | 'division-by-zero' | 'not-finite';

export interface IndicatorValue {
  period: string;
  value: number | null;
  noValue: { reason: NoValueReason | string; variables: string[] } | null;
}

export interface UnitIndicatorItem {
  code: string;
  names: Localized;
  unit: string;
  decimals: number;
  polarity: string;
  area: string;
  type: string;
  values: IndicatorValue[];
}

export interface UnitIndicatorValues {
  unit: UnitSummary;
  periods: string[];
  items: UnitIndicatorItem[];
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (params: IndicatorListParams) => ['indicators', 'list', params] as const,
  everything: ['indicators', 'everything'] as const,
  detail: (code: string) => ['indicators', 'detail', code] as const,
  unitValues: (unitCode: string) => ['indicators', 'unit-values', unitCode] as const,
};

export const variableKeys = {
  all: ['variables'] as const,
  list: (params: VariableListParams) => ['variables', 'list', params] as const,
  everything: ['variables', 'everything'] as const,
  detail: (code: string) => ['variables', 'detail', code] as const,
};

/** The API pages by at most 100; catalogue-wide views (names of codes, pickers) read every page. */
async function fetchAll<T>(path: string, signal: AbortSignal | undefined): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<T>>(path, { page, pageSize: 100 }, signal);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

export function useIndicators(params: IndicatorListParams) {
  return useQuery({
    queryKey: indicatorKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Indicator>>('/indicators', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The whole catalogue (a few hundred at most); used to find which variables an indicator reads. */
export function useAllIndicators(enabled = true) {
  return useQuery({
    queryKey: indicatorKeys.everything,
    queryFn: ({ signal }) => fetchAll<Indicator>('/indicators', signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useIndicator(code: string) {
  return useQuery({
    queryKey: indicatorKeys.detail(code),
    queryFn: ({ signal }) => api.get<Indicator>(`/indicators/${seg(code)}`, undefined, signal),
  });
}

export function useVariables(params: VariableListParams) {
  return useQuery({
    queryKey: variableKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Variable>>('/variables', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAllVariables(enabled = true) {
  return useQuery({
    queryKey: variableKeys.everything,
    queryFn: ({ signal }) => fetchAll<Variable>('/variables', signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useVariable(code: string) {
  return useQuery({
    queryKey: variableKeys.detail(code),
    queryFn: ({ signal }) => api.get<Variable>(`/variables/${seg(code)}`, undefined, signal),
  });
}

/** Indicator values of a unit by period, computed by the server from approved data. */
export function useUnitIndicatorValues(unitCode: string | null) {
  return useQuery({
    queryKey: indicatorKeys.unitValues(unitCode ?? ''),
    queryFn: ({ signal }) =>
      api.get<UnitIndicatorValues>(`/units/${seg(unitCode ?? '')}/indicators`, undefined, signal),
    enabled: !!unitCode,
  });
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorInput) => api.post<Indicator>('/indicators', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useUpdateIndicator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<Omit<IndicatorInput, 'code'>>) =>
      api.patch<Indicator>(`/indicators/${seg(code)}`, input),
    onSuccess: (indicator) => {
      queryClient.setQueryData(indicatorKeys.detail(code), indicator);
      return queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
  });
}

export function useCreateVariable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VariableInput) => api.post<Variable>('/variables', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: variableKeys.all }),
  });
}

export function useUpdateVariable(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<Omit<VariableInput, 'code'>>) => api.patch<Variable>(`/variables/${seg(code)}`, input),
    onSuccess: (variable) => {
      queryClient.setQueryData(variableKeys.detail(code), variable);
      // Indicator views show variable names and units.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: variableKeys.all }),
        queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
      ]);
    },
  });
}
