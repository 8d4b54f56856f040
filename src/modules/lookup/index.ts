import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { lookup } from './resolvers/Query/lookup.js';
import { LookupDetail } from './resolvers/LookupDetail.js';
import { LookupMatch } from './resolvers/LookupMatch.js';
import { LookupNode } from './resolvers/LookupNode.js';

/** The lookup module: SDL in lookup.graphql, one resolver file per root field and per type under resolvers/. */
export const resolvers = {
  Query: { lookup },
  LookupMatch,
  LookupDetail,
  LookupNode,
} satisfies Resolvers;
