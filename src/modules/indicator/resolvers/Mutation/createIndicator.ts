import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { createNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const createIndicator: NonNullable<MutationResolvers['createIndicator']> = (_, { input }, ctx) => createNodeFromInput(ctx, 'Indicator', input);
