/**
 * The typed API client: paths, parameters, bodies and answers come from `api-types.ts`, which
 * `npm run openapi` generates from the server's zod schemas, so a server change that breaks a page
 * breaks `npm run typecheck`. Every request goes through {@link miernikFetch} (cookie, CSRF,
 * `ApiError` on any non-2xx answer), so a call either resolves with the answer or throws.
 *
 * @example
 *   const unit = await call(client.GET('/api/v1/units/{code}', { params: { path: { code } } }));
 *   type Unit = ApiResponse<'/api/v1/units/{code}', 'get'>;
 */
import createClient from 'openapi-fetch';
import type { paths } from './api-types';
import { miernikFetch } from './api';

export type { paths } from './api-types';

export const client = createClient<paths>({ baseUrl: '', fetch: miernikFetch });

/** The answer of a typed call. Errors never get here: {@link miernikFetch} throws them as `ApiError`. */
export async function call<D>(request: Promise<{ data?: D; response: Response }>): Promise<Exclude<D, undefined>> {
  const { data } = await request;
  return data as Exclude<D, undefined>;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer (200 or 201) of an operation, e.g. `ApiResponse<'/api/v1/units/{code}', 'get'>`. */
export type ApiResponse<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer A }
      ? JsonOf<A>
      : never
  : never;

/** The JSON body of an operation, e.g. `ApiBody<'/api/v1/groups', 'post'>`. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

/** The query parameters of an operation. */
export type ApiQuery<P extends keyof paths, M extends Method> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];
type PostPath = PathWith<'post'>;
type PutPath = PathWith<'put'>;
type ParamsOf<P extends keyof paths, M extends Method> = paths[P][M] extends { parameters: infer X } ? X : never;

/** Sends a file as it is, not as JSON: the server reads the raw body, so the OpenAPI document has no JSON body for it. */
function sendFile(method: 'POST' | 'PUT', path: string, body: Blob | string, params: unknown, contentType: string) {
  const init = { params, body, bodySerializer: (raw: unknown) => raw, headers: { 'content-type': contentType } };
  // openapi-fetch types `body` from the (absent) JSON schema; the raw body is what the route parses.
  return call(
    (client[method] as (p: string, i: unknown) => Promise<{ data?: unknown; response: Response }>)(path, init),
  );
}

/** POST of a file (CSV, XLSX) sent as it is. Path, parameters and the answer stay typed. */
export function upload<P extends PostPath>(
  path: P,
  body: Blob | string,
  options: { params: Omit<ParamsOf<P, 'post'>, 'header' | 'cookie'>; contentType: string },
): Promise<ApiResponse<P, 'post'>> {
  return sendFile('POST', path, body, options.params, options.contentType) as Promise<ApiResponse<P, 'post'>>;
}

/** PUT of a file sent as it is (an attachment replacing the one before). */
export function uploadPut<P extends PutPath>(
  path: P,
  body: Blob,
  options: { params: Omit<ParamsOf<P, 'put'>, 'header' | 'cookie'>; contentType: string },
): Promise<ApiResponse<P, 'put'>> {
  return sendFile('PUT', path, body, options.params, options.contentType) as Promise<ApiResponse<P, 'put'>>;
}

type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;

/** Every field of any member of a union, each optional: the flat shape a form edits one member of at a time. */
export type AnyOf<U> = { [K in U extends unknown ? keyof U : never]?: ValueOf<U, K> };
