import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of forums, filtered, searched and sorted (NAME by default). */
export const forums: NonNullable<QueryResolvers['forums']> = (_, args, ctx) => listConnection(ctx, 'Forum', args, 'NAME');
