import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of partners, filtered, searched and sorted (NAME by default). */
export const partners: NonNullable<QueryResolvers['partners']> = (_, args, ctx) => listConnection(ctx, 'Partner', args, 'NAME');
