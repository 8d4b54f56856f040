import { METRIC_ATTRIBUTES, scalar, type AttributeType } from './attributes.js';
import { metaLines } from './meta.js';
import type { ExportNode, Writer } from './types.js';
import { xmlComment, xmlText } from './xml.js';

const GEXF_TYPE: Record<AttributeType, string> = { string: 'string', list: 'string', long: 'long', double: 'double', boolean: 'boolean' };

const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999;

/**
 * A node's time span for Gephi's timeline: a program's startYear and endYear (stored properties)
 * as `start="<startYear>-01-01"` and `end="<endYear>-12-31"` (the graph's timeformat is "date"),
 * either one alone when only one is known. Nodes without years (agencies, themes, regions...)
 * have no span and are there at every time, as GEXF says.
 */
export function yearSpan(node: ExportNode): string {
  const start = node.properties.startYear;
  const end = node.properties.endYear;
  let span = '';
  if (isYear(start)) span += ` start="${String(start).padStart(4, '0')}-01-01"`;
  if (isYear(end) && (!isYear(start) || end >= start)) span += ` end="${String(end).padStart(4, '0')}-12-31"`;
  return span;
}

/**
 * GEXF 1.2 (the version Gephi, NetworkX 2.x and graphology-gexf all read; NetworkX before 3.x
 * does not know the 1.3 namespace), `mode="dynamic"` with `timeformat="date"`: programs carry
 * their years as the node's start and end, so Gephi's timeline filters them. The collaboration
 * network is `defaultedgetype="undirected"`, every other selection "directed".
 * The making is in <meta>: the product as <creator>, the date as lastmodifieddate, and in
 * <description> the selection JSON, the time, the metrics and the source note; a comment repeats
 * it line by line. The node label is GEXF's own `label`; kind, key, the metrics degree,
 * weightedDegree, betweenness and community, and the stored properties are declared node
 * attributes (lists as JSON); the edge type is also the edge's GEXF `label`, and type and role
 * are edge attributes.
 */
export const writeGexf: Writer = async ({ meta, attributes, nodes, edges }, sink) => {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  for (const line of metaLines(meta)) await sink.write(`${xmlComment(line)}\n`);
  await sink.write('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n');
  const description = `selection: ${JSON.stringify(meta.selection)}; created: ${meta.createdAt}; edges: ${meta.directed ? 'directed' : 'undirected'}; metrics: ${meta.metricsNote}; sources: ${meta.sourceNote}`;
  await sink.write(`  <meta lastmodifieddate="${meta.createdAt.slice(0, 10)}">\n    <creator>${xmlText(`${meta.product} ${meta.version}`)}</creator>\n    <keywords>kolaborasi-graph, ${xmlText(meta.selection.kind)}</keywords>\n    <description>${xmlText(description)}</description>\n  </meta>\n`);
  await sink.write(`  <graph defaultedgetype="${meta.directed ? 'directed' : 'undirected'}" mode="dynamic" timeformat="date">\n    <attributes class="node">\n`);
  await sink.write('      <attribute id="kind" title="kind" type="string"/>\n      <attribute id="key" title="key" type="string"/>\n');
  for (const metric of METRIC_ATTRIBUTES) await sink.write(`      <attribute id="${metric.name}" title="${metric.name}" type="${metric.type}"/>\n`);
  // The attribute id is its name: graphology-gexf keys values by id, NetworkX and Gephi by title.
  const ids = attributes.map((attribute) => ({ ...attribute, id: xmlText(attribute.name) }));
  for (const attribute of ids) await sink.write(`      <attribute id="${attribute.id}" title="${attribute.id}" type="${GEXF_TYPE[attribute.type]}"/>\n`);
  await sink.write('    </attributes>\n    <attributes class="edge">\n      <attribute id="type" title="type" type="string"/>\n      <attribute id="role" title="role" type="string"/>\n    </attributes>\n');
  await sink.write('    <nodes>\n');
  for await (const node of nodes) {
    let xml = `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"${yearSpan(node)}><attvalues><attvalue for="kind" value="${node.kind}"/><attvalue for="key" value="${xmlText(node.key)}"/>`;
    for (const metric of METRIC_ATTRIBUTES) {
      const value = node.metrics[metric.name];
      if (value !== null) xml += `<attvalue for="${metric.name}" value="${value}"/>`;
    }
    for (const attribute of ids) {
      const value = scalar(node.properties[attribute.property], attribute.type);
      if (value !== undefined) xml += `<attvalue for="${attribute.id}" value="${xmlText(value)}"/>`;
    }
    await sink.write(`${xml}</attvalues></node>\n`);
  }
  await sink.write('    </nodes>\n    <edges>\n');
  for await (const edge of edges) {
    let xml = `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" label="${edge.type}" weight="${edge.weight}"><attvalues><attvalue for="type" value="${edge.type}"/>`;
    if (edge.role !== null) xml += `<attvalue for="role" value="${xmlText(edge.role)}"/>`;
    await sink.write(`${xml}</attvalues></edge>\n`);
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
};
