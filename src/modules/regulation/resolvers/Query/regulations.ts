import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of regulations, filtered, searched and sorted (TITLE by default). */
export const regulations: NonNullable<QueryResolvers['regulations']> = (_, args, ctx) => listConnection(ctx, 'Regulation', args, 'TITLE');
