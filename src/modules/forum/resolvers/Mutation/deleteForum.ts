import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteForum: NonNullable<MutationResolvers['deleteForum']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Forum', id);
