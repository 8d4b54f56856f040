import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateMandate: NonNullable<MutationResolvers['updateMandate']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Mandate', id, input);
