import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/modules/network/metrics.js';
import { toCytoscape, toGraphology } from '../../src/modules/network/shapes.js';
import type { EdgeType, GraphEdge, GraphNode, Subgraph } from '../../src/modules/network/types.js';

// graphology is CommonJS with `export default` types: NodeNext sees a namespace holding `default`.
const Graph = graphology as unknown as typeof graphology.default;

const node = (id: string): GraphNode => ({ id: `Agency:${id}`, kind: 'AGENCY', key: id, label: id.toUpperCase(), distance: 0, properties: { id } });
const edge = (source: string, target: string, weight = 1, type: EdgeType = 'COLLABORATES_WITH'): GraphEdge => ({
  id: `Agency:${source}|${type}|Agency:${target}`, source: `Agency:${source}`, target: `Agency:${target}`, type, role: null, weight,
});
const subgraph = (ids: string[], edges: GraphEdge[]): Subgraph => ({ nodes: ids.map(node), edges, truncated: false });
const metricsOf = (view: ReturnType<typeof measure>) => Object.fromEntries(view.nodes.map((n) => [n.key, n.metrics]));

describe('network metrics', () => {
  it('degree counts every edge at a node, weightedDegree sums their weights', () => {
    // a-b (weight 2), a-c (1), and a REPORTS_TO b besides the collaboration: a has 3 edges.
    const view = measure(subgraph(['a', 'b', 'c', 'd'], [edge('a', 'b', 2), edge('a', 'c', 1), edge('a', 'b', 1, 'REPORTS_TO')]));
    const m = metricsOf(view);
    expect([m.a!.degree, m.a!.weightedDegree]).toEqual([3, 4]);
    expect([m.b!.degree, m.b!.weightedDegree]).toEqual([2, 3]);
    expect([m.c!.degree, m.c!.weightedDegree]).toEqual([1, 1]);
    expect([m.d!.degree, m.d!.weightedDegree]).toEqual([0, 0]);
  });

  it('betweenness on a path a-b-c-d-e, normalised by the (n-1)(n-2)/2 = 6 pairs that avoid the node', () => {
    // c lies on the shortest paths a-d, a-e, b-d, b-e: 4/6; b on a-c, a-d, a-e: 3/6; the ends on none.
    const view = measure(subgraph(['a', 'b', 'c', 'd', 'e'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e')]));
    const m = metricsOf(view);
    expect(m.c!.betweenness).toBeCloseTo(4 / 6, 10);
    expect(m.b!.betweenness).toBeCloseTo(3 / 6, 10);
    expect(m.d!.betweenness).toBeCloseTo(3 / 6, 10);
    expect(m.a!.betweenness).toBe(0);
    expect(m.e!.betweenness).toBe(0);
  });

  it('parallel edges count once for betweenness (hops, not weights)', () => {
    const view = measure(subgraph(['a', 'b', 'c'], [edge('a', 'b', 5), edge('a', 'b', 1, 'REPORTS_TO'), edge('b', 'c')]));
    expect(metricsOf(view).b!.betweenness).toBeCloseTo(1, 10);
  });

  it('Louvain separates two cliques joined by one edge, the same way every time', () => {
    // Two 4-cliques {a,b,c,d} and {e,f,g,h}, joined by d-e.
    const left = ['a', 'b', 'c', 'd'];
    const right = ['e', 'f', 'g', 'h'];
    const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => edge(x, y)));
    const graph = subgraph([...left, ...right], [...clique(left), ...clique(right), edge('d', 'e')]);
    const m = metricsOf(measure(graph));
    expect(left.map((id) => m[id]!.community)).toEqual([0, 0, 0, 0]);
    expect(right.map((id) => m[id]!.community)).toEqual([1, 1, 1, 1]);
    expect(metricsOf(measure(graph))).toEqual(m);
  });

  it('an edgeless view gives each node a community of its own', () => {
    const m = metricsOf(measure(subgraph(['a', 'b'], [])));
    expect([m.a!.community, m.b!.community]).toEqual([0, 1]);
  });
});

describe('network shapes', () => {
  const view = measure({
    nodes: [node('a'), node('b'), { id: 'Program:p', kind: 'PROGRAM', key: 'p', label: 'P', distance: 1, properties: { id: 'p', name: 'P' } }],
    edges: [
      edge('a', 'b', 2),
      { id: 'Agency:a|PARTICIPATES_IN|Program:p', source: 'Agency:a', target: 'Program:p', type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 },
      { id: 'Agency:a|REPORTS_TO|Agency:b', source: 'Agency:a', target: 'Agency:b', type: 'REPORTS_TO', role: null, weight: 1 },
    ],
    truncated: false,
  });

  it('toCytoscape gives elements with data: node id, label, kind, key, metrics; edge id, source, target, type, role, weight', () => {
    const elements = toCytoscape(view);
    expect(elements.nodes[2]).toEqual({
      data: { id: 'Program:p', label: 'P', kind: 'PROGRAM', key: 'p', distance: 1, degree: 1, weightedDegree: 1, betweenness: 0, community: expect.any(Number), properties: { id: 'p', name: 'P' } },
    });
    expect(elements.edges[1]).toEqual({
      data: { id: 'Agency:a|PARTICIPATES_IN|Program:p', source: 'Agency:a', target: 'Program:p', type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 },
    });
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['Agency:a', 'Agency:b', 'Program:p']);
    expect(elements.edges).toHaveLength(3);
  });

  it('toGraphology round-trips through graphology import, keeping parallel edges and directions', () => {
    const serialised = toGraphology(view, { selection: { kind: 'network' } });
    const graph = new Graph({ multi: true });
    graph.import(serialised);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getAttribute('selection')).toEqual({ kind: 'network' });
    expect(graph.getNodeAttributes('Agency:a')).toMatchObject({ label: 'A', kind: 'AGENCY', degree: 3, weightedDegree: 4 });
    expect(graph.isUndirected('Agency:a|COLLABORATES_WITH|Agency:b')).toBe(true);
    expect(graph.isDirected('Agency:a|REPORTS_TO|Agency:b')).toBe(true);
    expect(graph.getEdgeAttributes('Agency:a|PARTICIPATES_IN|Program:p')).toEqual({ relation: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 });
    expect(graph.source('Agency:a|PARTICIPATES_IN|Program:p')).toBe('Agency:a');
    // Graph.from reads the same object, and JSON (what a client receives) changes nothing.
    expect(Graph.from(JSON.parse(JSON.stringify(serialised))).size).toBe(3);
  });
});

describe('network metrics on an empty view', () => {
  it('measures nothing and keeps the truncated flag', () => {
    expect(measure({ nodes: [], edges: [], truncated: true })).toEqual({ nodes: [], edges: [], truncated: true });
  });
});
