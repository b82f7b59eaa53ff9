/**
 * Starts the real product: `bin/miernik.js serve` with a fresh PGlite data dir in a temporary
 * folder, on a free port, with a known admin password. `stop` ends it and removes the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export async function startServer(options: {
  admin: { email: string; password: string };
  env?: Record<string, string>;
  /** How long the first start (reference data) may take; a busy machine needs several minutes. */
  startupMs?: number;
}): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const { admin } = options;
  const dir = mkdtempSync(join(tmpdir(), 'miernik-e2e-'));
  const port = await freePort();

  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['bin/miernik.js', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MIERNIK_DATA_DIR: join(dir, 'db'),
      MIERNIK_ADMIN_EMAIL: admin.email,
      MIERNIK_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'warn',
      MIERNIK_PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  // A first start loads the reference data (~30 s idle); a busy CI machine can take several times that.
  const deadline = Date.now() + (options.startupMs ?? 300_000);
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
