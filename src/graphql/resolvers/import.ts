import type { Resolvers } from '../generated/resolvers.js';
import { importBundleMutation, recentImportRuns } from '../../services/importMutation.js';

export const importResolvers = {
  Query: {
    importRuns: (_, { first }, ctx) => recentImportRuns(ctx, first ?? 20),
  },
  Mutation: {
    importBundle: (_, args, ctx) => importBundleMutation(ctx, args),
  },
} satisfies Resolvers;
