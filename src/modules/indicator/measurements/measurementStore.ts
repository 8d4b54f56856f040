import { z } from 'zod';
import { defineQuery, type Send } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { MeasurementRecord, type MeasurementRecord as Measurement } from '../../../model/records.js';

const set = defineQuery({
  file: new URL('./set.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({
    id: z.string(), indicator: z.string(), year: z.number().int(), region: z.string().nullable(),
    props: z.record(z.string(), z.unknown()),
  }),
  row: z.object({ node: MeasurementRecord }),
});

const remove = defineQuery({
  file: new URL('./delete.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ id: z.string() }), row: z.object({ deleted: z.number().int() }),
});

const byIndicators = defineQuery({
  file: new URL('./byIndicators.cypher', import.meta.url), mode: 'READ',
  params: z.object({ keys: z.array(z.string()) }), row: z.object({ key: z.string(), node: MeasurementRecord }),
});



export const measurementStore = {
  async set(send: Send, write: { id: string; indicator: string; year: number; region: string | null; props: Record<string, unknown> }) {
    const [row] = await set.runIn(send, write);
    return row!.node;
  },
  async remove(send: Send, id: string): Promise<boolean> {
    const [row] = await remove.runIn(send, { id });
    return (row?.deleted ?? 0) > 0;
  },
  /** The measurements of each indicator, in the order of `keys`; one statement. */
  async byIndicators(db: Executor, keys: readonly string[]) {
    const rows = await byIndicators.run(db, { keys: [...keys] });
    const grouped = new Map<string, Measurement[]>();
    for (const row of rows) grouped.set(row.key, [...(grouped.get(row.key) ?? []), row.node]);
    return keys.map((key) => grouped.get(key) ?? []);
  },
};
