/**
 * Where an import's file is read and validated: inline for a small CSV (a worker's start costs
 * more than the work), in a worker thread for everything else — every XLSX (a few KB of zip can
 * hold millions of cells) and any CSV over {@link INLINE_BYTES}. One worker at a time on purpose:
 * the machine has few cores and the HTTP server needs one; a second large import waits its turn.
 * The worker has a memory cap and a time limit; either ends the task with a clear error.
 */
import { Piscina } from 'piscina';
import { AppError } from '../../http/errors';
import { parseAndValidate, type ImportTask, type ImportTaskResult } from './import-worker';

const INLINE_BYTES = 256 * 1024;
/** How long one file may take to read and validate before the worker is stopped. */
const WORKER_TIME_LIMIT_MS = 120_000;

let pool: Piscina | null = null;

function workers(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./import-worker-entry.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 10_000,
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  });
  return pool;
}

export async function readAndValidate(task: ImportTask): Promise<ImportTaskResult> {
  const isXlsx = task.bytes[0] === 0x50 && task.bytes[1] === 0x4b;
  if (!isXlsx && task.bytes.length <= INLINE_BYTES) return parseAndValidate(task);
  try {
    return (await workers().run(task, { signal: AbortSignal.timeout(WORKER_TIME_LIMIT_MS) })) as ImportTaskResult;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'AbortError' || name === 'TimeoutError')
      throw new AppError('PAYLOAD_TOO_LARGE', `The file could not be read within ${WORKER_TIME_LIMIT_MS / 1000} s`);
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw new AppError('PAYLOAD_TOO_LARGE', 'The file needs more memory to read than one import may use');
    throw error;
  }
}

/** Stops the worker (app shutdown); a later import starts a new one. */
export async function closeImportWorkers(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
