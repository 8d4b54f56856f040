import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One mandate by its id; null when there is none. */
export const mandate: NonNullable<QueryResolvers['mandate']> = (_, { id }, ctx) => ctx.loaders.node('Mandate').load(id);
