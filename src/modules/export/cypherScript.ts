import { keyOf, type Label } from '../../model/labels.js';
import { NODE_KINDS, STORED_EDGE_TYPES, type EdgeType } from '../network/types.js';
import { metaLines } from './meta.js';
import type { Writer } from './types.js';

const LABELS = new Set<string>(Object.values(NODE_KINDS));
const EDGE_TYPES = new Set<string>([...STORED_EDGE_TYPES, 'COLLABORATES_WITH']);
const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A Cypher string literal: quotes, backslashes and control characters escaped. */
export function cypherString(value: string): string {
  return `'${value.replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** A property name as Cypher accepts it: bare when it is an identifier, else in backticks. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A literal for a stored property value (string, number, boolean or a list of them). */
export function cypherValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => cypherValue(item) ?? 'null').join(', ')}]`;
  return cypherString(String(value));
}

function cypherMap(entries: ReadonlyArray<readonly [string, unknown]>): string {
  const parts = entries.flatMap(([name, value]) => {
    const literal = cypherValue(value);
    return literal === undefined ? [] : [`${cypherName(name)}: ${literal}`];
  });
  return `{${parts.join(', ')}}`;
}

/** `Label:key` -> the pattern that finds that node by its key. */
function nodePattern(variable: string, id: string): string {
  const colon = id.indexOf(':');
  const label = id.slice(0, colon);
  if (colon < 1 || !LABELS.has(label)) throw new Error(`export: node id ${id} does not start with a known label`);
  return `(${variable}:${label} {${keyOf(label as Label)}: ${cypherString(id.slice(colon + 1))}})`;
}

function edgeType(type: EdgeType): string {
  if (!EDGE_TYPES.has(type)) throw new Error(`export: unexpected relationship type ${type}`);
  return type;
}

/**
 * A Cypher script that recreates the subgraph: `//` header lines that record its making, then
 * one statement per line, each ending with `;`: a MERGE per node (on its label and key, then
 * SET of its stored properties), a MATCH ... MERGE per relationship (with its role, and its
 * weight when it is not 1). MERGE makes a second run change nothing. No constraints are
 * created; on a large file create them first (a uniqueness constraint on each label's key).
 */
export const writeCypherScript: Writer = async ({ meta, nodes, edges }, sink) => {
  const header = [
    'Kolaborasi Graph export: a Cypher script that recreates this subgraph.',
    // No metrics in a Cypher script: it recreates the stored graph.
    ...metaLines(meta).filter((line) => !line.startsWith('metrics:')),
    "Run the statements in order (one per line, each ends with ';'), e.g. cypher-shell -f <file>.",
    'Nodes are MERGEd on their label and key (id, or code for Region): a uniqueness constraint on each makes a large script fast.',
  ];
  for (const line of header) await sink.write(`// ${line.replace(/[\r\n]+/g, ' ')}\n`);
  for await (const node of nodes) {
    const label = NODE_KINDS[node.kind];
    const keyName = keyOf(label);
    const rest = Object.entries(node.properties).filter(([name]) => name !== keyName);
    const set = rest.length > 0 ? ` SET n += ${cypherMap(rest)}` : '';
    await sink.write(`MERGE (n:${label} {${keyName}: ${cypherString(node.key)}})${set};\n`);
  }
  for await (const edge of edges) {
    const properties: Array<[string, unknown]> = [];
    if (edge.role !== null) properties.push(['role', edge.role]);
    if (edge.weight !== 1) properties.push(['weight', edge.weight]);
    const map = properties.length > 0 ? ` ${cypherMap(properties)}` : '';
    await sink.write(`MATCH ${nodePattern('a', edge.source)} MATCH ${nodePattern('b', edge.target)} MERGE (a)-[:${edgeType(edge.type)}${map}]->(b);\n`);
  }
};
