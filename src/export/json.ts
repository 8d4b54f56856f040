import type { GraphNode } from '../network/types.js';
import { attributeName } from './attributes.js';
import type { ExportMeta } from './meta.js';
import type { Writer } from './types.js';

/** The node's attributes as JSON keeps them: lists stay lists; a stored `id` is the key. */
function nodeData(node: GraphNode): Record<string, unknown> {
  const data: Record<string, unknown> = { id: node.id, kind: node.kind, key: node.key, label: node.label };
  for (const [property, value] of Object.entries(node.properties)) {
    if (property === 'id' || value === null || value === undefined) continue;
    data[attributeName(property)] = value;
  }
  return data;
}

function metaJson(meta: ExportMeta) {
  return { selection: meta.selection, createdAt: meta.createdAt, product: meta.product, version: meta.version, sourceNote: meta.sourceNote };
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
 * cytoscape.json: `{ meta, elements: { nodes: [{data}], edges: [{data}] } }`, for
 * `cy.add(json.elements)` in Cytoscape.js or File > Import > Network from File in Cytoscape.
 */
export const writeCytoscapeJson: Writer = async ({ meta, nodes, edges }, sink) => {
  const write = (text: string) => sink.write(text);
  await write(`{"meta":${JSON.stringify(metaJson(meta))},\n"elements":{"nodes":`);
  await writeArray(nodes, (node) => ({ data: nodeData(node) }), write);
  await write(',\n"edges":');
  await writeArray(edges, (edge) => ({ data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, role: edge.role, weight: edge.weight } }), write);
  await write('}}\n');
};

/**
 * graphology.json: graphology's serialised graph (`Graph.from(json)` or `graph.import(json)`);
 * the making is in the graph's `attributes`. A multi graph, since two nodes may be linked by
 * relationships of different types.
 */
export const writeGraphologyJson: Writer = async ({ meta, nodes, edges }, sink) => {
  const write = (text: string) => sink.write(text);
  await write(`{"options":{"type":"directed","multi":true,"allowSelfLoops":true},\n"attributes":${JSON.stringify(metaJson(meta))},\n"nodes":`);
  await writeArray(nodes, (node) => {
    const { id, ...attributes } = nodeData(node);
    return { key: id, attributes };
  }, write);
  await write(',\n"edges":');
  await writeArray(edges, (edge) => ({ key: edge.id, source: edge.source, target: edge.target, attributes: { type: edge.type, role: edge.role, weight: edge.weight } }), write);
  await write('}\n');
};
