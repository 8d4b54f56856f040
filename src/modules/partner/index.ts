import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { partner } from './resolvers/Query/partner.js';
import { partners } from './resolvers/Query/partners.js';
import { createPartner } from './resolvers/Mutation/createPartner.js';
import { updatePartner } from './resolvers/Mutation/updatePartner.js';
import { deletePartner } from './resolvers/Mutation/deletePartner.js';
import { Partner } from './resolvers/Partner.js';

/** The partner module: SDL in partner.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Partner.ts. */
export const resolvers = {
  Query: { partner, partners },
  Mutation: { createPartner, updatePartner, deletePartner },
  Partner,
} satisfies Resolvers;
