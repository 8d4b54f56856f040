import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { coverageGaps } from './coverageGaps/resolvers/Query/coverageGaps.js';
import { helixBalance } from './helixBalance/resolvers/Query/helixBalance.js';
import { indicatorProgress } from './indicatorProgress/resolvers/Query/indicatorProgress.js';
import { mandateConformance } from './mandateConformance/resolvers/Query/mandateConformance.js';
import { mandateOverlaps } from './mandateOverlaps/resolvers/Query/mandateOverlaps.js';
import { peers } from './peers/resolvers/Query/peers.js';
import { programOverlaps } from './programOverlaps/resolvers/Query/programOverlaps.js';
import { programsMissingStrand } from './programsMissingStrand/resolvers/Query/programsMissingStrand.js';
import { responsibilityMatrix } from './responsibilityMatrix/resolvers/Query/responsibilityMatrix.js';

/**
 * The analyses, one folder each: <name>.graphql (SDL), <name>.cypher (the statement), <name>.ts
 * (the service: an Executor and parsed input in, no GraphQL), input.ts (zod), <name>.rule.md
 * (the rule, written once: rules.ts) and resolvers/Query/<name>.ts (parse, call the service, map).
 * Shared here: analysis.graphql (types several use), scope.ts, strands.ts, measures.ts, rules.ts.
 */
export const resolvers: Resolvers = {
  Query: {
    programOverlaps, mandateOverlaps, coverageGaps, responsibilityMatrix, helixBalance, programsMissingStrand,
    mandateConformance, peers, indicatorProgress,
  },
};
