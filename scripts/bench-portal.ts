/**
 * `npm run bench -- --only portal` (#15 item 7): the public portal and the open API under 50
 * clients, on the embedded database with the real reference data and release 1 (as a first start
 * has them). Each load runs `--seconds` (default 10) with autocannon in its own process
 * (scripts/bench-load.mjs). Portal pages are cached per release after their first render, so the
 * first (uncached) render is timed separately, one request at a time, and the loads then run over a
 * warmed set of 200 units. Target: p95 ≤ 30 ms with 0 errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MUNICIPALITY_KINDS } from '../domain/units/kinds';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { SYSTEM_CONTEXT } from '../server/http/context';
import { httpLoad, ms, percentile, signIn } from './bench-http';

const BENCH_PASSWORD = 'bench-only-password';
/** Gminy proper (not the town and rural parts of urban-rural gminy). */
const GMINA_KINDS = new Set<string>(MUNICIPALITY_KINDS);

export async function portalBench(options: { seconds: number }) {
  console.log('Public portal and open API (issue #15), 50 connections');
  const dir = mkdtempSync(join(tmpdir(), 'miernik-bench-portal-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', MIERNIK_DEMO: 'false', MIERNIK_ADMIN_PASSWORD: BENCH_PASSWORD });
  const database = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
  try {
    await database.migrate();
    const app = await buildApp({
      database,
      config: { ...config, openApiRateLimit: 1_000_000_000 },
      logger: false,
      webRoot: null,
    });
    try {
      await app.services.units.ensureReferenceData();
      await app.services.indicators.ensureShippedCatalogue();
      await app.services.dataImport.ensureBdlExtract();
      await app.services.openData.ensureFirstRelease(SYSTEM_CONTEXT);
      const admin = await app.services.users.ensureFirstAdmin();
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      // The same dashboards signed in (every approved value, the members' engine), side by side.
      const cookie = await signIn(url, admin!.email, BENCH_PASSWORD);
      const gminy = (await app.services.units.universe()).units
        .filter((u) => GMINA_KINDS.has(u.kind))
        .map((u) => u.code);
      const indicators = (await app.services.openData.publicIndicators()).items.map((i) => i.code);
      let seed = 11;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const sample = Array.from({ length: 200 }, () => gminy[Math.floor(random() * gminy.length)]!);

      // First renders, one at a time (what the first visitor of a page waits).
      const cold: number[] = [];
      for (const code of sample.slice(0, 30)) {
        const started = performance.now();
        const res = await fetch(`${url}/jst/${code}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`/jst/${code}: ${res.status}`);
        cold.push(performance.now() - started);
      }
      for (const code of sample) await (await fetch(`${url}/jst/${code}`)).arrayBuffer();
      for (const code of indicators) await (await fetch(`${url}/wskazniki/${code}`)).arrayBuffer();
      const figures: Record<string, unknown> = {
        gminy: gminy.length,
        releasedIndicators: indicators.length,
        firstRender: { p50Ms: ms(percentile(cold, 0.5)), p95Ms: ms(percentile(cold, 0.95)), n: cold.length },
      };
      console.log(
        `    first render of /jst/{code}, 30 gminy one at a time: p50 ${ms(percentile(cold, 0.5))} ms, p95 ${ms(percentile(cold, 0.95))} ms`,
      );
      const runs: [string, string[], Record<string, string>?][] = [
        ['profile', sample.map((c) => `/jst/${c}`)],
        ['indicatorPage', indicators.map((c) => `/wskazniki/${c}`)],
        [
          'openValues',
          sample.map((c, i) => `/api/open/v1/values?indicator=${indicators[i % indicators.length]}&unit=${c}`),
        ],
        ['anonymousDashboard', sample.map((c) => `/api/v1/benchmarking/units/${c}?period=2019&peers=nn:${c}:15`)],
        [
          'signedInDashboard',
          sample.map((c) => `/api/v1/benchmarking/units/${c}?period=2019&peers=nn:${c}:15`),
          { cookie },
        ],
      ];
      for (const [name, paths, extra] of runs) {
        const f = await httpLoad(url, options.seconds, paths, { 'accept-encoding': 'gzip', ...extra });
        figures[name] = f;
        console.log(
          `    ${name.padEnd(18)} ${f.requestsPerSecond} req/s, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms, non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts} (target p95 ≤ 30 ms, 0 errors)`,
        );
      }
      return { ...figures, targets: { p95Ms: 30, errors: 0 } };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
