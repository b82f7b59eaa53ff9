import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import type { ModuleRoutes } from '../../http/module';
import { createRateLimiter } from '../../http/rate-limiter';
import { createResponseCache, etagMatches, etagOf, type Made } from '../../http/response-cache';
import { errorResponses } from '../../http/schemas';
import { toCsv, type CsvCell } from '../../reports/csv';
import * as s from './open-data.schemas';
import { VALUE_CSV_HEADER, valueCsvRow } from './open-data.service';

const openTags = ['open-data'];

/** The SDMX-CSV dataflow of the open values (agency:id(version)). */
const SDMX_DATAFLOW = 'MIERNIK:VALUES(1.0)';
const tags = ['releases'];

/** Public answers change only when a release is published: caches may keep them a few minutes. */
const CACHE_CONTROL = 'public, max-age=300';

/** The next page's URL, on the URL asked (so every filter is kept), or null on the last page. */
function nextUrl(request: FastifyRequest, more: boolean, page: number): string | null {
  if (!more) return null;
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set('page', String(page + 1));
  return url.toString();
}

/**
 * Open answers carry a strong ETag over their bytes and may be cached: true when the client's
 * `If-None-Match` holds the tag already (the route answers 304 without a body).
 */
function notModified(request: FastifyRequest, reply: FastifyReply, body: object | string): boolean {
  const etag = etagOf(typeof body === 'string' ? body : JSON.stringify(body));
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'accept-encoding');
  return etagMatches(request, etag);
}

const notModifiedBody = z.null().describe('Not modified: the If-None-Match tag is current');
/** The JSON body (through the response schema) or, for `format=csv`, the same rows as a CSV file; 304 when unchanged. */
function answer<T extends object, R extends FastifyReply>(
  request: FastifyRequest,
  reply: R,
  format: 'json' | 'csv',
  body: T,
  csv?: { name: string; header: string[]; rows: () => CsvCell[][] },
): T | R {
  if (format === 'csv' && csv) {
    const text = toCsv(csv.header, csv.rows());
    if (notModified(request, reply, text)) return reply.code(304).send('') as R;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${csv.name}"`)
      .send(text) as R;
  }
  if (notModified(request, reply, body)) return reply.code(304).send('') as R;
  return body;
}

/** A prepared JSON answer: the body through its response schema (so nothing unlisted leaks), as bytes. */
function json(schema: z.ZodType, body: unknown, type = 'application/json; charset=utf-8'): Made {
  return { status: 200, type, body: Buffer.from(JSON.stringify(schema.parse(body))) };
}

/** The same rows as a CSV attachment. */
function csvFile(name: string, header: string[], rows: CsvCell[][]): Made {
  return { status: 200, type: 'text/csv; charset=utf-8', body: Buffer.from(toCsv(header, rows)), filename: name };
}

export const openDataRoutes: ModuleRoutes = (app, { services, context, config }) => {
  const openData = services.openData;
  // What the open API answers changes only with a release (values, history, releases, catalogue)
  // or the catalogue (indicators' metadata): prepared once per version and URL.
  const cache = createResponseCache({ maxEntries: 2_000, maxBytes: 128 * 1024 * 1024, ttlMs: 10 * 60_000 });
  const prepared = async (request: FastifyRequest, reply: FastifyReply, produce: () => Promise<Made>) => {
    const key = `${(await openData.latestRelease()) ?? 0}|${services.catalogueVersion()}|${request.host}|${request.url}`;
    return cache.serve(request, reply, key, produce, CACHE_CONTROL);
  };
  const limiter = createRateLimiter({ perMinute: config.openApiRateLimit });
  /** No key is needed; one client address gets `MIERNIK_OPEN_API_RATE_LIMIT` requests a minute. */
  const limit = async (request: FastifyRequest) => {
    const wait = limiter.take(request.ip);
    if (wait > 0)
      throw new AppError('TOO_MANY_REQUESTS', `Too many requests from this address; try again in ${wait} s`, {
        retryAfterSeconds: wait,
      });
  };

  app.get('/api/open/v1/units', {
    onRequest: limit,
    schema: {
      operationId: 'openUnits',
      tags: openTags,
      summary: 'Units of the register (TERYT codes): code, name, kind, voivodeship; no login, JSON or CSV',
      querystring: s.unitsQuery,
      produces: ['application/json', 'text/csv'],
      response: { 200: s.unitsPage, 304: notModifiedBody, ...errorResponses(400, 429) },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const result = await openData.publicUnits(query);
      const body = { items: result.items, total: result.total, next: nextUrl(request, result.more, query.page) };
      return answer(request, reply, format, body, {
        name: 'miernik-units.csv',
        header: ['code', 'name', 'kind', 'voivodeship'],
        rows: () => result.items.map((u) => [u.code, u.name, u.kind, u.voivodeship]),
      });
    },
  });

  app.get('/api/open/v1/indicators', {
    onRequest: limit,
    schema: {
      operationId: 'openIndicators',
      tags: openTags,
      summary:
        'Released indicators with their metadata (definition, formula, unit, polarity, source) and the periods public, each with its release',
      response: { 200: s.indicatorsList, 304: notModifiedBody, ...errorResponses(429) },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () => json(s.indicatorsList, await openData.publicIndicators())),
  });

  app.get('/api/open/v1/values', {
    onRequest: limit,
    schema: {
      operationId: 'openValues',
      tags: openTags,
      summary:
        'Released values, never rounded, filtered by indicator, unit, period, kind, voivodeship; updatedSince for incremental sync, vintage for "as of release N"; pages of up to 5,000 with a next link; JSON, CSV, SDMX-CSV or JSON-stat',
      querystring: s.valuesQuery,
      produces: ['application/json', 'text/csv'],
      response: {
        200: s.valuesPage.describe('For format=json; csv, sdmx-csv and json-stat answer the same values in their form'),
        304: notModifiedBody,
        ...errorResponses(400, 404, 429),
      },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () => {
        const { format, ...query } = request.query;
        const result = await openData.publicValues(query);
        const body = { items: result.items, release: result.release, next: nextUrl(request, result.more, query.page) };
        if (format === 'json-stat') {
          const made = json(z.unknown(), await openData.asJsonStat(result.items, result.release));
          // The next page, when there is one, is a Link header: JSON-stat has no place for it.
          return body.next ? { ...made, headers: { link: `<${body.next}>; rel="next"` } } : made;
        }
        if (format === 'sdmx-csv')
          return csvFile(
            'miernik-values-sdmx.csv',
            ['DATAFLOW', 'REF_AREA', 'INDICATOR', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_STATUS', 'RELEASE', 'SOURCE'],
            // OBS_STATUS A: a normal value (SDMX code list CL_OBS_STATUS).
            result.items.map((v) => [
              SDMX_DATAFLOW,
              v.unitCode,
              v.indicatorCode,
              v.period,
              v.value,
              'A',
              v.release,
              v.source,
            ]),
          );
        if (format === 'csv') return csvFile('miernik-values.csv', VALUE_CSV_HEADER, result.items.map(valueCsvRow));
        return json(s.valuesPage, body);
      }),
  });

  app.get('/api/open/v1/values/history', {
    onRequest: limit,
    schema: {
      operationId: 'openValueHistory',
      tags: openTags,
      summary:
        "A value's public history: its figure in every release holding the period, whether each release added, revised or withdrew it, and the input revisions in between with their reason",
      querystring: s.historyQuery,
      response: { 200: s.valueHistory, 304: notModifiedBody, ...errorResponses(400, 404, 429) },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () => json(s.valueHistory, await openData.publicHistory(request.query))),
  });

  app.get('/api/open/v1/catalog', {
    onRequest: limit,
    schema: {
      operationId: 'openCatalog',
      tags: openTags,
      summary:
        'DCAT-AP catalogue (JSON-LD) of the open data: one dataset per published release, its distributions the open API in JSON and CSV as of that release',
      produces: ['application/ld+json'],
      response: { 200: z.record(z.string(), z.unknown()), 304: notModifiedBody, ...errorResponses(429) },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () =>
        json(
          z.unknown(),
          await openData.publicCatalog(`${request.protocol}://${request.host}`, config.publisher),
          'application/ld+json; charset=utf-8',
        ),
      ),
  });

  app.get('/api/open/v1/releases', {
    onRequest: limit,
    schema: {
      operationId: 'openReleases',
      tags: openTags,
      summary: 'Published data releases, newest first: number, date, contents and changelog',
      response: { 200: s.releaseList, 304: notModifiedBody, ...errorResponses(429) },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () => json(s.releaseList, await openData.publicReleases())),
  });

  app.get('/api/open/v1/releases/:number', {
    onRequest: limit,
    schema: {
      operationId: 'openRelease',
      tags: openTags,
      summary: 'One published release by its number (a draft answers 404)',
      params: s.numberParams,
      response: { 200: s.release, 304: notModifiedBody, ...errorResponses(404, 429) },
    },
    handler: (request, reply) =>
      prepared(request, reply, async () => json(s.release, await openData.publicRelease(request.params.number))),
  });

  app.get('/api/open/v1/releases/:number/download', {
    onRequest: limit,
    schema: {
      operationId: 'openReleaseDownload',
      tags: openTags,
      summary:
        'The whole release as a ZIP: values.csv (every value as of the release, never rounded), indicators.csv, units.csv and a README; built once, ETag = file name',
      params: s.numberParams,
      produces: ['application/zip'],
      response: { 200: z.any().describe('The ZIP file'), 304: notModifiedBody, ...errorResponses(404, 429) },
    },
    handler: async (request, reply) => {
      const file = await services.releaseDownloads.file(request.params.number);
      const etag = `"${file.name}"`;
      // A release never changes: caches may keep the file for a day, and revalidate by name.
      reply.header('etag', etag).header('cache-control', 'public, max-age=86400');
      if (etagMatches(request, etag)) return reply.code(304).send('' as never);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(services.releaseDownloads.open(file));
    },
  });

  app.get('/api/v1/releases', {
    schema: {
      operationId: 'listDataReleases',
      tags,
      summary: 'Data releases with drafts (operators)',
      response: { 200: s.releaseList, ...errorResponses(401, 403) },
    },
    handler: (request) => openData.listReleases(context(request)),
  });

  app.post('/api/v1/releases', {
    schema: {
      operationId: 'createDataRelease',
      tags,
      summary: 'Draft a data release: indicators and their periods to make public (operators)',
      body: s.createReleaseBody,
      response: { 201: s.release, ...errorResponses(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await openData.createRelease(context(request), request.body)),
  });

  app.post('/api/v1/releases/:id/publish', {
    schema: {
      operationId: 'publishDataRelease',
      tags,
      summary:
        'Publish a draft: it takes the next number, its values become public as they stand now, and its changelog counts new and revised values',
      params: s.idParams,
      response: { 200: s.release, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => openData.publishRelease(context(request), request.params.id),
  });

  app.delete('/api/v1/releases/:id', {
    schema: {
      operationId: 'deleteDataRelease',
      tags,
      summary: 'Delete a draft release (a published one stays, citable)',
      params: s.idParams,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await openData.deleteRelease(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
