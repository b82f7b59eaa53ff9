// The worker entry has its own name: Vite (vitest) resolves "./import-worker" to a .mjs before a .ts.
// Worker threads do not inherit the main thread's TypeScript loader: register tsx here, then load
// the worker's TypeScript (piscina calls the default export).
import { register } from 'tsx/esm/api';

register();
const { parseAndValidate } = await import('./import-worker.ts');
export default parseAndValidate;
