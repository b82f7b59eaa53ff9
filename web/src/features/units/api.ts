import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, upload, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';

export type UnitSummary = ApiResponse<'/api/v1/units', 'get'>['items'][number];
export type UnitDetail = ApiResponse<'/api/v1/units/{code}', 'get'>;
export type UnitLink = UnitDetail['predecessors'][number];
export type UnitLinkKind = UnitLink['kind'];
export type UnitProfile = UnitDetail['profile'];
export type UnitListParams = ApiQuery<'/api/v1/units', 'get'>;
export type MapLevel = ApiQuery<'/api/v1/maps', 'get'>['level'];
export type UnitFeatureCollection = ApiResponse<'/api/v1/maps', 'get'>;
export type UnitFeature = UnitFeatureCollection['features'][number];
export type ImportResult = ApiResponse<'/api/v1/units/import', 'post'>;

export const unitKeys = {
  all: ['units'] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  kinds: ['units', 'kinds'] as const,
  detail: (code: string) => ['units', 'detail', code] as const,
  map: (level: MapLevel, within: string | undefined) => ['units', 'map', level, within ?? null] as const,
};

export function fetchUnits(params: UnitListParams, signal?: AbortSignal) {
  return call(client.GET('/api/v1/units', { params: { query: params }, signal }));
}

export function useUnits(params: UnitListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) => fetchUnits(params, signal),
    // Keeps the table on screen while the next page loads instead of flashing a spinner.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useUnitKinds() {
  return useQuery({
    queryKey: unitKeys.kinds,
    queryFn: ({ signal }) => call(client.GET('/api/v1/units/kinds', { signal })),
    staleTime: 10 * 60_000,
  });
}

/** The 16 voivodeships change once in a generation; one request with a large page is enough. */
export function useVoivodeships() {
  return useQuery({
    queryKey: unitKeys.list({ kind: 'voivodeship', pageSize: 100 }),
    queryFn: ({ signal }) => fetchUnits({ kind: 'voivodeship', pageSize: 100 }, signal),
    staleTime: 60 * 60_000,
  });
}

export function useUnit(code: string) {
  return useQuery({
    queryKey: unitKeys.detail(code),
    queryFn: ({ signal }) => call(client.GET('/api/v1/units/{code}', { params: { path: { code } }, signal })),
  });
}

export function useUnitMap(level: MapLevel, within: string | undefined, enabled = true) {
  return useQuery({
    queryKey: unitKeys.map(level, within),
    queryFn: ({ signal }) => call(client.GET('/api/v1/maps', { params: { query: { level, within } }, signal })),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function useUpdateUnitProfile(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ApiBody<'/api/v1/units/{code}', 'patch'>) =>
      call(client.PATCH('/api/v1/units/{code}', { params: { path: { code } }, body: profile })),
    onSuccess: (unit) => queryClient.setQueryData(unitKeys.detail(code), unit),
  });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun, fileName }: { csv: string; dryRun: boolean; fileName?: string }) =>
      upload('/api/v1/units/import', csv, {
        params: { query: { dryRun: dryRun ? 'true' : 'false', fileName } },
        contentType: 'text/csv',
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}
