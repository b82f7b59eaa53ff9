import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { appMeta } from './schema';

describe('embedded database (PGlite in MIERNIK_DATA_DIR)', () => {
  it('keeps its data across a restart and re-applies no migration twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'miernik-db-'));
    try {
      const first = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
      expect(first.kind).toBe('pglite');
      await first.migrate();
      await first.db.insert(appMeta).values({ key: 'restart-test', value: { kept: true } });
      await first.close();

      const second = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
      await second.migrate();
      const [row] = await second.db.select().from(appMeta).where(eq(appMeta.key, 'restart-test'));
      expect(row?.value).toEqual({ kept: true });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
