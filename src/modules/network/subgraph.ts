import { z } from 'zod';
import { defineQuery, type Send } from '../../db/query.js';
import type { Executor } from '../../db/executor.js';
import { resolveFocus } from './focus.js';
import type { NetworkSelection } from './selection.js';
import { NODE_KINDS, STORED_EDGE_TYPES, type GraphEdge, type GraphNode, type NodeKind, type StoredEdgeType, type Subgraph } from './types.js';
import { graphNode } from './focus.js';
import { readRule } from '../analysis/rules.js';

/**
 * network views: breadth first from the focus nodes, one statement per hop, then one for the
 * edges among the chosen nodes. With depth ≤ 3 a view costs at most 5 statements, all in one
 * read transaction.
 */

/** The rule, in words: network.rule.md beside this file. */
export const NETWORK_RULE = readRule(new URL('./network.rule.md', import.meta.url));

/** Kinds a view holds when nodeKinds is not given. */
export const DEFAULT_NODE_KINDS: readonly NodeKind[] = (Object.keys(NODE_KINDS) as NodeKind[]).filter((kind) => kind !== 'INDICATOR');

const Properties = z.record(z.string(), z.unknown());

const hop = defineQuery({
  file: new URL('./hop.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    frontier: z.array(z.string()),
    seen: z.array(z.string()),
    types: z.array(z.string()),
    labels: z.array(z.string()),
    hideDistricts: z.boolean(),
    helix: z.array(z.string()).nullable(),
    theme: z.string().nullable(),
    region: z.string().nullable(),
    fromYear: z.number().int().nullable(),
    toYear: z.number().int().nullable(),
    limit: z.number().int(),
  }),
  row: z.object({ element: z.string(), label: z.string(), properties: Properties }),
});

const edges = defineQuery({
  file: new URL('./edges.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ nodes: z.array(z.string()), types: z.array(z.string()) }),
  row: z.object({ source: z.string(), target: z.string(), type: z.string(), role: z.string().nullable() }),
});

/** The stored edges among the nodes (`ids`: elementId -> node id), one per edge id, in id order. */
export async function storedEdges(send: Send, ids: ReadonlyMap<string, string>, types: readonly StoredEdgeType[]): Promise<GraphEdge[]> {
  const rows = await edges.runIn(send, { nodes: [...ids.keys()], types: [...types] });
  const byId = new Map<string, GraphEdge>();
  for (const row of rows) {
    const source = ids.get(row.source)!;
    const target = ids.get(row.target)!;
    const type = row.type as StoredEdgeType;
    const id = `${source}|${type}|${target}`;
    if (!byId.has(id)) byId.set(id, { id, source, target, type, role: row.role, weight: 1 });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function loadNetwork(db: Executor, selection: NetworkSelection): Promise<Subgraph> {
  const filter = selection.filter ?? {};
  const types = filter.edgeTypes ?? [...STORED_EDGE_TYPES];
  const kinds = filter.nodeKinds ?? DEFAULT_NODE_KINDS;
  const labels = kinds.map((kind) => NODE_KINDS[kind]);
  const hideDistricts = !filter.nodeKinds?.includes('REGION');
  return db.transaction('READ', async (send) => {
    const focus = await resolveFocus(send, selection.focus, { theme: filter.theme ?? null, region: filter.region ?? null });
    const nodes: GraphNode[] = focus.map((f) => f.node);
    const ids = new Map(focus.map((f) => [f.element, f.node.id]));
    let frontier = focus.map((f) => f.element);
    let truncated = false;
    for (let distance = 1; distance <= selection.depth && frontier.length > 0 && !truncated; distance += 1) {
      const room = selection.limit - nodes.length;
      const rows = await hop.runIn(send, {
        frontier,
        seen: [...ids.keys()],
        types: [...types],
        labels,
        hideDistricts,
        helix: filter.helix ?? null,
        theme: filter.theme ?? null,
        region: filter.region ?? null,
        fromYear: filter.fromYear ?? null,
        toYear: filter.toYear ?? null,
        limit: Math.max(room, 0) + 1,
      });
      const taken = rows.slice(0, Math.max(room, 0));
      if (rows.length > taken.length) truncated = true;
      for (const row of taken) {
        const node = graphNode(row.label, row.properties, distance);
        nodes.push(node);
        ids.set(row.element, node.id);
      }
      frontier = taken.map((row) => row.element);
    }
    return { nodes, edges: await storedEdges(send, ids, types), truncated };
  });
}
