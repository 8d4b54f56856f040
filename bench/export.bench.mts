// Exports the whole graph in every format and reports time, file size and memory: the peak
// heap above the heap before the export (after a GC), the most of it still live after a full GC
// taken every 1,000 nodes or edges (what the export holds on to), and the process's peak RSS.
//   node --expose-gc --import tsx bench/export.bench.mts            (embedded Neo4j, .neo4j/data)
//   NEO4J_DATA_DIR=... NEO4J_BOLT_PORT=... or NEO4J_URI=... work as for npm start.
// Seed first (npm run seed) so there is a demo graph to export.
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { exportGraph } from '../src/modules/export/exportGraph.js';
import { EXPORT_FORMATS } from '../src/modules/export/formats.js';
import { wholeCounts } from '../src/modules/export/source.js';
import { countingSink } from './lib/countingSink.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const db = await openDatabase(loadConfig(), () => undefined);
try {
  const counts = await wholeCounts(db.executor);
  console.log(`whole graph: ${counts.nodes} nodes, ${counts.edges} edges`);
  // One untimed run first: a freshly started Neo4j plans each statement and warms its page cache.
  await exportGraph(db.executor, { kind: 'whole' }, 'graphml', countingSink().out);
  console.log('format           seconds   file MB   live heap MB   heap growth MB   peak RSS MB');
  // seconds include the full GCs of the live-heap probe.
  for (const format of EXPORT_FORMATS) {
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peakHeap = baseline;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss);
    }, 5);
    // Every 1,000 items: a full GC, then the heap still in use: what the export holds on to.
    let items = 0;
    let peakLive = baseline;
    const probe = () => {
      items += 1;
      if (items % 1000 === 0) {
        gc();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }
    };
    const sink = countingSink();
    const started = performance.now();
    await exportGraph(db.executor, { kind: 'whole' }, format, sink.out, { onNode: probe, onEdge: probe });
    await new Promise<void>((done) => sink.out.end(done));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${format.padEnd(16)} ${seconds.toFixed(2).padStart(7)}   ${mb(sink.bytes()).padStart(7)}   ${mb(peakLive - baseline).padStart(12)}   ${mb(peakHeap - baseline).padStart(14)}   ${mb(peakRss).padStart(11)}`);
  }
} finally {
  await db.close();
}
