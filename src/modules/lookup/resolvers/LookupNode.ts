import type { LookupNodeResolvers } from '../../../graphql/generated/resolvers.js';
import { typenameOf } from '../candidates.js';

/** The node a match stands for: its GraphQL type from its label. */
export const LookupNode: LookupNodeResolvers = {
  __resolveType: (node) => typenameOf(node),
};
