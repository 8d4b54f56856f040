import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { listConnection } from '../../../nodes/resolvers/listConnection.js';

/** One page of programs, filtered, searched and sorted (NAME by default). */
export const programs: NonNullable<QueryResolvers['programs']> = (_, args, ctx) => listConnection(ctx, 'Program', args, 'NAME');
