import { z } from 'zod';
import { defineQuery, type Query, type Send } from '../../db/query.js';
import type { Executor } from '../../db/executor.js';
import { LABELS, type Label } from '../../model/labels.js';
import { RECORDS, type Records } from '../../model/records.js';

const props = z.record(z.string(), z.unknown());

function slotsOf(label: Label) {
  return { Label: label, key: LABELS[label].key };
}

function build<L extends Label>(label: L) {
  const node = RECORDS[label] as unknown as z.ZodType<Records[L]>;
  const slots = slotsOf(label);
  return {
    byKeys: defineQuery({
      file: new URL('./node/byKeys.cypher', import.meta.url), mode: 'READ', slots,
      params: z.object({ keys: z.array(z.string()) }),
      row: z.object({ key: z.string(), node }),
    }),
    create: defineQuery({
      file: new URL('./node/create.cypher', import.meta.url), mode: 'WRITE', slots,
      params: z.object({ props }), row: z.object({ node }),
    }),
    update: defineQuery({
      file: new URL('./node/update.cypher', import.meta.url), mode: 'WRITE', slots,
      params: z.object({ key: z.string(), props }), row: z.object({ node }),
    }),
    lock: defineQuery({
      file: new URL('./node/lock.cypher', import.meta.url), mode: 'WRITE', slots,
      params: z.object({ keys: z.array(z.string()) }),
      row: z.object({ key: z.string(), node }),
    }),
    remove: defineQuery({
      file: new URL('./node/delete.cypher', import.meta.url), mode: 'WRITE', slots,
      params: z.object({ key: z.string() }), row: z.object({ deleted: z.number().int() }),
    }),
  };
}

type NodeQueries<L extends Label> = ReturnType<typeof build<L>>;
const cache = new Map<Label, NodeQueries<Label>>();

function queriesFor<L extends Label>(label: L): NodeQueries<L> {
  let queries = cache.get(label);
  if (!queries) {
    queries = build(label) as unknown as NodeQueries<Label>;
    cache.set(label, queries);
  }
  return queries as unknown as NodeQueries<L>;
}

/** Reading and writing nodes of any label in the allow-list, by key. */
export const nodeStore = {
  /** The nodes with these keys, in the order of `keys` (null where none exists). */
  async byKeys<L extends Label>(db: Executor, label: L, keys: readonly string[]): Promise<Array<Records[L] | null>> {
    const rows = await queriesFor(label).byKeys.run(db, { keys: [...keys] });
    const found = new Map(rows.map((row) => [row.key, row.node]));
    return keys.map((key) => found.get(key) ?? null);
  },

  async byKeyIn<L extends Label>(send: Send, label: L, key: string): Promise<Records[L] | null> {
    const [row] = await queriesFor(label).byKeys.runIn(send, { keys: [key] });
    return row?.node ?? null;
  },

  /**
   * Takes the write lock on the nodes with these keys, for the rest of the transaction, and reads
   * them once it is held: a check made on what this returns cannot race another write. Null for
   * a key with no node (or one deleted while this waited).
   */
  async lockIn<L extends Label>(send: Send, label: L, keys: readonly string[]): Promise<Map<string, Records[L]>> {
    const rows = await queriesFor(label).lock.runIn(send, { keys: [...new Set(keys)].sort() });
    return new Map(rows.map((row) => [row.key, row.node]));
  },

  /** One node, locked as `lockIn` does; null when it does not exist. */
  async lockOneIn<L extends Label>(send: Send, label: L, key: string): Promise<Records[L] | null> {
    return (await this.lockIn(send, label, [key])).get(key) ?? null;
  },

  async create<L extends Label>(send: Send, label: L, properties: Record<string, unknown>): Promise<Records[L]> {
    const [row] = await queriesFor(label).create.runIn(send, { props: properties });
    return row!.node;
  },

  async update<L extends Label>(send: Send, label: L, key: string, properties: Record<string, unknown>): Promise<Records[L] | null> {
    const [row] = await queriesFor(label).update.runIn(send, { key, props: properties });
    return row?.node ?? null;
  },

  async remove(send: Send, label: Label, key: string): Promise<boolean> {
    const [row] = await queriesFor(label).remove.runIn(send, { key });
    return (row?.deleted ?? 0) > 0;
  },
};

export type { Query };
