/** The partner module: its resolvers (SDL: partner.graphql beside this file). */
export { partnerResolvers as resolvers } from './resolvers.js';
