import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { recentImportRuns } from '../../importRuns.js';
import { ImportRunsArgs } from '../../input.js';

/** The latest imports (ImportRun nodes), newest first. */
export const importRuns: NonNullable<QueryResolvers['importRuns']> = (_, args, ctx) => {
  const { first } = parseArgs(ImportRunsArgs, args);
  return recentImportRuns(ctx.db, first);
};
