import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { defineQuery } from '../../db/query.js';

const count = z.number().int().nullish().transform((n) => n ?? null);
const ImportRunRow = z.object({
  id: z.string(), fileName: z.string(), format: z.string(), contentHash: z.string(),
  startedAt: z.string(), finishedAt: z.string().nullish().transform((t) => t ?? null),
  records: count, nodesCreated: count, nodesUpdated: count, nodesUnchanged: count,
  linksCreated: count, linksUpdated: count, linksUnchanged: count,
});

const recentRuns = defineQuery({
  file: new URL('./statements/recentRuns.cypher', import.meta.url), mode: 'READ',
  params: z.object({ first: z.number().int() }),
  row: z.object({ run: ImportRunRow }),
});

/** The latest `first` ImportRuns, newest first. */
export async function recentImportRuns(db: Executor, first: number) {
  const rows = await recentRuns.run(db, { first });
  return rows.map((row) => row.run);
}
