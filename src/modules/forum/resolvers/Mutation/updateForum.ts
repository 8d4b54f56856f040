import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateForum: NonNullable<MutationResolvers['updateForum']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Forum', id, input);
