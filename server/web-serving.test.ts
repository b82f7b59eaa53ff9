/**
 * How the server hands out the built web app (issue #19 item 15): hashed assets are served and
 * cached for good, compressed ahead of time where the build did so; source maps never (they would
 * publish the whole source with its comments); a missing asset is a 404 rather than index.html; a
 * survey link gets the respondents' page and any other page the SPA.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/helpers/app';

let t: TestApp;
let webRoot: string;
const BIG = `export const survey = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `question ${i}`))};\n`;
const BIG_BR = brotliCompressSync(BIG); // quality 11; on the fly the server uses 4
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'miernik-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(webRoot, 'respondent.html'), '<!doctype html><title>survey</title>');
  // As scripts/build-web.mjs writes them: the same script, compressed at the highest level.
  writeFileSync(join(webRoot, 'assets', 'big-abc123.js'), BIG);
  writeFileSync(join(webRoot, 'assets', 'big-abc123.js.br'), BIG_BR);
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

  it('sends the Brotli copy the build made to a browser that accepts it, the script itself otherwise', async () => {
    const br = await t.app.inject({
      method: 'GET',
      url: '/assets/big-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG);
    // The build's copy itself, not the script compressed again on the fly.
    expect(br.rawPayload.equals(BIG_BR)).toBe(true);
    const plain = await t.app.inject({
      method: 'GET',
      url: '/assets/big-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
  });

  it('never serves a source map, even one left in the build folder', async () => {
    for (const url of ['/assets/index-abc123.js.map', '/assets/index-abc123.css.map']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('secret.ts');
    }
  });

  it("answers a missing asset with 404, a survey link with the respondents' page, another page with the app", async () => {
    expect((await t.app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    for (const url of ['/s/AbC_12-xyz0123456', '/s/AbC_12-xyz0123456?lang=en']) {
      const survey = await t.app.inject({ method: 'GET', url });
      expect(survey.statusCode, url).toBe(200);
      expect(survey.body, url).toContain('<title>survey</title>');
    }
    for (const url of ['/units/1261011', '/surveys/waves/1', '/s', '/s/a/b']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain('<title>app</title>');
    }
  });
});
