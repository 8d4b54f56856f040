import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { mandate } from './resolvers/Query/mandate.js';
import { mandates } from './resolvers/Query/mandates.js';
import { createMandate } from './resolvers/Mutation/createMandate.js';
import { updateMandate } from './resolvers/Mutation/updateMandate.js';
import { deleteMandate } from './resolvers/Mutation/deleteMandate.js';
import { Mandate } from './resolvers/Mandate.js';

/** The mandate module: SDL in mandate.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Mandate.ts. */
export const resolvers = {
  Query: { mandate, mandates },
  Mutation: { createMandate, updateMandate, deleteMandate },
  Mandate,
} satisfies Resolvers;
