import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { deleteNodeByKey } from '../../../nodes/resolvers/writeNode.js';

export const deleteTheme: NonNullable<MutationResolvers['deleteTheme']> = (_, { id }, ctx) => deleteNodeByKey(ctx, 'Theme', id);
