import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { conformanceResolvers } from './resolvers/conformance.js';
import { coverageResolvers } from './resolvers/coverage.js';
import { overlapResolvers } from './resolvers/overlaps.js';

/** The analyses: one folder each (SDL, statement, service, input, resolver). */
export const resolvers: Resolvers = { Query: { ...overlapResolvers.Query, ...coverageResolvers.Query, ...conformanceResolvers.Query } };
