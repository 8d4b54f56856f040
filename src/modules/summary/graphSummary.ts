import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { defineQuery } from '../../db/query.js';
import { LABELS, type Label } from '../../model/labels.js';
import { RELATIONS } from '../../model/relations.js';
import { NODE_KINDS, type NodeKind } from '../network/types.js';
import { SYNTHETIC_REF } from '../shared/sources.js';

const Count = z.number().int();

const nodeCounts = defineQuery({
  file: new URL('./nodeCounts.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ labels: z.array(z.string()), types: z.array(z.string()), syntheticRef: z.string() }),
  row: z.object({
    counts: z.array(z.object({ label: z.string(), total: Count, fromSources: Count, synthetic: Count, unsourced: Count })),
    relationships: Count,
  }),
});

const sources = defineQuery({
  file: new URL('./sources.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ syntheticRef: z.string() }),
  row: z.object({ ref: z.string(), title: z.string(), nodes: Count }),
});

export interface KindCount {
  readonly label: Label;
  readonly kind: NodeKind | null;
  readonly total: number;
  readonly fromSources: number;
  readonly synthetic: number;
  readonly unsourced: number;
}

export interface GraphSummary {
  readonly counts: KindCount[];
  readonly articles: Array<{ ref: string; title: string; nodes: number }>;
  readonly relationships: number;
}

const KIND_OF = new Map<string, NodeKind>(Object.entries(NODE_KINDS).map(([kind, label]) => [label, kind as NodeKind]));
const MODEL_TYPES = [...new Set(Object.values(RELATIONS).map((spec) => spec.type))];

/** What the graph holds: nodes by label and kind of source, the sources they cite, the relationships. Two statements. */
export async function graphSummary(db: Executor): Promise<GraphSummary> {
  const labels = Object.keys(LABELS) as Label[];
  const [[counted], cited] = await Promise.all([
    nodeCounts.run(db, { labels, types: MODEL_TYPES, syntheticRef: SYNTHETIC_REF }),
    sources.run(db, { syntheticRef: SYNTHETIC_REF }),
  ]);
  const byLabel = new Map(counted!.counts.map((row) => [row.label, row]));
  return {
    counts: labels.map((label) => ({
      label,
      kind: KIND_OF.get(label) ?? null,
      total: byLabel.get(label)?.total ?? 0,
      fromSources: byLabel.get(label)?.fromSources ?? 0,
      synthetic: byLabel.get(label)?.synthetic ?? 0,
      unsourced: byLabel.get(label)?.unsourced ?? 0,
    })),
    articles: cited,
    relationships: counted!.relationships,
  };
}
