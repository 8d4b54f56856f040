import { MetricsBusyError, MetricsPool, MetricsTimeoutError } from '../network/metricsPool.js';
import { measure } from '../network/metrics.js';
import type { GraphEdge, GraphNode } from '../network/types.js';
import { METRICS_NOTE } from './meta.js';
import { wholeEdges, wholeNodeIds, type ExportDatabase } from './source.js';

/**
 * Betweenness and community of a whole-graph export: the graph's ids and edges are read first
 * (one pass, only ids) and measured with the views' own measure() in a worker thread of its own
 * (off the event loop), within these bounds. Past them, or past the time budget, the export still
 * carries degree and weightedDegree (counted by the database as the nodes stream) and leaves
 * betweenness and community empty, saying why in its metadata. Figures in docs/exports.md.
 */
export const WHOLE_METRICS_MAX_NODES = 30_000;
export const WHOLE_METRICS_MAX_EDGES = 150_000;
export const WHOLE_METRICS_BUDGET_MS = 120_000;
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

export async function wholeStructure(source: ExportDatabase, counts: { nodes: number; edges: number }, metricsPool: MetricsPool = wholeMetricsPool()): Promise<WholeStructure> {
  if (counts.nodes > WHOLE_METRICS_MAX_NODES || counts.edges > WHOLE_METRICS_MAX_EDGES) {
    return {
      metrics: null,
      note: leftOut(`the graph has ${counts.nodes} nodes and ${counts.edges} edges, more than the ${WHOLE_METRICS_MAX_NODES} nodes or ${WHOLE_METRICS_MAX_EDGES} edges they are computed for`),
    };
  }
  const nodes: GraphNode[] = [];
  for await (const id of wholeNodeIds(source)) nodes.push({ id } as GraphNode);
  const edges: GraphEdge[] = [];
  for await (const edge of wholeEdges(source)) edges.push(edge);
  const subgraph = { nodes, edges, truncated: false };
  try {
    const view = nodes.length <= INLINE_MAX_NODES ? measure(subgraph) : await metricsPool.measure(subgraph);
    const metrics = new Map(view.nodes.map((node) => [node.id, { betweenness: node.metrics.betweenness, community: node.metrics.community }]));
    return { metrics, note: METRICS_NOTE };
  } catch (error) {
    if (error instanceof MetricsTimeoutError) return { metrics: null, note: leftOut(`computing them took longer than ${WHOLE_METRICS_BUDGET_MS / 1000} s`) };
    if (error instanceof MetricsBusyError) return { metrics: null, note: leftOut('the server was busy measuring other whole-graph exports') };
    throw error;
  }
}
