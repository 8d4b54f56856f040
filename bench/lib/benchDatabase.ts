import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { SizeName } from '../scale/sizes.js';
import { loadedFigures, loadScaleGraph, wipe, type LoadFigures } from './load.js';

/** Neo4j memory by size: an import of up to 1.25M records is one transaction held in the heap. */
export const MEMORY: Record<SizeName, { heapMb: number; pageCacheMb: number }> = {
  S: { heapMb: 3072, pageCacheMb: 1024 },
  M: { heapMb: 10240, pageCacheMb: 4096 },
  L: { heapMb: 12288, pageCacheMb: 6144 },
};

export interface BenchDatabaseOptions {
  readonly dataDir?: string;
  readonly reload?: boolean;
  readonly heapMb?: number;
  readonly pageCacheMb?: number;
  readonly log: (line: string) => void;
}

export interface BenchDatabase {
  readonly db: Database;
  readonly load: LoadFigures;
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * An embedded Neo4j of the benchmark's own (folder .neo4j/bench-<size> unless told otherwise,
 * a free port on 127.0.0.1) holding the scale graph of `size`: loaded through the import path
 * the first time, kept for the runs after (a marker file beside the folder says so).
 */
export async function openBenchDatabase(size: SizeName, options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const dataDir = resolve(options.dataDir ?? `.neo4j/bench-${size}`);
  const heapMb = options.heapMb ?? MEMORY[size].heapMb;
  const pageCacheMb = options.pageCacheMb ?? MEMORY[size].pageCacheMb;
  const loaded = options.reload ? null : loadedFigures(dataDir, size);
  if (!loaded) wipe(dataDir);
  const config = loadConfig({
    NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP_MB: String(heapMb), NEO4J_PAGECACHE_MB: String(pageCacheMb),
  });
  const db = await openDatabase({ ...config, NEO4J_URI: undefined }, options.log);
  try {
    if (loaded) options.log(`the graph is loaded already (${loaded.loadedAt}); --reload loads it again`);
    const load = loaded ?? await loadScaleGraph(db.executor, dataDir, size, options.log);
    return { db, load, heapMb, pageCacheMb };
  } catch (error) {
    await db.close();
    throw error;
  }
}
