import { inject } from 'vitest';

/*
 * A setup file (vitest.config.ts): points this worker at its own Neo4j before the test file
 * loads. globalSetup.ts starts one per worker and provides them all in `boltUris`; the worker
 * with VITEST_POOL_ID n (1..workers, never two running files with the same one) takes the n-th,
 * and `inject('boltUri')` / `inject('embeddedDataDir')` answer with it from then on, so every
 * file, and every server or command line a file starts, uses its worker's database.
 *
 * vitest gives a test file what globalSetup provided through its worker state; there is no
 * public way to provide a value per worker, so this sets it there, and fails the file (rather
 * than let two files share a database) if that ever stops working.
 */
const uris = inject('boltUris');
const dataDirs = inject('embeddedDataDirs');
const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
const index = uris.length === 1 ? 0 : poolId - 1;
if (!(index >= 0 && index < uris.length)) {
  throw new Error(`worker ${process.env.VITEST_POOL_ID} has no Neo4j of its own (${uris.length} started): run with as many workers as TEST_WORKERS`);
}
const state = (globalThis as { __vitest_worker__?: { providedContext?: Record<string, unknown> } }).__vitest_worker__;
if (state?.providedContext) {
  state.providedContext.boltUri = uris[index];
  state.providedContext.embeddedDataDir = dataDirs[index] ?? '';
}
if (inject('boltUri') !== uris[index]) {
  throw new Error('could not point this worker at its own Neo4j (vitest\'s worker state changed?): see test/support/workerDatabase.ts');
}
