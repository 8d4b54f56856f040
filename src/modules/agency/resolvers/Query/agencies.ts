import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of agencies, filtered, searched and sorted (NAME by default). */
export const agencies: NonNullable<QueryResolvers['agencies']> = (_, args, ctx) => listConnection(ctx, 'Agency', args, 'NAME');
