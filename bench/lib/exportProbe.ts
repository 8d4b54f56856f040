// Run as a child process by the benchmark (bench/lib/exportRun.ts), so that its peak memory is
// the export's alone: exports the whole graph at NEO4J_URI (env) as GraphML into a sink that
// counts bytes and takes a little time per chunk like a network peer, then prints one JSON line:
// elements, seconds, bytes, peak RSS (the kernel's high-water mark) and peak heap.
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { exportGraph } from '../../src/modules/export/exportGraph.js';
import { countingSink } from './countingSink.js';

const sink = countingSink();
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 10);

const db = await openDatabase(loadConfig(), () => undefined);
try {
  const started = performance.now();
  const result = await exportGraph(db.executor, { kind: 'whole' }, 'graphml', sink.out);
  await new Promise<void>((done) => sink.out.end(done));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const elements = result.nodes + result.edges;
  console.log(JSON.stringify({
    nodes: result.nodes, edges: result.edges, elements, seconds: Math.round(seconds * 100) / 100,
    elementsPerSecond: Math.round(elements / seconds), megabytes: Math.round(sink.bytes() / 1024 / 102.4) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), peakHeapMb: Math.round(peakHeap / 1024 / 1024),
  }));
} finally {
  await db.close();
}
