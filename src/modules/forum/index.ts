/** The forum module: its resolvers (SDL: forum.graphql beside this file). */
export { forumResolvers as resolvers } from './resolvers.js';
