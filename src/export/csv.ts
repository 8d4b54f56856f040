import { stringify } from 'csv-stringify/sync';
import { scalar } from './attributes.js';
import { metaLines } from './meta.js';
import type { Writer } from './types.js';

// Every string is quoted, so a `#` inside a value never reads as a comment (csv-parse's
// `comment: '#'` option skips the leading note lines).
const row = (values: ReadonlyArray<string | number | boolean | undefined>) =>
  stringify([values.map((value) => value ?? null)], { quoted_string: true, cast: { boolean: (value) => String(value) } });

async function writeNotes(lines: string[], write: (text: string) => Promise<void>) {
  for (const line of lines) await write(`# ${line.replace(/[\r\n]+/g, ' ')}\n`);
}

/** nodes.csv: `#` note lines, then id, kind, key, label and one column per stored property (lists as JSON). */
export const writeNodesCsv: Writer = async ({ meta, attributes, nodes }, sink) => {
  await writeNotes(metaLines(meta), (text) => sink.write(text));
  await sink.write(row(['id', 'kind', 'key', 'label', ...attributes.map((a) => a.name)]));
  for await (const node of nodes) {
    await sink.write(row([node.id, node.kind, node.key, node.label, ...attributes.map((a) => scalar(node.properties[a.property], a.type))]));
  }
};

/** edges.csv: `#` note lines, then id, source, target, type, role, weight. */
export const writeEdgesCsv: Writer = async ({ meta, edges }, sink) => {
  await writeNotes(metaLines(meta), (text) => sink.write(text));
  await sink.write(row(['id', 'source', 'target', 'type', 'role', 'weight']));
  for await (const edge of edges) {
    await sink.write(row([edge.id, edge.source, edge.target, edge.type, edge.role ?? undefined, edge.weight]));
  }
};
