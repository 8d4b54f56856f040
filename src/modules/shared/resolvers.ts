import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { link, unlink } from '../nodes/linkMutations.js';
import { serverVersion } from '../../db/serverInfo.js';
import { hasRole } from '../../auth/roles.js';

export const commonResolvers = {
  Query: {
    // Public: anyone learns that the API is up; only an admin which database it runs on (and only
    // then is the database asked).
    health: async (_, __, ctx) => (hasRole(ctx.principal.role, 'admin')
      ? { ok: true, neo4jVersion: await serverVersion(ctx.db), embedded: ctx.embedded }
      : { ok: true, neo4jVersion: null, embedded: null }),
  },
  Mutation: {
    link: (_, { input }, ctx) => link(ctx, input),
    unlink: (_, { input }, ctx) => unlink(ctx, input),
  },
} satisfies Resolvers;
