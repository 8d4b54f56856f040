import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { graphSummary } from './resolvers/Query/graphSummary.js';

/** The summary module: what the graph holds (SDL: summary.graphql, the root field under resolvers/). */
export const resolvers = {
  Query: { graphSummary },
} satisfies Resolvers;
