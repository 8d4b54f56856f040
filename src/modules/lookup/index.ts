/** The lookup module: its resolvers (SDL: lookup.graphql beside this file). */
export { lookupResolvers as resolvers } from './resolvers.js';
