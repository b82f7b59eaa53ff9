// Runs the API test suite on a real PostgreSQL server that this script starts itself: a temporary
// cluster made with the machine's initdb/pg_ctl, on a free port, removed afterwards. Never touches
// any other database.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBin(name) {
  const fromPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return fromPath;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const version of readdirSync(base).sort().reverse()) {
      const candidate = join(base, version, 'bin', name);
      if (existsSync(candidate)) return candidate;
    }
  }
  console.error(`${name} not found: install the PostgreSQL server (Debian: apt-get install postgresql).`);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const initdb = findBin('initdb');
const pgCtl = findBin('pg_ctl');
const dir = mkdtempSync(join(tmpdir(), 'miernik-pg-'));
const dataDir = join(dir, 'data');
const port = await freePort();

// PostgreSQL refuses to run as root; as root, run the server as the 'postgres' system user.
const asRoot = process.getuid?.() === 0;
let runAs = [];
if (asRoot) {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  runAs = ['runuser', '-u', 'postgres', '--'];
}
const run = (cmd, args) => {
  const [bin, ...rest] = [...runAs, cmd, ...args];
  execFileSync(bin, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
};

let code;
try {
  run(initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  run(pgCtl, ['-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  console.log(`PostgreSQL test server on 127.0.0.1:${port} (${dataDir})`);
  const result = spawnSync('npx', ['vitest', 'run', 'server', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
  });
  code = result.status ?? 1;
} finally {
  try {
    run(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code ?? 1);
