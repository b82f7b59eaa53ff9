import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Services } from '../services';
import type { RequestContext } from './context';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface ModuleDeps {
  services: Services;
  config: Config;
  databaseKind: 'pglite' | 'postgresql';
  /** The caller as services see it (actor + request id). */
  context: (request: FastifyRequest) => RequestContext;
}

/** Each feature module registers its own routes; app.ts only lists the modules. */
export type ModuleRoutes = (app: ZodApp, deps: ModuleDeps) => void;
