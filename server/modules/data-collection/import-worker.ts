/**
 * The CPU-heavy half of a value import — reading the file and validating every row — in a worker
 * thread (see `import-pool.ts`), so a large or hostile file never blocks the server's event loop.
 * The caller passes what validation needs from the database as plain lists.
 */
import {
  normalizeTerytCode,
  validateDataTable,
  type DataImportResult,
  type ImportProblem,
} from '../../../domain/indicators/import-rows';
import { IMPORT_LIMITS, readTable } from './table-reader';

export interface ImportTask {
  bytes: Uint8Array;
  limits?: typeof IMPORT_LIMITS;
  /** Codes of every unit a value may be written to. */
  unitCodes: string[];
  /** Lower-case codes of the variables the file may carry. */
  variableCodes: string[];
  allowedPeriods: string[];
}

export type ImportTaskResult =
  | { stage: 'read'; problems: ImportProblem[]; tooLarge?: boolean; message?: string }
  | { stage: 'validated'; result: DataImportResult };

export async function parseAndValidate(task: ImportTask): Promise<ImportTaskResult> {
  const read = await readTable(task.bytes, task.limits ?? IMPORT_LIMITS);
  if (!read.ok)
    return {
      stage: 'read',
      problems: read.problems,
      ...(read.tooLarge ? { tooLarge: true } : {}),
      ...(read.message ? { message: read.message } : {}),
    };
  const units = new Set(task.unitCodes);
  const variables = new Set(task.variableCodes);
  // TERYT codes that lost their leading zero are restored; other unit sets keep their codes as written.
  const normalize = (code: string) => (units.has(code.trim()) ? code.trim() : normalizeTerytCode(code));
  return {
    stage: 'validated',
    result: validateDataTable(read.table, {
      isKnownUnit: (code) => units.has(code),
      isKnownVariable: (code) => variables.has(code),
      allowedPeriods: new Set(task.allowedPeriods),
      normalizeUnitCode: normalize,
    }),
  };
}

export default parseAndValidate;
