import { NO_AUTH } from './embedded/noAuth.js';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { BoltLauncher } from './embedded/boltLauncher.js';
import { DatabaseSupervisor } from './embedded/supervisor.js';
import { Executor } from './executor.js';

/** An open connection to the graph: the embedded Neo4j, or the server NEO4J_URI names. */
export interface Database {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly embedded: boolean;
  readonly uri: string;
  /**
   * The database process: 'external' (NEO4J_URI), else the embedded Neo4j's: 'running',
   * 'restarting' (it exited and is being started again), 'down' (given up), 'stopped' (closed).
   */
  state(): 'external' | 'running' | 'restarting' | 'down' | 'stopped';
  /** The embedded Neo4j's JVM process id while it runs. */
  readonly pid?: number;
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

export interface Supervision {
  /**
   * Called once when the embedded Neo4j exited and will not come back (NEO4J_ON_EXIT=exit, or
   * its restarts failed), with the line already logged: the program should stop and exit non-zero.
   */
  readonly giveUp: (line: string) => void;
}

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j. With `supervision` (the server's), an
 * embedded Neo4j that exits unexpectedly is started again as NEO4J_ON_EXIT says (see
 * DatabaseSupervisor); without it (the one-shot commands), its exit simply fails what runs.
 * `owner` ('server', 'import', ...) is written with its Bolt URI to the data folder's owner
 * record while it runs, for the command-line tools (src/cli/connect.ts); never read here: a
 * server does not use another process's Neo4j.
 */
export async function openDatabase(
  config: Config, log: (line: string) => void = console.error, supervision?: Supervision, owner = supervision ? 'server' : 'program',
): Promise<Database> {
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
      state: () => 'external',
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
    owner,
  });
  await launcher.start();
  const supervisor = supervision
    ? new DatabaseSupervisor(launcher, { onExit: config.NEO4J_ON_EXIT, log, giveUp: supervision.giveUp })
    : undefined;
  let closed = false;
  const driver = neo4j.driver(launcher.uri, NO_AUTH, driverOptions(config));
  return {
    driver, executor: executorFor(driver, config), embedded: true, uri: launcher.uri,
    state: () => (closed ? 'stopped' : supervisor?.state ?? 'running'),
    get pid() { return launcher.pid; },
    async close() {
      closed = true;
      await driver.close();
      await (supervisor ?? launcher).stop();
    },
    closeNow: () => launcher.stopNow(),
  };
}

/**
 * Connects to an embedded Neo4j that another process launched and owns (its Bolt URI read from
 * the data folder's owner record): auth off, as every embedded Neo4j; closing it closes only the
 * driver. Throws one line when it does not answer.
 */
export async function attachToEmbedded(config: Config, uri: string): Promise<Database> {
  const driver = neo4j.driver(uri, NO_AUTH, driverOptions(config));
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    // The driver's message is a paragraph of advice for remote servers; the cause is what tells.
    const message = String((error as Error).message);
    throw new Error(/Caused by: (.*)$/m.exec(message)?.[1] ?? message.split('\n')[0]);
  }
  return {
    driver, executor: executorFor(driver, config), embedded: false, uri,
    state: () => 'external',
    close: () => driver.close(), closeNow: () => undefined,
  };
}
