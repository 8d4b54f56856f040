import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of themes, filtered, searched and sorted (NAME by default). */
export const themes: NonNullable<QueryResolvers['themes']> = (_, args, ctx) => listConnection(ctx, 'Theme', args, 'NAME');
