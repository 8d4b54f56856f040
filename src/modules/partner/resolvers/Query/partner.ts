import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One partner by its id; null when there is none. */
export const partner: NonNullable<QueryResolvers['partner']> = (_, { id }, ctx) => ctx.loaders.node('Partner').load(id);
