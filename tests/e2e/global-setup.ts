/**
 * Starts the real product for the browser tests: `bin/miernik.js serve` with a fresh PGlite data
 * dir in a temporary folder, on a free port, with a known admin password. Stops and removes it
 * afterwards.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    admin: { email: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password-1' };
  const server = await startServer({ admin });
  project.provide('baseUrl', server.baseUrl);
  project.provide('admin', admin);
  return server.stop;
}
