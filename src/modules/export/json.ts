import { attributeName } from './attributes.js';
import { metaJson } from './meta.js';
import type { ExportNode, Writer } from './types.js';

/** The node's attributes as JSON keeps them: lists stay lists; a stored `id` is the key; the metrics beside kind and label. */
function nodeData(node: ExportNode): Record<string, unknown> {
  const { degree, weightedDegree, betweenness, community } = node.metrics;
  const data: Record<string, unknown> = { id: node.id, kind: node.kind, key: node.key, label: node.label, degree, weightedDegree, betweenness, community };
  for (const [property, value] of Object.entries(node.properties)) {
    if (property === 'id' || value === null || value === undefined) continue;
    data[attributeName(property)] = value;
  }
  return data;
}

/** Writes `[a, b, ...]` item by item. */
async function writeArray<T>(items: AsyncIterable<T>, toJson: (item: T) => unknown, write: (text: string) => Promise<void>) {
  let first = true;
  await write('[');
  for await (const item of items) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(toJson(item))}`);
    first = false;
  }
  await write(first ? ']' : '\n]');
}

/**
 * cytoscape.json: `{ meta, data, elements: { nodes: [{data}], edges: [{data}] } }`, for
 * `cy.add(json.elements)` in Cytoscape.js or File > Import > Network from File in Cytoscape.
 * `data` holds the network's own attributes as Cytoscape's JSON has them, `directed` among them
 * (false for the collaboration network); each edge's data says `directed` too.
 */
export const writeCytoscapeJson: Writer = async ({ meta, nodes, edges }, sink) => {
  const write = (text: string) => sink.write(text);
  const data = { name: `kolaborasi-graph ${meta.selection.kind}`, directed: meta.directed, selection: meta.selection, createdAt: meta.createdAt };
  await write(`{"meta":${JSON.stringify(metaJson(meta))},\n"data":${JSON.stringify(data)},\n"elements":{"nodes":`);
  await writeArray(nodes, (node) => ({ data: nodeData(node) }), write);
  await write(',\n"edges":');
  await writeArray(edges, (edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, role: edge.role, weight: edge.weight, directed: meta.directed } }), write);
  await write('}}\n');
};

/**
 * graphology.json: graphology's serialised graph (`Graph.from(json)` or `graph.import(json)`);
 * the making is in the graph's `attributes`. The collaboration network is `type: 'undirected'`
 * with one edge per pair (`multi: false`); every other selection is a directed multi graph,
 * since two nodes may be linked by relationships of different types.
 */
export const writeGraphologyJson: Writer = async ({ meta, nodes, edges }, sink) => {
  const write = (text: string) => sink.write(text);
  const options = meta.directed ? { type: 'directed', multi: true, allowSelfLoops: true } : { type: 'undirected', multi: false, allowSelfLoops: false };
  await write(`{"options":${JSON.stringify(options)},\n"attributes":${JSON.stringify(metaJson(meta))},\n"nodes":`);
  await writeArray(nodes, (node) => {
    const { id, ...attributes } = nodeData(node);
    return { key: id, attributes };
  }, write);
  await write(',\n"edges":');
  await writeArray(edges, (edge) => ({ key: edge.id, source: edge.source, target: edge.target, ...(meta.directed ? {} : { undirected: true }), attributes: { type: edge.type, role: edge.role, weight: edge.weight } }), write);
  await write('}\n');
};
