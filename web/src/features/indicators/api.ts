import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';

export const INDICATOR_TYPES = ['input', 'output', 'outcome', 'efficiency', 'quality', 'context'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const PERIODICITIES = ['year', 'half', 'quarter'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export type Indicator = ApiResponse<'/api/v1/indicators/{code}', 'get'>;
export type IndicatorCoverage = NonNullable<Indicator['coverage']>;
export type Localized = Indicator['names'];
export type VariableRef = Indicator['variables'][number];
export type IndicatorInput = ApiBody<'/api/v1/indicators', 'post'>;
export type Variable = ApiResponse<'/api/v1/variables/{code}', 'get'>;
export type VariableInput = ApiBody<'/api/v1/variables', 'post'>;
export type Plausibility = NonNullable<VariableInput['plausibility']>;
export type RangeCheck = NonNullable<Plausibility['ranges']>[number];
export type Severity = RangeCheck['severity'];
export type IndicatorListParams = ApiQuery<'/api/v1/indicators', 'get'>;
export type VariableListParams = ApiQuery<'/api/v1/variables', 'get'>;
export type UnitIndicatorValues = ApiResponse<'/api/v1/units/{code}/indicators', 'get'>;
export type UnitIndicatorItem = UnitIndicatorValues['items'][number];
export type IndicatorValue = UnitIndicatorItem['values'][number];

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
async function fetchAll<T>(fetchPage: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

export function useIndicators(params: IndicatorListParams) {
  return useQuery({
    queryKey: indicatorKeys.list(params),
    queryFn: ({ signal }) => call(client.GET('/api/v1/indicators', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The whole catalogue (a few hundred at most); used to find which variables an indicator reads. */
export function useAllIndicators(enabled = true) {
  return useQuery({
    queryKey: indicatorKeys.everything,
    queryFn: ({ signal }) =>
      fetchAll((page) =>
        call(client.GET('/api/v1/indicators', { params: { query: { page, pageSize: 100 } }, signal })),
      ),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useIndicator(code: string) {
  return useQuery({
    queryKey: indicatorKeys.detail(code),
    queryFn: ({ signal }) => call(client.GET('/api/v1/indicators/{code}', { params: { path: { code } }, signal })),
  });
}

export function useVariables(params: VariableListParams) {
  return useQuery({
    queryKey: variableKeys.list(params),
    queryFn: ({ signal }) => call(client.GET('/api/v1/variables', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useAllVariables(enabled = true) {
  return useQuery({
    queryKey: variableKeys.everything,
    queryFn: ({ signal }) =>
      fetchAll((page) => call(client.GET('/api/v1/variables', { params: { query: { page, pageSize: 100 } }, signal }))),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useVariable(code: string) {
  return useQuery({
    queryKey: variableKeys.detail(code),
    queryFn: ({ signal }) => call(client.GET('/api/v1/variables/{code}', { params: { path: { code } }, signal })),
  });
}

/** Indicator values of a unit by period, computed by the server from approved data. */
export function useUnitIndicatorValues(unitCode: string | null) {
  return useQuery({
    queryKey: indicatorKeys.unitValues(unitCode ?? ''),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/units/{code}/indicators', { params: { path: { code: unitCode ?? '' } }, signal })),
    enabled: !!unitCode,
  });
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorInput) => call(client.POST('/api/v1/indicators', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useUpdateIndicator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'/api/v1/indicators/{code}', 'patch'>) =>
      call(client.PATCH('/api/v1/indicators/{code}', { params: { path: { code } }, body: input })),
    onSuccess: (indicator) => {
      queryClient.setQueryData(indicatorKeys.detail(code), indicator);
      return queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
  });
}

export function useCreateVariable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VariableInput) => call(client.POST('/api/v1/variables', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: variableKeys.all }),
  });
}

export function useUpdateVariable(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'/api/v1/variables/{code}', 'patch'>) =>
      call(client.PATCH('/api/v1/variables/{code}', { params: { path: { code } }, body: input })),
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
