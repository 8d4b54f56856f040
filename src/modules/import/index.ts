import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { importBundle } from './resolvers/Mutation/importBundle.js';
import { importRuns } from './resolvers/Query/importRuns.js';

/** The import module: SDL in import.graphql, one resolver file per root field under resolvers/. */
export const resolvers = {
  Query: { importRuns },
  Mutation: { importBundle },
} satisfies Resolvers;
