/** The mandate module: its resolvers (SDL: mandate.graphql beside this file). */
export { mandateResolvers as resolvers } from './resolvers.js';
