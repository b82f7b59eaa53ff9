/**
 * Client for the public GUS BDL API (https://bdl.stat.gov.pl/api/v1; METHODS.md §6.2).
 * Źródło: GUS, Bank Danych Lokalnych.
 *
 * - Paging: `page-size=100`, pages 0…n−1 until `totalRecords` are read.
 * - Quotas: every request waits for a slot in each published window (anonymous 5/s, 100/15 min,
 *   1,000/12 h, 10,000/7 days; with an `X-ClientId` key 10/s, 500/15 min, 5,000/12 h, 50,000/7 days).
 *   The limiter keeps the times of recent requests (a sliding log): a request may go when fewer than
 *   `limit` requests fall in the last `windowMs`. Unlike a token bucket refilled at limit/window, a
 *   sliding log can never let 2 × limit through in one window, whichever way the server counts.
 *   The limiter lives in the client, so one client per process shares the budget.
 * - Retries: HTTP 429 → wait `Retry-After` (seconds or a date) or back off exponentially from 1 s;
 *   5xx and network errors → back off and retry; at most `maxAttempts` tries in all. Any other 4xx
 *   is returned at once with its status and the body's message.
 * - Results: unit ids mapped to TERYT codes with `bdlIdToTeryt`; `val: null` skipped; `attrId` and
 *   the response's `lastUpdate` kept for provenance.
 *
 * `fetch`, `sleep` and the clock are injected, so tests run instantly and without network. Expected
 * failures are returned as values (`{ ok: false, error }`), never thrown.
 */
import { z } from 'zod';
import { bdlIdToTeryt, type BdlLevel } from '../../../domain/units/bdl';

export const BDL_API_BASE_URL = 'https://bdl.stat.gov.pl/api/v1';
export const BDL_PAGE_SIZE = 100;

export interface BdlQuota {
  windowMs: number;
  limit: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Published quotas (api.stat.gov.pl, METHODS.md §6.2). */
export const BDL_QUOTAS: Readonly<Record<'anonymous' | 'registered', readonly BdlQuota[]>> = {
  anonymous: [
    { windowMs: SECOND, limit: 5 },
    { windowMs: 15 * MINUTE, limit: 100 },
    { windowMs: 12 * HOUR, limit: 1_000 },
    { windowMs: 7 * DAY, limit: 10_000 },
  ],
  registered: [
    { windowMs: SECOND, limit: 10 },
    { windowMs: 15 * MINUTE, limit: 500 },
    { windowMs: 12 * HOUR, limit: 5_000 },
    { windowMs: 7 * DAY, limit: 50_000 },
  ],
};

/** The part of `fetch` the client uses. */
export type BdlFetch = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<Response>;

export interface BdlClientOptions {
  /** Personal API key, sent as `X-ClientId`; also selects the registered quotas. */
  clientId?: string;
  fetch?: BdlFetch;
  sleep?: (ms: number) => Promise<void>;
  /** Clock in epoch milliseconds. */
  now?: () => number;
  baseUrl?: string;
  lang?: 'pl' | 'en';
  /** Tries per request in all, the first included (default 5). */
  maxAttempts?: number;
  /** Longest single wait for a quota slot or a `Retry-After`; beyond it the request fails (default 15 min). */
  maxWaitMs?: number;
  /** Overrides the published quotas (e.g. a stricter budget shared with other jobs). */
  quotas?: readonly BdlQuota[];
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
}

export type BdlError =
  | { code: 'BDL_INVALID_QUERY'; message: string }
  | { code: 'BDL_HTTP_ERROR'; status: number; message: string; url: string }
  | { code: 'BDL_RATE_LIMITED'; message: string; url: string; attempts: number; retryInMs: number | null }
  | { code: 'BDL_UNAVAILABLE'; status: number | null; message: string; url: string; attempts: number }
  | { code: 'BDL_QUOTA_EXHAUSTED'; message: string; retryInMs: number }
  | { code: 'BDL_INVALID_RESPONSE'; message: string; url: string };

export type BdlResult<T> = { ok: true; value: T } | { ok: false; error: BdlError };

const variableSchema = z.looseObject({
  id: z.number().int(),
  subjectId: z.string(),
  n1: z.string().nullish(),
  n2: z.string().nullish(),
  n3: z.string().nullish(),
  n4: z.string().nullish(),
  n5: z.string().nullish(),
  level: z.number().int(),
  measureUnitId: z.number().int(),
  measureUnitName: z.string(),
  description: z.string().nullish(),
  years: z.array(z.number().int()).nullish(),
});

const pageSchema = z.looseObject({
  totalRecords: z.number().int().min(0),
  page: z.number().int().min(0),
  pageSize: z.number().int().min(1),
  variableId: z.number().int(),
  measureUnitId: z.number().int(),
  aggregateId: z.number().int(),
  lastUpdate: z.string(),
  results: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      values: z.array(
        z.looseObject({ year: z.string().regex(/^\d{4}$/), val: z.number().nullable(), attrId: z.number().int() }),
      ),
    }),
  ),
});

const variableListSchema = z.looseObject({
  totalRecords: z.number().int().min(0),
  page: z.number().int().min(0),
  pageSize: z.number().int().min(1),
  results: z.array(variableSchema),
});

export type BdlVariable = z.infer<typeof variableSchema>;

export interface BdlDataValue {
  /** The 12-character BDL unit id as returned. */
  bdlUnitId: string;
  /** TERYT code: `WW`, `WWPP` or `WWPPGGR`. */
  unitCode: string;
  level: BdlLevel;
  unitName: string;
  year: number;
  value: number;
  /** BDL value attribute (resolve with `/attributes`). */
  attrId: number;
}

export interface BdlVariableData {
  variableId: number;
  measureUnitId: number;
  aggregateId: number;
  totalRecords: number;
  values: BdlDataValue[];
  /** Units BDL returned that have no TERYT code (NUTS regions, subregions, Poland). */
  unmappedUnitIds: string[];
  provenance: {
    source: 'bdl-api';
    /** URL of the first page (the key travels in a header, never in the URL). */
    url: string;
    /** `lastUpdate` of the response. */
    lastUpdate: string;
    /** When the first page was fetched (ISO, from the injected clock). */
    fetchedAt: string;
    pages: number;
  };
}

export interface DataByVariableQuery {
  years: readonly number[];
  /** 2 voivodeship, 5 county, 6 gmina (and gmina parts). */
  unitLevel: 2 | 5 | 6;
  /** 12-character BDL id of the parent unit, e.g. `011200000000` (małopolskie). */
  unitParentId?: string;
}

export interface BdlClient {
  /** `GET /variables/{id}`: the variable's dimensions (n1…n5), level and unit of measure. */
  getVariable(id: number): Promise<BdlResult<BdlVariable>>;
  /** `GET /variables?subject-id=…`: every variable of a BDL subject (all pages), with labels, level and measure. */
  getVariables(subjectId: string): Promise<BdlResult<BdlVariable[]>>;
  /** `GET /data/by-variable/{id}`: all pages of one variable for the given years and units. */
  getDataByVariable(id: number, query: DataByVariableQuery): Promise<BdlResult<BdlVariableData>>;
}

/** A sliding-log limiter over several windows; `acquire` waits (through `sleep`) until every window has room. */
export function createBdlRateLimiter(
  quotas: readonly BdlQuota[],
  now: () => number,
  sleep: (ms: number) => Promise<void>,
  maxWaitMs: number,
): { acquire(): Promise<{ ok: true } | { ok: false; retryInMs: number }> } {
  const longest = Math.max(0, ...quotas.map((q) => q.windowMs));
  let log: number[] = [];
  return {
    async acquire() {
      for (;;) {
        const t = now();
        const firstKept = log.findIndex((s) => s > t - longest);
        if (firstKept !== 0) log = firstKept < 0 ? [] : log.slice(firstKept);
        let wait = 0;
        for (const { windowMs, limit } of quotas) {
          let inWindow = 0;
          for (let i = log.length - 1; i >= 0 && log[i]! > t - windowMs; i--) inWindow++;
          // The limit-th most recent request has to leave the window before another may start.
          if (inWindow >= limit) wait = Math.max(wait, log[log.length - limit]! + windowMs - t);
        }
        if (wait <= 0) {
          log.push(t);
          return { ok: true };
        }
        if (wait > maxWaitMs) return { ok: false, retryInMs: wait };
        await sleep(wait);
      }
    },
  };
}

/** Seconds (`120`) or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * SECOND;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The most useful message a BDL error body offers (BDL uses `errorResult`/`errorReason`), else the raw text. */
function bodyMessage(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const errors = Array.isArray(body.errors) ? (body.errors as { message?: unknown }[]) : [];
    const parts = [body.errorReason, body.errorResult, body.message, body.title, errors[0]?.message].filter(
      (p): p is string => typeof p === 'string' && p !== '',
    );
    if (parts.length > 0) return parts[0]!;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 500) || '(empty body)';
}

const BACKOFF_START_MS = SECOND;
const BACKOFF_MAX_MS = 60 * SECOND;

/**
 * Creates a BDL client. Defaults: global `fetch`, a `setTimeout` sleep, `Date.now`, the published
 * quotas for anonymous use (registered when `clientId` is set), 5 tries, 15-minute maximum wait.
 */
export function createBdlClient(options: BdlClientOptions = {}): BdlClient {
  const doFetch: BdlFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const baseUrl = (options.baseUrl ?? BDL_API_BASE_URL).replace(/\/+$/, '');
  const lang = options.lang ?? 'pl';
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const maxWaitMs = options.maxWaitMs ?? 15 * MINUTE;
  const timeoutMs = options.timeoutMs ?? 30 * SECOND;
  const quotas = options.quotas ?? (options.clientId ? BDL_QUOTAS.registered : BDL_QUOTAS.anonymous);
  const limiter = createBdlRateLimiter(quotas, now, sleep, maxWaitMs);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.clientId) headers['X-ClientId'] = options.clientId;

  function url(path: string, params: [string, string | number][]): string {
    const query = new URLSearchParams([
      ['format', 'json'],
      ['lang', lang],
      ...params.map(([k, v]): [string, string] => [k, String(v)]),
    ]);
    return `${baseUrl}${path}?${query.toString()}`;
  }

  /** One GET with quota, retries and back-off; the parsed JSON body or an error. */
  async function getJson(target: string): Promise<BdlResult<unknown>> {
    let lastStatus: number | null = null;
    let lastMessage = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const slot = await limiter.acquire();
      if (!slot.ok) {
        return {
          ok: false,
          error: {
            code: 'BDL_QUOTA_EXHAUSTED',
            message: `the BDL request quota is used up for the next ${Math.ceil(slot.retryInMs / SECOND)} s`,
            retryInMs: slot.retryInMs,
          },
        };
      }
      const backoff = Math.min(BACKOFF_START_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS);
      let response: Response;
      try {
        response = await doFetch(target, { headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        lastStatus = null;
        lastMessage = `network error: ${(error as Error).message}`;
        if (attempt < maxAttempts) await sleep(backoff);
        continue;
      }
      if (response.ok) {
        const text = await response.text();
        try {
          return { ok: true, value: JSON.parse(text) as unknown };
        } catch {
          return {
            ok: false,
            error: { code: 'BDL_INVALID_RESPONSE', message: 'the response is not JSON', url: target },
          };
        }
      }
      const message = bodyMessage(await response.text().catch(() => ''));
      if (response.status === 429) {
        const wait = retryAfterMs(response.headers.get('retry-after'), now()) ?? backoff;
        if (attempt === maxAttempts || wait > maxWaitMs) {
          return {
            ok: false,
            error: { code: 'BDL_RATE_LIMITED', message, url: target, attempts: attempt, retryInMs: wait },
          };
        }
        await sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        lastStatus = response.status;
        lastMessage = message;
        if (attempt < maxAttempts) await sleep(backoff);
        continue;
      }
      return { ok: false, error: { code: 'BDL_HTTP_ERROR', status: response.status, message, url: target } };
    }
    return {
      ok: false,
      error: { code: 'BDL_UNAVAILABLE', status: lastStatus, message: lastMessage, url: target, attempts: maxAttempts },
    };
  }

  function invalid(target: string, error: z.ZodError): BdlResult<never> {
    const issue = error.issues[0]!;
    return {
      ok: false,
      error: {
        code: 'BDL_INVALID_RESPONSE',
        message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        url: target,
      },
    };
  }

  return {
    async getVariable(id) {
      if (!Number.isInteger(id) || id <= 0)
        return {
          ok: false,
          error: { code: 'BDL_INVALID_QUERY', message: `variable id ${id} is not a positive integer` },
        };
      const target = url(`/variables/${id}`, []);
      const body = await getJson(target);
      if (!body.ok) return body;
      const parsed = variableSchema.safeParse(body.value);
      return parsed.success ? { ok: true, value: parsed.data } : invalid(target, parsed.error);
    },

    async getVariables(subjectId) {
      if (!/^[KGP]\d+$/.test(subjectId))
        return {
          ok: false,
          error: { code: 'BDL_INVALID_QUERY', message: `subject id "${subjectId}" is not like P1944` },
        };
      const out: BdlVariable[] = [];
      for (let page = 0; ; page++) {
        const target = url('/variables', [
          ['subject-id', subjectId],
          ['page', page],
          ['page-size', BDL_PAGE_SIZE],
        ]);
        const body = await getJson(target);
        if (!body.ok) return body;
        const parsed = variableListSchema.safeParse(body.value);
        if (!parsed.success) return invalid(target, parsed.error);
        out.push(...parsed.data.results);
        if (out.length >= parsed.data.totalRecords || parsed.data.results.length === 0) break;
      }
      return { ok: true, value: out };
    },

    async getDataByVariable(id, query) {
      if (!Number.isInteger(id) || id <= 0)
        return {
          ok: false,
          error: { code: 'BDL_INVALID_QUERY', message: `variable id ${id} is not a positive integer` },
        };
      if (query.years.length === 0 || query.years.some((y) => !Number.isInteger(y) || y < 1995 || y > 2100)) {
        return {
          ok: false,
          error: { code: 'BDL_INVALID_QUERY', message: 'years must be a non-empty list of years from 1995 on' },
        };
      }
      if (![2, 5, 6].includes(query.unitLevel))
        return {
          ok: false,
          error: { code: 'BDL_INVALID_QUERY', message: `unit level ${query.unitLevel} is not 2, 5 or 6` },
        };
      if (query.unitParentId !== undefined && !/^\d{12}$/.test(query.unitParentId)) {
        return {
          ok: false,
          error: {
            code: 'BDL_INVALID_QUERY',
            message: `unit parent id "${query.unitParentId}" is not a 12-digit BDL id`,
          },
        };
      }
      const params: [string, string | number][] = [['unit-level', query.unitLevel]];
      if (query.unitParentId) params.push(['unit-parent-id', query.unitParentId]);
      for (const year of [...new Set(query.years)].sort((a, b) => a - b)) params.push(['year', year]);

      const fetchedAt = new Date(now()).toISOString();
      const values: BdlDataValue[] = [];
      const unmapped: string[] = [];
      let first: z.infer<typeof pageSchema> | null = null;
      let read = 0;
      let page = 0;
      let firstUrl = '';
      for (;;) {
        const target = url(`/data/by-variable/${id}`, [...params, ['page', page], ['page-size', BDL_PAGE_SIZE]]);
        if (page === 0) firstUrl = target;
        const body = await getJson(target);
        if (!body.ok) return body;
        const parsed = pageSchema.safeParse(body.value);
        if (!parsed.success) return invalid(target, parsed.error);
        const data = parsed.data;
        if (data.variableId !== id) {
          return {
            ok: false,
            error: {
              code: 'BDL_INVALID_RESPONSE',
              message: `asked for variable ${id}, got ${data.variableId}`,
              url: target,
            },
          };
        }
        if (first && data.totalRecords !== first.totalRecords) {
          return {
            ok: false,
            error: {
              code: 'BDL_INVALID_RESPONSE',
              message: `totalRecords changed while paging (${first.totalRecords} → ${data.totalRecords})`,
              url: target,
            },
          };
        }
        first ??= data;
        for (const unit of data.results) {
          const mapped = bdlIdToTeryt(unit.id);
          if (!mapped?.code) {
            unmapped.push(unit.id);
            continue;
          }
          for (const v of unit.values) {
            if (v.val === null) continue;
            values.push({
              bdlUnitId: unit.id,
              unitCode: mapped.code,
              level: mapped.level,
              unitName: unit.name,
              year: Number(v.year),
              value: v.val,
              attrId: v.attrId,
            });
          }
        }
        read += data.results.length;
        page++;
        if (read >= data.totalRecords) break;
        if (data.results.length === 0) {
          return {
            ok: false,
            error: {
              code: 'BDL_INVALID_RESPONSE',
              message: `page ${page - 1} is empty after ${read} of ${data.totalRecords} records`,
              url: target,
            },
          };
        }
      }
      return {
        ok: true,
        value: {
          variableId: first!.variableId,
          measureUnitId: first!.measureUnitId,
          aggregateId: first!.aggregateId,
          totalRecords: first!.totalRecords,
          values,
          unmappedUnitIds: unmapped,
          provenance: { source: 'bdl-api', url: firstUrl, lastUpdate: first!.lastUpdate, fetchedAt, pages: page },
        },
      };
    },
  };
}
