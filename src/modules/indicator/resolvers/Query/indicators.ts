import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of indicators, filtered, searched and sorted (NAME by default). */
export const indicators: NonNullable<QueryResolvers['indicators']> = (_, args, ctx) => listConnection(ctx, 'Indicator', args, 'NAME');
