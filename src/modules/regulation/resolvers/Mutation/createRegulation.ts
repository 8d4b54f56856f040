import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createRegulation: NonNullable<MutationResolvers['createRegulation']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Regulation', input);
