import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteRegulation: NonNullable<MutationResolvers['deleteRegulation']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Regulation', id);
