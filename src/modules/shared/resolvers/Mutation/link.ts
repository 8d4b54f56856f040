import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { LinkInput } from '../../../nodes/input.js';
import { link as linkNodes } from '../../../nodes/linkMutations.js';

/** Links two nodes with one of the model's relations (the rules: src/modules/nodes/linkMutations.ts). */
export const link: NonNullable<MutationResolvers['link']> = async (_, { input }, ctx) => {
  const linked = await linkNodes(ctx.db, parseArgs(LinkInput, input, 'input'));
  ctx.loaders.clear();
  return linked;
};
