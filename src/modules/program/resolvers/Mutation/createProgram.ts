import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createProgram: NonNullable<MutationResolvers['createProgram']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Program', input);
