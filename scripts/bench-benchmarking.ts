/**
 * The benchmarking engine's speed (issue #4), printed side by side with DuckDB on the same data.
 *
 * (a) Full recompute of statistics and ranks for one peer partition on synthetic national data —
 *     3,000 units × 300 indicators × 10 years, 3 % missing, units split into 16 regional groups:
 *     our engine (`rankGroupInto` over typed arrays, the code the server uses) against DuckDB running
 *     the same computation in SQL (quantile_cont, avg, stddev_samp per group; rank and percent_rank
 *     windows) into tables, both on the same values. Target: at most half of DuckDB's time.
 * (b) A unit dashboard with 300 indicators and a peer group resolved on request (15 nearest
 *     neighbours; the units of its kind), in-process through the product's benchmarking service.
 *     The catalogue gets 300 synthetic indicators with 10 years of values for every current unit
 *     (2,477 gminy, 380 powiaty, 16 voivodeships = 2,873 units; the registry is the real one),
 *     fed to the engine in memory; structural variables for the neighbours are the real BDL data.
 *     Target p95 ≤ 10 ms.
 * (c) The same dashboard over HTTP (GET /api/v1/benchmarking/units/{code}) on the product's app,
 *     50 concurrent clients (autocannon), random gminy. Target p95 ≤ 30 ms.
 * (d) DEA, 2,500 units × 3 inputs × 3 outputs, CCR and BCC, input orientation, one thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runDea } from '../domain/benchmarking/dea';
import { syntheticDeaData } from '../domain/benchmarking/dea-synthetic';
import { createHighsSolver } from '../domain/benchmarking/dea-solver';
import { rankGroupInto, type Polarity, type RankOutput } from '../domain/benchmarking/stats';
import { mulberry32 } from '../domain/random';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { indicators as indicatorsTable, variables as variablesTable } from '../server/db/schema';
import type { ApprovedValue } from '../server/services';
import { httpLoad, ms, percentile, signIn, type LoadFigures } from './bench-http';

const UNITS = 3000;
const INDICATORS = 300;
const YEARS = 10;
const GROUPS = 16;
const BENCH_PASSWORD = 'bench-only-password';
const POLARITIES: Polarity[] = ['higher-is-better', 'lower-is-better', 'neutral'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Seeded synthetic slices: one Float64Array of UNITS values per (indicator, year); NaN = missing. */
function syntheticSlices() {
  const random = mulberry32(20261122);
  const group = Int32Array.from({ length: UNITS }, () => Math.floor(random() * GROUPS));
  const slices: Float64Array[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const level = 10 + random() * 1000;
    for (let y = 0; y < YEARS; y++) {
      const slice = new Float64Array(UNITS);
      // Rounded to cents so that ties occur, as in real data.
      for (let u = 0; u < UNITS; u++)
        slice[u] = random() < 0.03 ? NaN : Math.round(level * (0.5 + random()) * 100) / 100;
      slices.push(slice);
    }
  }
  const members = Array.from({ length: GROUPS }, (_, g) =>
    Int32Array.from([...group.keys()].filter((u) => group[u] === g)),
  );
  return { group, slices, members };
}

function engineRecompute(data: ReturnType<typeof syntheticSlices>): number {
  const total = data.slices.length * UNITS;
  const all = {
    rank: new Int32Array(total),
    ascendingRank: new Int32Array(total),
    percentRank: new Float64Array(total),
    quartile: new Uint8Array(total),
    zScore: new Float64Array(total),
  };
  const stats = new Float64Array(data.slices.length * GROUPS * 9);
  const scratch = { values: new Float64Array(UNITS), indexes: new Int32Array(UNITS) };
  const started = performance.now();
  data.slices.forEach((slice, s) => {
    const from = s * UNITS;
    const to = from + UNITS;
    const out: RankOutput = {
      rank: all.rank.subarray(from, to),
      ascendingRank: all.ascendingRank.subarray(from, to),
      percentRank: all.percentRank.subarray(from, to),
      quartile: all.quartile.subarray(from, to),
      zScore: all.zScore.subarray(from, to),
    };
    const polarity = POLARITIES[Math.floor(s / YEARS) % 3]!;
    for (let g = 0; g < GROUPS; g++) {
      const st = rankGroupInto(slice, data.members[g]!, polarity, out, scratch).stats;
      stats.set(
        [
          st.n,
          st.min ?? NaN,
          st.q1 ?? NaN,
          st.median ?? NaN,
          st.q3 ?? NaN,
          st.max ?? NaN,
          st.mean ?? NaN,
          st.sd ?? NaN,
          st.missing,
        ],
        (s * GROUPS + g) * 9,
      );
    }
  });
  return performance.now() - started;
}

async function duckdbRecompute(data: ReturnType<typeof syntheticSlices>, runs: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE v (unit INTEGER, grp INTEGER, ind INTEGER, yr INTEGER, val DOUBLE)');
  const appender = await connection.createAppender('v');
  data.slices.forEach((slice, s) => {
    const ind = Math.floor(s / YEARS);
    const yr = 2015 + (s % YEARS);
    for (let u = 0; u < UNITS; u++) {
      appender.appendInteger(u);
      appender.appendInteger(data.group[u]!);
      appender.appendInteger(ind);
      appender.appendInteger(yr);
      if (Number.isNaN(slice[u]!)) appender.appendNull();
      else appender.appendDouble(slice[u]!);
      appender.endRow();
    }
  });
  appender.flushSync();
  appender.closeSync();
  const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]![0];
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await connection.run(`CREATE OR REPLACE TABLE stats AS
      SELECT ind, yr, grp, count(val) AS n, count(*) - count(val) AS missing, min(val) AS min, quantile_cont(val, 0.25) AS q1,
             quantile_cont(val, 0.5) AS median, quantile_cont(val, 0.75) AS q3, max(val) AS max, avg(val) AS mean, stddev_samp(val) AS sd
      FROM v GROUP BY ind, yr, grp`);
    await connection.run(`CREATE OR REPLACE TABLE ranks AS
      SELECT unit, ind, yr, rank() OVER w AS rnk, percent_rank() OVER w AS pr
      FROM v WHERE val IS NOT NULL WINDOW w AS (PARTITION BY ind, yr, grp ORDER BY val)`);
    times.push(performance.now() - started);
  }
  connection.closeSync();
  instance.closeSync();
  return { ms: median(times), threads: String(threads) };
}

async function partA() {
  const data = syntheticSlices();
  const engineTimes = [0, 1, 2].map(() => engineRecompute(data));
  const engineMs = median(engineTimes);
  const duck = await duckdbRecompute(data, 3);
  console.log(
    `(a) full recompute, ${UNITS} units × ${INDICATORS} indicators × ${YEARS} years, ${GROUPS} groups (median of 3):`,
  );
  console.log(
    `    Miernik engine ${engineMs.toFixed(0)} ms  |  DuckDB (${duck.threads} threads) ${duck.ms.toFixed(0)} ms  |  ratio ${(engineMs / duck.ms).toFixed(2)} (target ≤ 0.50)`,
  );
  return {
    engineMs: ms(engineMs),
    duckdbMs: ms(duck.ms),
    duckdbThreads: Number(duck.threads),
    ratio: Number((engineMs / duck.ms).toFixed(3)),
  };
}

/** The product's app with 300 synthetic indicators over every current unit, fed to the engine in memory. */
async function productApp(dir: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', MIERNIK_DEMO: 'false', MIERNIK_ADMIN_PASSWORD: BENCH_PASSWORD });
  const database = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
  await database.migrate();
  const setup = await buildApp({ database, config, logger: false, webRoot: null });
  await setup.services.units.ensureReferenceData();
  await setup.services.indicators.ensureShippedCatalogue();
  await setup.services.dataImport.ensureBdlExtract();
  const units = (await setup.services.units.universe()).units;
  await setup.close();
  const kinds = [...new Set(units.map((u) => u.kind))];
  const codes = Array.from({ length: INDICATORS }, (_, i) => `bench_${String(i + 1).padStart(3, '0')}`);
  const created = await database.db
    .insert(variablesTable)
    .values(
      codes.map((code) => ({
        code,
        names: { pl: code, en: code },
        unit: 'zł',
        source: 'bench',
        periodicity: 'year' as const,
        description: { pl: 'syntetyczna', en: 'synthetic' },
      })),
    )
    .returning({ id: variablesTable.id, code: variablesTable.code });
  await database.db.insert(indicatorsTable).values(
    codes.map((code, i) => ({
      code,
      names: { pl: `Wskaźnik syntetyczny ${i + 1}`, en: `Synthetic indicator ${i + 1}` },
      definition: { pl: 'syntetyczny', en: 'synthetic' },
      formula: code,
      unit: 'zł',
      decimals: 2,
      polarity: POLARITIES[i % 3]!,
      type: 'output',
      area: 'other',
      unitKinds: kinds,
      source: { pl: 'bench', en: 'bench' },
    })),
  );
  const random = mulberry32(7);
  const synthetic: ApprovedValue[] = [];
  for (const variable of created) {
    const level = 10 + random() * 1000;
    for (const unit of units) {
      for (let y = 2010; y < 2010 + YEARS; y++)
        synthetic.push({
          unitId: unit.id,
          variableId: variable.id,
          period: String(y),
          value: level * (0.5 + random()),
        });
    }
  }
  // A fresh app reads the extended catalogue; its engine gets the synthetic values next to the real ones.
  // Handed over once: afterwards only the engine's typed arrays hold the values, as in production,
  // where the rows read from the database are garbage after the build.
  let pending: ApprovedValue[] | null = synthetic;
  const count = synthetic.length;
  const app = await buildApp({
    database,
    config,
    logger: false,
    webRoot: null,
    valueFeed: async function* (pages) {
      yield* pages;
      if (pending) yield pending;
      pending = null;
    },
  });
  const started = performance.now();
  await app.services.benchmarking.warm();
  const loadMs = performance.now() - started;
  const gminy = units.filter((u) => u.kind.startsWith('municipality')).map((u) => u.code);
  const admin = (await app.services.users.ensureFirstAdmin())!.email;
  return { app, database, gminy, unitRows: units, admin, values: count, units: units.length, loadMs };
}

async function partB(product: Awaited<ReturnType<typeof productApp>>) {
  const random = mulberry32(11);
  const result: Record<string, { p50Ms: number; p95Ms: number; indicators: number }> = {};
  for (const [label, spec] of [
    ['nn15', (c: string) => `nn:${c}:15`],
    ['kind', () => undefined],
  ] as const) {
    const times: number[] = [];
    let indicators = 0;
    for (let r = 0; r < 220; r++) {
      const code = product.gminy[Math.floor(random() * product.gminy.length)]!;
      const started = performance.now();
      const dashboard = await product.app.services.benchmarking.unitDashboard(code, {
        period: '2019',
        peers: spec(code),
      });
      if (r >= 20) times.push(performance.now() - started); // the first 20 warm the JIT
      indicators = dashboard.items.length;
    }
    result[label] = { p50Ms: ms(percentile(times, 0.5)), p95Ms: ms(percentile(times, 0.95)), indicators };
  }
  console.log(
    `(b) unit dashboard in-process, ${result.nn15!.indicators} indicators (300 synthetic + the catalogue's), ${product.units} units, 200 requests:`,
  );
  console.log(
    `    peers nn:CODE:15  p50 ${result.nn15!.p50Ms} ms, p95 ${result.nn15!.p95Ms} ms  |  peers = its kind  p50 ${result.kind!.p50Ms} ms, p95 ${result.kind!.p95Ms} ms  (target p95 ≤ 10 ms)`,
  );
  return result;
}

async function partC(product: Awaited<ReturnType<typeof productApp>>, seconds: number) {
  const url = await product.app.listen({ port: 0, host: '127.0.0.1' });
  // Signed in: anonymous callers see released data only (#15), which holds none of the synthetic indicators.
  const cookie = await signIn(url, product.admin, BENCH_PASSWORD);
  const headers = { cookie, 'accept-encoding': 'gzip' };
  const random = mulberry32(17);
  const sample = Array.from({ length: 500 }, () => product.gminy[Math.floor(random() * product.gminy.length)]!);
  const nn = await httpLoad(
    url,
    seconds,
    sample.map((c) => `/api/v1/benchmarking/units/${c}?period=2019&peers=nn:${c}:15`),
    headers,
  );
  // An arbitrary spec: the unit's kind in its voivodeship within a random population band — a peer
  // group no one prepared, resolved on the request.
  const kindOf = new Map(product.unitRows.map((u) => [u.code, u.kind]));
  const arbitrary = await httpLoad(
    url,
    seconds,
    sample.map((c) => {
      const low = Math.floor(random() * 20) * 1000;
      const spec = `kind:${kindOf.get(c)}&voivodeship:${c.slice(0, 2)}&size:${low}-${low + 5000 + Math.floor(random() * 50_000)}`;
      return `/api/v1/benchmarking/units/${c}?period=2019&peers=${encodeURIComponent(spec)}`;
    }),
    headers,
  );
  const line = (f: LoadFigures, target: string) =>
    `    ${f.requests} requests, ${f.requestsPerSecond} req/s, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms, non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts} (target ${target})`;
  console.log(
    `(c) HTTP GET /api/v1/benchmarking/units/{code}, signed in, 50 connections, ${seconds} s (autocannon in its own process):`,
  );
  console.log('    peers=nn:CODE:15');
  console.log(line(nn, 'p95 ≤ 30 ms, p99 ≤ 100 ms, 0 errors'));
  console.log('    peers=kind:K&voivodeship:WW&size:MIN-MAX (arbitrary)');
  console.log(line(arbitrary, 'p95 ≤ 150 ms, 0 errors'));
  return { ...nn, arbitrary };
}

async function partD() {
  const data = syntheticDeaData(2500);
  const solver = await createHighsSolver();
  const figures: Record<string, { seconds: number; efficient: number }> = {};
  try {
    for (const model of ['ccr', 'bcc'] as const) {
      const started = performance.now();
      const result = runDea(data, { model, orientation: 'input' }, solver);
      if (!result.ok) throw new Error(result.reason);
      figures[model] = {
        seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
        efficient: result.units.filter((u) => u.efficient).length,
      };
    }
  } finally {
    solver.dispose();
  }
  console.log(
    `(d) DEA 2,500 units × 3 inputs × 3 outputs, input orientation: CCR ${figures.ccr!.seconds} s (${figures.ccr!.efficient} efficient), BCC ${figures.bcc!.seconds} s (${figures.bcc!.efficient} efficient)`,
  );
  return figures;
}

export async function benchmarkingBench(options: { seconds: number; parts?: string }) {
  console.log('Benchmarking bench (issue #4)');
  const parts = options.parts ?? 'abcd';
  const recompute = parts.includes('a') ? await partA() : null;
  const dir = mkdtempSync(join(tmpdir(), 'miernik-bench-bm-'));
  try {
    const product = await productApp(dir);
    console.log(
      `    engine load: ${product.values.toLocaleString('en')} synthetic + the real approved values in ${(product.loadMs / 1000).toFixed(1)} s`,
    );
    try {
      const dashboard = parts.includes('b') ? await partB(product) : null;
      const http = parts.includes('c') ? await partC(product, options.seconds) : null;
      const dea = parts.includes('d') ? await partD() : null;
      return {
        recompute,
        dashboard,
        http,
        dea,
        engineLoadSeconds: Number((product.loadMs / 1000).toFixed(2)),
        targets: { recomputeRatio: 0.5, dashboardP95Ms: 10, httpP95Ms: 30 },
      };
    } finally {
      await product.app.close();
      await product.database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
