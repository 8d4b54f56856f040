import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteProgram: NonNullable<MutationResolvers['deleteProgram']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Program', id);
