import { testApi, type TestApi } from './api.js';
import { testDatabase, type TestDatabase } from './database.js';

export interface ApiSuite {
  readonly db: TestDatabase;
  readonly api: TestApi;
}

/**
 * What every API test file starts with: the run's database, wiped, the file's own fixture
 * loaded by `load`, and the real Apollo server over it. Call it in `beforeAll`.
 */
export async function openApiSuite(load: (db: TestDatabase) => Promise<unknown>): Promise<ApiSuite> {
  const db = await testDatabase();
  await db.wipe();
  await load(db);
  return { db, api: await testApi(db.executor) };
}

/** Stops the server and closes the connection; for `afterAll`. */
export async function closeApiSuite(suite: Partial<ApiSuite>): Promise<void> {
  await suite.api?.stop();
  await suite.db?.close();
}
