import { z } from 'zod';
import { fillTemplate, readCypher } from '../db/cypher.js';
import type { Executor } from '../db/executor.js';
import { defineQuery } from '../db/query.js';
import { LABELS, type Label } from '../model/labels.js';
import { RELATIONS, type RelationName } from '../model/relations.js';
import type { SeedGraph } from './seedGraph.js';

/** Rows per statement: large enough to keep round trips few, small enough for a modest heap. */
export const BATCH_SIZE = 1000;

const props = z.record(z.string(), z.unknown());

function upsertQuery(label: Label) {
  return defineQuery({
    name: 'seed/upsertNodes', mode: 'WRITE',
    text: fillTemplate(readCypher('seed/upsertNodes'), { Label: label, key: LABELS[label].key }),
    params: z.object({ rows: z.array(z.object({ key: z.string(), props })) }),
    row: z.object({ written: z.number().int() }),
  });
}

function linkQuery(relation: RelationName) {
  const spec = RELATIONS[relation];
  return defineQuery({
    name: 'seed/linkNodes', mode: 'WRITE',
    text: fillTemplate(readCypher('seed/linkNodes'), {
      From: spec.from, fromKey: LABELS[spec.from].key, TYPE: spec.type, To: spec.to, toKey: LABELS[spec.to].key,
    }),
    params: z.object({ rows: z.array(z.object({ from: z.string(), to: z.string(), props })) }),
    row: z.object({ linked: z.number().int(), missing: z.array(z.string()) }),
  });
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * Writes a SeedGraph: every node first (label by label), then every relationship, in batches
 * of BATCH_SIZE rows, each batch its own transaction. Everything is MERGE on keys, so a run
 * that stops half-way is completed by running it again.
 *
 * A relationship whose end is missing is a bug in the seed data: its batch is rolled back and
 * the error names the pairs.
 */
export async function writeGraph(db: Executor, graph: SeedGraph): Promise<void> {
  for (const [label, rows] of graph.nodes) {
    const upsert = upsertQuery(label);
    for (const batch of chunks([...rows.values()], BATCH_SIZE)) {
      await upsert.run(db, { rows: batch.map((row) => ({ key: row.key, props: { ...row.props } })) });
    }
  }
  for (const [relation, rows] of graph.links) {
    const link = linkQuery(relation);
    for (const batch of chunks([...rows.values()], BATCH_SIZE)) {
      const rowsOut = batch.map((row) => ({ from: row.from, to: row.to, props: { ...row.props } }));
      await db.transaction('WRITE', async (send) => {
        const [result] = await link.runIn(send, { rows: rowsOut });
        if (result && result.missing.length > 0) {
          throw new Error(`seed: ${batch.length - result.linked} ${relation} links name a node that does not exist, e.g. ${result.missing.join(', ')}`);
        }
      });
    }
  }
}
