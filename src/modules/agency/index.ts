/** The agency module: its resolvers (SDL: agency.graphql beside this file). */
export { agencyResolvers as resolvers } from './resolvers.js';
