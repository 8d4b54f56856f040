import type { Executor } from '../../db/executor.js';
import { ImportFailed } from '../../errors.js';
import { ImportFailedError, importBundle, type ImportReport } from './importBundle.js';
import type { ImportBundleInput } from './input.js';
import { objectSource } from './sources/object.js';

/**
 * The importBundle mutation's service: imports a bundle given as an object (parsed JSON), all or
 * nothing, as `npm run import` does a file. A failure while writing (the transaction rolled
 * back) becomes IMPORT_FAILED with the reason.
 */
export async function importBundleObject(db: Executor, input: ImportBundleInput): Promise<ImportReport> {
  try {
    return await importBundle(db, objectSource(input.name, input.bundle), { dryRun: input.dryRun });
  } catch (error) {
    if (error instanceof ImportFailedError) throw new ImportFailed(error.message);
    throw error;
  }
}
