import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of regions, filtered, searched and sorted (CODE by default). */
export const regions: NonNullable<QueryResolvers['regions']> = (_, args, ctx) => listConnection(ctx, 'Region', args, 'CODE');
