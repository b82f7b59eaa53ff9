/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM, data in a directory) when no
 * DATABASE_URL is set, otherwise a PostgreSQL server through node-postgres. Both speak the same
 * SQL and run the same migrations; services only see {@link Db}.
 *
 * PGlite is single-connection: it runs every query and every transaction exclusively (its
 * `transaction()` holds a mutex that plain queries also wait on), so transactions are serialized
 * by the driver and never interleave.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run on: the database or an open transaction. */
export type Executor = Db | Tx;

/** Plain SQL on one connection inside one transaction, with COPY in text format (backups). */
export interface RawSession {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `COPY … TO STDOUT` and answers its text. */
  copyOut(copyToStdout: string): Promise<string>;
  /** Runs `COPY … FROM STDIN` with `data` (text format, without the `\.` terminator). */
  copyIn(copyFromStdin: string, data: string): Promise<void>;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgresql';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `task` in one transaction on one connection: `read` is a repeatable-read, read-only
   * snapshot (a consistent backup while the app keeps writing; PGlite runs transactions one at a
   * time, so its writers simply wait), `write` is all-or-nothing (restore).
   */
  session<T>(mode: 'read' | 'write', task: (raw: RawSession) => Promise<T>): Promise<T>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Wraps an existing PGlite instance (tests pass one loaded from a migrated template). */
export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    },
    close: () => client.close(),
    session: (mode, task) =>
      client.transaction(async (tx) => {
        // PGlite's COPY reads and writes the virtual file /dev/blob instead of the client stream.
        const blobCopy = (statement: string, direction: 'TO STDOUT' | 'FROM STDIN') =>
          statement.replace(direction, direction === 'TO STDOUT' ? "TO '/dev/blob'" : "FROM '/dev/blob'");
        if (mode === 'read') await tx.query('SET TRANSACTION READ ONLY');
        return task({
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
          copyOut: async (statement) => {
            const result = await tx.query(blobCopy(statement, 'TO STDOUT'));
            return result.blob ? await result.blob.text() : '';
          },
          copyIn: async (statement, data) => {
            await tx.query(blobCopy(statement, 'FROM STDIN'), [], { blob: new Blob([data]) });
          },
        });
      }),
  };
}

export function fromPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgresql',
    migrate: async () => {
      await migratePg(drizzlePg(pool, { schema }), { migrationsFolder });
    },
    close: () => pool.end(),
    session: async (mode, task) => {
      const client = await pool.connect();
      try {
        await client.query(mode === 'read' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
        const result = await task({
          query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
          copyOut: async (statement) => {
            const chunks: Buffer[] = [];
            const stream = client.query(copyTo(statement));
            for await (const chunk of stream) chunks.push(chunk as Buffer);
            return Buffer.concat(chunks).toString('utf8');
          },
          copyIn: async (statement, data) => {
            await pipeline(Readable.from([Buffer.from(data, 'utf8')]), client.query(copyFrom(statement)));
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/** Opens the configured database. `dataDir` `memory://` keeps PGlite in memory (tests, tools). */
export async function openDatabase(options: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return fromPostgres(options.databaseUrl);
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  return fromPglite(client);
}
