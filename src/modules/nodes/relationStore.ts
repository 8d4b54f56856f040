import { z } from 'zod';
import { defineQuery, type Send } from '../../db/query.js';
import type { Executor } from '../../db/executor.js';
import { LABELS } from '../../model/labels.js';
import { RELATIONS, type Direction, type RelationName } from '../../model/relations.js';
import { RECORDS, type Linked } from '../../model/records.js';

function slotsOf(relation: RelationName) {
  const spec = RELATIONS[relation];
  return {
    From: spec.from, fromKey: LABELS[spec.from].key, TYPE: spec.type,
    To: spec.to, toKey: LABELS[spec.to].key,
  };
}

function build(relation: RelationName) {
  const spec = RELATIONS[relation];
  const slots = slotsOf(relation);
  const ends = z.object({ from: z.string(), to: z.string() });
  const neighbours = (direction: Direction) =>
    defineQuery({
      file: new URL(direction === 'OUT' ? './relation/neighboursOut.cypher' : './relation/neighboursIn.cypher', import.meta.url),
      mode: 'READ',
      slots,
      params: z.object({ keys: z.array(z.string()) }),
      row: z.object({
        key: z.string(),
        node: direction === 'OUT' ? RECORDS[spec.to] : RECORDS[spec.from],
        role: z.string().nullable(),
      }),
    });
  return {
    OUT: neighbours('OUT'),
    IN: neighbours('IN'),
    link: defineQuery({
      file: new URL('./relation/link.cypher', import.meta.url), mode: 'WRITE', slots,
      params: ends.extend({ role: z.string().nullable() }),
      row: z.object({ fromExists: z.boolean(), toExists: z.boolean(), role: z.string().nullable() }),
    }),
    unlink: defineQuery({
      file: new URL('./relation/unlink.cypher', import.meta.url), mode: 'WRITE', slots,
      params: ends, row: z.object({ removed: z.number().int(), role: z.string().nullable() }),
    }),
    targets: defineQuery({
      file: new URL('./relation/targets.cypher', import.meta.url), mode: 'READ', slots,
      params: z.object({ from: z.string() }), row: z.object({ key: z.string() }),
    }),
    lockReach: defineQuery({
      file: new URL('./relation/lockReach.cypher', import.meta.url), mode: 'WRITE', slots,
      params: z.object({ keys: z.array(z.string()) }), row: z.object({ key: z.string(), next: z.array(z.string()) }),
    }),
  };
}

const cache = new Map<RelationName, ReturnType<typeof build>>();
function queriesFor(relation: RelationName) {
  let queries = cache.get(relation);
  if (!queries) {
    queries = build(relation);
    cache.set(relation, queries);
  }
  return queries;
}

/** Reading and writing the relationships of the model's allow-list. */
export const relationStore = {
  /**
   * For each key, the nodes linked to it by `relation`, following it forwards (OUT: from the
   * relation's start label) or backwards (IN: from its end label). One statement for the batch.
   */
  async neighbours(db: Executor, relation: RelationName, direction: Direction, keys: readonly string[]) {
    const rows = await queriesFor(relation)[direction].run(db, { keys: [...keys] });
    const grouped = new Map<string, Linked<unknown>[]>();
    for (const row of rows) {
      const list = grouped.get(row.key) ?? [];
      list.push({ node: row.node, role: row.role });
      grouped.set(row.key, list);
    }
    return keys.map((key) => grouped.get(key) ?? []);
  },

  async link(send: Send, relation: RelationName, from: string, to: string, role: string | null) {
    const [row] = await queriesFor(relation).link.runIn(send, { from, to, role });
    return row!;
  },

  async unlink(send: Send, relation: RelationName, from: string, to: string) {
    const [row] = await queriesFor(relation).unlink.runIn(send, { from, to });
    return row!;
  },

  /** The keys `from` already links to with `relation`. */
  async targets(send: Send, relation: RelationName, from: string): Promise<string[]> {
    return (await queriesFor(relation).targets.runIn(send, { from })).map((row) => row.key);
  },

  /**
   * Every key `start` reaches by following `relation` (itself included), each node locked before
   * its links are read (relations/lockReach), one statement per level of the hierarchy. Checking
   * a new link against this set is safe under concurrency: a link that could close a loop with
   * it must start at one of these nodes, and so waits for this transaction.
   */
  async reachLocked(send: Send, relation: RelationName, start: string): Promise<Set<string>> {
    const reached = new Set<string>();
    let frontier = [start];
    while (frontier.length > 0) {
      for (const key of frontier) reached.add(key);
      const rows = await queriesFor(relation).lockReach.runIn(send, { keys: [...frontier].sort() });
      frontier = [...new Set(rows.flatMap((row) => row.next))].filter((key) => !reached.has(key));
    }
    return reached;
  },

};
