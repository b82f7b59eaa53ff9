import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The lock file decides what `npm ci` installs; these checks keep the README's promises about it.
const require = createRequire(import.meta.url);
// semver comes with npm's own tooling in node_modules; only its range check is needed here.
const semver = require('semver') as { satisfies(version: string, range: string): boolean };
const root = new URL('../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

describe('installed dependencies', () => {
  it('all support the oldest Node.js the README names (20.19)', () => {
    const pkg = readJson('package.json');
    expect(pkg.engines.node).toBe('>=20.19');
    const lock = readJson('package-lock.json') as { packages: Record<string, LockPackage> };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies('20.19.0', (p.engines as { node: string }).node))
      .map(([path, p]) => `${path}@${p.version}`);
    expect(refusing).toEqual([]);
  });
});
