/**
 * buildApp: the whole HTTP application around an open database. No listening, no process state —
 * tests build it with a throwaway database and call it through `app.inject`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { frameworkErrors, notFoundBody, registerErrorHandler } from './http/error-handler';
import { registerInputRules } from './http/input';
import { loggerOptions } from './http/logging';
import type { ModuleRoutes } from './http/module';
import { registerSession } from './http/session';
import { auditRoutes } from './modules/audit/audit.routes';
import { benchmarkingRoutes } from './modules/benchmarking/benchmarking.routes';
import { competitionRoutes } from './modules/competition/competition.routes';
import { dataCollectionRoutes } from './modules/data-collection/data-collection.routes';
import { closeImportWorkers } from './modules/data-collection/import-pool';
import { groupsRoutes } from './modules/groups/groups.routes';
import { indicatorsRoutes } from './modules/indicators/indicators.routes';
import { backupRoutes } from './modules/backup/backup.routes';
import { healthRoutes } from './modules/health/health.routes';
import { goodPracticesRoutes } from './modules/good-practices/good-practices.routes';
import { improvementPlansRoutes } from './modules/improvement-plans/improvement-plans.routes';
import { openDataRoutes } from './modules/open-data/open-data.routes';
import { portalRoutes } from './modules/portal/portal.routes';
import { networksRoutes } from './modules/networks/networks.routes';
import { selfAssessmentRoutes } from './modules/self-assessment/self-assessment.routes';
import { strategyMonitoringRoutes } from './modules/strategy-monitoring/strategy-monitoring.routes';
import { startRoutes } from './modules/start/start.routes';
import { surveysRoutes } from './modules/surveys/surveys.routes';
import { unitsRoutes } from './modules/units/units.routes';
import { usersRoutes } from './modules/users/users.routes';
import { createServices, systemClock, type Clock } from './services';
import { VERSION } from './version';

const MODULES: ModuleRoutes[] = [
  healthRoutes,
  usersRoutes,
  unitsRoutes,
  groupsRoutes,
  indicatorsRoutes,
  dataCollectionRoutes,
  benchmarkingRoutes,
  surveysRoutes,
  selfAssessmentRoutes,
  improvementPlansRoutes,
  strategyMonitoringRoutes,
  networksRoutes,
  goodPracticesRoutes,
  competitionRoutes,
  openDataRoutes,
  portalRoutes,
  auditRoutes,
  startRoutes,
  backupRoutes,
];

/** The browser features the app never uses are switched off for it and anything it embeds. */
/** A survey's public link (`/s/:token`, as the web app's respondent route reads it). */
const RESPONDENT_PATH = /^\/s\/[^/?#]+\/?(?:[?#]|$)/;

const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()';

/** JSON bodies are small forms; files (CSV) get their own, larger limit. */
const JSON_BODY_LIMIT = 1024 * 1024;
export const FILE_BODY_LIMIT = 20 * 1024 * 1024;

export interface BuildAppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  /** Serve the built web app from this folder (default web/dist when it exists). */
  webRoot?: string | null;
  logger?: boolean;
  /** Where the log goes (default stdout); tests capture it. */
  logStream?: NodeJS.WritableStream;
  /** The network client for the GUS BDL API (default: global fetch). */
  bdlFetch?: import('./integrations/bdl/bdl-client').BdlFetch;
  /** For `npm run bench` only: wraps the benchmarking engine's read of the value store. */
  valueFeed?: import('./services').CreateServicesDeps['valueFeed'];
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel, options.logStream),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services = createServices({
    db: database.db,
    database,
    config,
    clock: options.clock ?? systemClock,
    ...(options.bdlFetch ? { bdlFetch: options.bdlFetch } : {}),
    ...(options.valueFeed ? { valueFeed: options.valueFeed } : {}),
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts and React set inline styles on elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only means something over HTTPS; the hook below sets it there.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // Answers for a logged-in user (the CSRF token in /auth/me, exports of raw data) stay out of
    // every cache; a route that chose its own policy keeps it.
    if (request.actor && request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });
  await app.register(compress, { threshold: 2048 });
  await app.register(cookie);
  app.addContentTypeParser(
    [
      'text/csv',
      'text/plain',
      'application/octet-stream',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer', bodyLimit: FILE_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Miernik API',
        version: VERSION,
        description:
          'Open data and management API of Miernik. Reference data: Źródło: GUS, TERYT. Errors: { error: { code, message, details?, requestId } }.',
        license: { name: 'AGPL-3.0-or-later' },
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'miernik_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerErrorHandler(app);
  registerInputRules(app);
  registerSession(app, services.users);
  const deps = {
    services,
    config,
    databaseKind: database.kind,
    context: (request: { actor: import('./http/context').SessionActor | null; id: string }) => ({
      actor: request.actor,
      requestId: request.id,
    }),
  };
  for (const register of MODULES) register(app, deps);

  const webRoot =
    options.webRoot === undefined ? fileURLToPath(new URL('../web/dist', import.meta.url)) : options.webRoot;
  const serveWeb = webRoot !== null && existsSync(webRoot);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: 'index.html',
      // The build writes .br and .gz beside each asset at the highest levels (scripts/build-web.mjs),
      // smaller than compressing on the fly allows; an asset without them is compressed as before.
      preCompressed: true,
      // Source maps would publish the whole source with comments; the build makes none, and a stray one is not served.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      // Built assets have content hashes in their names: cache them for good; index.html never.
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  // A survey link gets the respondents' page: the form alone, a fraction of the app's weight on a phone.
  const respondentPage = serveWeb && existsSync(join(webRoot, 'respondent.html'));
  app.setNotFoundHandler((request, reply) => {
    // The SPA routes on the client: unknown non-API GETs get index.html.
    // A missing asset is a 404, never index.html served as a script.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/'))
      return reply
        .type('text/html')
        .sendFile(respondentPage && RESPONDENT_PATH.test(request.url) ? 'respondent.html' : 'index.html');
    return reply.status(404).send(notFoundBody(request));
  });
  app.addHook('onClose', closeImportWorkers);
  app.decorate('services', services);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: import('./services').Services;
  }
}
