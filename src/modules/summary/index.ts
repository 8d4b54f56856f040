import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { graphSummary } from './graphSummary.js';

/** The summary module: what the graph holds (SDL: summary.graphql beside this file). */
export const resolvers = {
  Query: {
    graphSummary: (_, __, ctx) => graphSummary(ctx.db),
  },
} satisfies Resolvers;
