/** The import module: its resolvers (SDL: import.graphql beside this file). */
export { importResolvers as resolvers } from './resolvers.js';
