import type { ModuleRoutes } from '../../http/module';
import { errorResponses } from '../../http/schemas';
import { startResponse } from './start.schemas';

export const startRoutes: ModuleRoutes = (app, { services, context }) => {
  app.get('/api/v1/start', {
    schema: {
      operationId: 'getStart',
      tags: ['start'],
      summary: "The signed-in user's start page: setup checklist (administrators, operators) and my units",
      response: { 200: startResponse, ...errorResponses(401) },
    },
    handler: (request) => services.start.start(context(request)),
  });
};
