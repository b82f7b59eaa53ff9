/**
 * The one HTTP client of the SPA. Every call goes to `/api/v1`, sends the session cookie,
 * attaches the CSRF token to state-changing requests and turns any non-2xx answer into an
 * {@link ApiError} carrying the server's `error.code`, so that the UI can translate it.
 */

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** Paged list envelope used by every list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Error thrown for every failed request; `status` 0 means the network itself failed. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The token lives in memory only: it is paired with the httpOnly session cookie and is
// refreshed from /auth/me on start, so there is no reason to persist it.
let csrfToken: string | null = null;
let refreshCsrfToken: (() => Promise<string | null>) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Lets the auth feature tell the client how to obtain a fresh token after CSRF_TOKEN_INVALID. */
export function setCsrfRefresher(refresher: () => Promise<string | null>): void {
  refreshCsrfToken = refresher;
}

export function buildQuery(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: QueryParams;
  /** Objects are sent as JSON; strings and files (Blob, ArrayBuffer) are sent as they are with `contentType`. */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (e.g. a proxy's HTML error page): fall back to the status alone.
  }
  const error = body?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : response.statusText;
  const requestId = typeof error?.requestId === 'string' ? error.requestId : undefined;
  return new ApiError(response.status, code, message, error?.details, requestId);
}

/**
 * The one fetch every request goes through (the typed {@link client} and the untyped {@link api}):
 * it sends the session cookie, attaches the CSRF token to state-changing requests, repeats a
 * request once with a fresh token after CSRF_TOKEN_INVALID (e.g. the session was renewed in another
 * tab), and turns any non-2xx answer into an {@link ApiError} carrying the server's `error.code`.
 */
export async function miernikFetch(request: Request): Promise<Response> {
  const unsafe = UNSAFE_METHODS.has(request.method);
  // Cloned before the first attempt: a request body can be read only once.
  const retry = unsafe && refreshCsrfToken ? request.clone() : null;
  let response = await sendRequest(request);
  if (response.status === 403 && retry && refreshCsrfToken) {
    const error = await toApiError(response.clone());
    if (error.code === 'CSRF_TOKEN_INVALID') {
      const fresh = await refreshCsrfToken();
      if (fresh) response = await sendRequest(retry);
    }
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function sendRequest(request: Request): Promise<Response> {
  if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
  if (UNSAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
  try {
    return await fetch(request, { credentials: 'same-origin' });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'Network error');
  }
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string' || options.body instanceof Blob || options.body instanceof ArrayBuffer) {
      body = options.body;
      headers['content-type'] =
        options.contentType ?? (typeof options.body === 'string' ? 'text/plain' : 'application/octet-stream');
    } else {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
  }
  const url = new URL(`${API_BASE}${path}${buildQuery(options.query)}`, window.location.origin);
  const response = await miernikFetch(new Request(url, { method, headers, body, signal: options.signal }));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

/** Encodes one path segment (unit codes from CSV sets may contain anything). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
