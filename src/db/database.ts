import { NO_AUTH } from './embedded/noAuth.js';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { BoltLauncher } from './embedded/boltLauncher.js';
import { Executor } from './executor.js';

/** An open connection to the graph: the embedded Neo4j, or the server NEO4J_URI names. */
export interface Database {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly embedded: boolean;
  readonly uri: string;
  close(): Promise<void>;
  /** Synchronous last resort for process 'exit': asks an embedded Neo4j to stop. */
  closeNow(): void;
}

const DRIVER_OPTIONS = { disableLosslessIntegers: true, maxConnectionPoolSize: 50 } as const;

export async function openDatabase(config: Config, log: (line: string) => void = console.error): Promise<Database> {
  if (config.NEO4J_URI) {
    const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), DRIVER_OPTIONS);
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (error) {
      await driver.close();
      throw new Error(`neo4j: cannot reach ${config.NEO4J_URI} as ${config.NEO4J_USER}: ${(error as Error).message}`);
    }
    log(`neo4j: using ${config.NEO4J_URI}`);
    return {
      driver, executor: Executor.forDriver(driver, config.NEO4J_DATABASE), embedded: false, uri: config.NEO4J_URI,
      close: () => driver.close(), closeNow: () => undefined,
    };
  }
  const launcher = new BoltLauncher({
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    heapMb: config.NEO4J_HEAP_MB,
    pageCacheMb: config.NEO4J_PAGECACHE_MB,
    startTimeoutSeconds: config.NEO4J_START_TIMEOUT_S,
    log,
  });
  await launcher.start();
  const driver = neo4j.driver(launcher.uri, NO_AUTH, DRIVER_OPTIONS);
  return {
    driver, executor: Executor.forDriver(driver), embedded: true, uri: launcher.uri,
    async close() {
      await driver.close();
      await launcher.stop();
    },
    closeNow: () => launcher.stopNow(),
  };
}
