import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { CreateRegionInput } from '../../input.js';
import { createRegion as create } from '../../regionMutations.js';

/** A region has a level and a parent, checked beyond the fields every label has (../../input.ts). */
export const createRegion: NonNullable<MutationResolvers['createRegion']> = async (_, { input }, ctx) => {
  const region = await create(ctx.db, parseArgs(CreateRegionInput, input, 'input'));
  ctx.loaders.clear();
  return region;
};
