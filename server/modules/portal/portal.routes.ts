/**
 * The public portal (#15 item 3): server-rendered pages at /portal, /jst/{code}, /wskazniki/{code}
 * and /porownaj, their tables as CSV and XLSX, /sitemap.xml and /robots.txt. No login, no script.
 * Rendered answers are cached per release (the key holds the latest release number, so a new
 * release empties it in effect), gzipped once, with a strong ETag; the cache is bounded in entries
 * and bytes, and an entry is rendered again after a few minutes, so newly published good
 * practices and awards appear without a release. Survey results, self-assessments, plans and
 * strategy reports a unit publishes or withdraws change the key at once (services.publicationsVersion).
 */
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatPlace } from '../../../domain/portal/ranking';
import type { ModuleRoutes } from '../../http/module';
import { createResponseCache, type Made } from '../../http/response-cache';
import { errorResponses } from '../../http/schemas';
import { toCsv, type CsvCell } from '../../reports/csv';
import { REFERENCE_ATTRIBUTION } from '../open-data/open-data.service';
import { kindName, word, type Lang } from './portal.i18n';
import { comparePage, homePage, indicatorPage, notFoundPage, unitPage, type PageContext } from './portal.pages';
import * as s from './portal.schemas';
import { createPortalService } from './portal.service';

const tags = ['portal'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CACHE_CONTROL = 'public, max-age=300';
const CACHE_MAX_ENTRIES = 500;
const CACHE_MAX_BYTES = 64 * 1024 * 1024;
const CACHE_TTL_MS = 5 * 60_000;

interface Table {
  name: string;
  header: string[];
  rows: CsvCell[][];
}

/** Answers of the routes before caching: a page, a table to download, or a plain file. */
type Output =
  | { kind: 'page'; status: number; html: string }
  | { kind: 'table'; table: Table; format: 'csv' | 'xlsx' }
  | { kind: 'file'; type: string; text: string };

async function xlsxOf(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((c) => (c === null || c === undefined ? null : c)));
  sheet.addRow([]);
  sheet.addRow([REFERENCE_ATTRIBUTION]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const portalRoutes: ModuleRoutes = (app, { services, config }) => {
  const portal = createPortalService({
    openData: services.openData,
    units: services.units,
    goodPractices: services.goodPractices,
    competition: services.competition,
    strategyMonitoring: services.strategyMonitoring,
    surveyResults: services.surveyResults,
    selfAssessment: services.selfAssessment,
    improvementPlans: services.improvementPlans,
    now: () => new Date(),
  });
  const cache = createResponseCache({ maxEntries: CACHE_MAX_ENTRIES, maxBytes: CACHE_MAX_BYTES, ttlMs: CACHE_TTL_MS });

  async function materialise(output: Output): Promise<Made> {
    if (output.kind === 'page')
      return { status: output.status, type: 'text/html; charset=utf-8', body: Buffer.from(output.html) };
    if (output.kind === 'file') return { status: 200, type: output.type, body: Buffer.from(output.text) };
    const { table, format } = output;
    if (format === 'csv')
      return {
        status: 200,
        type: 'text/csv; charset=utf-8',
        body: Buffer.from(toCsv(table.header, table.rows)),
        filename: `${table.name}.csv`,
      };
    return { status: 200, type: XLSX, body: await xlsxOf(table), filename: `${table.name}.xlsx` };
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, produce: () => Promise<Output>) {
    const release = await portal.currentRelease();
    // A publication or withdrawal by any unit changes the key too: a withdrawn object is not served on.
    const key = `${release ?? 0}|${services.publicationsVersion()}|${request.url}`;
    return cache.serve(request, reply, key, async () => materialise(await produce()), CACHE_CONTROL);
  }

  function context(request: FastifyRequest, lang: Lang | undefined): PageContext {
    const u = new URL(request.url, 'http://portal');
    const query = new URLSearchParams(u.searchParams);
    query.delete('lang');
    return {
      lang: lang ?? 'pl',
      baseUrl: config.publicUrl,
      path: u.pathname,
      query,
      attribution: REFERENCE_ATTRIBUTION,
    };
  }

  const notFound = (ctx: PageContext): Output => ({ kind: 'page', status: 404, html: notFoundPage(ctx) });
  const pageSchema = (operationId: string, summary: string) => ({
    operationId,
    tags,
    summary,
    produces: ['text/html', 'text/csv', XLSX],
    response: { 200: s.htmlPage, 304: s.htmlPage.describe('Not modified'), 404: s.htmlPage, ...errorResponses(400) },
  });

  app.get('/portal', {
    schema: {
      ...pageSchema('portalHome', 'Public home: what Miernik holds, latest releases and good practices, unit search'),
      querystring: s.homeQuery,
    },
    handler: (request, reply) =>
      serve(request, reply, async () => {
        const ctx = context(request, request.query.lang);
        const q = request.query.q?.trim() ?? '';
        const search = q ? { q, ...(await portal.searchUnits(q)) } : null;
        return { kind: 'page', status: 200, html: homePage(ctx, await portal.home(), search) };
      }),
  });

  app.get('/jst/:code', {
    schema: {
      ...pageSchema(
        'portalUnit',
        'Unit profile: released indicators with places, trends, map, practices, awards, reports',
      ),
      params: s.codeParams,
      querystring: s.unitQuery,
    },
    handler: (request, reply) =>
      serve(request, reply, async () => {
        const { lang, format } = request.query;
        const ctx = context(request, lang);
        const profile = await portal.unitProfile(request.params.code);
        if (!profile) return notFound(ctx);
        if (format === 'html') return { kind: 'page', status: 200, html: unitPage(ctx, profile) };
        const l = ctx.lang;
        return {
          kind: 'table',
          format,
          table: {
            name: `jst-${profile.unit.code}`,
            header: [
              word(l, 'code'),
              word(l, 'indicator'),
              word(l, 'period'),
              word(l, 'value'),
              word(l, 'measureUnit'),
              word(l, 'place'),
              'n',
              word(l, 'source'),
            ],
            rows: profile.rows.map((r) => [
              r.indicator.code,
              r.indicator.names[l],
              r.period,
              r.value,
              r.indicator.unit,
              r.place ? formatPlace(r.place) : null,
              r.peers,
              r.indicator.source,
            ]),
          },
        };
      }),
  });

  app.get('/wskazniki/:code', {
    schema: {
      ...pageSchema('portalIndicator', 'Indicator page: definition, distribution, map, ranking with tied places'),
      params: s.codeParams,
      querystring: s.indicatorQuery,
    },
    handler: (request, reply) =>
      serve(request, reply, async () => {
        const { lang, format, period, kind, woj, strona } = request.query;
        const ctx = context(request, lang);
        const page = await portal.indicatorPage(request.params.code, {
          period,
          kind: kind || undefined,
          voivodeship: woj || undefined,
        });
        if (!page) return notFound(ctx);
        if (format === 'html')
          return {
            kind: 'page',
            status: 200,
            html: indicatorPage(ctx, page, { kind: kind || undefined, voivodeship: woj || undefined, page: strona }),
          };
        const l = ctx.lang;
        return {
          kind: 'table',
          format,
          table: {
            name: `${page.indicator.code}-${page.period}`,
            header: [
              word(l, 'place'),
              word(l, 'code'),
              word(l, 'unit'),
              word(l, 'kind'),
              word(l, 'value'),
              word(l, 'measureUnit'),
            ],
            rows: page.ranked.map((r) => [
              formatPlace(r),
              r.key.code,
              r.key.name,
              kindName(l, r.key.kind),
              r.value,
              page.indicator.unit,
            ]),
          },
        };
      }),
  });

  app.get('/porownaj', {
    schema: {
      ...pageSchema('portalCompare', 'Comparison of chosen units on chosen indicators: bar charts and a table'),
      querystring: s.compareQuery,
    },
    handler: (request, reply) =>
      serve(request, reply, async () => {
        const { lang, format, jst, wskazniki, okres, dodaj } = request.query;
        const ctx = context(request, lang);
        let units = jst;
        let matches: Awaited<ReturnType<typeof portal.searchUnits>>['items'] = [];
        if (dodaj?.trim()) {
          const found = await portal.searchUnits(dodaj);
          const exact = found.items.filter((u) => u.code === dodaj.trim());
          if (exact.length === 1 || found.items.length === 1) units = [...units, (exact[0] ?? found.items[0])!.code];
          else matches = found.items.slice(0, 20);
        }
        const c = await portal.compare({ units, indicators: wskazniki, period: okres || undefined });
        if (format === 'html')
          return {
            kind: 'page',
            status: 200,
            html: comparePage(ctx, c, { units, indicators: wskazniki, period: okres ?? '', matches }),
          };
        const l = ctx.lang;
        return {
          kind: 'table',
          format,
          table: {
            name: 'porownanie',
            header: [
              word(l, 'code'),
              word(l, 'unit'),
              ...c.indicators.map((col) => `${col.indicator.names[l]} (${col.period}, ${col.indicator.unit})`),
            ],
            rows: c.units.map((u, k) => [u.code, u.name, ...c.indicators.map((col) => col.values[k] ?? null)]),
          },
        };
      }),
  });

  app.get('/sitemap.xml', {
    schema: {
      operationId: 'portalSitemap',
      tags,
      summary: 'Sitemap of the public pages (released indicators, units)',
      produces: ['application/xml'],
      response: { 200: s.htmlPage.describe('XML sitemap'), 304: s.htmlPage },
    },
    handler: (request, reply) =>
      serve(request, reply, async () => {
        const { indicators, units } = await portal.sitemapEntries();
        const loc = (path: string) =>
          `<url><loc>${config.publicUrl}${path}</loc><xhtml:link rel="alternate" hreflang="en" href="${config.publicUrl}${path}?lang=en"/></url>`;
        const text =
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
          [
            loc('/portal'),
            loc('/porownaj'),
            ...indicators.map((c) => loc(`/wskazniki/${encodeURIComponent(c)}`)),
            ...units.map((c) => loc(`/jst/${encodeURIComponent(c)}`)),
          ].join('\n') +
          '\n</urlset>\n';
        return { kind: 'file', type: 'application/xml; charset=utf-8', text };
      }),
  });

  app.get('/robots.txt', {
    schema: {
      operationId: 'portalRobots',
      tags,
      summary: 'robots.txt: the portal may be indexed, the API and the signed-in app not',
      produces: ['text/plain'],
      response: { 200: s.htmlPage.describe('robots.txt'), 304: s.htmlPage },
    },
    handler: (request, reply) =>
      serve(request, reply, async () => ({
        kind: 'file',
        type: 'text/plain; charset=utf-8',
        text: `User-agent: *\nAllow: /portal\nAllow: /jst/\nAllow: /wskazniki/\nAllow: /porownaj\nDisallow: /api/\nDisallow: /\n\nSitemap: ${config.publicUrl}/sitemap.xml\n`,
      })),
  });
};
