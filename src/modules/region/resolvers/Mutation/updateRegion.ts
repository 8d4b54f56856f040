import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { updateNodeFromInput } from '../../../nodes/resolvers/writeNode.js';

export const updateRegion: NonNullable<MutationResolvers['updateRegion']> = (_, { code, input }, ctx) => updateNodeFromInput(ctx, 'Region', code, input);
