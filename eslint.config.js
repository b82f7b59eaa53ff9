// Lint rules, including the module boundaries of docs/ARCHITECTURE.md:
// domain/ is pure (no server, web, database or I/O), features reach each other only through
// services (never another module's repository), and the web app never imports the server.
// Web features reach each other only through the other feature's index.ts (its one door);
// web/src/lib and web/src/components import no feature at all.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const WEB_FEATURES = readdirSync(new URL('./web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SERVER_IMPORT = { group: ['**/server/**'], message: 'The web app talks to the server over HTTP only.' };
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A relative import that climbs out of the feature and into another feature's files (its index excepted). */
function featureInternals(names) {
  return {
    regex: `^(\\.\\./)+(${names.map(escape).join('|')})/(?!index$).+`,
    message:
      'Import another feature only through its index.ts (its one door): add what you need to that door, or move what several features share to web/src/lib or web/src/components.',
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'dist/', 'data/', 'openapi.json', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    ignores: ['domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**'],
              message: 'domain/ is pure: it imports nothing from server/ or web/.',
            },
            {
              group: [
                'fastify',
                'fastify-*',
                '@fastify/*',
                'drizzle-orm',
                'drizzle-orm/*',
                'pg',
                '@electric-sql/*',
                'node:fs',
                'node:net',
                'node:http',
              ],
              message: 'domain/ does no I/O and knows no framework.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/*.repository', '../../modules/*/*.repository'],
              message: "Call the other feature's service, never its repository.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [SERVER_IMPORT] }],
    },
  },
  ...WEB_FEATURES.map((feature) => ({
    files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_IMPORT,
            featureInternals(WEB_FEATURES.filter((other) => other !== feature)),
            {
              regex: '^(\\.\\./)+app/',
              message: 'The app composes the features; a feature never imports web/src/app.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['web/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_IMPORT,
            {
              regex: '^\\.\\./features/[^/]+/(?!index$).+',
              message: 'The app composes features through their index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/lib/**/*.{ts,tsx}', 'web/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_IMPORT,
            { group: ['**/features/**'], message: 'Shared web code depends on no feature; features depend on it.' },
          ],
        },
      ],
    },
  },
  // Formatting is Prettier's (npm run format); ESLint keeps only what Prettier does not decide.
  prettier,
);
