/** zod building blocks shared by the route schemas of every module. */
import { z } from 'zod';

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('Stable SCREAMING_SNAKE error code; clients translate it'),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .describe('Error');

/** Error responses for the given statuses, for the OpenAPI document. */
export function errorResponses<const S extends number>(...statuses: S[]): Record<S, typeof errorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse])) as Record<S, typeof errorResponse>;
}

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** `"true"`/`"false"` in a query string → boolean (z.coerce.boolean would turn "false" into true). */
/** Publish (true) or withdraw (false) a unit's object: the public sees only what is published (#15). */
export const publicationBody = z.object({
  published: z
    .boolean()
    .describe('true publishes it for everyone without login; false withdraws it (the public then gets 404)'),
});

export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A raw upload body (text/csv arrives as a string, XLSX as a Buffer) as bytes; anything else is empty. */
export function uploadBytes(body: unknown): Uint8Array {
  if (Buffer.isBuffer(body)) return new Uint8Array(body);
  if (typeof body === 'string') return new TextEncoder().encode(body);
  return new Uint8Array();
}
