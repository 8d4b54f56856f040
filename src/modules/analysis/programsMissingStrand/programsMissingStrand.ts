import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { ProgramRecord, type ProgramRecord as Program } from '../../../model/records.js';
import type { Page, PageRequest } from '../../shared/paging.js';
import { STRANDS } from '../strands.js';
import type { ProgramsMissingStrandArgs } from './input.js';

/**
 * programsMissingStrand: the programs in scope in which a strand of the helix takes no part. Its
 * rule, in words: programsMissingStrand.rule.md beside this file (the SDL's description carries
 * it; the result, a ProgramConnection, has no `rule` field). Filtering, sorting and paging
 * happen in the statement.
 */

const missingQuery = defineQuery({
  file: new URL('./programsMissingStrand.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    strand: z.enum(STRANDS), theme: z.string().nullable(), region: z.string().nullable(),
    first: z.number().int().min(0), after: z.string().nullable(),
  }),
  row: z.object({
    themeFound: z.boolean(),
    regionFound: z.boolean(),
    totalCount: z.number().int(),
    start: z.number().int().nullable(),
    page: z.array(ProgramRecord),
  }),
});

/** One page of the programs in scope that the strand takes no part in; one statement. */
export async function programsMissingStrand(db: Executor, args: ProgramsMissingStrandArgs, page: PageRequest): Promise<Page<Program>> {
  const [row] = await missingQuery.run(db, { ...args, ...page });
  if (!row!.themeFound) throw new NotFoundError('Theme', args.theme!, 'theme');
  if (!row!.regionFound) throw new NotFoundError('Region', args.region!, 'region');
  return { totalCount: row!.totalCount, start: row!.start, nodes: row!.page };
}
