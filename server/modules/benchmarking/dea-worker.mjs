// Worker threads do not inherit the main thread's TypeScript loader: register tsx here, then run
// the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./dea-worker.ts');
