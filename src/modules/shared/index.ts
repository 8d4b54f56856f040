/** What every module shares: the root types (common.graphql), health, link and unlink. */
export { commonResolvers as resolvers } from './resolvers.js';
