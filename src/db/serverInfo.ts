import { z } from 'zod';
import { defineQuery } from './query.js';
import type { Executor } from './executor.js';

const version = defineQuery({ file: new URL('./serverVersion.cypher', import.meta.url), mode: 'READ', params: z.object({}), row: z.object({ version: z.string() }) });

export async function serverVersion(db: Executor): Promise<string> {
  const [row] = await version.run(db, {});
  return row!.version;
}
