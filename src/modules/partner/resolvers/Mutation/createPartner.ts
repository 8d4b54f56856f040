import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createPartner: NonNullable<MutationResolvers['createPartner']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Partner', input);
