import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import { mulberry32 } from '../../seed/random.js';
import type { GraphNode, NodeMetrics, Subgraph } from './types.js';

// These CommonJS packages declare `export default`, which TypeScript (NodeNext) reads as a
// namespace holding `default`; at run time the default import is the function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/** The seed of Louvain's random choices: the same view always gets the same communities. */
export const LOUVAIN_SEED = 20240917;

export interface MeasuredNode extends GraphNode {
  readonly metrics: NodeMetrics;
}

export interface NetworkView extends Omit<Subgraph, 'nodes'> {
  readonly nodes: MeasuredNode[];
}

/**
 * Metrics are computed on the view as an undirected graph (a collaboration is mutual, and
 * "who is connected to whom" is what a drawing shows), with graphology:
 * - degree: the number of the view's edges at the node (every edge counts, whatever its type);
 * - weightedDegree: the sum of their weights (graphology-metrics);
 * - betweenness: normalised betweenness over hop-count shortest paths (graphology-metrics),
 *   where the view's edges between the same two nodes count as one link;
 * - community: Louvain (graphology-communities-louvain) on that same simple graph, the weight of
 *   a link being the sum of the weights of its edges, with a seeded rng; communities are
 *   numbered 0, 1, ... in the order their first node appears in the view.
 */
export function measure(subgraph: Subgraph): NetworkView {
  // graphology-metrics' betweenness refuses a graph with no node at all.
  if (subgraph.nodes.length === 0) return { nodes: [], edges: [], truncated: subgraph.truncated };
  const multi = new MultiUndirectedGraph({ allowSelfLoops: true });
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of subgraph.nodes) {
    multi.addNode(node.id);
    simple.addNode(node.id);
  }
  for (const edge of subgraph.edges) {
    multi.addEdge(edge.source, edge.target, { weight: edge.weight });
    if (edge.source === edge.target) continue;
    simple.updateEdge(edge.source, edge.target, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + edge.weight }));
  }
  const betweenness = betweennessCentrality(simple, { normalized: true, getEdgeWeight: null });
  const communities = simple.size > 0
    ? louvain(simple, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) })
    : Object.fromEntries(subgraph.nodes.map((node, index) => [node.id, index]));
  const renumbered = new Map<number, number>();
  const nodes = subgraph.nodes.map((node) => {
    const raw = communities[node.id]!;
    if (!renumbered.has(raw)) renumbered.set(raw, renumbered.size);
    return {
      ...node,
      metrics: {
        degree: multi.degree(node.id),
        weightedDegree: weightedDegree(multi, node.id, 'weight'),
        betweenness: betweenness[node.id] ?? 0,
        community: renumbered.get(raw)!,
      },
    };
  });
  return { nodes, edges: subgraph.edges, truncated: subgraph.truncated };
}
