import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../server/app';
import type { Config } from '../../server/config';
import { fromPglite, fromPostgres, type Database } from '../../server/db/client';
import type { Clock } from '../../server/services';
import type { BdlFetch } from '../../server/integrations/bdl/bdl-client';
import { testConfig } from './config';

/** A fresh app on this test file's own copy of the migrated template database. */
export async function createTestApp(
  options: {
    config?: Partial<Config>;
    clock?: Clock;
    bdlFetch?: BdlFetch;
    logStream?: NodeJS.WritableStream;
    /** A built web app to serve (a folder like web/dist); none by default. */
    webRoot?: string;
  } = {},
) {
  const info = inject('testDatabase');
  let database: Database;
  let drop = async () => {};
  if (info.kind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(readFileSync(info.templateFile))]) });
    database = fromPglite(client);
  } else {
    const name = `miernik_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: info.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${info.template}`);
    const url = new URL(info.url);
    url.pathname = `/${name}`;
    database = fromPostgres(url.toString());
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    };
  }
  const config = testConfig(options.config);
  const app = await buildApp({
    database,
    config,
    logger: options.logStream !== undefined,
    ...(options.logStream ? { logStream: options.logStream } : {}),
    webRoot: options.webRoot ?? null,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.bdlFetch ? { bdlFetch: options.bdlFetch } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    services: app.services,
    config,
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
