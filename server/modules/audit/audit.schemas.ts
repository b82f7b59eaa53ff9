import { z } from 'zod';
import { pageQuery } from '../../http/schemas';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO 8601 timestamp'),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string().describe('e.g. unit.update, group.create, role.assign'),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.unknown(),
});

export const auditQuery = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  ...pageQuery,
});
