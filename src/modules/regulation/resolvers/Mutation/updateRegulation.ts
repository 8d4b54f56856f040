import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateRegulation: NonNullable<MutationResolvers['updateRegulation']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Regulation', id, input);
