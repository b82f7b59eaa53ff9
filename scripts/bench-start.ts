/**
 * `npm run bench -- --only start` (#16 item 6): how long `miernik serve` takes until it answers
 * health, and until it answers the first unit dashboard, on the embedded database — on an empty
 * data dir (a first start: migrations, reference data, the BDL extract, release 1, the demo) and
 * again on the same dir (the data already there). The web app is built before the clock starts, as
 * the targets assume. Each start is a real process, timed from spawn; health and the dashboard are
 * polled every 50 ms.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms } from './bench-http';

const root = new URL('..', import.meta.url).pathname;
/** A rural gmina of the shipped extract: its dashboard exists on the public engine after a first start. */
const DASHBOARD_UNIT = '1201022';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(url: string, started: number, deadlineMs: number): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > deadlineMs) throw new Error(`${url} did not answer 200 within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function timeStart(dataDir: string): Promise<{ healthMs: number; dashboardMs: number }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/miernik.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      MIERNIK_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      MIERNIK_PUBLIC_URL: base,
      MIERNIK_ADMIN_PASSWORD: 'bench-start-password',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const healthMs = await until(`${base}/api/v1/health`, started, 300_000);
    const dashboardMs = await until(`${base}/api/v1/benchmarking/units/${DASHBOARD_UNIT}`, started, 300_000);
    return { healthMs: ms(healthMs), dashboardMs: ms(dashboardMs) };
  } finally {
    await stop(child);
  }
}

export async function startBench() {
  console.log('Start (issue #16 item 6): `miernik serve` on the embedded database, timed from spawn');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-web.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the web build failed');
  const dir = mkdtempSync(join(tmpdir(), 'miernik-bench-start-'));
  try {
    const dataDir = join(dir, 'db');
    const first = await timeStart(dataDir);
    console.log(
      `    first start, empty data dir: health after ${first.healthMs} ms, first dashboard after ${first.dashboardMs} ms (target health ≤ 15,000 ms)`,
    );
    const again = await timeStart(dataDir);
    console.log(
      `    start with the data there:   health after ${again.healthMs} ms, first dashboard after ${again.dashboardMs} ms (target health ≤ 3,000 ms, dashboard ≤ 5,000 ms)`,
    );
    return {
      firstStart: first,
      restart: again,
      targets: { firstStartHealthMs: 15_000, restartHealthMs: 3_000, restartDashboardMs: 5_000 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
