import { METRIC_ATTRIBUTES, scalar, type AttributeType } from './attributes.js';
import { metaLines } from './meta.js';
import type { Writer } from './types.js';
import { xmlComment, xmlText } from './xml.js';

const GRAPHML_TYPE: Record<AttributeType, string> = { string: 'string', list: 'string', long: 'long', double: 'double', boolean: 'boolean' };

/**
 * GraphML: the making is recorded twice, as a comment and as graph-level <data> (selection,
 * createdAt, product, directed, metrics, sourceNote), which NetworkX puts in `G.graph`. Node ids
 * are `Label:key`; every node has kind, key, label, the metrics degree, weightedDegree,
 * betweenness and community, and its stored properties as declared <key>s (lists as JSON). The
 * collaboration network is `edgedefault="undirected"` (NetworkX reads a Graph), every other
 * selection `directed`.
 */
export const writeGraphml: Writer = async ({ meta, attributes, nodes, edges }, sink) => {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  for (const line of metaLines(meta)) await sink.write(`${xmlComment(line)}\n`);
  await sink.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  const key = (id: string, domain: string, name: string, type: string) =>
    sink.write(`  <key id="${xmlText(id)}" for="${domain}" attr.name="${xmlText(name)}" attr.type="${type}"/>\n`);
  for (const name of ['selection', 'createdAt', 'product', 'directed', 'metrics', 'sourceNote']) await key(`g_${name}`, 'graph', name, 'string');
  for (const name of ['kind', 'key', 'label']) await key(`n_${name}`, 'node', name, 'string');
  for (const metric of METRIC_ATTRIBUTES) await key(`m_${metric.name}`, 'node', metric.name, metric.type);
  const ids = attributes.map((attribute, index) => ({ ...attribute, id: `p${index}` }));
  for (const attribute of ids) await key(attribute.id, 'node', attribute.name, GRAPHML_TYPE[attribute.type]);
  await key('e_type', 'edge', 'type', 'string');
  await key('e_role', 'edge', 'role', 'string');
  await key('e_weight', 'edge', 'weight', 'double');
  await sink.write(`  <graph id="G" edgedefault="${meta.directed ? 'directed' : 'undirected'}">\n`);
  const graphData: Record<string, string> = {
    selection: JSON.stringify(meta.selection), createdAt: meta.createdAt, product: `${meta.product} ${meta.version}`,
    directed: String(meta.directed), metrics: meta.metricsNote, sourceNote: meta.sourceNote,
  };
  for (const [name, value] of Object.entries(graphData)) await sink.write(`    <data key="g_${name}">${xmlText(value)}</data>\n`);
  for await (const node of nodes) {
    let xml = `    <node id="${xmlText(node.id)}"><data key="n_kind">${node.kind}</data><data key="n_key">${xmlText(node.key)}</data><data key="n_label">${xmlText(node.label)}</data>`;
    for (const metric of METRIC_ATTRIBUTES) {
      const value = node.metrics[metric.name];
      if (value !== null) xml += `<data key="m_${metric.name}">${value}</data>`;
    }
    for (const attribute of ids) {
      const value = scalar(node.properties[attribute.property], attribute.type);
      if (value !== undefined) xml += `<data key="${attribute.id}">${xmlText(value)}</data>`;
    }
    await sink.write(`${xml}</node>\n`);
  }
  for await (const edge of edges) {
    let xml = `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"><data key="e_type">${edge.type}</data>`;
    if (edge.role !== null) xml += `<data key="e_role">${xmlText(edge.role)}</data>`;
    await sink.write(`${xml}<data key="e_weight">${edge.weight}</data></edge>\n`);
  }
  await sink.write('  </graph>\n</graphml>\n');
};
