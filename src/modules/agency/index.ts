import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { agency } from './resolvers/Query/agency.js';
import { agencies } from './resolvers/Query/agencies.js';
import { createAgency } from './resolvers/Mutation/createAgency.js';
import { updateAgency } from './resolvers/Mutation/updateAgency.js';
import { deleteAgency } from './resolvers/Mutation/deleteAgency.js';
import { Agency } from './resolvers/Agency.js';

/** The agency module: SDL in agency.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Agency.ts. */
export const resolvers = {
  Query: { agency, agencies },
  Mutation: { createAgency, updateAgency, deleteAgency },
  Agency,
} satisfies Resolvers;
