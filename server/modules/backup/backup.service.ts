/**
 * Backups of the running instance for administrators: the only way to take a consistent backup of
 * an embedded (PGlite) database while the app serves, since only this process may open its data
 * directory. The backup itself is `server/db/backup.ts`; this service decides who and records it.
 */
import { backup } from '../../db/backup';
import type { Database } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import type { Clock } from '../../services';
import type { AuditService } from '../audit/audit.service';

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(deps: { database: Database; audit: AuditService; clock: Clock }) {
  return {
    /**
     * Checks the caller first (nothing is read for anyone but an administrator), then answers a
     * function that writes the backup piece by piece and records it in the audit log.
     */
    prepare(ctx: RequestContext) {
      authorize(ctx, { type: 'backup.take' });
      return async (write: (text: string) => Promise<void> | void) => {
        const result = await backup(deps.database, write, () => deps.clock.now());
        const tables = Object.values(result.manifest.tables);
        await deps.audit.record(deps.database.db, ctx, {
          action: 'backup.taken',
          entityType: 'database',
          entityId: deps.database.kind,
          changes: { tables: tables.length, rows: tables.reduce((n, t) => n + t.rows, 0) },
        });
        return result;
      };
    },
  };
}
