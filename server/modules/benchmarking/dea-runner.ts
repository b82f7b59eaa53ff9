/**
 * DEA off the event loop: one worker thread per run, one run at a time (the LPs use a whole core;
 * a queue keeps a burst of requests from starving the HTTP server on a small machine).
 */
import { Worker } from 'node:worker_threads';
import type { DeaInput, DeaOptions, DeaRunResult } from '../../../domain/benchmarking/dea';

let queue: Promise<unknown> = Promise.resolve();

function runInWorker(input: DeaInput, options: DeaOptions): Promise<DeaRunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dea-worker.mjs', import.meta.url), { workerData: { input, options } });
    let settled = false;
    worker.once('message', (message: { ok: true; result: DeaRunResult } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`DEA worker stopped with code ${code}`));
    });
  });
}

export function runDeaOffThread(input: DeaInput, options: DeaOptions): Promise<DeaRunResult> {
  const run = queue.then(() => runInWorker(input, options));
  queue = run.catch(() => undefined);
  return run;
}
