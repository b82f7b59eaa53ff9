/**
 * Runs one DEA in a worker thread: `runDea` is synchronous and takes seconds for a national data
 * set (2,500 units ≈ 5–10 s), which must not block the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runDea, type DeaInput, type DeaOptions } from '../../../domain/benchmarking/dea';
import { createHighsSolver } from '../../../domain/benchmarking/dea-solver';

const { input, options } = workerData as { input: DeaInput; options: DeaOptions };
const solver = await createHighsSolver();
try {
  parentPort!.postMessage({ ok: true, result: runDea(input, options, solver) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
} finally {
  solver.dispose();
}
