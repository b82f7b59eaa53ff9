import type { ModuleRoutes } from '../../http/module';
import { errorResponses, paged } from '../../http/schemas';
import { auditEntry, auditQuery } from './audit.schemas';

export const auditRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/audit', {
    schema: {
      operationId: 'listAuditEntries',
      tags: ['audit'],
      summary: 'Audit log of data changes (admins only)',
      querystring: auditQuery,
      response: { 200: paged(auditEntry), ...errorResponses(400, 401, 403) },
    },
    handler: (request) => services.audit.list(context(request), request.query),
  });
};
