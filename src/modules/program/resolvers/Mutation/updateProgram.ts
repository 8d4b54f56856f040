import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateProgram: NonNullable<MutationResolvers['updateProgram']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Program', id, input);
