/**
 * The worker thread behind measureOffThread (src/modules/network/metricsPool.ts): it receives a view's
 * node ids and edges, runs measure() on them and posts back each node's metrics, in the view's
 * order. Betweenness and Louvain take seconds on a view of 2,000 nodes; here they do not hold up
 * the event loop that answers every other request.
 */
import { parentPort } from 'node:worker_threads';
import { measure } from './metrics.js';
import type { GraphEdge, GraphNode, NodeMetrics } from './types.js';

/** Only what measure() reads: the ids, and each edge's ends and weight. */
export interface MeasureJob {
  readonly id: number;
  readonly nodes: readonly string[];
  readonly edges: ReadonlyArray<readonly [source: string, target: string, weight: number]>;
}

export type MeasureReply =
  | { readonly ready: true }
  | { readonly id: number; readonly metrics: NodeMetrics[] }
  | { readonly id: number; readonly error: string };

parentPort!.on('message', (job: MeasureJob) => {
  try {
    const view = measure({
      nodes: job.nodes.map((id) => ({ id }) as GraphNode),
      edges: job.edges.map(([source, target, weight]) => ({ source, target, weight }) as GraphEdge),
      truncated: false,
    });
    parentPort!.postMessage({ id: job.id, metrics: view.nodes.map((node) => node.metrics) } satisfies MeasureReply);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies MeasureReply);
  }
});

// Loaded (tsx, graphology): the pool starts a job's clock from here, not from the thread's start.
parentPort!.postMessage({ ready: true } satisfies MeasureReply);
