/**
 * Migrates one template database per test run and loads the reference data into it; every test
 * file then starts from its own copy (PGlite: a data-dir dump loaded into a fresh instance;
 * PostgreSQL: CREATE DATABASE … TEMPLATE). Nothing is ever truncated or dropped except the
 * databases this run created.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../server/app';
import { fromPglite, fromPostgres } from '../server/db/client';
import { SYSTEM_CONTEXT } from '../server/http/context';
import { testConfig } from './helpers/config';
import { TEMPLATE_BDL_FILES } from './helpers/datasets';
import { withoutSpentWal } from './helpers/wal-trim';

export type TestDatabaseInfo =
  { kind: 'pglite'; templateFile: string } | { kind: 'postgresql'; url: string; template: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo;
  }
}

async function prepare(database: ReturnType<typeof fromPglite>) {
  await database.migrate();
  const app = await buildApp({ database, config: testConfig(), logger: false, webRoot: null });
  await app.services.units.ensureReferenceData();
  await app.services.indicators.ensureShippedCatalogue();
  // Only the 2010–2019 extract: every API test file loads a copy of this template, so the newer
  // datasets (unemployment 2003–2024, population 2024, ElVacc, PKW) are loaded by the test files
  // that need them (shipped-datasets.test.ts, coverage tests) on their own copy.
  await app.services.dataImport.ensureBdlExtract({ only: TEMPLATE_BDL_FILES });
  await app.services.surveyTemplates.ensureShippedTemplates();
  // As on a first start: release 1 makes the shipped public statistics public (#15), so anonymous
  // callers of the benchmarking routes see those and nothing else.
  await app.services.openData.ensureFirstRelease(SYSTEM_CONTEXT);
  await app.close();
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `miernik_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = fromPostgres(templateUrl.toString());
    await prepare(database);
    await database.close();
    project.provide('testDatabase', { kind: 'postgresql', url, template });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    };
  }
  const client = await PGlite.create();
  const database = fromPglite(client);
  await prepare(database);
  await client.exec('CHECKPOINT');
  const current = await client.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment');
  const dump = new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer());
  const dir = mkdtempSync(join(tmpdir(), 'miernik-test-'));
  const templateFile = join(dir, 'template.tar');
  writeFileSync(templateFile, withoutSpentWal(dump, current.rows[0]!.segment));
  await client.close();
  project.provide('testDatabase', { kind: 'pglite', templateFile });
  return () => rmSync(dir, { recursive: true, force: true });
}
