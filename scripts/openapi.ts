// Writes (--write) or verifies (--check) the committed openapi.json from the app's route schemas,
// and the web app's TypeScript types generated from it (web/src/lib/api-types.ts, openapi-typescript),
// so integrators can read the API without running it, the web client is typed by path and method,
// and CI fails when either file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { fromPglite } from '../server/db/client';

const documentFile = fileURLToPath(new URL('../openapi.json', import.meta.url));
const typesFile = fileURLToPath(new URL('../web/src/lib/api-types.ts', import.meta.url));

const database = fromPglite(new PGlite());
const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false, webRoot: null });
await app.ready();
const spec = app.swagger();
await app.close();
await database.close();

const document = `${JSON.stringify(spec, null, 2)}\n`;
const types =
  '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit by hand:\n' +
  "// change the server's zod schemas and regenerate.\n" +
  astToString(await openapiTS(JSON.parse(document), { alphabetize: false }));

const outputs = [
  { file: documentFile, text: document, name: 'openapi.json' },
  { file: typesFile, text: types, name: 'web/src/lib/api-types.ts' },
];

if (process.argv.includes('--write')) {
  for (const output of outputs) writeFileSync(output.file, output.text);
  console.log(`${outputs.map((output) => output.name).join(' and ')} written`);
} else {
  const stale = outputs.filter(
    (output) => !existsSync(output.file) || readFileSync(output.file, 'utf8') !== output.text,
  );
  if (stale.length > 0) {
    console.error(
      `${stale.map((output) => output.name).join(' and ')} stale: run \`npm run openapi\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('openapi.json and web/src/lib/api-types.ts are current');
}
