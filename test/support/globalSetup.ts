import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import neo4j from 'neo4j-driver';
import { BoltLauncher } from '../../src/db/embedded/boltLauncher.js';
import { NO_AUTH } from '../../src/db/embedded/noAuth.js';
import { Executor } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    boltUri: string;
    boltUser: string;
    boltPassword: string;
    /** The embedded Neo4j's data folder; empty when TEST_NEO4J_URI is used. */
    embeddedDataDir: string;
  }
}

/**
 * Starts one real Neo4j for the whole run: the embedded one on a free port with a fresh data
 * folder, or the server in TEST_NEO4J_URI (whose database the tests WIPE). There is no skip:
 * if no Neo4j can be had, the run fails here.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  let launcher: BoltLauncher | undefined;
  let uri: string;
  let dataDir = '';
  const user = process.env.TEST_NEO4J_USER ?? 'neo4j';
  const password = process.env.TEST_NEO4J_PASSWORD ?? '';
  if (external) {
    uri = external;
  } else {
    // A folder of its own per run, so two runs at once never share a store.
    mkdirSync(resolve('.neo4j'), { recursive: true });
    dataDir = mkdtempSync(resolve('.neo4j/test-run-'));
    launcher = new BoltLauncher({ dataDir, boltPort: await freePort(), heapMb: 768, pageCacheMb: 128, startTimeoutSeconds: 180 });
    await launcher.start();
    uri = launcher.uri;
  }
  const driver = neo4j.driver(uri, external ? neo4j.auth.basic(user, password) : NO_AUTH, { disableLosslessIntegers: true });
  try {
    await migrate(Executor.forDriver(driver));
  } finally {
    await driver.close();
  }
  project.provide('boltUri', uri);
  project.provide('boltUser', user);
  project.provide('boltPassword', external ? password : '');
  project.provide('embeddedDataDir', dataDir);
  return async () => {
    await launcher?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
