import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parsePageArgs, toConnection } from '../../../../../graphql/connection.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { ProgramOverlapFilter } from '../../input.js';
import { findProgramOverlaps, overlapKey, PROGRAM_OVERLAP_RULE } from '../../programOverlaps.js';

export const programOverlaps: NonNullable<QueryResolvers['programOverlaps']> = async (_, args, ctx) => {
  const filter = parseArgs(ProgramOverlapFilter, args.filter ?? {}, 'filter');
  const page = parsePageArgs(args);
  const overlaps = await findProgramOverlaps(ctx.db, filter, page, new Date().getFullYear());
  return { ...toConnection(overlaps, page.first, overlapKey), rule: PROGRAM_OVERLAP_RULE };
};
