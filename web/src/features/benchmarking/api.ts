import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { buildQuery, API_BASE, seg } from '../../lib/api';
import { call, client, type ApiBody, type ApiResponse } from '../../lib/client';

export type UnitBenchmark = ApiResponse<'/api/v1/benchmarking/units/{code}', 'get'>;
export type UnitBenchmarkItem = UnitBenchmark['items'][number];
export type BenchIndicator = UnitBenchmarkItem['indicator'];
/** Peer-group statistics; quantiles as PostgreSQL percentile_cont, sd is the sample SD. */
export type GroupStats = UnitBenchmarkItem['stats'];
export type Position = NonNullable<UnitBenchmarkItem['position']>;
export type Direction = UnitBenchmarkItem['direction'];
export type UnitRef = UnitBenchmark['unit'];
export type PeersInfo = UnitBenchmark['peers'];
export type TrendPoint = UnitBenchmarkItem['trend'][number];
export type IndicatorBenchmark = ApiResponse<'/api/v1/benchmarking/indicators/{code}', 'get'>;
export type Neighbours = ApiResponse<'/api/v1/benchmarking/neighbours/{code}', 'get'>;
export type Neighbour = Neighbours['neighbours'][number];
export type NeighbourContribution = Neighbour['contributions'][number];
export type DeaRequest = ApiBody<'/api/v1/benchmarking/dea', 'post'>;
export type DeaModel = DeaRequest['model'];
export type DeaOrientation = DeaRequest['orientation'];
export type DeaResult = ApiResponse<'/api/v1/benchmarking/dea', 'post'>;
export type DeaIndicatorRef = DeaResult['inputs'][number];
export type DeaUnit = DeaResult['units'][number];
export type CompositeRequest = ApiBody<'/api/v1/benchmarking/composite', 'post'>;
export type Normalisation = CompositeRequest['normalisation'];
export type Aggregation = CompositeRequest['aggregation'];
export type MissingPolicy = NonNullable<CompositeRequest['missing']>;
export type CompositeResult = ApiResponse<'/api/v1/benchmarking/composite', 'post'>;
export type CompositeUnit = CompositeResult['units'][number];

export interface PeerQuery {
  period?: string | undefined;
  peers?: string | undefined;
}

/** Only the set fields: an absent period or peer spec means the server's default. */
function peerParams(query: PeerQuery): { period?: string; peers?: string } {
  return { ...(query.period ? { period: query.period } : {}), ...(query.peers ? { peers: query.peers } : {}) };
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
            query: peerParams(query),
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
  return call(
    client.GET('/api/v1/benchmarking/units/{code}', {
      params: { path: { code }, query: peerParams(query) },
      signal,
    }),
  );
}

/**
 * A unit's dashboard. Without a period the server opens on the period in which the unit has the
 * most indicators valued; should that answer still have no value, the latest period of the series.
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
  return call(
    client.GET('/api/v1/benchmarking/indicators/{code}', {
      params: { path: { code }, query: peerParams(query) },
      signal,
    }),
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
      call(
        client.GET('/api/v1/benchmarking/neighbours/{code}', {
          params: {
            path: { code },
            query: {
              ...(query.k !== undefined ? { k: query.k } : {}),
              ...(query.weights ? { weights: query.weights } : {}),
              ...(query.period ? { period: query.period } : {}),
            },
          },
          signal,
        }),
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
      return call(client.POST('/api/v1/benchmarking/dea', { body: request!, signal }));
    },
    enabled: request !== null && request.inputs.length > 0,
    staleTime: 5 * 60_000,
  });
}

export function useComposite(request: CompositeRequest | null) {
  return useQuery({
    queryKey: benchmarkingKeys.composite(request ?? ({} as CompositeRequest)),
    queryFn: async ({ signal }) => {
      // openapi-fetch's Readable<> widens tuples to arrays; the schema's rank interval is a pair.
      return (await call(client.POST('/api/v1/benchmarking/composite', { body: request!, signal }))) as CompositeResult;
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
