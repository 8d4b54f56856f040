import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deletePartner: NonNullable<MutationResolvers['deletePartner']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Partner', id);
