import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One forum by its id; null when there is none. */
export const forum: NonNullable<QueryResolvers['forum']> = (_, { id }, ctx) => ctx.loaders.node('Forum').load(id);
