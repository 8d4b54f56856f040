import { MetricsBusyError, MetricsPool, MetricsTimeoutError } from '../network/metricsPool.js';
import { measure } from '../network/metrics.js';
import type { GraphEdge, GraphNode } from '../network/types.js';
import { METRICS_NOTE } from './meta.js';
import type { Executor } from '../../db/executor.js';
import { wholeEdges, wholeNodeIds } from './source.js';

/**
 * Betweenness and community of a whole-graph export: the graph's ids and edges are read first
 * (one pass, only ids) and measured with the views' own measure() in a worker thread of its own
 * (off the event loop), within these bounds. Past them, or past the time budget, the export still
 * carries degree and weightedDegree (counted by the database as the nodes stream) and leaves
 * betweenness and community empty, saying why in its metadata. Figures in docs/exports.md.
 *
 * Betweenness (Brandes) costs about nodes x (nodes + edges) steps: the demo graph (8,714 nodes,
 * 9,679 edges: 160 million) took 17-19 s on a 2-core machine, so the bound below (about 4x that)
 * keeps a whole-graph export's metrics within about a minute and a half there; the bench's scale
 * graph S (24,222 nodes, 113,259 edges: 3.3 billion) is past it.
 */
export const WHOLE_METRICS_MAX_WORK = 600_000_000;
export const WHOLE_METRICS_MAX_NODES = 30_000;
export const WHOLE_METRICS_BUDGET_MS = 120_000;
/**
 * Exports of a graph with the same node and edge counts within this long share one measurement
 * (one that is running is awaited, not started again): eight clients asking for the whole graph
 * at once cost one computation. A write that changes no count can leave betweenness and community
 * this stale; degree is always read afresh.
 */
export const WHOLE_METRICS_REUSE_MS = 60_000;
/** Below this, measure() runs in the calling thread: a worker costs more than it saves. */
const INLINE_MAX_NODES = 500;

export interface WholeStructure {
  /** Node id -> betweenness and community; null when they were not computed (see note). */
  readonly metrics: Map<string, { betweenness: number; community: number }> | null;
  /** What the file's metadata says about the metrics. */
  readonly note: string;
}

let pool: MetricsPool | undefined;

/** The process's pool for whole-graph metrics: one worker, apart from the views' pool, with a longer budget. */
export function wholeMetricsPool(): MetricsPool {
  return (pool ??= new MetricsPool({ budgetMs: WHOLE_METRICS_BUDGET_MS, queueLimit: 4 }));
}

const leftOut = (why: string) =>
  `${METRICS_NOTE} betweenness and community are left out of this whole-graph export (empty): ${why}; `
  + 'degree and weightedDegree are exact. Export a network or collaboration view (at most 2,000 nodes) for all four.';

const recent = new Map<string, { at: number; structure: Promise<WholeStructure> }>();
/** Whole-graph measurements running now. */
let measuring = 0;

/** `onMeasure` is called when a measurement that takes a while starts (not when one is reused, left out, or small). */
export function wholeStructure(
  db: Executor,
  counts: { nodes: number; edges: number },
  metricsPool: MetricsPool = wholeMetricsPool(),
  onMeasure?: () => void,
): Promise<WholeStructure> {
  const work = counts.nodes * (counts.nodes + counts.edges);
  if (counts.nodes > WHOLE_METRICS_MAX_NODES || work > WHOLE_METRICS_MAX_WORK) {
    return Promise.resolve({
      metrics: null,
      note: leftOut(`the graph has ${counts.nodes} nodes and ${counts.edges} edges, past the bound they are computed for `
        + `(nodes x (nodes + edges) at most ${WHOLE_METRICS_MAX_WORK.toLocaleString('en')}, nodes at most ${WHOLE_METRICS_MAX_NODES.toLocaleString('en')})`),
    });
  }
  const key = `${counts.nodes}/${counts.edges}`;
  const now = Date.now();
  for (const [old, entry] of recent) if (now - entry.at > WHOLE_METRICS_REUSE_MS) recent.delete(old);
  const shared = recent.get(key);
  if (shared) return shared.structure;
  // One measurement at a time, at most one core: an export of a graph that changed meanwhile
  // does not queue a second one behind it (on a graph taking writes, each would).
  if (measuring > 0 && counts.nodes > INLINE_MAX_NODES) {
    return Promise.resolve({ metrics: null, note: leftOut('another export was measuring the whole graph at the time (one measurement runs at once)') });
  }
  if (counts.nodes > INLINE_MAX_NODES) onMeasure?.();
  measuring += 1;
  const structure = measureWhole(db, metricsPool).finally(() => { measuring -= 1; });
  recent.set(key, { at: now, structure });
  // A failure is not kept: the next export tries again.
  structure.catch(() => recent.delete(key));
  return structure;
}

/** Forgets the measurements kept for reuse (tests that change the graph between exports). */
export function forgetWholeStructures(): void {
  recent.clear();
}

async function measureWhole(db: Executor, metricsPool: MetricsPool): Promise<WholeStructure> {
  const nodes: GraphNode[] = [];
  for await (const id of wholeNodeIds(db)) nodes.push({ id } as GraphNode);
  const edges: GraphEdge[] = [];
  for await (const edge of wholeEdges(db)) edges.push(edge);
  const subgraph = { nodes, edges, truncated: false };
  try {
    const view = nodes.length <= INLINE_MAX_NODES ? measure(subgraph) : await metricsPool.measure(subgraph);
    const metrics = new Map(view.nodes.map((node) => [node.id, { betweenness: node.metrics.betweenness, community: node.metrics.community }]));
    return { metrics, note: METRICS_NOTE };
  } catch (error) {
    if (error instanceof MetricsTimeoutError) return { metrics: null, note: leftOut(`computing them took longer than ${WHOLE_METRICS_BUDGET_MS / 1000} s`) };
    if (error instanceof MetricsBusyError) return { metrics: null, note: leftOut('the server was stopping') };
    throw error;
  }
}
