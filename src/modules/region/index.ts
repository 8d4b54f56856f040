/** The region module: its resolvers (SDL: region.graphql beside this file). */
export { regionResolvers as resolvers } from './resolvers.js';
