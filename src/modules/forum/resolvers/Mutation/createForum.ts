import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createForum: NonNullable<MutationResolvers['createForum']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Forum', input);
