import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg, type Page } from '../../lib/api';

export interface UnitSummary {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
  source: 'teryt' | 'csv';
}

export type UnitLinkKind = 'type-change' | 'merged-into' | 'split-into' | 'renamed';

export interface UnitLink {
  unit: UnitSummary;
  kind: UnitLinkKind;
  date: string | null;
  note: string | null;
}

export interface UnitProfile {
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
}

export interface UnitDetail extends UnitSummary {
  ancestors: UnitSummary[];
  children: UnitSummary[];
  siblings: UnitSummary[];
  predecessors: UnitLink[];
  successors: UnitLink[];
  hasGeometry: boolean;
  attributes: { terytType?: string; terytLabel?: string };
  profile: UnitProfile;
}

export interface UnitListParams {
  q?: string;
  kind?: string;
  parent?: string;
  within?: string;
  includeHistorical?: boolean;
  page?: number;
  pageSize?: number;
}

export type MapLevel = 'voivodeship' | 'county' | 'municipality';

export interface UnitFeature {
  type: 'Feature';
  properties: { code: string; name: string; kind: string };
  geometry: unknown;
}

export interface UnitFeatureCollection {
  type: 'FeatureCollection';
  features: UnitFeature[];
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  total: number;
}

export const unitKeys = {
  all: ['units'] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  kinds: ['units', 'kinds'] as const,
  detail: (code: string) => ['units', 'detail', code] as const,
  map: (level: MapLevel, within: string | undefined) => ['units', 'map', level, within ?? null] as const,
};

export function fetchUnits(params: UnitListParams, signal?: AbortSignal) {
  return api.get<Page<UnitSummary>>('/units', { ...params }, signal);
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
    queryFn: ({ signal }) => api.get<{ items: { kind: string; count: number }[] }>('/units/kinds', undefined, signal),
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
    queryFn: ({ signal }) => api.get<UnitDetail>(`/units/${seg(code)}`, undefined, signal),
  });
}

export function useUnitMap(level: MapLevel, within: string | undefined, enabled = true) {
  return useQuery({
    queryKey: unitKeys.map(level, within),
    queryFn: ({ signal }) => api.get<UnitFeatureCollection>('/maps', { level, within }, signal),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function useUpdateUnitProfile(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: Partial<UnitProfile>) => api.patch<UnitDetail>(`/units/${seg(code)}`, profile),
    onSuccess: (unit) => queryClient.setQueryData(unitKeys.detail(code), unit),
  });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun, fileName }: { csv: string; dryRun: boolean; fileName?: string }) =>
      api.post<ImportResult>('/units/import', csv, { query: { dryRun, fileName }, contentType: 'text/csv' }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}
