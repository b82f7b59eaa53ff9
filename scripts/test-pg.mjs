// Runs the API test suite on a real PostgreSQL server that this script starts itself (see
// pg-temp.mjs) and removes afterwards. Never touches any other database.
import { spawnSync } from 'node:child_process';
import { startTempPostgres } from './pg-temp.mjs';

const server = await startTempPostgres();
let code;
try {
  console.log(`PostgreSQL test server at ${server.url}`);
  const result = spawnSync('npx', ['vitest', 'run', 'server', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  code = result.status;
} finally {
  server.stop();
}
process.exit(code ?? 1);
