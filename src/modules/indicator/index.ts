/** The indicator module: its resolvers (SDL: indicator.graphql beside this file). */
export { indicatorResolvers as resolvers } from './resolvers.js';
