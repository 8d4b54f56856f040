import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteAgency: NonNullable<MutationResolvers['deleteAgency']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Agency', id);
