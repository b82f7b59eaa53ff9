import { defineConfig } from 'vitest/config';

// Domain, API and the web's pure (DOM-free) tests. API tests run on PGlite by default; scripts/test-pg.mjs sets
// TEST_DATABASE_URL to run the very same files on a real PostgreSQL server.
export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
