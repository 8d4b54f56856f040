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

/**
 * With the database down, a request must fail within a bound (and be answered 503) rather than
 * wait for the driver's defaults (60 s to acquire a connection, 30 s of retries).
 */
function driverOptions(config: Config) {
  return {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: config.NEO4J_POOL_SIZE,
    connectionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    maxTransactionRetryTime: config.NEO4J_RETRY_TIMEOUT_MS,
  };
}

function executorFor(driver: Driver, config: Config): Executor {
  return Executor.forDriver(driver, config.NEO4J_DATABASE, { timeoutMs: config.NEO4J_TX_TIMEOUT_MS });
}

export async function openDatabase(config: Config, log: (line: string) => void = console.error): Promise<Database> {
  if (config.NEO4J_URI) {
    const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), driverOptions(config));
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (error) {
      await driver.close();
      // One line, and no password if the URI carries one (user:password@host).
      const where = config.NEO4J_URI.replace(/\/\/[^@/]*@/, '//');
      const reason = String((error as Error).message).split('\n')[0];
      throw new Error(`neo4j: cannot reach ${where} as ${config.NEO4J_USER}: ${reason}`);
    }
    log(`neo4j: using ${config.NEO4J_URI.replace(/\/\/[^@/]*@/, '//')}`);
    return {
      driver, executor: executorFor(driver, config), embedded: false, uri: config.NEO4J_URI,
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
  const driver = neo4j.driver(launcher.uri, NO_AUTH, driverOptions(config));
  return {
    driver, executor: executorFor(driver, config), embedded: true, uri: launcher.uri,
    async close() {
      await driver.close();
      await launcher.stop();
    },
    closeNow: () => launcher.stopNow(),
  };
}
