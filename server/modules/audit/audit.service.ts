import type { Db, Executor } from '../../db/client';
import { authorize, SYSTEM_USER_ID, type RequestContext } from '../../http/context';
import type { AuditAction, AuditEntityType } from '../../../domain/audit/vocabulary';
import { insertAuditEntry, listAuditEntries } from './audit.repository';

export type AuditService = ReturnType<typeof createAuditService>;

/**
 * The audit log. `record` is called by other services inside the transaction of the change it
 * describes, so a change and its audit entry are written together or not at all.
 */
export function createAuditService(deps: { db: Db }) {
  return {
    async record(
      tx: Executor,
      ctx: RequestContext | null,
      // Typed by the vocabulary, so every action the log can show has a label in both languages.
      entry: { action: AuditAction; entityType: AuditEntityType; entityId: string | number; changes?: unknown },
    ) {
      await insertAuditEntry(tx, {
        actorUserId: ctx?.actor && ctx.actor.userId !== SYSTEM_USER_ID ? ctx.actor.userId : null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: String(entry.entityId),
        changes: entry.changes,
        requestId: ctx?.requestId ?? null,
      });
    },

    async list(ctx: RequestContext, query: { entityType?: string; entityId?: string; page: number; pageSize: number }) {
      authorize(ctx, { type: 'audit.read' });
      const { rows, total } = await listAuditEntries(deps.db, query, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorId ? { id: r.actorId, email: r.actorEmail ?? '' } : null,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          changes: r.changes,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
