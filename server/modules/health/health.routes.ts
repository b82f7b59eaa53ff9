import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { VERSION } from '../../version';

export const healthRoutes: ModuleRoutes = (app, { databaseKind }) => {
  app.get('/api/v1/health', {
    schema: {
      operationId: 'getHealth',
      tags: ['health'],
      summary: 'Liveness and which database this instance runs on',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string() }),
      },
    },
    handler: () => ({ status: 'ok' as const, database: databaseKind, version: VERSION }),
  });
};
