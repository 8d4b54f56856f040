import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of mandates, filtered, searched and sorted (TITLE by default). */
export const mandates: NonNullable<QueryResolvers['mandates']> = (_, args, ctx) => listConnection(ctx, 'Mandate', args, 'TITLE');
