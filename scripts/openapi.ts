// Writes (--write) or verifies (--check) the committed openapi.json from the app's route schemas,
// so integrators can read the API without running it and CI fails when the file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { fromPglite } from '../server/db/client';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const database = fromPglite(new PGlite());
const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false, webRoot: null });
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await database.close();

if (process.argv.includes('--write')) {
  writeFileSync(target, document);
  console.log('openapi.json written');
} else {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== document) {
    console.error('openapi.json is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is current');
}
