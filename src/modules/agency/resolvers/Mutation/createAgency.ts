import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createAgency: NonNullable<MutationResolvers['createAgency']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Agency', input);
