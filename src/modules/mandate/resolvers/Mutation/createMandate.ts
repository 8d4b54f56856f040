import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createMandate: NonNullable<MutationResolvers['createMandate']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Mandate', input);
