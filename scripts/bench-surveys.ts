/**
 * `npm run bench:surveys`: anonymous survey submissions under load, measured and printed (never
 * asserted in tests).
 *
 * The app runs in this process on a fresh database — PGlite in a temporary data dir, or with
 * `--pg` a PostgreSQL server started for the run (fsync on) — with an open wave of the shipped
 * customer template. A worker thread runs 200 concurrent keep-alive clients (autocannon) for N
 * seconds; each request is a valid answer (varied: synthetic responses of the template) with a
 * fresh Idempotency-Key, and ~5 % are deliberate replays of keys already acknowledged. Afterwards
 * the stored rows are counted: every acknowledged key must be stored exactly once.
 *
 * Options: --seconds N (default 30), --pg, --connections N (default 200).
 * The last line is one JSON object: { responsesPerSecond, p50Ms, p95Ms, acknowledged, stored, lost, duplicated, … }.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { eq, count } from 'drizzle-orm';
import { generateSyntheticResponses } from '../domain/surveys/synthetic';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase, type Database } from '../server/db/client';
import { surveyResponses } from '../server/db/schema';
import { SYSTEM_CONTEXT } from '../server/http/context';
// @ts-expect-error plain ESM helper shared with the test runner
import { startTempPostgres } from './pg-temp.mjs';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SECONDS = Number(arg('--seconds') ?? 30);
const CONNECTIONS = Number(arg('--connections') ?? 200);
const usePg = process.argv.includes('--pg');
const REPLAY_SHARE = 0.05;
const DISTINCT_BODIES = 1000;

interface LoadReport {
  created: number;
  replayed: number;
  retried: number;
  statuses: Record<string, number>;
  latencies: number[];
  acknowledged: string[];
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function run(database: Database) {
  await database.migrate();
  // The per-address limit protects real forms from floods; every bench client comes from 127.0.0.1.
  const config = loadConfig({ LOG_LEVEL: 'silent', MIERNIK_DEMO: 'false', MIERNIK_SURVEY_RATE_LIMIT: '1000000' });
  const app = await buildApp({ database, config, logger: false, webRoot: null });
  await app.services.surveyTemplates.ensureShippedTemplates();
  const csv = 'code,name,kind,parent_code\nBENCH-1,Urząd testowy (bench),test-unit,\n';
  await app.services.units.importCsv(SYSTEM_CONTEXT, new TextEncoder().encode(csv), { dryRun: false });
  const now = Date.now();
  const wave = await app.services.surveys.create(SYSTEM_CONTEXT, {
    unitCode: 'BENCH-1',
    templateId: 'customer-office',
    opensAt: new Date(now - 60_000),
    closesAt: new Date(now + 86_400_000),
  });
  const template = await app.services.surveyTemplates.latest('customer-office');
  const bodies = generateSyntheticResponses(template, { seed: 'bench', count: DISTINCT_BODIES }).map((r) =>
    JSON.stringify({ answers: r.answers }),
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${address}/api/v1/public/surveys/${wave.publicToken}/responses`;

  const report = await new Promise<LoadReport>((resolve, reject) => {
    const worker = new Worker(new URL('./bench-surveys-load.mjs', import.meta.url), {
      workerData: { url, bodies, connections: CONNECTIONS, seconds: SECONDS, replayShare: REPLAY_SHARE },
    });
    worker.once('message', (m: LoadReport) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });

  const [row] = await database.db
    .select({ n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.waveId, wave.id));
  const stored = row!.n;
  await app.close();
  const latencies = [...report.latencies].sort((a, b) => a - b);
  const acknowledged = report.acknowledged.length;
  return {
    database: database.kind,
    seconds: Number(report.duration.toFixed(2)),
    connections: CONNECTIONS,
    requests: latencies.length,
    responsesPerSecond: Math.round(report.created / report.duration),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    acknowledged,
    replaysAcknowledged: report.replayed,
    retriedAtEnd: report.retried,
    stored,
    // Every key sent was acknowledged (requests cut off at the end are retried with their key), and
    // each stored response has its own key: stored − acknowledged are duplicates, the opposite lost answers.
    lost: Math.max(0, acknowledged - stored),
    duplicated: Math.max(0, stored - acknowledged),
    errors: report.errors + report.timeouts,
    statuses: report.statuses,
  };
}

console.log(
  `Survey submission bench: ${CONNECTIONS} concurrent clients for ${SECONDS} s, ${Math.round(REPLAY_SHARE * 100)} % replays of acknowledged Idempotency-Keys`,
);
console.log('Targets: ≥ 1,000 responses/s, p95 ≤ 100 ms, zero lost or duplicated.');
const dir = mkdtempSync(join(tmpdir(), 'miernik-bench-surveys-'));
let figures: Awaited<ReturnType<typeof run>>;
try {
  if (usePg) {
    const server = await startTempPostgres({ fsync: true });
    try {
      const database = await openDatabase({ databaseUrl: server.url, dataDir: '' });
      try {
        figures = await run(database);
      } finally {
        await database.close();
      }
    } finally {
      server.stop();
    }
  } else {
    const database = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
    try {
      figures = await run(database);
    } finally {
      await database.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const f = figures;
console.log(
  `${f.database}: ${f.responsesPerSecond.toLocaleString('en')} responses/s, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms`,
);
console.log(
  `acknowledged ${f.acknowledged.toLocaleString('en')} (+ ${f.replaysAcknowledged.toLocaleString('en')} replays answered 200; ${f.retriedAtEnd} in flight at the end retried with their key), stored ${f.stored.toLocaleString('en')}, lost ${f.lost}, duplicated ${f.duplicated}, errors ${f.errors}, statuses ${JSON.stringify(f.statuses)}`,
);
console.log(
  JSON.stringify({
    responsesPerSecond: f.responsesPerSecond,
    p50Ms: f.p50Ms,
    p95Ms: f.p95Ms,
    acknowledged: f.acknowledged,
    stored: f.stored,
    lost: f.lost,
    duplicated: f.duplicated,
    database: f.database,
    seconds: f.seconds,
    connections: f.connections,
    p99Ms: f.p99Ms,
    replays: f.replaysAcknowledged,
    errors: f.errors,
  }),
);
