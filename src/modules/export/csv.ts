import { stringify } from 'csv-stringify/sync';
import { METRIC_ATTRIBUTES, scalar } from './attributes.js';
import { neutraliseCell } from './neutralise.js';
import type { ExportNode } from './types.js';
import type { Writer } from './types.js';

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV record: RFC 4180 (comma, `"` quoting, LF line ends), UTF-8 without a byte-order mark,
 * every text cell neutralised against formula injection (src/modules/export/neutralise.ts); numbers and
 * booleans are written as they are. No comment or note lines: the header is the first line, and
 * the making goes to metadata.json in the CSV bundle (src/modules/export/bundle.ts).
 */
export const csvRow = (values: readonly Cell[]) =>
  stringify([values.map((value) => neutraliseCell(value ?? null))], { quoted_string: true, cast: { boolean: (value) => String(value) } });

export const NODE_COLUMNS = ['id', 'kind', 'key', 'label', ...METRIC_ATTRIBUTES.map((metric) => metric.name)];
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'role', 'weight'];

function metricCells(node: ExportNode): Cell[] {
  return [node.metrics.degree, node.metrics.weightedDegree, node.metrics.betweenness, node.metrics.community];
}

/** nodes.csv: id, kind, key, label, degree, weightedDegree, betweenness, community, then one column per stored property (lists as JSON). */
export const writeNodesCsv: Writer = async ({ attributes, nodes }, sink) => {
  await sink.write(csvRow([...NODE_COLUMNS, ...attributes.map((a) => a.name)]));
  for await (const node of nodes) {
    await sink.write(csvRow([node.id, node.kind, node.key, node.label, ...metricCells(node), ...attributes.map((a) => scalar(node.properties[a.property], a.type))]));
  }
};

/** edges.csv: id, source, target, type, role, weight. */
export const writeEdgesCsv: Writer = async ({ edges }, sink) => {
  await sink.write(csvRow(EDGE_COLUMNS));
  for await (const edge of edges) {
    await sink.write(csvRow([edge.id, edge.source, edge.target, edge.type, edge.role ?? undefined, edge.weight]));
  }
};
