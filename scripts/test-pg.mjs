// Runs the API test suite on a real PostgreSQL server that this script starts itself (see
// pg-temp.mjs) and removes afterwards. Never touches any other database.
import { spawnSync } from 'node:child_process';
import { startTempPostgres } from './pg-temp.mjs';

const server = await startTempPostgres();
let code;
try {
  console.log(`PostgreSQL test server at ${server.url}`);
  // `npm run test:pg -- server/db/backup.test.ts` runs just those files; no argument, all of server/
  // except the CLI test: each of its cases spawns the CLI on its own embedded data dir (it never
  // reads TEST_DATABASE_URL), so a second run would repeat `npm test` for ~2.5 minutes.
  const files = process.argv.slice(2);
  const selection = files.length > 0 ? files : ['server', '--exclude', 'server/cli.test.ts'];
  const result = spawnSync('npx', ['vitest', 'run', ...selection], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  code = result.status;
} finally {
  server.stop();
}
process.exit(code ?? 1);
