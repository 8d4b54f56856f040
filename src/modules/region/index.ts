import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { region } from './resolvers/Query/region.js';
import { regions } from './resolvers/Query/regions.js';
import { createRegion } from './resolvers/Mutation/createRegion.js';
import { updateRegion } from './resolvers/Mutation/updateRegion.js';
import { deleteRegion } from './resolvers/Mutation/deleteRegion.js';
import { Region } from './resolvers/Region.js';

/** The region module: SDL in region.graphql, one resolver file per root field under resolvers/, the type's fields in resolvers/Region.ts. */
export const resolvers = {
  Query: { region, regions },
  Mutation: { createRegion, updateRegion, deleteRegion },
  Region,
} satisfies Resolvers;
