import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiResponse } from '../../lib/client';

export type StrategyList = ApiResponse<'/api/v1/units/{code}/strategies', 'get'>;
export type Strategy = ApiResponse<'/api/v1/strategies/{id}', 'get'>;
export type Monitoring = ApiResponse<'/api/v1/strategies/{id}/monitoring', 'get'>;
export type MonitoredMeasure = Monitoring['measures'][number];
export type MonitoredGoal = Monitoring['goals'][number];
export type Light = MonitoredMeasure['light'];
export type MeasureDetail = ApiResponse<'/api/v1/strategy-measures/{id}', 'get'>;
export type MeasureBody = ApiBody<'/api/v1/strategies/{id}/measures', 'post'>;
export type StrategyBody = ApiBody<'/api/v1/units/{code}/strategies', 'post'>;
export type StrategyPatch = ApiBody<'/api/v1/strategies/{id}', 'patch'>;
export type Organisations = ApiResponse<'/api/v1/units/{code}/ngos', 'get'>;
export type Organisation = Organisations['items'][number];
export type Evaluations = ApiResponse<'/api/v1/strategies/{id}/evaluations', 'get'>;

export const strategyKeys = {
  all: ['strategy-monitoring'] as const,
  unit: (code: string) => ['strategy-monitoring', 'unit', code] as const,
  detail: (id: number) => ['strategy-monitoring', 'strategy', id] as const,
  monitoring: (id: number, period: string | undefined) => ['strategy-monitoring', 'monitoring', id, period] as const,
  measure: (id: number) => ['strategy-monitoring', 'measure', id] as const,
  ngos: (code: string) => ['strategy-monitoring', 'ngos', code] as const,
  evaluations: (id: number) => ['strategy-monitoring', 'evaluations', id] as const,
};

export const strategyPath = (id: number) => `/strategies/${id}`;
export const measurePath = (id: number) => `/strategy-measures/${id}`;
export const unitStrategiesPath = (code: string) => `/units/${encodeURIComponent(code)}/strategies`;
export const unitNgosPath = (code: string) => `/units/${encodeURIComponent(code)}/ngos`;
export const evaluationPath = (id: number) => `/strategies/${id}/evaluation`;
export const reportUrl = (id: number, format: 'pdf' | 'xlsx' | 'docx', period: string | null, lang: string) =>
  `/api/v1/strategies/${id}/report?format=${format}&lang=${lang === 'en' ? 'en' : 'pl'}${period ? `&period=${encodeURIComponent(period)}` : ''}`;

export function useUnitStrategies(code: string) {
  return useQuery({
    queryKey: strategyKeys.unit(code),
    queryFn: () => call(client.GET('/api/v1/units/{code}/strategies', { params: { path: { code } } })),
  });
}

export function useCreateStrategy(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StrategyBody) =>
      call(client.POST('/api/v1/units/{code}/strategies', { params: { path: { code } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.unit(code) }),
  });
}

export function useStrategy(id: number) {
  return useQuery({
    queryKey: strategyKeys.detail(id),
    queryFn: () => call(client.GET('/api/v1/strategies/{id}', { params: { path: { id } } })),
  });
}

export function useMonitoring(id: number, period: string | undefined) {
  return useQuery({
    queryKey: strategyKeys.monitoring(id, period),
    queryFn: () =>
      call(
        client.GET('/api/v1/strategies/{id}/monitoring', {
          params: { path: { id }, query: period ? { period } : {} },
        }),
      ),
  });
}

/** Any change of a strategy refreshes all its views. */
function useInvalidateStrategies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: strategyKeys.all });
}

export function useUpdateStrategy(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: StrategyPatch) =>
      call(client.PATCH('/api/v1/strategies/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddGoal(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/strategies/{id}/goals', 'post'>) =>
      call(client.POST('/api/v1/strategies/{id}/goals', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useAddMeasure(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: MeasureBody) =>
      call(client.POST('/api/v1/strategies/{id}/measures', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function usePublish(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: { period: string; published: boolean }) =>
      call(client.POST('/api/v1/strategies/{id}/publications', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useMeasure(id: number) {
  return useQuery({
    queryKey: strategyKeys.measure(id),
    queryFn: () => call(client.GET('/api/v1/strategy-measures/{id}', { params: { path: { id } } })),
  });
}

export function useEnterValue(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: { period: string; value: number | null }) =>
      call(client.PUT('/api/v1/strategy-measures/{id}/values', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useSaveComment(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: { period: string; comment: string }) =>
      call(client.PUT('/api/v1/strategy-measures/{id}/comment', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useEvaluations(id: number) {
  return useQuery({
    queryKey: strategyKeys.evaluations(id),
    queryFn: () => call(client.GET('/api/v1/strategies/{id}/evaluations', { params: { path: { id } } })),
  });
}

export function useSaveEvaluation(id: number) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: ({
      year,
      answers,
    }: {
      year: number;
      answers: ApiBody<'/api/v1/strategies/{id}/evaluations/{year}', 'put'>['answers'];
    }) =>
      call(
        client.PUT('/api/v1/strategies/{id}/evaluations/{year}', { params: { path: { id, year } }, body: { answers } }),
      ),
    onSuccess: invalidate,
  });
}

export function useOrganisations(code: string) {
  return useQuery({
    queryKey: strategyKeys.ngos(code),
    queryFn: () => call(client.GET('/api/v1/units/{code}/ngos', { params: { path: { code } } })),
  });
}

export function useImportOrganisations(code: string) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (csv: string) =>
      call(client.POST('/api/v1/units/{code}/ngos/import', { params: { path: { code } }, body: { csv } })),
    onSuccess: invalidate,
  });
}

export function useAddOrganisation(code: string) {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/units/{code}/ngos', 'post'>) =>
      call(client.POST('/api/v1/units/{code}/ngos', { params: { path: { code } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation() {
  const invalidate = useInvalidateStrategies();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & ApiBody<'/api/v1/ngos/{id}', 'patch'>) =>
      call(client.PATCH('/api/v1/ngos/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
