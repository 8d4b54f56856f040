import { z } from 'zod';
import { defineQuery } from '../../db/query.js';
import type { Executor } from '../../db/executor.js';
import { keyOf, type Label } from '../../model/labels.js';
import { graphNode } from '../network/focus.js';
import { NODE_KINDS, STORED_EDGE_TYPES, type GraphEdge, type GraphNode, type StoredEdgeType } from '../network/types.js';
import { attributesFromCypherTypes, type NodeAttribute } from './attributes.js';

const LABELS = Object.values(NODE_KINDS) as Label[];
const KEYS = Object.fromEntries(LABELS.map((label) => [label, keyOf(label)]));
const TYPES = [...STORED_EDGE_TYPES];

/**
 * A whole-graph export streams for as long as its reader reads (minutes for a large graph), so
 * its statements run without the executor's transaction timeout (NEO4J_TX_TIMEOUT_MS); a reader
 * that stalls is cut by the sink's stall timeout instead (EXPORT_STALL_TIMEOUT_MS).
 */
const STREAMING = { timeoutMs: 0 } as const;

const labels = z.array(z.string());
const keys = z.record(z.string(), z.string());
const nodesQuery = defineQuery({
  file: new URL('./wholeNodes.cypher', import.meta.url), mode: 'READ',
  params: z.object({ labels, types: z.array(z.string()), withDegree: z.boolean() }),
  row: z.object({ label: z.string(), properties: z.record(z.string(), z.unknown()), degree: z.number() }),
});
const nodeIdsQuery = defineQuery({
  file: new URL('./wholeNodeIds.cypher', import.meta.url), mode: 'READ',
  params: z.object({ labels, keys }),
  row: z.object({ label: z.string(), key: z.string() }),
});
const edgesQuery = defineQuery({
  file: new URL('./wholeEdges.cypher', import.meta.url), mode: 'READ',
  params: z.object({ labels, types: z.array(z.string()), keys }),
  row: z.object({ sourceLabel: z.string(), sourceKey: z.string(), type: z.string(), targetLabel: z.string(), targetKey: z.string(), role: z.string().nullable() }),
});
const countsQuery = defineQuery({
  file: new URL('./wholeCounts.cypher', import.meta.url), mode: 'READ',
  params: z.object({ labels, types: z.array(z.string()) }),
  row: z.object({ nodes: z.number(), edges: z.number() }),
});
const propertyTypesQuery = defineQuery({
  file: new URL('./wholePropertyTypes.cypher', import.meta.url), mode: 'READ',
  params: z.object({ labels }),
  row: z.object({ name: z.string(), types: z.array(z.string()) }),
});

/** `Label:key`, the node id of every view and export. */
export function nodeId(label: string, key: string): string {
  return `${label}:${key}`;
}

/** The export streams say so in their metadata (SHOW TRANSACTIONS, query logs). */
const exporting = (db: Executor) => db.withMetadata({ operation: 'export' });

/**
 * Every node of the NODE_KINDS labels (Measurement nodes are not part of any view), streamed
 * (Executor.stream: memory holds a batch of rows, never the whole result), each with its degree
 * in the whole graph (the relationships wholeEdges yields at it) when `withDegree`, else 0.
 */
export async function* wholeNodes(db: Executor, withDegree = false): AsyncGenerator<{ node: GraphNode; degree: number }> {
  for await (const row of nodesQuery.stream(exporting(db), { labels: LABELS, types: TYPES, withDegree }, STREAMING)) {
    yield { node: graphNode(row.label, row.properties, 0), degree: row.degree };
  }
}

/** The id (`Label:key`) of every node wholeNodes yields, in the same store order, streamed. */
export async function* wholeNodeIds(db: Executor): AsyncGenerator<string> {
  for await (const row of nodeIdsQuery.stream(exporting(db), { labels: LABELS, keys: KEYS }, STREAMING)) {
    yield nodeId(row.label, row.key);
  }
}

/** Every relationship of the STORED_EDGE_TYPES between those nodes, streamed. */
export async function* wholeEdges(db: Executor): AsyncGenerator<GraphEdge> {
  for await (const row of edgesQuery.stream(exporting(db), { labels: LABELS, types: TYPES, keys: KEYS }, STREAMING)) {
    const sourceId = nodeId(row.sourceLabel, row.sourceKey);
    const targetId = nodeId(row.targetLabel, row.targetKey);
    const type = row.type as StoredEdgeType;
    yield { id: `${sourceId}|${type}|${targetId}`, source: sourceId, target: targetId, type, role: row.role, weight: 1 };
  }
}

export async function wholeCounts(db: Executor): Promise<{ nodes: number; edges: number }> {
  const [row] = await countsQuery.run(db, { labels: LABELS, types: TYPES });
  return row ?? { nodes: 0, edges: 0 };
}

export async function wholeAttributes(db: Executor): Promise<NodeAttribute[]> {
  return attributesFromCypherTypes(await propertyTypesQuery.run(db, { labels: LABELS }));
}
