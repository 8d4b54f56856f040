import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { LookupArgs } from '../../input.js';
import { lookup as lookupService } from '../../lookup.js';

/** Nodes whose name, acronym or key match the text, best first. */
export const lookup: NonNullable<QueryResolvers['lookup']> = (_, args, ctx) => {
  const { text, first } = parseArgs(LookupArgs, args);
  return lookupService(ctx.db, { text, kinds: args.kinds ?? null, first });
};
