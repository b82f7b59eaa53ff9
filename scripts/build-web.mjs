// Builds the web app with Vite. With --if-stale it only builds when web/dist is missing or older
// than any file under web/ or domain/ (so `npm start` is quick after the first time).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

const ifStale = process.argv.includes('--if-stale');
const stale =
  !existsSync(dist) || statSync(dist).mtimeMs < Math.max(newest(join(root, 'web')), newest(join(root, 'domain')));
if (ifStale && !stale) {
  console.log('Web app is up to date (web/dist).');
} else {
  console.log('Building the web app…');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  console.log('Web app built (web/dist).');
}
