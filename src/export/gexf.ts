import { scalar, type AttributeType } from './attributes.js';
import { metaLines } from './meta.js';
import type { Writer } from './types.js';
import { xmlComment, xmlText } from './xml.js';

const GEXF_TYPE: Record<AttributeType, string> = { string: 'string', list: 'string', long: 'long', double: 'double', boolean: 'boolean' };

/**
 * GEXF 1.2 (what Gephi, NetworkX and graphology-gexf all read). The making is in <meta>: the
 * product as <creator>, the date as lastmodifieddate, and in <description> the selection JSON,
 * the time and the source note; a comment repeats it line by line. The node label is GEXF's own
 * `label`; kind, key and the stored properties are declared node attributes (lists as JSON);
 * the edge type is also the edge's GEXF `label`, and type and role are edge attributes.
 */
export const writeGexf: Writer = async ({ meta, attributes, nodes, edges }, sink) => {
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  for (const line of metaLines(meta)) await sink.write(`${xmlComment(line)}\n`);
  await sink.write('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n');
  const description = `selection: ${JSON.stringify(meta.selection)}; created: ${meta.createdAt}; sources: ${meta.sourceNote}`;
  await sink.write(`  <meta lastmodifieddate="${meta.createdAt.slice(0, 10)}">\n    <creator>${xmlText(`${meta.product} ${meta.version}`)}</creator>\n    <keywords>kolaborasi-graph, ${xmlText(meta.selection.kind)}</keywords>\n    <description>${xmlText(description)}</description>\n  </meta>\n`);
  await sink.write('  <graph defaultedgetype="directed" mode="static">\n    <attributes class="node">\n');
  await sink.write('      <attribute id="kind" title="kind" type="string"/>\n      <attribute id="key" title="key" type="string"/>\n');
  // The attribute id is its name: graphology-gexf keys values by id, NetworkX and Gephi by title.
  const ids = attributes.map((attribute) => ({ ...attribute, id: xmlText(attribute.name) }));
  for (const attribute of ids) await sink.write(`      <attribute id="${attribute.id}" title="${attribute.id}" type="${GEXF_TYPE[attribute.type]}"/>\n`);
  await sink.write('    </attributes>\n    <attributes class="edge">\n      <attribute id="type" title="type" type="string"/>\n      <attribute id="role" title="role" type="string"/>\n    </attributes>\n');
  await sink.write('    <nodes>\n');
  for await (const node of nodes) {
    let xml = `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"><attvalues><attvalue for="kind" value="${node.kind}"/><attvalue for="key" value="${xmlText(node.key)}"/>`;
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
