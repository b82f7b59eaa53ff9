import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import { z } from 'zod';
import { errorResponses } from '../../http/schemas';
import type { ModuleRoutes } from '../../http/module';

export const backupRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/admin/backup', {
    schema: {
      operationId: 'getBackup',
      tags: ['admin'],
      summary: 'A consistent backup of the whole database as plain SQL (administrators); `miernik restore` reads it',
      description:
        'Taken in one read-only snapshot while the app keeps serving (on PGlite, writes wait until it is done). The last line is a manifest with each table’s row count and SHA-256.',
      produces: ['application/sql'],
      response: { 200: z.any().describe('The backup file'), ...errorResponses(401, 403) },
    },
    handler: async (request, reply) => {
      const run = services.backup.prepare(context(request));
      const stream = new PassThrough();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      void run(async (text) => {
        if (!stream.write(text)) await once(stream, 'drain');
      }).then(
        () => stream.end(),
        (error: unknown) => {
          // The status line has gone out; a cut-off file is refused by restore (no manifest).
          request.log.error({ err: error }, 'backup failed');
          stream.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
      return reply
        .type('application/sql; charset=utf-8')
        .header('content-disposition', `attachment; filename="miernik-backup-${stamp}.sql"`)
        .send(stream);
    },
  });
};
