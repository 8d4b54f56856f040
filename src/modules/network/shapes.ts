import type { SerializedGraph } from 'graphology-types';
import type { NetworkView } from './metrics.js';
import type { EdgeType } from './types.js';

/** Derived edges are mutual; stored relationships keep their direction. */
const UNDIRECTED: ReadonlySet<EdgeType> = new Set(['COLLABORATES_WITH']);

export interface CytoscapeElements {
  nodes: Array<{ data: Record<string, unknown> }>;
  edges: Array<{ data: Record<string, unknown> }>;
}

/**
 * The view as Cytoscape.js `elements`: `cytoscape({ elements })` draws it. Node data carries id,
 * label, kind, key, distance, the four metrics at the top level (for selectors and mappers such as
 * `mapData(betweenness, 0, 1, 20, 60)`) and the stored properties under `properties`.
 */
export function toCytoscape(view: NetworkView): CytoscapeElements {
  return {
    nodes: view.nodes.map((node) => ({
      data: {
        id: node.id, label: node.label, kind: node.kind, key: node.key, distance: node.distance,
        ...node.metrics, properties: node.properties,
      },
    })),
    edges: view.edges.map((edge) => ({
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, role: edge.role, weight: edge.weight },
    })),
  };
}

/**
 * The view as a graphology serialised graph: `new Graph({ multi: true }).import(it)` or
 * `Graph.from(it)`. A mixed multigraph: stored relationships are directed, COLLABORATES_WITH
 * edges undirected. The relationship type is the edge attribute `relation`, not `type`: sigma.js
 * reads `type` as the name of a rendering program.
 */
export function toGraphology(view: NetworkView, attributes: Record<string, unknown> = {}): SerializedGraph {
  return {
    attributes,
    // A stored relationship from a node to itself would be refused by a graph without loops.
    options: { type: 'mixed', multi: true, allowSelfLoops: view.edges.some((edge) => edge.source === edge.target) },
    nodes: view.nodes.map((node) => ({
      key: node.id,
      attributes: { label: node.label, kind: node.kind, key: node.key, distance: node.distance, ...node.metrics, properties: node.properties },
    })),
    edges: view.edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      ...(UNDIRECTED.has(edge.type) ? { undirected: true } : {}),
      attributes: { relation: edge.type, role: edge.role, weight: edge.weight },
    })),
  };
}
