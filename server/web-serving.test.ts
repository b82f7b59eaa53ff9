/**
 * How the server hands out the built web app (issue #19 item 15): hashed assets are served and
 * cached for good, source maps never (they would publish the whole source with its comments),
 * a missing asset is a 404 rather than index.html, and any other page gets the SPA.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/helpers/app';

let t: TestApp;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'miernik-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(
    join(webRoot, 'assets', 'index-abc123.js'),
    'console.log(1);\n//# sourceMappingURL=index-abc123.js.map',
  );
  // A stray map, as a build with source maps switched on (or a copied node_modules file) leaves.
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["secret.ts"]}');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.css.map'), '{"version":3}');
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the built web app', () => {
  it('serves a hashed asset, cached for good', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never serves a source map, even one left in the build folder', async () => {
    for (const url of ['/assets/index-abc123.js.map', '/assets/index-abc123.css.map']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('secret.ts');
    }
  });

  it('answers a missing asset with 404, and another page with the app', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    const page = await t.app.inject({ method: 'GET', url: '/units/1261011' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>app</title>');
  });
});
