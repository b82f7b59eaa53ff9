import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Resolved from this file, not from the working directory, so
// `vite build --config web/vite.config.ts` works from the repository root.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // No source maps in the production build: they would be served publicly with the whole source.
    sourcemap: false,
    rolldownOptions: {
      // Two pages: the app, and the respondents' survey page (served for /s/:token), which loads
      // none of the app's routes or texts.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        respondent: fileURLToPath(new URL('./respondent.html', import.meta.url)),
      },
      output: {
        // Framework code changes far less often than the app: a separate chunk stays cached
        // across releases. ECharts is left out on purpose — it loads only with the map.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
