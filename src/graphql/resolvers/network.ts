import { JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';

// Work in progress: the network views fill this in.
export const networkResolvers = {
  JSON: JSONResolver,
} satisfies Resolvers;
