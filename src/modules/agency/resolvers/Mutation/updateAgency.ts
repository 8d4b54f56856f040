import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateAgency: NonNullable<MutationResolvers['updateAgency']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Agency', id, input);
