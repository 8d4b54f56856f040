import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteRegion: NonNullable<MutationResolvers['deleteRegion']> = (_, { code }, ctx) => deleteNodeByKey(ctx, 'Region', code);
