import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { defineQuery } from '../db/query.js';
import { LABELS } from '../model/labels.js';
import { RELATIONS } from '../model/relations.js';

const graphHasDataQuery = defineQuery({
  file: new URL('./graphHasData.cypher', import.meta.url), mode: 'READ', params: z.object({}), row: z.object({ hasData: z.boolean() }),
});
const countNodes = defineQuery({
  file: new URL('./countNodesByLabel.cypher', import.meta.url), mode: 'READ', params: z.object({ labels: z.array(z.string()) }),
  row: z.object({ label: z.string(), count: z.number().int() }),
});
const countLinks = defineQuery({
  file: new URL('./countLinksByType.cypher', import.meta.url), mode: 'READ', params: z.object({ types: z.array(z.string()) }),
  row: z.object({ type: z.string(), count: z.number().int() }),
});

/** How many nodes of each of the model's labels and relationships of each type the graph holds. */
export interface GraphCounts {
  readonly nodes: Readonly<Record<string, number>>;
  readonly relationships: Readonly<Record<string, number>>;
}

/** Whether the database holds any node: SEED=auto seeds only an empty database. */
export async function graphHasData(db: Executor): Promise<boolean> {
  const [row] = await graphHasDataQuery.run(db, {});
  return row?.hasData ?? false;
}

export async function countGraph(db: Executor): Promise<GraphCounts> {
  const [nodes, links] = await Promise.all([
    countNodes.run(db, { labels: Object.keys(LABELS) }),
    countLinks.run(db, { types: [...new Set(Object.values(RELATIONS).map((spec) => spec.type))] }),
  ]);
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(links.map((row) => [row.type, row.count])),
  };
}
