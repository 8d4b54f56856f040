import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { readCypher } from '../../db/cypher.js';
import { defineQuery } from '../../db/query.js';
import { toDomainError } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import { keyOf, type Label } from '../../model/labels.js';
import { graphNode } from '../network/focus.js';
import { NODE_KINDS, STORED_EDGE_TYPES, type GraphEdge, type GraphNode, type StoredEdgeType } from '../network/types.js';
import { attributesFromCypherTypes, type NodeAttribute } from './attributes.js';

/** What a whole-graph export reads from: the driver (to stream) and the executor (small reads). */
export interface ExportDatabase {
  readonly driver: Driver;
  readonly executor: Executor;
}

const LABELS = Object.values(NODE_KINDS) as Label[];
const KEYS = Object.fromEntries(LABELS.map((label) => [label, keyOf(label)]));
const TYPES = [...STORED_EDGE_TYPES];

const NODES = readCypher(new URL('./wholeNodes.cypher', import.meta.url));
const NODE_IDS = readCypher(new URL('./wholeNodeIds.cypher', import.meta.url));
const EDGES = readCypher(new URL('./wholeEdges.cypher', import.meta.url));
const scope = z.object({ labels: z.array(z.string()), types: z.array(z.string()).optional() });
const countsQuery = defineQuery({ file: new URL('./wholeCounts.cypher', import.meta.url), mode: 'READ', params: scope, row: z.object({ nodes: z.number(), edges: z.number() }) });
const propertyTypesQuery = defineQuery({ file: new URL('./wholePropertyTypes.cypher', import.meta.url), mode: 'READ', params: scope, row: z.object({ name: z.string(), types: z.array(z.string()) }) });

/** `Label:key`, the node id of every view and export. */
export function nodeId(label: string, key: string): string {
  return `${label}:${key}`;
}

/**
 * Runs one read statement in an auto-commit transaction and yields its rows one by one as the
 * driver receives them: the driver fetches in batches and stops pulling while the consumer is
 * busy, so memory holds a batch, never the whole result.
 */
async function* streamRows(source: ExportDatabase, query: string, params: Record<string, unknown>): AsyncGenerator<Record<string, unknown>> {
  const session = source.driver.session({ database: source.executor.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = session.run(query, params, { metadata: { app: 'kolaborasi-graph', operation: 'export' } });
    for await (const record of result) yield record.toObject() as Record<string, unknown>;
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}

/**
 * Every node of the NODE_KINDS labels (Measurement nodes are not part of any view), streamed,
 * each with its degree in the whole graph (the relationships wholeEdges yields at it) when
 * `withDegree`, else 0.
 */
export async function* wholeNodes(source: ExportDatabase, withDegree = false): AsyncGenerator<{ node: GraphNode; degree: number }> {
  for await (const row of streamRows(source, NODES, { labels: LABELS, types: TYPES, withDegree })) {
    yield { node: graphNode(row.label as string, row.properties as Record<string, unknown>, 0), degree: Number(row.degree) };
  }
}

/** The id (`Label:key`) of every node wholeNodes yields, in the same store order, streamed. */
export async function* wholeNodeIds(source: ExportDatabase): AsyncGenerator<string> {
  for await (const row of streamRows(source, NODE_IDS, { labels: LABELS, keys: KEYS })) {
    yield nodeId(row.label as string, row.key as string);
  }
}

/** Every relationship of the STORED_EDGE_TYPES between those nodes, streamed. */
export async function* wholeEdges(source: ExportDatabase): AsyncGenerator<GraphEdge> {
  for await (const row of streamRows(source, EDGES, { labels: LABELS, types: TYPES, keys: KEYS })) {
    const sourceId = nodeId(row.sourceLabel as string, row.sourceKey as string);
    const targetId = nodeId(row.targetLabel as string, row.targetKey as string);
    const type = row.type as StoredEdgeType;
    yield { id: `${sourceId}|${type}|${targetId}`, source: sourceId, target: targetId, type, role: (row.role as string | null) ?? null, weight: 1 };
  }
}

export async function wholeCounts(source: ExportDatabase): Promise<{ nodes: number; edges: number }> {
  const [row] = await countsQuery.run(source.executor, { labels: LABELS, types: TYPES });
  return row ?? { nodes: 0, edges: 0 };
}

export async function wholeAttributes(source: ExportDatabase): Promise<NodeAttribute[]> {
  return attributesFromCypherTypes(await propertyTypesQuery.run(source.executor, { labels: LABELS }));
}
