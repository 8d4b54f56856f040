// The force layout for big views (over BIG_VIEW nodes): ForceAtlas 2 with Barnes-Hut on a
// graphology copy, a second or so for 2,000 nodes where Cytoscape's cose takes twenty. Nodes
// listed in `fixed` keep their positions (an expansion moves only the new nodes).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export const BIG_VIEW = 600;

export type Positions = Record<string, { x: number; y: number }>;

export function forceLayout(nodes: readonly string[], edges: ReadonlyArray<{ source: string; target: string; weight: number }>, start: Positions = {}, fixed: ReadonlySet<string> = new Set()): Positions {
  const graph = new Graph({ type: 'undirected', multi: false });
  nodes.forEach((id, i) => {
    // A start on a spiral, deterministic, for nodes without a place yet.
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(i + 1);
    const at = start[id] ?? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    graph.addNode(id, { x: at.x, y: at.y, fixed: fixed.has(id) });
  });
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 300, scalingRatio: 8, gravity: 1, adjustSizes: false };
  forceAtlas2.assign(graph, { iterations: fixed.size ? 80 : 200, settings });
  const out: Positions = {};
  graph.forEachNode((id, attributes) => { out[id] = { x: Number(attributes.x) * 6, y: Number(attributes.y) * 6 }; });
  return out;
}
