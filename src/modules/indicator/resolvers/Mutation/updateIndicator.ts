import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateIndicator: NonNullable<MutationResolvers['updateIndicator']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Indicator', id, input);
