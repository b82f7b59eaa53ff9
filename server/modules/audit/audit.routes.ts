import { z } from 'zod';
import type { ModuleRoutes } from '../../http/module';
import { errorResponses, pageQuery, paged } from '../../http/schemas';

const auditEntry = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO 8601 timestamp'),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string().describe('e.g. unit.update, group.create, role.assign'),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.unknown(),
});

export const auditRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/audit', {
    schema: {
      operationId: 'listAuditEntries',
      tags: ['audit'],
      summary: 'Audit log of data changes (admins only)',
      querystring: z.object({
        entityType: z.string().max(100).optional(),
        entityId: z.string().max(200).optional(),
        ...pageQuery,
      }),
      response: { 200: paged(auditEntry), ...errorResponses(400, 401, 403) },
    },
    handler: (request) => services.audit.list(context(request), request.query),
  });
};
