import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { regulation } from './resolvers/Query/regulation.js';
import { regulations } from './resolvers/Query/regulations.js';
import { createRegulation } from './resolvers/Mutation/createRegulation.js';
import { updateRegulation } from './resolvers/Mutation/updateRegulation.js';
import { deleteRegulation } from './resolvers/Mutation/deleteRegulation.js';
import { Regulation } from './resolvers/Regulation.js';

/** The regulation module: SDL in regulation.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Regulation.ts. */
export const resolvers = {
  Query: { regulation, regulations },
  Mutation: { createRegulation, updateRegulation, deleteRegulation },
  Regulation,
} satisfies Resolvers;
