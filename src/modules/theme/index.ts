/** The theme module: its resolvers (SDL: theme.graphql beside this file). */
export { themeResolvers as resolvers } from './resolvers.js';
