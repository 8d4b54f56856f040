import type { Resolvers } from '../generated/resolvers.js';
import { link, unlink } from '../../services/linkMutations.js';
import { serverVersion } from '../../db/serverInfo.js';

export const commonResolvers = {
  Query: {
    health: async (_, __, ctx) => ({ ok: true, neo4jVersion: await serverVersion(ctx.db), embedded: ctx.embedded }),
  },
  Mutation: {
    link: (_, { input }, ctx) => link(ctx, input),
    unlink: (_, { input }, ctx) => unlink(ctx, input),
  },
} satisfies Resolvers;
