import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updatePartner: NonNullable<MutationResolvers['updatePartner']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Partner', id, input);
