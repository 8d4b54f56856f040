import type { Config } from '../config.js';
import { attachToEmbedded, openDatabase, type Database } from '../db/database.js';
import { EmbeddedNeo4jError } from '../db/embedded/boltLauncher.js';
import { isAlive, ownerRecordPath, portOfLauncherHolding, readOwnerRecord, type OwnerRecord } from '../db/embedded/ownerRecord.js';

/** The command-line tools that open the database. */
export type Command = 'import' | 'export' | 'seed';

function ownerName(record: OwnerRecord): string {
  if (record.owner === 'server') return "the running server's";
  return ['import', 'export', 'seed'].includes(record.owner) ? `a running npm run ${record.owner}'s` : "another running program's";
}

/** One line that names the URI to set, with the port when it can be found. */
function folderInUse(dataDir: string, why: string): Error {
  const port = portOfLauncherHolding(dataDir);
  const uri = `bolt://127.0.0.1:${port ?? '<port>'}`;
  const which = port === undefined ? " (<port>: the server's NEO4J_BOLT_PORT, 7687 unless set)" : '';
  return new Error(`neo4j: the data folder ${dataDir} is in use by another Neo4j ${why}; set NEO4J_URI=${uri} to use it${which}`);
}

/**
 * The database for a command-line tool (import, export, seed). With NEO4J_URI, that server.
 * Otherwise, when a live process (npm start, most often) already runs the embedded Neo4j on
 * NEO4J_DATA_DIR, as its owner record says, the tool uses that Neo4j and leaves it running;
 * else it launches its own. The server never does this: it launches its own or fails.
 */
export async function openCommandDatabase(config: Config, command: Command, log: (line: string) => void = console.error): Promise<Database> {
  if (config.NEO4J_URI) return openDatabase(config, log);
  const dataDir = config.NEO4J_DATA_DIR;
  const found = readOwnerRecord(dataDir);
  if (found.state === 'live') {
    const { record } = found;
    try {
      const db = await attachToEmbedded(config, record.boltUri);
      log(`neo4j: using ${ownerName(record)} embedded Neo4j at ${record.boltUri} (pid ${record.ownerPid})`);
      return db;
    } catch (error) {
      // Its Neo4j gone and nothing holding the folder: restarting, or pid reused after a crash.
      const orphan = (record.neo4jPid === undefined || !isAlive(record.neo4jPid)) && portOfLauncherHolding(dataDir) === undefined;
      throw new Error(
        `neo4j: the data folder ${dataDir} belongs to ${ownerName(record).replace(/'s$/, '')} (pid ${record.ownerPid}), but its Neo4j at ${record.boltUri} `
        + `does not answer (${(error as Error).message}); try again once it is up, or stop that process`
        + (orphan ? ` (if pid ${record.ownerPid} is not that program any more, delete ${ownerRecordPath(dataDir)})` : ''));
    }
  }
  const unrecorded = found.state === 'unreadable'
    ? `whose record ${ownerRecordPath(dataDir)} cannot be read (${found.reason})`
    : 'that left no record of its Bolt port';
  // Held by a launcher JVM that no live record names: launching would only fail on the lock.
  if (portOfLauncherHolding(dataDir) !== undefined) throw folderInUse(dataDir, unrecorded);
  try {
    return await openDatabase(config, log, undefined, command);
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError && /data folder .* already in use/.test(error.message)) throw folderInUse(dataDir, unrecorded);
    throw error;
  }
}
