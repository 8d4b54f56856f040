import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteIndicator: NonNullable<MutationResolvers['deleteIndicator']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Indicator', id);
