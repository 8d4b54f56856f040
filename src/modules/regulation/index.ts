/** The regulation module: its resolvers (SDL: regulation.graphql beside this file). */
export { regulationResolvers as resolvers } from './resolvers.js';
