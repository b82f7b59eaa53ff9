import { Feed } from 'feed';
import { z } from 'zod';
import { FILE_BODY_LIMIT } from '../../app';
import { AppError } from '../../http/errors';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, queryBoolean } from '../../http/schemas';
import { MAX_ATTACHMENT_BYTES } from './good-practices.files';
import * as s from './good-practices.schemas';

const tags = ['good-practices'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const detailWithWarnings = s.practiceDetail.extend({
  warnings: z
    .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
    .describe('Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it'),
});

/** RFC 6266 filename: ASCII fallback plus the UTF-8 name. */
function contentDisposition(name: string) {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const goodPracticesRoutes: ModuleRoutes = (app, { services, context, config }) => {
  const practices = services.goodPractices;

  app.get('/api/v1/practices', {
    schema: {
      operationId: 'searchGoodPractices',
      tags,
      summary:
        'Search the good-practice bank (Polish inflections and diacritics folded), with facet counts; anonymous callers see published entries',
      querystring: s.searchQuery,
      response: { 200: s.searchResult, ...errorResponses(400, 404) },
    },
    handler: (request) => practices.search(context(request), request.query),
  });

  app.post('/api/v1/practices', {
    schema: {
      operationId: 'createGoodPractice',
      tags,
      summary: "Draft a good practice of one's unit (coordinators and members)",
      body: s.createBody,
      response: { 201: detailWithWarnings, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => reply.status(201).send(await practices.create(context(request), request.body)),
  });

  app.post('/api/v1/practices/proposals', {
    schema: {
      operationId: 'proposeGoodPractice',
      tags,
      summary:
        'Propose as a good practice: a draft from an improvement action that improved more than its peers or from an agreed action of a network meeting; the draft keeps the link (201 new, 200 already proposed)',
      body: s.proposalBody,
      response: {
        200: z.object({ created: z.literal(false), practice: detailWithWarnings }),
        201: z.object({ created: z.literal(true), practice: detailWithWarnings }),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    },
    handler: async (request, reply) => {
      const result = await practices.propose(context(request), request.body.source);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  });

  app.post('/api/v1/practices/import', {
    schema: {
      operationId: 'importGoodPractices',
      tags,
      summary:
        'Import practice descriptions from CSV or XLSX (title, unit, service_area, problem, solution, results, lessons, year, tags, source_url); all or nothing, every bad row listed',
      querystring: z.object({ dryRun: queryBoolean.default(false), publish: queryBoolean.default(false) }),
      response: { 200: s.importResult, 201: s.importResult, ...errorResponses(400, 401, 403) },
    },
    bodyLimit: FILE_BODY_LIMIT,
    handler: async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Uint8Array))
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv or XLSX');
      const result = await practices.importFile(context(request), body, request.query);
      return reply.status(result.dryRun ? 200 : 201).send(result);
    },
  });

  app.get('/api/v1/practices/feed.atom', {
    schema: {
      operationId: 'goodPracticesFeed',
      tags,
      summary: 'Atom feed of newly published good practices (?format=rss for RSS 2.0)',
      querystring: z.object({ format: z.enum(['atom', 'rss']).default('atom') }),
      produces: ['application/atom+xml', 'application/rss+xml'],
    },
    handler: async (request, reply) => {
      const entries = await practices.feedEntries();
      const base = config.publicUrl;
      const feed = new Feed({
        title: 'Miernik — Baza dobrych praktyk',
        description: 'Nowe dobre praktyki samorządów, z dowodami z ich własnych danych',
        id: `${base}/good-practices`,
        link: `${base}/good-practices`,
        language: 'pl',
        copyright: 'Treści: ich autorzy (jednostki samorządu)',
        updated: entries[0]?.publishedAt ? new Date(entries[0].publishedAt) : new Date(0),
        feedLinks: { atom: `${base}/api/v1/practices/feed.atom` },
      });
      for (const e of entries)
        feed.addItem({
          title: e.title,
          id: `${base}/good-practices/${e.id}`,
          link: `${base}/good-practices/${e.id}`,
          description: e.excerpt,
          date: new Date(e.publishedAt ?? 0),
          author: e.units.map((u) => ({ name: u.name })),
          category: e.tags.map((name) => ({ name })),
        });
      return request.query.format === 'rss'
        ? reply.type('application/rss+xml; charset=utf-8').send(feed.rss2())
        : reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
    },
  });

  app.get('/api/v1/practices/:id', {
    schema: {
      operationId: 'getGoodPractice',
      tags,
      summary:
        "An entry: the published version for the public (404 until published), the working copy for its unit's people and curators",
      params: idParams,
      response: { 200: detailWithWarnings, ...errorResponses(400, 404) },
    },
    handler: (request) => practices.get(context(request), request.params.id),
  });

  app.patch('/api/v1/practices/:id', {
    schema: {
      operationId: 'updateGoodPractice',
      tags,
      summary: "Edit an entry of one's unit; editing a published one starts a new version (re-moderated)",
      params: idParams,
      body: s.patchBody,
      response: { 200: detailWithWarnings, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => practices.update(context(request), request.params.id, request.body),
  });

  for (const [verb, summary] of [
    ['submit', "Submit a draft for moderation (the entry's unit)"],
    ['publish', 'Publish the submitted version (curators: network operators)'],
    ['confirm', 'Confirm that the published practice is still in use (the yearly question)'],
  ] as const) {
    app.post(`/api/v1/practices/:id/${verb}`, {
      schema: {
        operationId: `${verb}GoodPractice`,
        tags,
        summary,
        params: idParams,
        response: { 200: detailWithWarnings, ...errorResponses(400, 401, 403, 404, 409) },
      },
      handler: (request) =>
        verb === 'submit'
          ? practices.submit(context(request), request.params.id)
          : verb === 'publish'
            ? practices.publish(context(request), request.params.id)
            : practices.confirm(context(request), request.params.id),
    });
  }

  app.post('/api/v1/practices/:id/return', {
    schema: {
      operationId: 'returnGoodPractice',
      tags,
      summary: 'Return a submitted entry to its unit with comments (curators)',
      params: idParams,
      body: z.object({ comment: z.string().trim().min(1).max(5000) }),
      response: { 200: detailWithWarnings, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => practices.returnToUnit(context(request), request.params.id, request.body.comment),
  });

  app.get('/api/v1/practices/:id/versions', {
    schema: {
      operationId: 'listGoodPracticeVersions',
      tags,
      params: idParams,
      response: {
        200: z.object({ items: z.array(z.object({ version: z.number().int(), publishedAt: z.string() })) }),
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => practices.versions(context(request), request.params.id),
  });

  app.get('/api/v1/practices/:id/versions/:version', {
    schema: {
      operationId: 'getGoodPracticeVersion',
      tags,
      summary: 'A published version as it was published',
      params: idParams.extend({ version: z.coerce.number().int().positive() }),
      response: {
        200: z.object({
          version: z.number().int(),
          publishedAt: z.string(),
          content: s.practiceDetail.shape.content,
        }),
        ...errorResponses(400, 404),
      },
    },
    handler: (request) => practices.version(context(request), request.params.id, request.params.version),
  });

  app.get('/api/v1/practices/:id/evidence', {
    schema: {
      operationId: 'getGoodPracticeEvidence',
      tags,
      summary:
        "Evidence from data: for each linked indicator the unit's series, the peers' median series and the improvement-plan effect check's verdict; the grade from them",
      params: idParams,
      response: { 200: s.evidence, ...errorResponses(400, 404) },
    },
    handler: (request) => practices.evidence(context(request), request.params.id),
  });

  app.post('/api/v1/practices/:id/adoptions', {
    schema: {
      operationId: 'adoptGoodPractice',
      tags,
      summary: '"We adopted this practice": the adopting unit\'s people record the date and what they changed',
      params: idParams,
      body: s.adoptionBody,
      response: { 201: s.adoption, ...errorResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await practices.adopt(context(request), request.params.id, request.body)),
  });

  app.get('/api/v1/practices/:id/adoptions/:adoptionId/evidence', {
    schema: {
      operationId: 'getGoodPracticeAdoptionEvidence',
      tags,
      summary: "The adopter's own evidence: the practice's indicators for the adopting unit, from the year it adopted",
      params: idParams.extend({ adoptionId: z.coerce.number().int().positive() }),
      response: { 200: s.evidence, ...errorResponses(400, 404) },
    },
    handler: (request) => practices.adoptionEvidence(context(request), request.params.id, request.params.adoptionId),
  });

  app.post('/api/v1/practices/:id/attachments', {
    schema: {
      operationId: 'addGoodPracticeAttachment',
      tags,
      summary:
        'Attach a PDF or image (application/octet-stream body, at most 5 MiB); the type is read from the content',
      params: idParams,
      querystring: z.object({ fileName: z.string().max(300) }),
      response: { 201: s.attachment, ...errorResponses(400, 401, 403, 404, 413) },
    },
    bodyLimit: MAX_ATTACHMENT_BYTES + 1024,
    handler: async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Uint8Array))
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as application/octet-stream');
      return reply
        .status(201)
        .send(await practices.addAttachment(context(request), request.params.id, request.query.fileName, body));
    },
  });

  app.get('/api/v1/practices/:id/attachments/:attachmentId', {
    schema: {
      operationId: 'getGoodPracticeAttachment',
      tags,
      params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    },
    handler: async (request, reply) => {
      const a = await practices.attachment(context(request), request.params.id, request.params.attachmentId);
      return reply
        .type(a.mediaType)
        .header('content-disposition', contentDisposition(a.fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(a.content);
    },
  });

  app.delete('/api/v1/practices/:id/attachments/:attachmentId', {
    schema: {
      operationId: 'deleteGoodPracticeAttachment',
      tags,
      params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await practices.removeAttachment(context(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  });
};
