import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import neo4j from 'neo4j-driver';
import { BoltLauncher } from '../../src/db/embedded/boltLauncher.js';
import { ensureLauncherBuilt } from '../../src/db/embedded/launcherBuild.js';
import { NO_AUTH } from '../../src/db/embedded/noAuth.js';
import { Executor } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { freePort } from './ports.js';
import { testWorkers } from './workers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This worker's Neo4j (workerDatabase.ts sets it from boltUris). */
    boltUri: string;
    boltUser: string;
    boltPassword: string;
    /** This worker's embedded Neo4j's data folder; empty when TEST_NEO4J_URI is used. */
    embeddedDataDir: string;
    /** One Neo4j per worker: VITEST_POOL_ID n uses the n-th. */
    boltUris: string[];
    embeddedDataDirs: string[];
    /** Names this run (browser.ts builds the pages once per run). */
    runId: string;
  }
}

interface Databases {
  readonly uris: string[];
  readonly dataDirs: string[];
  readonly user: string;
  readonly password: string;
  readonly runId: string;
  /** How many projects (vitest.config.ts: the suite, and the files that run alone) use them. */
  users: number;
  stop(): Promise<void>;
}

/** Shared by the projects' setups, which run in the same process: the servers are started once. */
const STARTED = Symbol.for('kolaborasi-graph.testDatabases');
type WithDatabases = typeof globalThis & { [STARTED]?: Promise<Databases> };

/**
 * Starts one real Neo4j per test worker (testWorkers(), two by default) for the whole run: the
 * embedded one on a free port with a fresh data folder, or the server in TEST_NEO4J_URI (whose
 * database the tests WIPE; files then run one at a time). Community has one user database, so
 * two files at once need two servers. There is no skip: if no Neo4j can be had, the run fails here.
 * The files that run alone, after the others, use the first.
 */
export default async function setup(project: TestProject) {
  const shared = globalThis as WithDatabases;
  shared[STARTED] ??= serversFor(project).then(startDatabases);
  const databases = await shared[STARTED];
  databases.users += 1;
  project.provide('boltUris', databases.uris);
  project.provide('embeddedDataDirs', databases.dataDirs);
  project.provide('boltUri', databases.uris[0]!);
  project.provide('embeddedDataDir', databases.dataDirs[0]!);
  project.provide('boltUser', databases.user);
  project.provide('boltPassword', databases.password);
  project.provide('runId', databases.runId);
  return async () => {
    databases.users -= 1;
    if (databases.users > 0) return;
    delete shared[STARTED];
    await databases.stop();
  };
}

/**
 * One per worker, but no more than the run has files: `vitest run one.test.ts` needs one. (The
 * files named on the command line are vitest's filenamePattern, which it does not publish; if it
 * cannot be read, one per worker.)
 */
async function serversFor(project: TestProject): Promise<number> {
  const vitest = project.vitest as TestProject['vitest'] & { filenamePattern?: string[] };
  const files = await vitest.globTestSpecifications(vitest.filenamePattern ?? []).then((specs) => specs.length, () => 0);
  return Math.max(1, Math.min(testWorkers(), files || Number.POSITIVE_INFINITY));
}

async function startDatabases(servers: number): Promise<Databases> {
  const external = process.env.TEST_NEO4J_URI;
  const user = process.env.TEST_NEO4J_USER ?? 'neo4j';
  const password = external ? process.env.TEST_NEO4J_PASSWORD ?? '' : '';
  const launchers: BoltLauncher[] = [];
  const dataDirs: string[] = [];
  let uris: string[];
  if (external) {
    uris = [external];
  } else {
    // Built (on a new machine) before the servers start, so that two starts never run Maven at once.
    await ensureLauncherBuilt();
    // A folder of its own per server and run, so two runs at once never share a store.
    mkdirSync(resolve('.neo4j'), { recursive: true });
    for (let i = 0; i < servers; i += 1) {
      const dataDir = mkdtempSync(resolve('.neo4j/test-run-'));
      dataDirs.push(dataDir);
      // A modest heap each: the fixtures are small, and the demo graph (about 12,000 nodes) fits.
      launchers.push(new BoltLauncher({ dataDir, boltPort: await freePort(), heapMb: 768, pageCacheMb: 128, startTimeoutSeconds: 180 }));
    }
    // Started together: a start waits mostly on the JVM, and two share the cores well.
    const started = await Promise.allSettled(launchers.map((launcher) => launcher.start()));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) {
      await Promise.allSettled(launchers.map((launcher) => launcher.stop()));
      throw (failed as PromiseRejectedResult).reason;
    }
    uris = launchers.map((launcher) => launcher.uri);
  }
  await Promise.all(uris.map(async (uri) => {
    const driver = neo4j.driver(uri, external ? neo4j.auth.basic(user, password) : NO_AUTH, { disableLosslessIntegers: true });
    try {
      await migrate(Executor.forDriver(driver));
    } finally {
      await driver.close();
    }
  }));
  return {
    uris, dataDirs: external ? [''] : dataDirs, user, password, runId: randomUUID(), users: 0,
    async stop() {
      await Promise.allSettled(launchers.map((launcher) => launcher.stop()));
      for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
