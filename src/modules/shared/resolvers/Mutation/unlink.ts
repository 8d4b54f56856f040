import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { UnlinkInput } from '../../../nodes/input.js';
import { unlink as unlinkNodes } from '../../../nodes/linkMutations.js';

/** Removes a link; NOT_FOUND when there is none. */
export const unlink: NonNullable<MutationResolvers['unlink']> = async (_, { input }, ctx) => {
  const unlinked = await unlinkNodes(ctx.db, parseArgs(UnlinkInput, input, 'input'));
  ctx.loaders.clear();
  return unlinked;
};
