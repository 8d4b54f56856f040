/** The program module: its resolvers (SDL: program.graphql beside this file). */
export { programResolvers as resolvers } from './resolvers.js';
