import type { Resolvers } from '../../generated/resolvers.js';

// Work in progress: filled in by the analysis it serves.
export const coverageResolvers = {} satisfies Resolvers;
