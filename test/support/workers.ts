/**
 * How many test files run at once, each on a Neo4j of its own (globalSetup.ts starts one per
 * worker; workerDatabase.ts points each worker at its own). Two by default: most files wait on
 * the database, timers, child processes and the browser rather than on the CPU, so two of them
 * share a 2-core machine well (docs/testing.md has the figures). TEST_WORKERS changes it; a
 * server given in TEST_NEO4J_URI is one database, so files then run one at a time.
 */
export function testWorkers(): number {
  if (process.env.TEST_NEO4J_URI) return 1;
  const asked = Number(process.env.TEST_WORKERS ?? 2);
  if (!Number.isInteger(asked) || asked < 1) throw new Error(`TEST_WORKERS must be a whole number of at least 1, not ${process.env.TEST_WORKERS}`);
  return asked;
}
