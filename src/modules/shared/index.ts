import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { health } from './resolvers/Query/health.js';
import { link } from './resolvers/Mutation/link.js';
import { unlink } from './resolvers/Mutation/unlink.js';

/**
 * What every module shares: the root types (common.graphql), health, and link and unlink. Those
 * two sit here, beside the SDL that declares them, because a link joins two areas and so belongs
 * to none; their rules and statements are the nodes module's (nodes/input.ts, linkMutations.ts).
 */
export const resolvers = {
  Query: { health },
  Mutation: { link, unlink },
} satisfies Resolvers;
