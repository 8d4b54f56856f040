import { z } from 'zod';
import { defineQuery, type Send } from '../../db/query.js';
import { RegionRecord } from '../../model/records.js';

const create = defineQuery({
  file: new URL('./create.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ props: z.record(z.string(), z.unknown()), parent: z.string().nullable() }),
  row: z.object({ node: RegionRecord, parentLevel: z.string().nullable() }),
});

const childCount = defineQuery({
  file: new URL('./childCount.cypher', import.meta.url), mode: 'READ',
  params: z.object({ code: z.string() }), row: z.object({ children: z.number().int() }),
});

export const regionStore = {
  async create(send: Send, props: Record<string, unknown>, parent: string | null) {
    const [row] = await create.runIn(send, { props, parent });
    return row!;
  },
  async childCount(send: Send, code: string): Promise<number> {
    const [row] = await childCount.runIn(send, { code });
    return row!.children;
  },
};
