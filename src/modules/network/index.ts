/** The network module: its resolvers (SDL: network.graphql beside this file). */
export { networkResolvers as resolvers } from './resolvers.js';
