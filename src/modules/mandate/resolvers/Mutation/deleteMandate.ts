import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteMandate: NonNullable<MutationResolvers['deleteMandate']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Mandate', id);
