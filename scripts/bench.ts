/**
 * `npm run bench`: measured speeds, printed, never asserted in tests.
 *
 * Import: N long-format rows (default 1,000,000) of synthetic values for real gminy and catalogue
 * variables, parsed from CSV, validated, plausibility-checked and committed through the same
 * service as the API, on the embedded database (PGlite in a temporary data dir) and on a
 * PostgreSQL server started for the run (fsync on). The last line is one JSON object with every figure.
 *
 * Benchmarking (issue #4): see scripts/bench-benchmarking.ts — the engine against DuckDB, the unit
 * dashboard in-process and over HTTP, DEA.
 *
 * Good-practice search (issue #13): see scripts/bench-good-practices.ts — 10,000 synthetic entries,
 * index rebuild and search p95 in-process.
 *
 * Public portal and open API (issue #15): see scripts/bench-portal.ts — pages and values under 50 clients.
 *
 * Start (issue #16 item 6): see scripts/bench-start.ts — `miernik serve` until health and the first dashboard.
 *
 * Options: --only benchmarking|import|good-practices|portal|start, --rows N (import), --skip-pg (import), --seconds N (HTTP part, default 10),
 * --parts abcd (which parts of the benchmarking bench).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../domain/random';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase, type Database } from '../server/db/client';
import { SYSTEM_CONTEXT } from '../server/http/context';
// @ts-expect-error plain ESM helper shared with the test runner
import { startTempPostgres } from './pg-temp.mjs';
import { benchmarkingBench } from './bench-benchmarking';
import { goodPracticesBench } from './bench-good-practices';
import { portalBench } from './bench-portal';
import { startBench } from './bench-start';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROWS = Number(arg('--rows') ?? 1_000_000);
const skipPg = process.argv.includes('--skip-pg');
const only = arg('--only');
const SECONDS = Number(arg('--seconds') ?? 10);

/** Variables units report themselves, not part of any cross-field rule and with no upper bound, so synthetic values pass the hard checks. */
function benchVariables(): string[] {
  const variables = JSON.parse(readFileSync(new URL('../data/catalogue/variables.json', import.meta.url), 'utf8')) as {
    code: string;
    bdl?: unknown;
    plausibility?: { ranges?: { max?: number }[] };
  }[];
  const rules = JSON.parse(readFileSync(new URL('../data/catalogue/rules.json', import.meta.url), 'utf8')) as {
    left: string;
    right: string;
  }[];
  const inRules = new Set(rules.flatMap((r) => `${r.left} ${r.right}`.match(/[a-z_][a-z0-9_]*/g) ?? []));
  return variables
    .filter((v) => !v.bdl && !inRules.has(v.code) && !(v.plausibility?.ranges ?? []).some((r) => r.max !== undefined))
    .map((v) => v.code);
}

function gminaCodes(): string[] {
  const lines = readFileSync(new URL('../data/teryt/TERC_2024-01-01.csv', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1);
  return lines
    .map((l) => l.split(';'))
    .filter((c) => c[2] && /^[123]$/.test(c[3]!))
    .map((c) => c[0]! + c[1]! + c[2]! + c[3]!);
}

function makeCsv(rows: number): { csv: Uint8Array; variables: number; years: number } {
  const units = gminaCodes();
  const variables = benchVariables();
  // Seeded, so every run imports the same file.
  const random = mulberry32(20241122);
  const lines = ['unit_code;variable_code;period;value'];
  const years = Math.ceil(rows / (units.length * variables.length));
  outer: for (let y = 0; y < years; y++) {
    for (const variable of variables) {
      const level = 100 + random() * 10_000;
      for (const unit of units) {
        if (lines.length > rows) break outer;
        // Values near a per-variable level, with Polish decimal commas.
        lines.push(`${unit};${variable};${2024 - y};${(level * (0.8 + random() * 0.4)).toFixed(2).replace('.', ',')}`);
      }
    }
  }
  return { csv: new TextEncoder().encode(`${lines.join('\n')}\n`), variables: variables.length, years };
}

async function measure(label: string, open: () => Promise<Database>, csv: Uint8Array) {
  const config = loadConfig({ LOG_LEVEL: 'silent', MIERNIK_DEMO: 'false' });
  const database = await open();
  await database.migrate();
  const app = await buildApp({ database, config, logger: false, webRoot: null });
  await app.services.units.ensureReferenceData();
  await app.services.indicators.ensureShippedCatalogue();
  await app.services.dataImport.ensureBdlExtract();
  const started = performance.now();
  const result = await app.services.dataImport.importFile(SYSTEM_CONTEXT, csv, {
    fileName: 'bench.csv',
    dryRun: false,
  });
  const seconds = (performance.now() - started) / 1000;
  await app.close();
  await database.close();
  const rowsPerSecond = Math.round(result.values / seconds);
  console.log(
    `${label.padEnd(24)} ${result.values.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ${rowsPerSecond.toLocaleString('en')} rows/s (${result.warnings.length >= 1000 ? '≥1000' : result.warnings.length} warnings)`,
  );
  return { rows: result.values, seconds: Number(seconds.toFixed(2)), rowsPerSecond };
}

async function importBench() {
  const { csv, variables, years } = makeCsv(ROWS);
  console.log(
    `Import bench: ${ROWS.toLocaleString('en')} long-format rows (${variables} variables × 2,477 gminy × ${years} years), ${(csv.length / 1e6).toFixed(1)} MB CSV`,
  );
  console.log('Target: ≥ 50,000 rows/s, validated and committed.');
  const dir = mkdtempSync(join(tmpdir(), 'miernik-bench-'));
  const figures: Record<string, unknown> = { rows: ROWS, target: { rowsPerSecond: 50_000 } };
  try {
    figures.pglite = await measure(
      'PGlite (embedded)',
      () => openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') }),
      csv,
    );
    if (!skipPg) {
      const server = await startTempPostgres({ fsync: true });
      try {
        figures.postgresql = await measure(
          'PostgreSQL (server)',
          () => openDatabase({ databaseUrl: server.url, dataDir: '' }),
          csv,
        );
      } finally {
        server.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

const figures: Record<string, unknown> = {};
if (!only || only === 'benchmarking')
  figures.benchmarking = await benchmarkingBench({
    seconds: SECONDS,
    ...(arg('--parts') ? { parts: arg('--parts')! } : {}),
  });
if (!only || only === 'import') figures.import = await importBench();
if (!only || only === 'good-practices') figures.goodPractices = goodPracticesBench();
if (!only || only === 'portal') figures.portal = await portalBench({ seconds: SECONDS });
if (!only || only === 'start') figures.start = await startBench();
console.log(JSON.stringify({ bench: 'miernik', ...figures }));
