import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { importBundleMutation, recentImportRuns } from './importMutation.js';

export const importResolvers = {
  Query: {
    importRuns: (_, { first }, ctx) => recentImportRuns(ctx, first ?? 20),
  },
  Mutation: {
    importBundle: (_, args, ctx) => importBundleMutation(ctx, args),
  },
} satisfies Resolvers;
