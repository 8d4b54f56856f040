import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateTheme: NonNullable<MutationResolvers['updateTheme']> = (_, { id, input }, ctx) => updateNodeFromInput(ctx, 'Theme', id, input);
