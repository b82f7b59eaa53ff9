import { z } from 'zod';
import { isAdmin } from '../../../domain/access/authorization';
import type { ModuleRoutes } from '../../http/module';
import { VERSION } from '../../version';

export const healthRoutes: ModuleRoutes = (app, { databaseKind }) => {
  app.get('/api/v1/health', {
    schema: {
      operationId: 'getHealth',
      tags: ['health'],
      summary: 'Liveness; administrators also see which database and version this instance runs',
      description: 'Anonymous callers get only { status }: the version and database help an attacker more than a user.',
      response: {
        200: z.object({
          status: z.literal('ok'),
          database: z.enum(['pglite', 'postgresql']).optional(),
          version: z.string().optional(),
        }),
      },
    },
    handler: (request) =>
      request.actor && isAdmin(request.actor)
        ? { status: 'ok' as const, database: databaseKind, version: VERSION }
        : { status: 'ok' as const },
  });
};
