import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, buildQuery, API_BASE, seg } from '../../lib/api';
import { call, client, type ApiResponse } from '../../lib/client';
import type { Localized, Polarity } from '../indicators/api';

export interface BenchIndicator {
  code: string;
  names: Localized;
  unit: string;
  decimals: number;
  polarity: Polarity;
  area: string;
  type: string;
}

/** Peer-group statistics; quantiles as PostgreSQL percentile_cont, sd is the sample SD. */
export interface GroupStats {
  n: number;
  missing: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
  sd: number | null;
  best: number | null;
  /** Fewer than 5 units with a value: shown, never coloured as a solid comparison. */
  smallGroup: boolean;
}

export interface Position {
  value: number;
  n: number;
  /** 1 = best by polarity; null for neutral indicators. */
  rank: number | null;
  ascendingRank: number;
  /** percent_rank over ascending values, 0–1. */
  percentRank: number;
  /** Share (0–1) of the other members this value is strictly better than; null for neutral. */
  betterThan: number | null;
  /** 1 = best quarter; null for neutral. */
  quartile: 1 | 2 | 3 | 4 | null;
  zScore: number | null;
  /** Positive = better than the median. */
  gapToMedian: number;
  gapToBest: number | null;
  smallGroup: boolean;
}

export type Direction = 'improving' | 'worsening' | 'stable' | 'insufficient-data' | 'rising' | 'falling';

export interface UnitRef {
  code: string;
  name: string;
  kind: string;
}

export interface PeersInfo {
  spec: string;
  count: number;
}

export interface TrendPoint {
  period: string;
  value: number | null;
}

export interface UnitBenchmarkItem {
  indicator: BenchIndicator;
  value: number | null;
  stats: GroupStats;
  position: Position | null;
  trend: TrendPoint[];
  direction: Direction;
}

export interface UnitBenchmark {
  unit: UnitRef;
  period: string;
  peers: PeersInfo;
  items: UnitBenchmarkItem[];
}

export interface IndicatorBenchmark {
  indicator: BenchIndicator;
  period: string;
  peers: PeersInfo;
  stats: GroupStats;
  items: { unit: UnitRef; value: number | null; position: Position | null }[];
}

export interface NeighbourContribution {
  variable: string;
  weight: number;
  rawUnit: number | null;
  rawNeighbour: number | null;
  zUnit: number;
  zNeighbour: number;
  imputedUnit: boolean;
  imputedNeighbour: boolean;
  contribution: number;
  /** Share (0–1) of the squared distance this variable contributes; null when the distance is 0. */
  share: number | null;
}

export interface Neighbour {
  code: string;
  name: string;
  rank: number;
  distance: number;
  relativeDistance: number;
  contributions: NeighbourContribution[];
}

export interface Neighbours {
  unit: UnitRef;
  period: string;
  code: string;
  variables: { key: string; transform: string; names: Localized }[];
  weights: Record<string, number>;
  imputedVariables: string[];
  farthestDistance: number;
  neighbours: Neighbour[];
}

export type DeaModel = 'ccr' | 'bcc';
export type DeaOrientation = 'input' | 'output';

export interface DeaRequest {
  model: DeaModel;
  orientation: DeaOrientation;
  superEfficiency?: boolean;
  period?: string;
  peers?: string;
  inputs: string[];
  outputs: string[];
}

export interface DeaIndicatorRef {
  code: string;
  names: Localized;
  unit: string;
}

export interface DeaUnit {
  code: string;
  name: string;
  score: number;
  efficient: boolean;
  superEfficiency: number | null;
  peers: { code: string; name: string; lambda: number }[];
  targets: { inputs: number[]; outputs: number[] };
  slacks: { inputs: number[]; outputs: number[] };
  values: { inputs: number[]; outputs: number[] };
}

export interface DeaResult {
  model: DeaModel;
  orientation: DeaOrientation;
  period: string;
  peers: PeersInfo;
  inputs: DeaIndicatorRef[];
  outputs: DeaIndicatorRef[];
  units: DeaUnit[];
  excluded: { code: string; name: string; reason: string }[];
  warnings: string[];
}

export type Normalisation = 'min-max' | 'z-score';
export type Aggregation = 'arithmetic' | 'geometric';
export type MissingPolicy = 'exclude' | 'reweight';

export interface CompositeRequest {
  period?: string;
  peers?: string;
  indicators: { code: string; weight?: number }[];
  normalisation: Normalisation;
  aggregation: Aggregation;
  missing?: MissingPolicy;
  sensitivity?: { draws?: number; spread?: number; seed?: number };
}

export interface CompositeUnit {
  code: string;
  name: string;
  index: number;
  rank: number;
  coverage: number;
  sensitivity: { medianRank: number; rankInterval: [number, number] } | null;
}

export interface CompositeResult {
  period: string;
  peers: PeersInfo;
  indicators: { code: string; names: Localized; polarity: Polarity; weight: number; constant: boolean }[];
  units: CompositeUnit[];
  excluded: { code: string; name: string; indicators: string[] }[];
  sensitivity: { draws: number; spread: number; seed: number } | null;
}

export interface PeerQuery {
  period?: string | undefined;
  peers?: string | undefined;
}

export const benchmarkingKeys = {
  all: ['benchmarking'] as const,
  unit: (code: string, query: PeerQuery) =>
    ['benchmarking', 'unit', code, query.period ?? null, query.peers ?? null] as const,
  indicator: (code: string, query: PeerQuery) =>
    ['benchmarking', 'indicator', code, query.period ?? null, query.peers ?? null] as const,
  neighbours: (code: string, query: NeighbourQuery) => ['benchmarking', 'neighbours', code, query] as const,
  dea: (request: DeaRequest) => ['benchmarking', 'dea', request] as const,
  composite: (request: CompositeRequest) => ['benchmarking', 'composite', request] as const,
  coverage: (query: PeerQuery) => ['benchmarking', 'coverage', query.period ?? null, query.peers ?? null] as const,
};

export type PickerCoverage = ApiResponse<'/api/v1/benchmarking/coverage', 'get'>;

/**
 * Per indicator, members of the peer group with a value in the chosen period (without one: in
 * each indicator's own default period) — what the DEA and composite pickers show and disable at 0.
 */
export function usePickerCoverage(query: PeerQuery) {
  return useQuery({
    queryKey: benchmarkingKeys.coverage(query),
    queryFn: () =>
      call(
        client.GET('/api/v1/benchmarking/coverage', {
          params: {
            query: {
              ...(query.period ? { period: query.period } : {}),
              ...(query.peers ? { peers: query.peers } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * How many years back a request without a period may step. The engine's latest period can hold
 * only helper variables (the BDL extract stores last year's population under the next year, for
 * year-on-year change), so "latest" alone may show an empty comparison.
 */
const MAX_STEPS_BACK = 10;

function previousYear(period: string): string | null {
  return /^\d{4}$/.test(period) ? String(Number(period) - 1) : null;
}

/** The latest period in which the unit has a value of at least one indicator (from the series of every item). */
export function latestPeriodWithData(items: readonly { trend: readonly TrendPoint[] }[]): string | null {
  let latest: string | null = null;
  for (const item of items) {
    for (const point of item.trend)
      if (point.value !== null && (latest === null || point.period > latest)) latest = point.period;
  }
  return latest;
}

export function fetchUnitBenchmark(code: string, query: PeerQuery, signal?: AbortSignal) {
  return api.get<UnitBenchmark>(
    `/benchmarking/units/${seg(code)}`,
    { period: query.period, peers: query.peers },
    signal,
  );
}

/**
 * A unit's dashboard. Without a period, the latest period in which the unit has indicator values
 * (read from the series of a first answer), not merely the latest period with any stored value.
 */
async function fetchUnitBenchmarkWithData(
  code: string,
  query: PeerQuery,
  signal?: AbortSignal,
): Promise<UnitBenchmark> {
  const first = await fetchUnitBenchmark(code, query, signal);
  if (query.period || first.items.some((item) => item.value !== null)) return first;
  const latest = latestPeriodWithData(first.items);
  return latest && latest !== first.period ? fetchUnitBenchmark(code, { ...query, period: latest }, signal) : first;
}

export function useUnitBenchmark(code: string, query: PeerQuery, enabled = true) {
  return useQuery({
    queryKey: benchmarkingKeys.unit(code, query),
    queryFn: ({ signal }) => fetchUnitBenchmarkWithData(code, query, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && !!code,
  });
}

export function fetchIndicatorBenchmark(code: string, query: PeerQuery, signal?: AbortSignal) {
  return api.get<IndicatorBenchmark>(
    `/benchmarking/indicators/${seg(code)}`,
    { period: query.period, peers: query.peers },
    signal,
  );
}

/** Without a period: the latest yearly period in which the group has a value (see MAX_STEPS_BACK). */
async function fetchIndicatorBenchmarkWithData(
  code: string,
  query: PeerQuery,
  signal?: AbortSignal,
): Promise<IndicatorBenchmark> {
  let result = await fetchIndicatorBenchmark(code, query, signal);
  if (query.period) return result;
  for (let step = 0; step < MAX_STEPS_BACK && result.stats.n === 0; step++) {
    const previous = previousYear(result.period);
    if (!previous) break;
    try {
      result = await fetchIndicatorBenchmark(code, { ...query, period: previous }, signal);
    } catch {
      // PERIOD_NOT_FOUND: no data at all before this period; keep the last answer.
      break;
    }
  }
  return result;
}

export function useIndicatorBenchmark(code: string, query: PeerQuery, enabled = true) {
  return useQuery({
    queryKey: benchmarkingKeys.indicator(code, query),
    queryFn: ({ signal }) => fetchIndicatorBenchmarkWithData(code, query, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && !!code,
  });
}

/** The peer group's distribution in each of `periods` (for the trend against the median with the IQR band). */
export function useIndicatorSeries(code: string, peers: string | undefined, periods: readonly string[]) {
  return useQueries({
    queries: periods.map((period) => ({
      queryKey: benchmarkingKeys.indicator(code, { period, peers }),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchIndicatorBenchmark(code, { period, peers }, signal),
      staleTime: 5 * 60_000,
    })),
  });
}

export interface NeighbourQuery {
  k?: number | undefined;
  /** `variable:weight,variable:weight`; omitted = the model's weights (all 1). */
  weights?: string | undefined;
  period?: string | undefined;
}

export function useNeighbours(code: string, query: NeighbourQuery, enabled = true) {
  return useQuery({
    queryKey: benchmarkingKeys.neighbours(code, query),
    queryFn: ({ signal }) =>
      api.get<Neighbours>(
        `/benchmarking/neighbours/${seg(code)}`,
        { k: query.k, weights: query.weights, period: query.period },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled: enabled && !!code,
  });
}

/**
 * DEA and composite are read-only computations sent as POST (their bodies are too rich for a
 * query string); as queries they are cached per request and re-run only when the request changes.
 * Without a period the server runs them on the latest period substantial for every chosen indicator.
 */
export function useDea(request: DeaRequest | null) {
  return useQuery({
    queryKey: benchmarkingKeys.dea(request ?? ({} as DeaRequest)),
    queryFn: async ({ signal }) => {
      // Without a period the server takes the latest one substantial for every chosen indicator.
      return api.post<DeaResult>('/benchmarking/dea', request!, { signal });
    },
    enabled: request !== null && request.inputs.length > 0,
    staleTime: 5 * 60_000,
  });
}

export function useComposite(request: CompositeRequest | null) {
  return useQuery({
    queryKey: benchmarkingKeys.composite(request ?? ({} as CompositeRequest)),
    queryFn: async ({ signal }) => {
      return api.post<CompositeResult>('/benchmarking/composite', request!, { signal });
    },
    enabled: request !== null && request.indicators.length > 0,
    staleTime: 5 * 60_000,
  });
}

export type ReportFormat = 'pdf' | 'xlsx';

/** The unit benchmark report as a file: a plain link, so the browser downloads it with the session cookie. */
export function unitReportUrl(code: string, query: PeerQuery & { format: ReportFormat; lang: string }): string {
  return `${API_BASE}/benchmarking/units/${seg(code)}/report${buildQuery({ period: query.period, peers: query.peers, format: query.format, lang: query.lang })}`;
}
