// What the node metrics cost a whole-graph export (issue 13): on the demo graph or a scale graph,
// the time to read the graph's ids and edges and measure betweenness and community
// (src/modules/export/wholeMetrics.ts), and the GraphML export with and without metrics.
//   node --import tsx bench/exportMetrics.mts demo            (seeds a throw-away embedded Neo4j)
//   node --import tsx bench/exportMetrics.mts S [--data-dir <folder>]   (the bench's scale graph S)
// Prints one line per measure; figures go to docs/exports.md by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { exportWith } from '../src/modules/export/exportGraph.js';
import { writeGraphml } from '../src/modules/export/graphml.js';
import { wholeCounts } from '../src/modules/export/source.js';
import { forgetWholeStructures, wholeMetricsPool, wholeStructure } from '../src/modules/export/wholeMetrics.js';
import { seedDemoGraph } from '../src/seed/index.js';
import { openBenchDatabase } from './lib/benchDatabase.js';
import { countingSink } from './lib/countingSink.js';

const size = process.argv[2] ?? 'demo';
const dataDirFlag = process.argv.indexOf('--data-dir');
const log = (line: string) => console.error(`bench export metrics ${size}: ${line}`);
let db: Database;
let temporary: string | undefined;
if (size === 'demo') {
  temporary = mkdtempSync(join(tmpdir(), 'kolaborasi-bench-demo-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  db = await openDatabase(loadConfig({ NEO4J_DATA_DIR: temporary, NEO4J_BOLT_PORT: String(port), NEO4J_URI: '' }), log);
  await migrate(db.executor);
  await seedDemoGraph(db.executor, log);
} else if (size === 'S' || size === 'M' || size === 'L') {
  const dataDir = dataDirFlag > 0 ? process.argv[dataDirFlag + 1] : undefined;
  db = (await openBenchDatabase(size, { dataDir, log })).db;
} else {
  throw new Error('give demo, S, M or L');
}
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
try {
  const counts = await wholeCounts(db.executor);
  console.log(`${size}: whole graph ${counts.nodes} nodes, ${counts.edges} edges`);
  let started = performance.now();
  const structure = await wholeStructure(db.executor, counts);
  console.log(`${size}: ids + edges read and betweenness + community measured in ${seconds(started)} s (${structure.metrics ? 'computed' : structure.note})`);
  const needs = { declaresAttributes: true, readsNodes: true, readsEdges: true };
  for (const measures of [false, true]) {
    // Measured again, as a first export would (not the measurement above, kept for reuse).
    forgetWholeStructures();
    const sink = countingSink();
    started = performance.now();
    await exportWith(db.executor, { kind: 'whole' }, { ...needs, measures }, writeGraphml, sink.out);
    console.log(`${size}: GraphML export ${measures ? 'with' : 'without'} metrics: ${seconds(started)} s, ${(sink.bytes() / 1024 / 1024).toFixed(1)} MB`);
  }
} finally {
  await wholeMetricsPool().close();
  await db.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
