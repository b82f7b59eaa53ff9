// Builds the web app with Vite. With --if-stale it only builds when web/dist is missing or older
// than any file under web/ or domain/ (so `npm start` is quick after the first time).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/**
 * Writes name.br (Brotli 11) and name.gz (gzip 9) beside each script and stylesheet, which the
 * server sends as they are (@fastify/static preCompressed). On the fly it compresses at Brotli 4,
 * as level 11 would cost every request seconds; ahead of time, SurveyJS on the respondents' page
 * is about a fifth smaller.
 */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const path = join(dir, name);
    const data = readFileSync(path);
    if (data.length < 1024) continue;
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  }
}

const ifStale = process.argv.includes('--if-stale');
const stale =
  !existsSync(dist) || statSync(dist).mtimeMs < Math.max(newest(join(root, 'web')), newest(join(root, 'domain')));
if (ifStale && !stale) {
  console.log('Web app is up to date (web/dist).');
} else {
  console.log('Building the web app…');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  precompress(join(root, 'web', 'dist', 'assets'));
  console.log('Web app built (web/dist).');
}
