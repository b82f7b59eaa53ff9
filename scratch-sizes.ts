import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './server/app';
import { loadConfig } from './server/config';
import { openDatabase } from './server/db/client';
import { SYSTEM_CONTEXT } from './server/http/context';
const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
const config = loadConfig({ LOG_LEVEL: 'silent', MIERNIK_DEMO: 'false', MIERNIK_ADMIN_PASSWORD: 'x-bench-password' });
const database = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
await database.migrate();
const app = await buildApp({ database, config: { ...config, openApiRateLimit: 1e9 }, logger: false, webRoot: null });
await app.services.units.ensureReferenceData();
await app.services.indicators.ensureShippedCatalogue();
await app.services.dataImport.ensureBdlExtract();
await app.services.openData.ensureFirstRelease(SYSTEM_CONTEXT);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const indicators = (await app.services.openData.publicIndicators()).items.map((i) => i.code);
const rows = [];
for (const c of indicators) {
  let t = performance.now();
  let r = await fetch(`${url}/wskazniki/${c}`, { headers: { 'accept-encoding': 'gzip' } });
  const raw = (await r.arrayBuffer()).byteLength;
  const cold = performance.now() - t;
  t = performance.now();
  r = await fetch(`${url}/wskazniki/${c}`, { headers: { 'accept-encoding': 'gzip' } });
  await r.arrayBuffer();
  const warm = performance.now() - t;
  rows.push({ c, raw, enc: r.headers.get('content-encoding'), cold: Math.round(cold), warm: Math.round(warm * 10) / 10 });
}
rows.sort((a, b) => b.warm - a.warm);
console.log(rows.slice(0, 10), rows.length);
{ const html = await (await fetch(`${url}/wskazniki/population_total`)).text(); const { gzipSync } = await import('node:zlib'); const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>')); console.log('html', html.length, 'gz', gzipSync(html).length, 'svg', svg.length, 'svg gz', gzipSync(svg).length, 'paths', (svg.match(/<path/g)||[]).length); const maps = html.match(/<svg[^>]*class="map[\s\S]*?<\/svg>/); (await import('node:fs')).writeFileSync('/tmp/map.html', '<html><body style="width:600px">' + (maps ? maps[0] : 'NOMAP') + '</body></html>'); }
const p = await fetch(`${url}/jst/0201011`); console.log('profile', (await p.arrayBuffer()).byteLength);
await app.close(); await database.close(); process.exit(0);
